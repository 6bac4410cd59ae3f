// One headline tile of the overview: a titled card (its heading names the region).
import type { ReactNode } from "react";

export function Tile({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} data-testid={id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h3 id={`${id}-title`} className="text-sm font-medium text-slate-700">
        {title}
      </h3>
      {children}
    </section>
  );
}
