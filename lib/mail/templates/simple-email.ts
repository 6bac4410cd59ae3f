// The plain shape of Symétrie's own notices to people of the organisation (detractor alerts, the
// monthly email): paragraphs, an optional list, one button, a footer. Plain text and a simple
// accessible HTML body; every value is escaped. Pure.
import type { Locale } from "@/lib/i18n/config";
import { buttonColour, type RenderedEmail } from "./survey-link";

export interface SimpleEmail {
  locale: Locale;
  brandColor: string;
  subject: string;
  paragraphs: readonly string[];
  lines?: readonly string[];
  cta: { label: string; url: string };
  footer: string;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderSimpleEmail({ locale, brandColor, subject, paragraphs, lines = [], cta, footer }: SimpleEmail): RenderedEmail {
  const list = lines.length ? [...lines.map((line) => `- ${line}`), ""] : [];
  const text = [...paragraphs, "", ...list, `${cta.label} : ${cta.url}`, "", "—", footer, ""].join("\n");
  const listHtml = lines.length
    ? `<ul style="margin:0 0 24px;padding-left:20px">${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>\n`
    : "";
  const url = escapeHtml(cta.url);
  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;color:#0f172a;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5">
<div role="article" aria-label="${escapeHtml(subject)}" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
${paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join("\n")}
${listHtml}<p style="margin:0 0 24px"><a href="${url}" style="display:inline-block;background:${buttonColour(brandColor)};color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:6px">${escapeHtml(cta.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px;word-break:break-all"><a href="${url}" style="color:#1d4ed8">${url}</a></p>
<p style="margin:24px 0 0;font-size:13px;color:#64748b">${escapeHtml(footer)}</p>
</div>
</body>
</html>
`;
  return { subject, text, html };
}
