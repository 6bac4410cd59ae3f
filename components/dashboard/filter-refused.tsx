// What a refused filter shows (the remainder rule, SECURITY.md): an explanation, not an error.
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

export function FilterRefused({ k, t }: { k: number; t: Messages }) {
  return (
    <div role="status" data-testid="filter-refused" className="rounded-lg border border-amber-300 bg-amber-50 px-6 py-5">
      <p className="font-medium">{t.dashboardV2.filters.refusedTitle}</p>
      <p className="mt-1 text-sm text-slate-700">{fmt(t.dashboardV2.filters.refusedBody, { k })}</p>
    </div>
  );
}
