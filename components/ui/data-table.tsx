// A table in a card: its caption, one row of column headers (scope=col), then the body rows the
// caller draws; scrolls sideways when it does not fit rather than squeezing its columns.
import type { ReactNode } from "react";

type Props = { caption: string; headers: readonly string[]; compact?: boolean; children: ReactNode };

export function DataTable({ caption, headers, compact = false, children }: Props) {
  return (
    // Focusable and named, so a keyboard can scroll it sideways when it does not fit (WCAG 2.1.1).
    <div
      tabIndex={0}
      role="region"
      aria-label={caption}
      className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200 focus-visible:outline focus-visible:outline-2"
    >
      <table className="w-full text-left text-sm">
        <caption className="px-4 py-3 text-left text-slate-600">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className={compact ? "px-3 py-2" : "px-4 py-2"}>
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
