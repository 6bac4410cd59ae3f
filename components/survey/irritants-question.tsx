// The respondent's side of the irritants: a checklist and "something else", each refusal
// linked to its field (aria-describedby) and marked aria-invalid.
import { IRRITANT_OTHER_MAX } from "@/lib/surveys/answer-schema";
import { describedBy, FieldError } from "./error-summary";
import type { RespondentCatalogue, RespondentWording } from "./respondent-wording";

/** The first checkbox: where the error summary sends the reader. */
export const firstIrritantAnchor = (irritants: RespondentCatalogue["irritants"]): string | null =>
  irritants[0] ? `#irritant-${irritants[0].id}` : null;

interface Props {
  w: RespondentWording;
  irritants: RespondentCatalogue["irritants"];
  checked: string[];
  other: string;
  invalid: boolean;
  otherInvalid: boolean;
}

export function IrritantsQuestion({ w, irritants, checked, other, invalid, otherInvalid }: Props) {
  return (
    <fieldset aria-describedby={describedBy(invalid ? "irritants-error" : null)}>
      <legend>{w.irritantsTitle}</legend>
      {invalid ? <FieldError id="irritants-error" text={w.errors.irritants} /> : null}
      {irritants.map((irritant) => (
        <div className="check" key={irritant.id}>
          <input
            type="checkbox"
            id={`irritant-${irritant.id}`}
            name="irritant"
            value={irritant.id}
            defaultChecked={checked.includes(irritant.id)}
            aria-invalid={invalid || undefined}
          />
          <label htmlFor={`irritant-${irritant.id}`}>{irritant.label}</label>
        </div>
      ))}
      <p>
        <label htmlFor="irritantOther">{w.irritantOther}</label>
      </p>
      {otherInvalid ? <FieldError id="irritantOther-error" text={w.errors.irritantOther} /> : null}
      <p>
        <input
          type="text"
          id="irritantOther"
          name="irritantOther"
          maxLength={IRRITANT_OTHER_MAX}
          defaultValue={other}
          aria-describedby={describedBy(otherInvalid ? "irritantOther-error" : null)}
          aria-invalid={otherInvalid || undefined}
        />
      </p>
    </fieldset>
  );
}
