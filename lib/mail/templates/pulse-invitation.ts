// The pulse invitation and reminder emails: FR/EN, plain text and a simple accessible HTML
// body (no images, no tracking), the anonymity promise included. Pure.
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import { buttonColour, type RenderedEmail } from "./survey-link";

export interface PulseEmailInput {
  kind: "invite" | "remind";
  locale: Locale;
  organisationName: string;
  brandColor: string;
  pulseName: string;
  closesAt: Date;
  minGroupSize: number;
  url: string;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderPulseEmail(input: PulseEmailInput): RenderedEmail {
  const t = getMessages(input.locale).pulses;
  const date = formatDate(input.locale, input.closesAt);
  const values = { organisation: input.organisationName, pulse: input.pulseName, date, k: input.minGroupSize };
  const subject = fmt(input.kind === "invite" ? t.mailInviteSubject : t.mailReminderSubject, values);
  const body = fmt(input.kind === "invite" ? t.mailInvite : t.mailReminder, values);
  const anonymity = fmt(t.mailAnonymity, values);
  const footer = fmt(t.mailFooter, values);
  const text = [t.mailGreeting, "", body, anonymity, "", `${t.mailCta} : ${input.url}`, "", "—", footer, ""].join("\n");
  const url = escapeHtml(input.url);
  const html = `<!doctype html>
<html lang="${input.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;color:#0f172a;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5">
<div role="article" aria-label="${escapeHtml(subject)}" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
<p style="margin:0 0 16px">${escapeHtml(t.mailGreeting)}</p>
<p style="margin:0 0 16px">${escapeHtml(body)}</p>
<p style="margin:0 0 24px">${escapeHtml(anonymity)}</p>
<p style="margin:0 0 24px"><a href="${url}" style="display:inline-block;background:${buttonColour(input.brandColor)};color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:6px">${escapeHtml(t.mailCta)}</a></p>
<p style="margin:0 0 16px;font-size:14px;word-break:break-all"><a href="${url}" style="color:#1d4ed8">${url}</a></p>
<p style="margin:24px 0 0;font-size:13px;color:#64748b">${escapeHtml(footer)}</p>
</div>
</body>
</html>
`;
  return { subject, text, html };
}
