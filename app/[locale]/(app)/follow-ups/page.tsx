// Detractor follow-ups (closed loop, issues 3 and 14 §4): the actor's scope, newest first, filtered
// by status (open ones by default; closed ones stay findable), team with its subtree, assignee and
// overdue, in keyset pages. EMPLOYEE gets 403; the data layer scopes the query itself.
import { ContactsPagination } from "@/components/contacts/contacts-pagination";
import { FollowUpsTable } from "@/components/follow-ups/follow-ups-table";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectFilter } from "@/components/ui/filter-fields";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { actionFormOptions } from "@/lib/db/actions/action-form-options";
import { listFollowUps, ZFollowUpFilters } from "@/lib/db/follow-ups/list-follow-ups-page";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { updateFollowUpStatusAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = pageTitle((t) => t.followUps.title);

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function FollowUpsPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/follow-ups`);
  const query = await searchParams;
  const filters = ZFollowUpFilters.parse({
    status: first(query.status),
    team: first(query.team),
    assignee: first(query.assignee),
    overdue: first(query.overdue),
    cursor: first(query.cursor),
  });
  const [{ rows, nextCursor }, options] = await Promise.all([
    orPageError(listFollowUps(actor, filters)),
    orPageError(actionFormOptions(actor)),
  ]);
  const result = first(query.result);
  const notice =
    result === "updated"
      ? t.followUps.updated
      : result === "not-found"
        ? t.followUps.notFound
        : result === "invalid"
          ? t.followUps.invalid
          : null;
  const m = t.followUpDetail.list;
  const filtered = filters.status !== "open" || filters.team || filters.assignee || filters.overdue;
  const href = (cursor: string | null) => {
    const params = new URLSearchParams();
    for (const key of ["status", "team", "assignee", "overdue"] as const) {
      const value = filters[key];
      if (value && !(key === "status" && value === "open")) params.set(key, value);
    }
    if (cursor) params.set("cursor", cursor);
    const text = params.toString();
    return `/${locale}/follow-ups${text ? `?${text}` : ""}`;
  };
  return (
    <>
      <PageHeader title={t.followUps.title} lead={t.followUps.intro} />
      {notice ? (
        <p role="status" className="mb-4 rounded border border-slate-300 bg-white px-4 py-2" data-testid="follow-up-notice">
          {notice}
        </p>
      ) : null}
      <form method="get" aria-label={m.filtersTitle} className="mb-4 flex flex-wrap items-end gap-3" data-testid="follow-up-filters">
        <label className="flex flex-col gap-1 text-sm">
          {t.followUps.status}
          <select name="status" defaultValue={filters.status} className="rounded border border-slate-300 bg-white px-2 py-1 text-sm">
            <option value="open">{m.statusOpen}</option>
            <option value="OPEN">{t.followUps.OPEN}</option>
            <option value="IN_PROGRESS">{t.followUps.IN_PROGRESS}</option>
            <option value="CLOSED">{t.followUps.CLOSED}</option>
            <option value="all">{m.statusAll}</option>
          </select>
        </label>
        <SelectFilter
          title={t.followUps.team}
          name="team"
          value={filters.team}
          all={m.allTeams}
          options={options.teams.map((team) => ({ value: team.id, label: `${"· ".repeat(team.depth)}${team.name}` }))}
        />
        <SelectFilter
          title={t.followUpDetail.assignee}
          name="assignee"
          value={filters.assignee === "me" || filters.assignee === "none" ? filters.assignee : undefined}
          all={m.assigneeAny}
          options={[
            { value: "me", label: m.assigneeMe },
            { value: "none", label: m.assigneeNone },
          ]}
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue === "1"} />
          {m.overdueOnly}
        </label>
        <button type="submit" className="rounded border border-slate-400 px-3 py-1 text-sm font-medium">
          {m.apply}
        </button>
      </form>
      {rows.length === 0 ? (
        filtered ? (
          <EmptyState title={m.emptyFiltered} />
        ) : (
          <EmptyState title={t.followUps.empty} hint={t.followUps.emptyHint} />
        )
      ) : (
        <FollowUpsTable
          rows={rows}
          locale={locale}
          t={t.followUps}
          detail={t.followUpDetail}
          action={updateFollowUpStatusAction}
          newAction={{ column: t.actionPages.teamLinks.create, label: t.actionPages.teamLinks.createForFollowUp }}
        />
      )}
      <ContactsPagination
        label={m.pages}
        previous={{ href: filters.cursor ? href(null) : null, text: m.first }}
        next={{ href: nextCursor ? href(nextCursor) : null, text: m.next }}
      />
    </>
  );
}
