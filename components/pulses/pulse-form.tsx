// The employee pulse form (server-rendered, plain POST to its own URL, works without JS):
// the anonymity statement first, then eNPS 0–10 (standard wording), "why?", the employee side
// of the mirrored items (1–5, skippable), irritants, one suggestion. Errors link to fields.
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { PulseFormDto } from "@/lib/db/pulses/find-pulse-form";
import { IRRITANT_OTHER_MAX, TEXT_MAX, type AnswerField, type EmployeeAnswerDraft } from "@/lib/pulses/answer-schema";

type T = Messages["pulses"];

interface Props {
  t: T;
  form: PulseFormDto;
  /** null in the HR preview: the form cannot be sent. */
  action: string | null;
  draft: EmployeeAnswerDraft;
  errors: AnswerField[];
}

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const AGREEMENT = [1, 2, 3, 4, 5] as const;

const errorKey: Record<AnswerField, keyof T> = {
  score: "errorScore", comment: "errorComment", suggestion: "errorSuggestion", items: "errorItems",
  irritants: "errorIrritants", irritantOther: "errorIrritantOther", form: "errorForm",
};

const anchor: Record<AnswerField, string> = {
  score: "#score-0", comment: "#comment", suggestion: "#suggestion", items: "#items-title", irritants: "#irritants", irritantOther: "#irritantOther", form: "#score-0",
};

export function PulseForm({ t, form, action, draft, errors }: Props) {
  const has = (field: AnswerField) => errors.includes(field);
  return (
    <>
      <h1>{form.pulseName}</h1>
      {action === null ? <p className="errors" role="note">{t.preview}</p> : null}
      <p className="anonymity" data-testid="anonymity"><strong>{fmt(t.anonymity, { k: form.minGroupSize })}</strong></p>
      <p className="muted">{t.intro}</p>
      {errors.length ? (
        <div className="errors" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} autoFocus>
          <h2 id="error-summary-title">{t.errorSummary}</h2>
          <ul>{errors.map((f) => <li key={f}><a href={anchor[f]}>{t[errorKey[f]]}</a></li>)}</ul>
        </div>
      ) : null}
      <form id="survey" method="post" action={action ?? undefined} noValidate>
        <fieldset aria-describedby="score-ends">
          <legend>{fmt(t.enpsQuestion, { name: form.organisationName })} <span className="req">({t.required})</span></legend>
          {has("score") ? <p className="field-error">{t.errorScore}</p> : null}
          <div className="scale">
            {SCORES.map((score) => (
              <div className="opt" key={score}>
                <input type="radio" id={`score-${score}`} name="score" value={score} defaultChecked={draft.score === String(score)} aria-invalid={has("score") || undefined} />
                <label htmlFor={`score-${score}`}>
                  {score}
                  {score === 0 ? <span className="sr"> – {t.enpsLow}</span> : null}
                  {score === 10 ? <span className="sr"> – {t.enpsHigh}</span> : null}
                </label>
              </div>
            ))}
          </div>
          <div className="ends" id="score-ends"><span>0 : {t.enpsLow}</span><span>10 : {t.enpsHigh}</span></div>
        </fieldset>
        <TextQuestion id="comment" label={t.why} hint={t.textHint} value={draft.comment} error={has("comment") ? t.errorComment : null} />
        {form.items.length ? <Items t={t} form={form} draft={draft} invalid={has("items")} /> : null}
        {form.irritants.length ? <Irritants t={t} form={form} draft={draft} errors={errors} /> : null}
        {form.includeSuggestion ? (
          <TextQuestion id="suggestion" label={t.suggestion} hint={t.textHint} value={draft.suggestion} error={has("suggestion") ? t.errorSuggestion : null} />
        ) : null}
        <button type="submit" disabled={action === null} data-label={t.submit} data-sending={t.sending}>{t.submit}</button>
      </form>
    </>
  );
}

function TextQuestion({ id, label, hint, value, error }: { id: string; label: string; hint: string; value: string; error: string | null }) {
  return (
    <>
      <p><label htmlFor={id}><strong>{label}</strong></label></p>
      {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
      <p>
        <textarea id={id} name={id} maxLength={TEXT_MAX} defaultValue={value} aria-describedby={`${id}-hint`} aria-invalid={error ? true : undefined} />
        <span id={`${id}-hint`} className="muted">{hint}</span>
      </p>
    </>
  );
}

function Items({ t, form, draft, invalid }: { t: T; form: PulseFormDto; draft: EmployeeAnswerDraft; invalid: boolean }) {
  return (
    <section aria-labelledby="items-title">
      <h2 id="items-title" className="legend-like">{t.itemsTitle}</h2>
      <div className="ends spaced" id="items-ends"><span>1 : {t.agreement1}</span><span>5 : {t.agreement5}</span></div>
      {invalid ? <p className="field-error">{t.errorItems}</p> : null}
      {form.items.map((item) => {
        const current = draft.items[item.id] ?? "";
        return (
          <fieldset key={item.id} aria-describedby="items-ends">
            <legend>{item.text}</legend>
            <div className="agree">
              {AGREEMENT.map((value) => (
                <div className="opt" key={value}>
                  <input type="radio" id={`item-${item.id}-${value}`} name={`item.${item.id}`} value={value} defaultChecked={current === String(value)} />
                  <label htmlFor={`item-${item.id}-${value}`}>{value}</label>
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

function Irritants({ t, form, draft, errors }: { t: T; form: PulseFormDto; draft: EmployeeAnswerDraft; errors: AnswerField[] }) {
  return (
    <fieldset id="irritants">
      <legend>{t.irritantsTitle}</legend>
      {errors.includes("irritants") ? <p className="field-error">{t.errorIrritants}</p> : null}
      {form.irritants.map((irritant) => (
        <div className="check" key={irritant.id}>
          <input type="checkbox" id={`irritant-${irritant.id}`} name="irritant" value={irritant.id} defaultChecked={draft.irritantIds.includes(irritant.id)} />
          <label htmlFor={`irritant-${irritant.id}`}>{irritant.label}</label>
        </div>
      ))}
      <p><label htmlFor="irritantOther">{t.irritantOther}</label></p>
      {errors.includes("irritantOther") ? <p className="field-error">{t.errorIrritantOther}</p> : null}
      <p><input type="text" id="irritantOther" name="irritantOther" maxLength={IRRITANT_OTHER_MAX} defaultValue={draft.irritantOther} /></p>
    </fieldset>
  );
}
