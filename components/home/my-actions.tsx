// « Mes actions » on the home page: the actions the person owns, each linking to its page.
// Nothing is drawn for someone who owns none.
import Link from "next/link";
import { cellLabel, DataTable } from "@/components/ui/data-table";
import type { OwnedActionDto } from "@/lib/db/published-actions/list-my-owned-actions";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

export function MyActions({ actions, locale, t }: { actions: OwnedActionDto[]; locale: Locale; t: Messages }) {
  if (actions.length === 0) return null;
  const m = t.irritantStates.mine;
  return (
    <section aria-labelledby="my-actions" className="mt-6" data-testid="my-actions">
      <h2 id="my-actions" className="mb-2 text-lg font-semibold">
        {m.title}
      </h2>
      <DataTable caption={m.caption} headers={[m.action, m.team, m.status, m.due]} layout="stack">
        {actions.map((action) => (
          <tr key={action.id} className="border-t border-slate-100">
            <th scope="row" className="px-4 py-2 font-normal" {...cellLabel(m.action)}>
              <Link className="text-blue-700 underline" href={`/${locale}/actions/${action.id}`}>
                {action.title}
              </Link>
            </th>
            <td className="px-4 py-2" {...cellLabel(m.team)}>
              {action.teamName}
            </td>
            <td className="px-4 py-2" {...cellLabel(m.status)}>
              {m.statuses[action.status]}
            </td>
            <td className="px-4 py-2" {...cellLabel(m.due)}>
              {action.dueDate ? formatDate(locale, action.dueDate) : m.noDue}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
