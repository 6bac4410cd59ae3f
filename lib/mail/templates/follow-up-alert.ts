// The detractor alerts (issue 14 §4): a new detractor (to a manager who chose IMMEDIATE), the
// daily digest, an overdue reminder. FR/EN, plain text and a simple accessible HTML body. Pure.
// They name the team, the score, the moment and the date, and link to the follow-up's page:
// never the customer's email address nor their comment (read in the app, where access is checked).
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import { buttonColour, type RenderedEmail } from "./survey-link";

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

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

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

  const text = [
    ...paragraphs,
    "",
    ...lines.map((line) => `- ${line}`),
    ...(lines.length ? [""] : []),
    `${cta.label} : ${cta.url}`,
    "",
    "—",
    footer,
    "",
  ].join("\n");
  const list = lines.length
    ? `<ul style="margin:0 0 24px;padding-left:20px">${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>\n`
    : "";
  const url = escapeHtml(cta.url);
  const html = `<!doctype html>
<html lang="${input.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;color:#0f172a;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5">
<div role="article" aria-label="${escapeHtml(subject)}" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
${paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join("\n")}
${list}<p style="margin:0 0 24px"><a href="${url}" style="display:inline-block;background:${buttonColour(input.brandColor)};color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:6px">${escapeHtml(cta.label)}</a></p>
<p style="margin:24px 0 0;font-size:13px;color:#64748b">${escapeHtml(footer)}</p>
</div>
</body>
</html>
`;
  return { subject, text, html };
}
