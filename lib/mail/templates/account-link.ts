// The account-link emails (setup of an organisation's first admin, invitation, password reset):
// FR/EN, plain text and a simple accessible HTML body, the expiry and "ignore if not you". Pure.
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import type { RenderedEmail } from "./survey-link";

export interface AccountEmailInput {
  purpose: "SETUP" | "INVITATION" | "PASSWORD_RESET";
  locale: Locale;
  organisationName: string;
  url: string;
  expiresAt: Date;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderAccountEmail(input: AccountEmailInput): RenderedEmail {
  const t = getMessages(input.locale).account;
  const values = { organisation: input.organisationName, date: formatDate(input.locale, input.expiresAt, "dateTime") };
  const [subjectKey, bodyKey] = {
    SETUP: ["mailSetupSubject", "mailSetupBody"],
    INVITATION: ["mailInvitationSubject", "mailInvitationBody"],
    PASSWORD_RESET: ["mailResetSubject", "mailResetBody"],
  }[input.purpose] as [keyof typeof t, keyof typeof t];
  const subject = fmt(t[subjectKey], values);
  const body = fmt(t[bodyKey], values);
  const expires = fmt(t.mailExpires, values);
  const text = [body, "", `${t.mailCta} : ${input.url}`, "", expires, t.mailIgnore, ""].join("\n");
  const url = escapeHtml(input.url);
  const html = `<!doctype html>
<html lang="${input.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;color:#0f172a;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5">
<div role="article" aria-label="${escapeHtml(subject)}" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
<p style="margin:0 0 24px">${escapeHtml(body)}</p>
<p style="margin:0 0 24px"><a href="${url}" style="display:inline-block;background:#1d4ed8;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:6px">${escapeHtml(t.mailCta)}</a></p>
<p style="margin:0 0 16px;font-size:14px;word-break:break-all"><a href="${url}" style="color:#1d4ed8">${url}</a></p>
<p style="margin:24px 0 0;font-size:13px;color:#64748b">${escapeHtml(expires)} ${escapeHtml(t.mailIgnore)}</p>
</div>
</body>
</html>
`;
  return { subject, text, html };
}
