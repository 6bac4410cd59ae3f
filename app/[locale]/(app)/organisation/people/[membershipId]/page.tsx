// One person of the directory (ADMIN, HR): name, role, team and HR id; their invitation (send,
// resend, its state); deactivate or reactivate. Another organisation's id or garbage is a 404,
// someone above the viewer's role a 403 — decided by the data layer.
import { Notice } from "@/components/ui/notice";
import Link from "next/link";
import { OrganisationTabs } from "@/components/organisation/organisation-tabs";
import { PersonFields } from "@/components/organisation/person-fields";
import { PageHeader } from "@/components/ui/page-header";
import { roles } from "@/lib/auth/actor-types";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { can, canAssignRole } from "@/lib/auth/policy";
import { getPerson } from "@/lib/db/people/list-people";
import { listTeamTree } from "@/lib/db/teams/list-team-tree";
import { ForbiddenError } from "@/lib/errors";
import { fmt, formatDate } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { invitePersonAction, setActiveAction, updatePersonAction } from "../actions";
import { addManagedTeamAction, removeManagedTeamAction } from "./managed-teams-actions";
import { ManagedTeamsSection } from "@/components/organisation/managed-teams-section";
import { listManagedTeams } from "@/lib/db/people/managed-teams";

type Props = {
  params: Promise<{ locale: string; membershipId: string }>;
  searchParams: Promise<{ notice?: string; error?: string; managedError?: string }>;
};

export const generateMetadata = pageTitle((t) => t.organisation.peopleTitle);

const button = "self-start rounded px-4 py-2 font-medium";

export default async function PersonPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const { membershipId } = await params;
  const actor = await requireActor(locale, `/${locale}/organisation/people/${membershipId}`);
  const query = await searchParams;
  const [person, teams, managed] = await orPageError(
    Promise.all([getPerson(actor, membershipId), listTeamTree(actor), listManagedTeams(actor, membershipId)]),
  );
  const m = t.managedTeams;
  const o = t.organisation;
  // Someone above the viewer's role: their page is not the viewer's to see.
  if (!canAssignRole(actor, person.role)) await orPageError(Promise.reject(new ForbiddenError()));
  const errors = new Set((query.error ?? "").split(",").filter(Boolean));
  const notices: Record<string, string> = {
    added: o.personAdded,
    saved: o.personSaved,
    deactivated: o.deactivated,
    reactivated: o.reactivated,
    invited: o.invited,
    inviteNoMail: o.inviteNoMail,
    inviteFailed: o.inviteFailed,
    managedAdded: m.added,
    managedRemoved: m.removed,
  };
  const managedErrors: Record<string, string> = { notManager: m.notManager, archived: m.archivedRefused, covered: m.covered };
  const managedError = query.managedError ? (managedErrors[query.managedError] ?? o.errorPersonForm) : null;
  const notice = notices[query.notice ?? ""];
  const alert = errors.has("inviteInactive")
    ? o.inviteInactive
    : errors.has("form")
      ? o.errorPersonForm
      : errors.size > 0
        ? o.errorPersonSummary
        : null;
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="membershipId" value={person.membershipId} />
    </>
  );
  const invitation =
    person.account === "password"
      ? o.hasPassword
      : person.account === "invited"
        ? fmt(o.invitedOn, {
            date: formatDate(locale, person.invitedAt!, "dateTime"),
            until: formatDate(locale, person.invitationExpiresAt!, "dateTime"),
          })
        : person.account === "expired"
          ? fmt(o.invitationExpired, { until: formatDate(locale, person.invitationExpiresAt!, "dateTime") })
          : o.notInvited;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link className="underline" href={`/${locale}/organisation/people`}>
          {o.peopleTitle}
        </Link>
      </p>
      <PageHeader title={person.name} lead={`${person.email} · ${t.roles[person.role]} · ${person.active ? o.active : o.inactive}`} />
      <OrganisationTabs locale={locale} t={o} current="people" people sync={can(actor, "directory:sync") ? t.directorySync.tab : null} />
      <Notice kind="ok" text={notice} testId="person-notice" />
      <Notice kind="error" text={alert} />
      <div className="grid max-w-4xl gap-8 md:grid-cols-2">
        <section aria-labelledby="person-fields">
          <h2 id="person-fields" className="mb-3 text-lg font-semibold">
            {o.personEdit}
          </h2>
          <form action={updatePersonAction} className="flex flex-col gap-4">
            {hidden}
            <PersonFields t={t} roles={roles.filter((role) => canAssignRole(actor, role))} teams={teams} errors={errors} values={person} />
            <button type="submit" className={`${button} bg-brand text-white`}>
              {o.savePerson}
            </button>
          </form>
        </section>
        <div className="flex flex-col gap-8">
          <section aria-labelledby="invitation">
            <h2 id="invitation" className="mb-1 text-lg font-semibold">
              {o.invitationTitle}
            </h2>
            <p className="mb-3 text-sm text-slate-700" data-testid="invitation-state">
              {invitation}
            </p>
            {person.account !== "password" && person.active ? (
              <form action={invitePersonAction}>
                {hidden}
                <button type="submit" className={`${button} border border-blue-700 text-blue-700`}>
                  {person.account === "none" ? o.invite : o.resend}
                </button>
              </form>
            ) : null}
          </section>
          {person.role === "MANAGER" ? (
            <ManagedTeamsSection
              t={m}
              hidden={hidden}
              ownTeam={person.teamName}
              managed={managed}
              teams={teams}
              addAction={addManagedTeamAction}
              removeAction={removeManagedTeamAction}
              error={managedError}
            />
          ) : null}
          <section aria-labelledby="activation">
            <h2 id="activation" className="mb-1 text-lg font-semibold">
              {person.active ? o.deactivate : o.reactivate}
            </h2>
            <p className="mb-3 text-sm text-slate-600">{o.deactivateHint}</p>
            <form action={setActiveAction}>
              {hidden}
              <input type="hidden" name="active" value={person.active ? "false" : "true"} />
              <button
                type="submit"
                className={`${button} border ${person.active ? "border-red-700 text-red-700" : "border-blue-700 text-blue-700"}`}
              >
                {person.active ? o.deactivate : o.reactivate}
              </button>
            </form>
          </section>
        </div>
      </div>
    </>
  );
}
