// The customer form: the shared respondent form (NPS 0–10, "why?", the customer side of the
// mirrored items, the irritant checklist) with the link's submissionId, which makes a retry
// or a double click store one answer, and the organisation's name in its wording. Above it,
// the contact the link follows and the form's true length; below it, the privacy notice.
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { fmt, formatDate } from "@/lib/i18n/format";
import type { SurveyContactDto, SurveyFormDto } from "@/lib/db/survey-links/find-survey-link";
import type { CustomerResponseDraft, ResponseField } from "@/lib/surveys/response-schema";
import { surveyLength } from "@/lib/surveys/survey-length";
import { AnswerForm } from "./answer-form";
import { respondentWording } from "./respondent-wording";

interface Props {
  locale: Locale;
  t: Messages["survey"];
  form: SurveyFormDto;
  action: string;
  draft: CustomerResponseDraft;
  errors: ResponseField[];
}

/** « Suite à votre appel du 3 décembre 2026. », the day in Europe/Paris (formatDate). */
export function contactRecall(locale: Locale, t: Messages["survey"], contact: SurveyContactDto): string {
  return fmt(t.recall[contact.channel], { date: formatDate(locale, contact.occurredAt) });
}

/** « 8 questions, environ 2 minutes. », counted from the catalogue this form draws. */
export function lengthLine(t: Messages["survey"], form: Pick<SurveyFormDto, "items" | "irritants">): string {
  const { questions, minutes } = surveyLength(form);
  return fmt(t.intro, { questions, duration: minutes === 1 ? t.oneMinute : fmt(t.minutes, { n: minutes }) });
}

export function privacyHref(locale: Locale, organisationSlug: string): string {
  return `/${locale}/privacy/${encodeURIComponent(organisationSlug)}`;
}

export function SurveyForm({ locale, t, form, action, draft, errors }: Props) {
  // The organisation's own name for itself in the questions ([X]), else its name.
  const name = form.questionName ?? form.organisationName;
  const wording = respondentWording(t, {
    scoreQuestion: fmt(t.npsQuestion, { name }),
    scoreLow: t.npsLow,
    scoreHigh: t.npsHigh,
    textHint: t.whyHint,
  });
  return (
    <>
      <p className="recall" data-testid="contact-recall">
        {contactRecall(locale, t, form.contact)}
      </p>
      <h1>{fmt(t.title, { name })}</h1>
      <p className="muted" data-testid="survey-length">
        {lengthLine(t, form)}
      </p>
      {form.intro ? <p data-testid="survey-intro">{form.intro}</p> : null}
      <AnswerForm
        w={wording}
        catalogue={form}
        action={action}
        draft={draft}
        errors={errors}
        hidden={<input type="hidden" name="submissionId" value={draft.submissionId} />}
      />
      <p className="muted">
        {fmt(t.privacy, { name: form.organisationName })} <a href={privacyHref(locale, form.organisationSlug)}>{t.privacyLink}</a>
      </p>
    </>
  );
}
