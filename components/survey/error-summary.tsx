// Error summary at the top of the form, each message a link to its field, focused on
// load so screen readers announce it (GOV.UK pattern; WCAG 3.3.1).
export function ErrorSummary<F extends string>({
  title,
  errors,
  messages,
  anchors,
}: {
  title: string;
  errors: F[];
  messages: Record<F, string>;
  anchors: Record<F, string>;
}) {
  return (
    <div className="errors" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} autoFocus>
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((field) => (
          <li key={field}>
            <a href={anchors[field]}>{messages[field]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A field's own error, named by the field's aria-describedby (WCAG 3.3.1, 1.3.1). */
export function FieldError({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} className="field-error">
      {text}
    </p>
  );
}

/** The ids a field's aria-describedby lists: its error first when there is one. */
export const describedBy = (errorId: string | null, ...others: string[]): string | undefined =>
  [errorId, ...others].filter(Boolean).join(" ") || undefined;
