// The respondent's side of the mirrored items: one 1–5 radio group per statement, skippable
// ("no opinion"), each choice named with its agreement label (a bare "4" means nothing to a
// screen-reader user who skipped the scale's legend).
import { describedBy, FieldError } from "./error-summary";
import type { RespondentCatalogue, RespondentWording } from "./respondent-wording";

const AGREEMENT = [1, 2, 3, 4, 5] as const;

/** The first choice of the first item: where the error summary sends the reader. */
export const firstItemAnchor = (items: RespondentCatalogue["items"]): string | null => (items[0] ? `#item-${items[0].id}-1` : null);

export function ItemsQuestion({
  w,
  items,
  values,
  invalid,
}: {
  w: RespondentWording;
  items: RespondentCatalogue["items"];
  values: Record<string, string>;
  invalid: boolean;
}) {
  return (
    <section aria-labelledby="items-title">
      <h2 id="items-title" className="legend-like">
        {w.itemsTitle}
      </h2>
      <div className="ends spaced" id="items-ends">
        <span>1 : {w.agreement[0]}</span>
        <span>5 : {w.agreement[4]}</span>
      </div>
      {invalid ? <FieldError id="items-error" text={w.errors.items} /> : null}
      {items.map((item) => {
        const current = values[item.id] ?? "";
        return (
          <fieldset key={item.id} aria-describedby={describedBy(invalid ? "items-error" : null, "items-ends")}>
            <legend>{item.text}</legend>
            <div className="agree">
              {AGREEMENT.map((value) => (
                <div className="opt" key={value}>
                  {/* eslint-disable-next-line jsx-a11y/role-supports-aria-props -- native radios: axe accepts aria-invalid here and screen readers announce it on the focused choice; the fieldset links the error text */}
                  <input
                    type="radio"
                    id={`item-${item.id}-${value}`}
                    name={`item.${item.id}`}
                    value={value}
                    defaultChecked={current === String(value)}
                    aria-invalid={invalid || undefined}
                  />
                  <label htmlFor={`item-${item.id}-${value}`}>
                    {value}
                    <span className="sr"> – {w.agreement[value - 1]}</span>
                  </label>
                </div>
              ))}
              <div className="opt skip">
                <input type="radio" id={`item-${item.id}-0`} name={`item.${item.id}`} value="" defaultChecked={!/^[1-5]$/.test(current)} />
                <label htmlFor={`item-${item.id}-0`}>{w.noOpinion}</label>
              </div>
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}
