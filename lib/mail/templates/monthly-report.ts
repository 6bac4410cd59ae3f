// The monthly email (issue 15 §3): the month's NPS, eNPS and gap of one's scope, as the dashboard
// shows them (its figures are passed in, already anonymised), and the link to the printable report.
// FR/EN. Pure.
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatMonth, formatNumber } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import type { ChangeDto, NpsDto } from "@/lib/symmetry/symmetry-types";
import { renderSimpleEmail } from "./simple-email";
import type { RenderedEmail } from "./survey-link";

export interface MonthlyReportFigures {
  nps: NpsDto | null;
  enps: NpsDto | null;
  npsChange: ChangeDto | null;
  enpsChange: ChangeDto | null;
}

export interface MonthlyReportEmailInput {
  locale: Locale;
  organisationName: string;
  brandColor: string;
  /** The team the figures are of; null for the organisation. */
  teamName: string | null;
  /** "YYYY-MM". */
  month: string;
  /** Null when the dashboard shows nothing for that month (a filter refused for anonymity, no team). */
  figures: MonthlyReportFigures | null;
  reportUrl: string;
  accountUrl: string;
}

export function renderMonthlyReportEmail(input: MonthlyReportEmailInput): RenderedEmail {
  const t = getMessages(input.locale).monthlyEmail;
  const number = (value: number, signed = false) => formatNumber(input.locale, value, { signed });
  const scope = input.teamName ? fmt(t.team, { team: input.teamName }) : fmt(t.organisation, { organisation: input.organisationName });
  const month = formatMonth(input.locale, input.month);
  const change = (value: ChangeDto | null) =>
    value ? ` (${fmt(value.significant ? t.changeSignificant : t.change, { delta: number(value.delta, true) })})` : "";
  const lines: string[] = [];
  const f = input.figures;
  if (f) {
    const { nps, enps } = f;
    if (!nps) lines.push(t.npsNone);
    else if (nps.tooFew) lines.push(fmt(t.npsTooFew, { n: nps.n }));
    else lines.push(fmt(t.nps, { value: number(nps.score), n: nps.n }) + change(f.npsChange));
    lines.push(enps ? fmt(t.enps, { value: number(enps.score), n: enps.n }) + change(f.enpsChange) : t.enpsNone);
    if (nps && !nps.tooFew && enps) lines.push(fmt(t.gap, { value: number(enps.score - nps.score, true) }));
  }
  return renderSimpleEmail({
    locale: input.locale,
    brandColor: input.brandColor,
    subject: fmt(t.subject, { month, scope: input.teamName ?? input.organisationName }),
    paragraphs: [fmt(t.intro, { month, scope }), ...(f ? [] : [t.noFigures])],
    lines,
    cta: { label: t.cta, url: input.reportUrl },
    footer: fmt(t.footer, { organisation: input.organisationName, account: input.accountUrl }),
  });
}
