// An optional free-text question ("why?", the employee's suggestion): label, length hint, and
// when refused its error, linked to the field with aria-describedby and aria-invalid.
import { describedBy, FieldError } from "./error-summary";

export function TextQuestion({
  id,
  label,
  hint,
  value,
  max,
  error,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  max: number;
  error: string | null;
}) {
  return (
    <>
      <p>
        <label htmlFor={id}>
          <strong>{label}</strong>
        </label>
      </p>
      {error ? <FieldError id={`${id}-error`} text={error} /> : null}
      <p>
        <textarea
          id={id}
          name={id}
          maxLength={max}
          defaultValue={value}
          aria-describedby={describedBy(error ? `${id}-error` : null, `${id}-hint`)}
          aria-invalid={error ? true : undefined}
        />
        <span id={`${id}-hint`} className="muted">
          {hint}
        </span>
      </p>
    </>
  );
}
