// The customer form (server-rendered, plain POST to its own URL): NPS 0–10 as a radio
// group, "why?", the customer side of the mirrored items (1–5, skippable), the irritant
// checklist. Errors come back as a summary linked to the fields (WCAG 3.3.1, 3.3.3).
import type { Messages } from "@/lib/i18n/messages";
import { fmt } from "@/lib/i18n/format";
import type { SurveyFormDto } from "@/lib/db/survey-links/find-survey-link";
import { COMMENT_MAX, IRRITANT_OTHER_MAX, type CustomerResponseDraft, type ResponseField } from "@/lib/surveys/response-schema";
import { ErrorSummary, FieldError } from "./error-summary";

interface Props {
  t: Messages["survey"];
  form: SurveyFormDto;
  action: string;
  draft: CustomerResponseDraft;
  errors: ResponseField[];
}

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const AGREEMENT = [1, 2, 3, 4, 5] as const;

export function SurveyForm({ t, form, action, draft, errors }: Props) {
  const name = form.organisationName;
  const has = (field: ResponseField) => errors.includes(field);
  const firstItem = form.items[0];
  const firstIrritant = form.irritants[0];
  const anchors: Record<ResponseField, string> = {
    score: "#score-0",
    comment: "#comment",
    items: firstItem ? `#item-${firstItem.id}-1` : "#survey",
    irritants: firstIrritant ? `#irritant-${firstIrritant.id}` : "#survey",
    irritantOther: "#irritantOther",
    form: "#score-0",
  };
  return (
    <>
      <h1>{fmt(t.title, { name })}</h1>
      <p className="muted">{t.intro}</p>
      {errors.length ? <ErrorSummary t={t} errors={errors} anchors={anchors} /> : null}
      <form id="survey" method="post" action={action} noValidate>
        <input type="hidden" name="submissionId" value={draft.submissionId} />
        <fieldset aria-describedby={has("score") ? "score-error score-ends" : "score-ends"}>
          <legend>
            {fmt(t.npsQuestion, { name })} <span className="req">({t.required})</span>
          </legend>
          {has("score") ? <FieldError id="score-error" text={t.errorScore} /> : null}
          <div className="scale">
            {SCORES.map((score) => (
              <div className="opt" key={score}>
                <input type="radio" id={`score-${score}`} name="score" value={score} defaultChecked={draft.score === String(score)} aria-invalid={has("score") || undefined} />
                <label htmlFor={`score-${score}`}>
                  {score}
                  {score === 0 ? <span className="sr"> – {t.npsLow}</span> : null}
                  {score === 10 ? <span className="sr"> – {t.npsHigh}</span> : null}
                </label>
              </div>
            ))}
          </div>
          <div className="ends" id="score-ends">
            <span>0 : {t.npsLow}</span>
            <span>10 : {t.npsHigh}</span>
          </div>
        </fieldset>
        <p>
          <label htmlFor="comment"><strong>{t.why}</strong></label>
        </p>
        {has("comment") ? <FieldError id="comment-error" text={t.errorComment} /> : null}
        <p>
          <textarea id="comment" name="comment" maxLength={COMMENT_MAX} defaultValue={draft.comment}
            aria-describedby={has("comment") ? "comment-error comment-hint" : "comment-hint"} aria-invalid={has("comment") || undefined} />
          <span id="comment-hint" className="muted">{t.whyHint}</span>
        </p>
        {form.items.length ? <ItemsSection t={t} form={form} draft={draft} invalid={has("items")} /> : null}
        {form.irritants.length ? <IrritantsSection t={t} form={form} draft={draft} errors={errors} /> : null}
        <button type="submit" data-label={t.submit} data-sending={t.sending}>{t.submit}</button>
      </form>
      <p className="muted">{fmt(t.privacy, { name })}</p>
    </>
  );
}

function ItemsSection({ t, form, draft, invalid }: { t: Messages["survey"]; form: SurveyFormDto; draft: CustomerResponseDraft; invalid: boolean }) {
  const labels = [t.agreement1, t.agreement2, t.agreement3, t.agreement4, t.agreement5];
  return (
    <section aria-labelledby="items-title">
      <h2 id="items-title" className="legend-like">{t.itemsTitle}</h2>
      <div className="ends spaced" id="items-ends">
        <span>1 : {t.agreement1}</span>
        <span>5 : {t.agreement5}</span>
      </div>
      {invalid ? <FieldError id="items-error" text={t.errorItems} /> : null}
      {form.items.map((item) => {
        const current = draft.items[item.id] ?? "";
        return (
          <fieldset key={item.id} aria-describedby={invalid ? "items-error items-ends" : "items-ends"}>
            <legend>{item.text}</legend>
            <div className="agree">
              {AGREEMENT.map((value) => (
                <div className="opt" key={value}>
                  <input type="radio" id={`item-${item.id}-${value}`} name={`item.${item.id}`} value={value} defaultChecked={current === String(value)} />
                  <label htmlFor={`item-${item.id}-${value}`}>
                    {value}
                    <span className="sr"> – {labels[value - 1]}</span>
                  </label>
                </div>
              ))}
              <div className="opt skip">
                <input type="radio" id={`item-${item.id}-0`} name={`item.${item.id}`} value="" defaultChecked={!/^[1-5]$/.test(current)} />
                <label htmlFor={`item-${item.id}-0`}>{t.noOpinion}</label>
              </div>
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}

function IrritantsSection({ t, form, draft, errors }: { t: Messages["survey"]; form: SurveyFormDto; draft: CustomerResponseDraft; errors: ResponseField[] }) {
  const invalid = errors.includes("irritants");
  const otherInvalid = errors.includes("irritantOther");
  return (
    <fieldset aria-describedby={invalid ? "irritants-error" : undefined}>
      <legend>{t.irritantsTitle}</legend>
      {invalid ? <FieldError id="irritants-error" text={t.errorIrritants} /> : null}
      {form.irritants.map((irritant) => (
        <div className="check" key={irritant.id}>
          <input type="checkbox" id={`irritant-${irritant.id}`} name="irritant" value={irritant.id} defaultChecked={draft.irritantIds.includes(irritant.id)} />
          <label htmlFor={`irritant-${irritant.id}`}>{irritant.label}</label>
        </div>
      ))}
      <p>
        <label htmlFor="irritantOther">{t.irritantOther}</label>
      </p>
      {otherInvalid ? <FieldError id="irritantOther-error" text={t.errorIrritantOther} /> : null}
      <p>
        <input type="text" id="irritantOther" name="irritantOther" maxLength={IRRITANT_OTHER_MAX} defaultValue={draft.irritantOther}
          aria-describedby={otherInvalid ? "irritantOther-error" : undefined} aria-invalid={otherInvalid || undefined} />
      </p>
    </fieldset>
  );
}
