// A chart with its accessible name and its table alternative (server component): the chart
// is a picture for sighted users, the table carries the same data for everyone else.
import type { ReactNode } from "react";

type Props = { title: string; label: string; chart: ReactNode; table: ReactNode; showTable?: string; children?: ReactNode };

export function ChartFigure({ title, label, chart, table, showTable, children }: Props) {
  return (
    <figure className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <figcaption className="mb-2 font-semibold">{title}</figcaption>
      {children}
      <div role="img" aria-label={label} className="h-72 w-full">
        {chart}
      </div>
      {showTable ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-slate-700 underline">{showTable}</summary>
          <div className="mt-2 overflow-x-auto">{table}</div>
        </details>
      ) : (
        <div className="mt-3 overflow-x-auto text-sm">{table}</div>
      )}
    </figure>
  );
}
