// The 0–10 recommendation question (NPS for customers, eNPS for employees: the same scale,
// standard wording) as one radio group whose ends are named for screen readers too.
import { describedBy, FieldError } from "./error-summary";
import type { RespondentWording } from "./respondent-wording";

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export function ScoreQuestion({ w, value, invalid }: { w: RespondentWording; value: string; invalid: boolean }) {
  return (
    <fieldset aria-describedby={describedBy(invalid ? "score-error" : null, "score-ends")}>
      <legend>
        {w.scoreQuestion} <span className="req">({w.required})</span>
      </legend>
      {invalid ? <FieldError id="score-error" text={w.errors.score} /> : null}
      <div className="scale">
        {SCORES.map((score) => (
          <div className="opt" key={score}>
            {/* eslint-disable-next-line jsx-a11y/role-supports-aria-props -- native radios: axe accepts aria-invalid here and screen readers announce it on the focused choice; the fieldset links the error text */}
            <input
              type="radio"
              id={`score-${score}`}
              name="score"
              value={score}
              defaultChecked={value === String(score)}
              aria-invalid={invalid || undefined}
            />
            <label htmlFor={`score-${score}`}>
              {score}
              {score === 0 ? <span className="sr"> – {w.scoreLow}</span> : null}
              {score === 10 ? <span className="sr"> – {w.scoreHigh}</span> : null}
            </label>
          </div>
        ))}
      </div>
      <div className="ends" id="score-ends">
        <span>0 : {w.scoreLow}</span>
        <span>10 : {w.scoreHigh}</span>
      </div>
    </fieldset>
  );
}
