// The employee pulse form: the anonymity statement first, then the shared respondent form
// (eNPS 0–10 in its standard wording, "why?", the employee side of the mirrored items,
// irritants) and, when the pulse asks it, one suggestion. HR's preview cannot be sent.
import { AnswerForm } from "@/components/survey/answer-form";
import { respondentWording } from "@/components/survey/respondent-wording";
import { TextQuestion } from "@/components/survey/text-question";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { PulseFormDto } from "@/lib/db/pulses/find-pulse-form";
import { TEXT_MAX, type AnswerField, type EmployeeAnswerDraft } from "@/lib/pulses/answer-schema";

type T = Messages["pulses"];

interface Props {
  t: T;
  form: PulseFormDto;
  /** null in the HR preview: the form cannot be sent. */
  action: string | null;
  draft: EmployeeAnswerDraft;
  errors: AnswerField[];
}

export function PulseForm({ t, form, action, draft, errors }: Props) {
  const suggestion = form.includeSuggestion ? (
    <TextQuestion
      id="suggestion"
      label={t.suggestion}
      hint={t.textHint}
      value={draft.suggestion}
      max={TEXT_MAX}
      error={errors.includes("suggestion") ? t.errorSuggestion : null}
    />
  ) : null;
  const wording = respondentWording(
    t,
    {
      scoreQuestion: fmt(t.enpsQuestion, { name: form.questionName ?? form.organisationName }),
      scoreLow: t.enpsLow,
      scoreHigh: t.enpsHigh,
      textHint: t.textHint,
    },
    { suggestion: t.errorSuggestion },
  );
  return (
    <>
      <h1>{form.pulseName}</h1>
      {action === null ? (
        <p className="errors" role="note">
          {t.preview}
        </p>
      ) : null}
      <p className="anonymity" data-testid="anonymity">
        <strong>{fmt(t.anonymity, { k: form.minGroupSize })}</strong>
      </p>
      {form.intro ? <p data-testid="pulse-intro">{form.intro}</p> : null}
      <p className="muted">{t.intro}</p>
      <AnswerForm w={wording} catalogue={form} action={action} draft={draft} errors={errors} extra={suggestion} />
    </>
  );
}
