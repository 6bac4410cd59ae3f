// Error summary at the top of the form, each message a link to its field, focused on
// load so screen readers announce it (GOV.UK pattern; WCAG 3.3.1).
import type { Messages } from "@/lib/i18n/messages";
import type { ResponseField } from "@/lib/surveys/response-schema";

const messageKey: Record<ResponseField, keyof Messages["survey"]> = {
  score: "errorScore",
  comment: "errorComment",
  items: "errorItems",
  irritants: "errorIrritants",
  irritantOther: "errorIrritantOther",
  form: "errorForm",
};

export function ErrorSummary({ t, errors, anchors }: { t: Messages["survey"]; errors: ResponseField[]; anchors: Record<ResponseField, string> }) {
  return (
    <div className="errors" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} autoFocus>
      <h2 id="error-summary-title">{t.errorSummary}</h2>
      <ul>
        {errors.map((field) => (
          <li key={field}>
            <a href={anchors[field]}>{t[messageKey[field]]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FieldError({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} className="field-error">
      {text}
    </p>
  );
}
