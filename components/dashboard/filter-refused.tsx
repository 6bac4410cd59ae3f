// What a refused filter shows (the remainder rule, docs/anonymity.md): an explanation, not an error.
// Channel and moment of truth filter customer answers only, so they never cause a refusal:
// when one is set, say so, or the reader would change the wrong filter.
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

export function FilterRefused({ k, customerFilter, t }: { k: number; customerFilter: boolean; t: Messages }) {
  const m = t.symmetry.filters;
  return (
    <div role="status" data-testid="filter-refused" className="rounded-lg border border-amber-300 bg-amber-50 px-6 py-5">
      <p className="font-medium">{m.refusedTitle}</p>
      <p className="mt-1 text-sm text-slate-700">{fmt(m.refusedBody, { k })}</p>
      {customerFilter ? <p className="mt-1 text-sm text-slate-700">{m.refusedCustomerOnly}</p> : null}
    </div>
  );
}
