// "Vous avez dit, nous avons fait" on the employee home (issue 14 §3): the published actions of
// the person's team and of the teams above it — title, what was done, when. Never who answered.
import { EmptyState } from "@/components/ui/empty-state";
import type { PublishedActionDto } from "@/lib/db/published-actions/list-published-actions-for-home";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

export function PublishedActions({ actions, locale, t }: { actions: PublishedActionDto[]; locale: Locale; t: Messages }) {
  const m = t.irritantStates.published;
  return (
    <section aria-labelledby="published-actions" className="mt-6" data-testid="published-actions">
      <h2 id="published-actions" className="text-lg font-semibold">
        {m.title}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{m.lead}</p>
      {actions.length === 0 ? (
        <EmptyState title={m.empty} hint={m.emptyHint} />
      ) : (
        <ul className="flex flex-col gap-3" aria-label={m.caption}>
          {actions.map((action) => (
            <li key={action.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <h3 className="font-medium">{action.title}</h3>
              <p className="text-xs text-slate-500">
                {action.scope === "team" ? m.team : m.organisation}
                {" · "}
                {fmt(m.publishedOn, { date: formatDate(locale, action.publishedAt) })}
                {action.doneAt ? `, ${fmt(m.doneOn, { date: formatDate(locale, action.doneAt) })}` : null}
              </p>
              <p className="mt-1 text-sm whitespace-pre-line">{action.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
