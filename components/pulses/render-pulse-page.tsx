// Turns an employee answer screen (pulse or personal pulse) into a complete HTML Response with
// the respondent pages' document, styles and headers (components/survey/respondent-response.ts).
import { brandPalette } from "@/components/survey/brand-colors";
import { RespondentMessage } from "@/components/survey/respondent-message";
import { documentOf, htmlResponse, newNonce } from "@/components/survey/respondent-response";
import { SurveyDocument } from "@/components/survey/survey-document";
import type { EmployeeFormScreen, EmployeeMessageKind } from "@/lib/http/employee-answer-route";
import type { Locale } from "@/lib/i18n/config";
import { getMessages, type Messages } from "@/lib/i18n/messages";
import { PulseForm } from "./pulse-form";

export function renderPulseForm({ locale, form, action, draft, errors }: EmployeeFormScreen, status = 200): Response {
  const t = getMessages(locale).pulses;
  const nonce = newNonce();
  const title = errors.length ? `${t.errorSummary} – ${form.pulseName}` : form.pulseName;
  const page = (
    <SurveyDocument
      locale={locale}
      title={title}
      palette={brandPalette(form.brandColor)}
      nonce={nonce}
      organisationName={form.organisationName}
      withScript={action !== null}
    >
      <PulseForm t={t} form={form} action={action} draft={draft} errors={errors} />
    </SurveyDocument>
  );
  return htmlResponse(documentOf(page), status, nonce);
}

const keys: Record<EmployeeMessageKind, [keyof Messages["pulses"], keyof Messages["pulses"]]> = {
  thanks: ["thanksTitle", "thanksBody"],
  already: ["alreadyTitle", "alreadyBody"],
  notOpen: ["notOpenTitle", "notOpenBody"],
  notFound: ["notFoundTitle", "notFoundBody"],
  forbidden: ["forbiddenTitle", "forbiddenBody"],
  error: ["errorTitle", "errorBody"],
};

export function renderPulseMessage(
  locale: Locale,
  kind: EmployeeMessageKind,
  status: number,
  extra: Record<string, string> = {},
  ownBody?: string | null,
): Response {
  const t = getMessages(locale).pulses;
  const nonce = newNonce();
  const [title, body] = keys[kind];
  const page = (
    <SurveyDocument locale={locale} title={t[title]} palette={brandPalette(undefined)} nonce={nonce}>
      <RespondentMessage state={kind} title={t[title]} body={ownBody ?? t[body]}>
        <p>
          <a href={`/${locale}/pulses`}>{t.backHome}</a>
        </p>
      </RespondentMessage>
    </SurveyDocument>
  );
  return htmlResponse(documentOf(page), status, nonce, extra);
}
