// The actions list (issue 14 §1): what the actor sees (a manager their subtree and the actions
// they own, HR/CX everything, an employee their own), filtered by team with its subtree, owner,
// status, overdue and « mes actions » from the URL, in keyset pages (« Suivantes »).
import Link from "next/link";
import { ActionsFiltersForm, type FilterChoices } from "@/components/actions/actions-filters-form";
import { ActionsTable } from "@/components/actions/actions-table";
import { ContactsPagination } from "@/components/contacts/contacts-pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ACTIONS_PAGE_SIZE, decodeActionCursor } from "@/lib/actions/action-list-schema";
import { actionListQuery, hasListFilter, readActionListParams, type SearchParams } from "@/lib/actions/action-url-params";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { can } from "@/lib/auth/policy";
import { actionFormOptions } from "@/lib/db/actions/action-form-options";
import { listActions } from "@/lib/db/actions/list-actions";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = pageTitle((t) => t.actionPages.list.title);

const link = "text-blue-700 underline";

export default async function ActionsPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const m = t.actionPages.list;
  const path = `/${locale}/actions`;
  const actor = await requireActor(locale, path);
  const manages = can(actor, "actions:manage");
  // An employee sees only the actions they own: no team or owner to choose among.
  const choices: FilterChoices = manages ? await orPageError(actionFormOptions(actor)) : { teams: [], people: [] };
  const read = readActionListParams(await searchParams);
  // A team outside the choices or a cursor this list did not write drops that filter, not the page.
  const filters = {
    ...read,
    teamId: choices.teams.some((team) => team.id === read.teamId) ? read.teamId : undefined,
    cursor: read.cursor && decodeActionCursor(read.cursor) ? read.cursor : undefined,
  };
  const page = await orPageError(listActions(actor, { ...filters, status: filters.status, limit: ACTIONS_PAGE_SIZE }));
  const newLink = manages ? (
    <Link className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white" href={`${path}/new`}>
      {m.newAction}
    </Link>
  ) : null;
  return (
    <>
      <PageHeader title={m.title} lead={m.lead} />
      <p className="mb-4 flex flex-wrap items-center gap-4">
        {newLink}
        {can(actor, "budget:manage") ? (
          <Link className={link} href={`${path}/budget`} data-testid="budget-link">
            {t.budget.title}
          </Link>
        ) : null}
      </p>
      <ActionsFiltersForm action={path} filters={filters} choices={choices} t={t} />
      {page.rows.length === 0 ? (
        <div className="flex flex-col gap-3">
          {hasListFilter(filters) || filters.cursor ? (
            <>
              <EmptyState title={m.noMatchTitle} hint={m.noMatchHint} />
              <p className="text-center text-sm">
                <Link className={link} href={path}>
                  {m.reset}
                </Link>
              </p>
            </>
          ) : (
            <EmptyState title={m.emptyTitle} hint={m.emptyHint} />
          )}
        </div>
      ) : (
        <>
          <ActionsTable rows={page.rows} pageSize={ACTIONS_PAGE_SIZE} locale={locale} t={t} />
          <ContactsPagination
            label={m.pagination}
            previous={{ text: m.first, href: filters.cursor ? `${path}${actionListQuery(filters)}` : null }}
            next={{ text: m.next, href: page.nextCursor ? `${path}${actionListQuery(filters, page.nextCursor)}` : null }}
          />
        </>
      )}
    </>
  );
}
