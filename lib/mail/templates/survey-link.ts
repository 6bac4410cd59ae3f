// The email carrying a customer's survey link: FR/EN subject, plain text and a simple,
// accessible HTML body (real text, lang set, no images, no tracking pixel). Pure.
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";

export interface SurveyLinkEmailInput {
  locale: Locale;
  organisationName: string;
  brandColor: string;
  url: string;
  expiresAt: Date;
  /** The unsubscribe line (docs/emails.md), plain text and address. */
  unsubscribe?: { label: string; url: string };
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const FALLBACK_BUTTON = "#1d4ed8";

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The brand colour when white text on it reaches WCAG AA contrast (4.5:1), else a safe blue. */
export function buttonColour(brandColor: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(brandColor)) return FALLBACK_BUTTON;
  return 1.05 / (luminance(brandColor) + 0.05) >= 4.5 ? brandColor : FALLBACK_BUTTON;
}

function unsubscribeLines(input: SurveyLinkEmailInput): string[] {
  return input.unsubscribe ? ["", `${input.unsubscribe.label} : ${input.unsubscribe.url}`] : [];
}

function unsubscribeHtml(input: SurveyLinkEmailInput): string {
  const u = input.unsubscribe;
  return u
    ? `\n<p style="margin:8px 0 0;font-size:13px"><a href="${escapeHtml(u.url)}" style="color:#475569">${escapeHtml(u.label)}</a></p>`
    : "";
}

export function renderSurveyLinkEmail(input: SurveyLinkEmailInput): RenderedEmail {
  const m = getMessages(input.locale).mail.surveyLink;
  const values = { organisation: input.organisationName, date: formatDate(input.locale, input.expiresAt), url: input.url };
  const line = (template: string) => fmt(template, values);
  const subject = line(m.subject);
  const text = [
    m.greeting,
    "",
    line(m.intro),
    line(m.why),
    "",
    line(m.linkLine),
    "",
    line(m.expires),
    "",
    "—",
    line(m.footer),
    ...unsubscribeLines(input),
    "",
  ].join("\n");
  const h = (template: string) => escapeHtml(line(template));
  const url = escapeHtml(input.url);
  const colour = buttonColour(input.brandColor);
  const html = `<!doctype html>
<html lang="${input.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;color:#0f172a;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5">
<div role="article" aria-label="${escapeHtml(subject)}" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
<p style="margin:0 0 16px">${escapeHtml(m.greeting)}</p>
<p style="margin:0 0 16px">${h(m.intro)}</p>
<p style="margin:0 0 24px">${h(m.why)}</p>
<p style="margin:0 0 24px"><a href="${url}" style="display:inline-block;background:${colour};color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:6px">${escapeHtml(m.cta)}</a></p>
<p style="margin:0 0 8px;font-size:14px;color:#475569">${escapeHtml(m.linkFallback)}</p>
<p style="margin:0 0 16px;font-size:14px;word-break:break-all"><a href="${url}" style="color:#1d4ed8">${url}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#475569">${h(m.expires)}</p>
<p style="margin:24px 0 0;font-size:13px;color:#64748b">${h(m.footer)}</p>${unsubscribeHtml(input)}
</div>
</body>
</html>
`;
  return { subject, text, html };
}
