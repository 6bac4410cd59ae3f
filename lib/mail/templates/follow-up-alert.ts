// The detractor alerts (issue 14 §4): a new detractor (to a manager who chose IMMEDIATE), the
// daily digest, an overdue reminder. FR/EN, plain text and a simple accessible HTML body. Pure.
// They name the team, the score, the moment and the date, and link to the follow-up's page:
// never the customer's email address nor their comment (read in the app, where access is checked).
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import { renderSimpleEmail } from "./simple-email";
import type { RenderedEmail } from "./survey-link";

/** What a mail says of one follow-up. */
export interface AlertFollowUp {
  id: string;
  teamName: string;
  score: number;
  momentFr: string;
  momentEn: string;
  createdAt: Date;
  dueOn: Date | null;
}

interface AlertBase {
  locale: Locale;
  organisationName: string;
  brandColor: string;
  /** The app's base URL, without a trailing slash. */
  baseUrl: string;
}

export type FollowUpAlertInput = AlertBase &
  (
    | { kind: "immediate"; followUp: AlertFollowUp }
    | { kind: "digest"; since: Date; followUps: readonly AlertFollowUp[] }
    | { kind: "overdue"; followUp: AlertFollowUp; toAssignee: boolean }
  );

/** At most this many follow-ups are listed in a digest; the rest are counted. */
export const DIGEST_LINES = 20;

export function renderFollowUpAlert(input: FollowUpAlertInput): RenderedEmail {
  const t = getMessages(input.locale).followUpAlerts;
  const values = (followUp: AlertFollowUp) => ({
    team: followUp.teamName,
    score: followUp.score,
    moment: input.locale === "en" ? followUp.momentEn : followUp.momentFr,
    date: formatDate(input.locale, followUp.createdAt),
    due: followUp.dueOn ? formatDate(input.locale, followUp.dueOn) : "",
  });
  const followUpUrl = (followUp: AlertFollowUp) => `${input.baseUrl}/${input.locale}/follow-ups/${followUp.id}`;
  const footerValues = { organisation: input.organisationName, account: `${input.baseUrl}/${input.locale}/account` };
  const footer = fmt(input.kind === "overdue" && input.toAssignee ? t.footerAssignee : t.footer, footerValues);

  let subject: string;
  let paragraphs: string[];
  let lines: string[] = [];
  let cta: { label: string; url: string };
  if (input.kind === "digest") {
    const count = input.followUps.length;
    subject = count === 1 ? t.digestSubjectOne : fmt(t.digestSubjectMany, { count });
    paragraphs = [fmt(t.digestIntro, { date: formatDate(input.locale, input.since, "dateTime") })];
    lines = input.followUps.slice(0, DIGEST_LINES).map((followUp) => fmt(t.digestLine, values(followUp)));
    if (count > DIGEST_LINES) lines.push(fmt(t.digestMore, { count: count - DIGEST_LINES }));
    cta = { label: t.ctaList, url: `${input.baseUrl}/${input.locale}/follow-ups` };
  } else {
    const v = values(input.followUp);
    const overdue = input.kind === "overdue";
    subject = fmt(overdue ? t.overdueSubject : t.immediateSubject, v);
    paragraphs = [fmt(overdue ? (input.toAssignee ? t.overdueAssignee : t.overdueManagers) : t.immediateBody, v)];
    cta = { label: t.ctaOne, url: followUpUrl(input.followUp) };
  }

  return renderSimpleEmail({ locale: input.locale, brandColor: input.brandColor, subject, paragraphs, lines, cta, footer });
}
