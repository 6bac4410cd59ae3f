// The customer form: the shared respondent form (NPS 0–10, "why?", the customer side of the
// mirrored items, the irritant checklist) with the link's submissionId, which makes a retry
// or a double click store one answer, and the organisation's name in its wording.
import type { Messages } from "@/lib/i18n/messages";
import { fmt } from "@/lib/i18n/format";
import type { SurveyFormDto } from "@/lib/db/survey-links/find-survey-link";
import type { CustomerResponseDraft, ResponseField } from "@/lib/surveys/response-schema";
import { AnswerForm } from "./answer-form";
import { respondentWording } from "./respondent-wording";

interface Props {
  t: Messages["survey"];
  form: SurveyFormDto;
  action: string;
  draft: CustomerResponseDraft;
  errors: ResponseField[];
}

export function SurveyForm({ t, form, action, draft, errors }: Props) {
  const name = form.organisationName;
  const wording = respondentWording(t, {
    scoreQuestion: fmt(t.npsQuestion, { name }),
    scoreLow: t.npsLow,
    scoreHigh: t.npsHigh,
    textHint: t.whyHint,
  });
  return (
    <>
      <h1>{fmt(t.title, { name })}</h1>
      <p className="muted">{t.intro}</p>
      <AnswerForm
        w={wording}
        catalogue={form}
        action={action}
        draft={draft}
        errors={errors}
        hidden={<input type="hidden" name="submissionId" value={draft.submissionId} />}
      />
      <p className="muted">{fmt(t.privacy, { name })}</p>
    </>
  );
}
