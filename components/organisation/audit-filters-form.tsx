// The audit log's filters: a plain GET form (works without JavaScript), the values in the URL.
import { SelectFilter } from "@/components/ui/filter-fields";
import type { AuditFilterOptionsDto } from "@/lib/db/audit/list-audit-filter-options";
import type { Messages } from "@/lib/i18n/messages";
import { auditActionLabel } from "@/lib/organisations/audit-log";

const control = "rounded border border-slate-300 bg-white px-2 py-1 text-sm";

export function AuditFiltersForm({
  action,
  values,
  options,
  t,
}: {
  action: string;
  values: Record<string, string>;
  options: AuditFilterOptionsDto;
  t: Messages["audit"];
}) {
  const people = options.people.map((p) => ({ value: p.membershipId, label: `${p.name} (${p.email})` }));
  return (
    <form method="get" action={action} aria-label={t.filters} className="mb-4 flex flex-wrap items-end gap-3">
      <SelectFilter title={t.person} name="person" value={values.personId} all={t.allPeople} options={people} />
      <SelectFilter
        title={t.action}
        name="action"
        value={values.action}
        all={t.allActions}
        options={options.actions.map((a) => ({ value: a, label: auditActionLabel(a, t.actions) }))}
      />
      {(["from", "to"] as const).map((name) => (
        <label key={name} className="flex flex-col gap-1 text-sm">
          {t[name]}
          <input type="date" name={name} defaultValue={values[name] ?? ""} className={control} />
        </label>
      ))}
      <button type="submit" className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white">
        {t.apply}
      </button>
    </form>
  );
}
