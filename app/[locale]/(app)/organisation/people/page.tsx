// The people directory (ADMIN, HR; issue 12 §3): search and filters in the URL (plain GET
// form), 50 a page with a keyset cursor, each person's role, team, account state and status,
// and the form to add someone. Works without JavaScript.
import { describedBy, FieldError, Notice, TreeOptions } from "@/components/ui/notice";
import Link from "next/link";
import { BulkInvite, bulkInviteResult } from "@/components/organisation/bulk-invite";
import { OrganisationTabs } from "@/components/organisation/organisation-tabs";
import { PeopleTable } from "@/components/organisation/people-table";
import { PersonFields } from "@/components/organisation/person-fields";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { roles } from "@/lib/auth/actor-types";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { can, canAssignRole } from "@/lib/auth/policy";
import { BULK_INVITE_LIMIT, countPeopleToInvite } from "@/lib/db/people/invite-people";
import { listPeople } from "@/lib/db/people/list-people";
import { listTeamTree } from "@/lib/db/teams/list-team-tree";
import { ExpectedError } from "@/lib/errors";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { ZPeopleFilters } from "@/lib/organisations/person-schema";
import { createPersonAction, invitePeopleAction } from "./actions";

type Query = Record<
  "q" | "teamId" | "role" | "status" | "after" | "error" | "notice" | "invite" | "bulkError" | "sent" | "refused" | "remaining",
  string | undefined
>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Partial<Query>> };

export const generateMetadata = pageTitle((t) => t.organisation.peopleTitle);

const input = "rounded border border-slate-400 px-3 py-1";

export default async function PeoplePage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/organisation/people`);
  const query = await searchParams;
  const filters = ZPeopleFilters.parse({
    ...query,
    q: query.q || undefined,
    teamId: query.teamId || undefined,
    role: query.role || undefined,
  });
  // A page cursor that is not one of ours (edited by hand, from an old link) says so, never a 500.
  const badCursor = (error: unknown) =>
    error instanceof ExpectedError && error.code === "INVALID_INPUT" ? { rows: [], next: null, refused: true } : Promise.reject(error);
  const [page, teams] = await orPageError(Promise.all([listPeople(actor, filters).catch(badCursor), listTeamTree(actor)]));
  const o = t.organisation;
  // Counted only once the bulk invitation's confirmation is asked for (issue 12 §5).
  const toInvite = query.invite === "confirm" ? await orPageError(countPeopleToInvite(actor, filters)) : null;
  const errors = new Set((query.error ?? "").split(",").filter(Boolean));
  const assignable = roles.filter((role) => canAssignRole(actor, role));
  const filtered = Boolean(filters.q || filters.teamId || filters.role || filters.status !== "active");
  const nextQuery = new URLSearchParams(
    Object.entries({
      q: filters.q,
      teamId: filters.teamId,
      role: filters.role,
      status: filters.status,
      after: page.next ?? undefined,
    }).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  return (
    <>
      <PageHeader title={o.peopleTitle} lead={o.peopleIntro} />
      <OrganisationTabs locale={locale} t={o} current="people" people sync={can(actor, "directory:sync") ? t.directorySync.tab : null} />
      <form method="get" role="search" aria-label={o.peopleTitle} className="mb-4 flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm">
          <span>{o.peopleSearch}</span>
          <input name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} className={input} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{o.peopleTeam}</span>
          <select name="teamId" defaultValue={filters.teamId ?? ""} className={input}>
            <option value="">{o.peopleAllTeams}</option>
            <TreeOptions nodes={teams} />
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{o.peopleRole}</span>
          <select name="role" defaultValue={filters.role ?? ""} className={input}>
            <option value="">{o.peopleAllRoles}</option>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t.roles[role]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{o.peopleStatus}</span>
          <select name="status" defaultValue={filters.status} className={input}>
            <option value="active">{o.statusActive}</option>
            <option value="inactive">{o.statusInactive}</option>
            <option value="all">{o.statusAll}</option>
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-400 px-3 py-1">
          {o.peopleFilter}
        </button>
      </form>
      <Notice kind="error" text={"refused" in page ? o.errorCursor : null} />
      <Notice
        kind="ok"
        testId="bulk-invite-result"
        text={query.notice === "bulkInvited" ? bulkInviteResult(locale, o.bulkInvite, query) : null}
      />
      <Notice kind="error" text={query.bulkError ? o.bulkInvite[query.bulkError === "noMail" ? "noMail" : "failed"] : null} />
      <BulkInvite
        locale={locale}
        m={o.bulkInvite}
        filters={{ q: filters.q, teamId: filters.teamId, role: filters.role, status: filters.status }}
        toInvite={toInvite}
        limit={BULK_INVITE_LIMIT}
        action={invitePeopleAction}
      />
      {page.rows.length === 0 ? (
        filtered || filters.after ? (
          <p className="mb-6 text-slate-600">{o.peopleNone}</p>
        ) : (
          <EmptyState title={o.peopleEmpty} hint={o.peopleEmptyHint} />
        )
      ) : (
        <div className="mb-4">
          <PeopleTable rows={page.rows} locale={locale} t={t} />
        </div>
      )}
      <p className="mb-8 flex gap-4 text-sm">
        {filters.after ? (
          <Link className="underline" href={`/${locale}/organisation/people`}>
            {o.peopleFirst}
          </Link>
        ) : null}
        {page.next ? (
          <Link className="font-medium text-blue-700 underline" href={`/${locale}/organisation/people?${nextQuery}`} rel="next">
            {o.peopleNext}
          </Link>
        ) : null}
      </p>
      <section aria-labelledby="add-person" className="max-w-md">
        <h2 id="add-person" className="mb-3 text-lg font-semibold">
          {o.addPersonTitle}
        </h2>
        <Notice kind="error" text={errors.size > 0 ? o.errorPersonSummary : null} />
        <form action={createPersonAction} className="flex flex-col gap-4">
          <input type="hidden" name="locale" value={locale} />
          <label className="flex flex-col gap-1">
            <span className="font-medium">{o.email}</span>
            <input
              name="email"
              type="email"
              required
              maxLength={320}
              autoComplete="off"
              className="rounded border border-slate-400 px-3 py-2"
              {...describedBy(errors.has("email"), "email-error")}
            />
            <FieldError show={errors.has("email")} id="email-error" text={o.errorEmail} />
          </label>
          <PersonFields t={t} roles={assignable} teams={teams} errors={errors} />
          <label className="flex flex-col gap-1">
            <span className="font-medium">{o.personLocale}</span>
            <select name="personLocale" defaultValue={locale} className="rounded border border-slate-400 px-3 py-2">
              <option value="fr">Français</option>
              <option value="en">English</option>
            </select>
          </label>
          <button type="submit" className="self-start rounded bg-brand px-4 py-2 font-medium text-white">
            {o.addPerson}
          </button>
        </form>
      </section>
    </>
  );
}
