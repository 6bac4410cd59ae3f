// A table in a card: its caption, one row of column headers (scope=col), then the body rows the
// caller draws. Two deliberate behaviours when it does not fit:
// - "scroll": it scrolls sideways inside a named, focusable region rather than squeezing columns;
// - "stack" (phones, < 640 px): each row becomes a card, each cell preceded by its column's name,
//   which the caller gives as `data-label` on the cell (`cellLabel`). Wider screens see the table.
import type { ReactNode } from "react";

type Props = {
  caption: string;
  headers: readonly string[];
  compact?: boolean;
  layout?: "scroll" | "stack";
  testId?: string;
  children: ReactNode;
};

/** The attribute a stacked table shows before a cell on a phone: its column's name. */
export const cellLabel = (label: string) => ({ "data-label": label });

export function DataTable({ caption, headers, compact = false, layout = "scroll", testId, children }: Props) {
  return (
    // Focusable and named, so a keyboard can scroll it sideways when it does not fit (WCAG 2.1.1).
    <div
      tabIndex={0}
      role="region"
      aria-label={caption}
      data-layout={layout}
      className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200 focus-visible:outline focus-visible:outline-2"
    >
      <table className={`w-full text-left text-sm ${layout === "stack" ? "stack-table" : ""}`} data-testid={testId}>
        <caption className="px-4 py-3 text-left text-slate-600">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className={compact ? "px-2 py-2" : "px-4 py-2"}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
