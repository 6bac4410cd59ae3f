// The survey-link and pulse emails as the organisation wrote them (docs/emails.md): its
// template for the kind and locale when it has one, the built-in email otherwise. The
// organisation's text only fills the body and subject; the button, link, footer and (for a
// customer) the unsubscribe line stay the platform's, and every value is escaped.
import { emailTemplateFor } from "@/lib/db/wording/email-templates-for-mail";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import { renderCustomEmail, type EmailTemplateKind } from "@/lib/wording/email-template";
import { renderPulseEmail, type PulseEmailInput } from "./templates/pulse-invitation";
import { buttonColour, renderSurveyLinkEmail, type RenderedEmail, type SurveyLinkEmailInput } from "./templates/survey-link";

export type StoredTemplate = { subject: string; body: string } | null;

/** Looks each organisation, kind and locale up once per run of a sender. */
export function templateLookup(): (organisationId: string, kind: EmailTemplateKind, locale: Locale) => Promise<StoredTemplate> {
  const known = new Map<string, Promise<StoredTemplate>>();
  return (organisationId, kind, locale) => {
    const key = `${organisationId}:${kind}:${locale}`;
    let found = known.get(key);
    if (!found) {
      found = emailTemplateFor(organisationId, kind, locale);
      known.set(key, found);
    }
    return found;
  };
}

export function renderSurveyLinkMail(template: StoredTemplate, input: SurveyLinkEmailInput): RenderedEmail {
  if (!template) return renderSurveyLinkEmail(input);
  const m = getMessages(input.locale).mail.surveyLink;
  const values = { organisation: input.organisationName, link: input.url, closesOn: formatDate(input.locale, input.expiresAt) };
  return renderCustomEmail({
    locale: input.locale,
    ...template,
    values,
    cta: m.cta,
    buttonColour: buttonColour(input.brandColor),
    footer: fmt(m.footer, { organisation: input.organisationName }),
    unsubscribe: input.unsubscribe,
  });
}

export function renderPulseMail(template: StoredTemplate, input: PulseEmailInput): RenderedEmail {
  if (!template) return renderPulseEmail(input);
  const t = getMessages(input.locale).pulses;
  const values = {
    organisation: input.organisationName,
    pulse: input.pulseName,
    link: input.url,
    closesOn: formatDate(input.locale, input.closesAt),
  };
  const anonymity = fmt(t.mailAnonymity, { ...values, k: input.minGroupSize });
  return renderCustomEmail({
    locale: input.locale,
    ...template,
    values,
    cta: t.mailCta,
    buttonColour: buttonColour(input.brandColor),
    footer: `${anonymity} ${fmt(t.mailFooter, values)}`,
  });
}

/** The unsubscribe line's words for a customer's email. */
export function unsubscribeLabel(locale: Locale, organisationName: string): string {
  return fmt(getMessages(locale).wording.mailUnsubscribe, { organisation: organisationName });
}
