// One team in the tree editor (ADMIN): its name, kind and HR-system id; moving it with its
// subtree; archiving or restoring it. Another organisation's id (or garbage) is a 404, another
// role a 403 — decided by the data layer.
import { Notice } from "@/components/ui/notice";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ParentSelect, TeamFields } from "@/components/organisation/team-fields";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { can } from "@/lib/auth/policy";
import { listTeamTree } from "@/lib/db/teams/list-team-tree";
import { ForbiddenError } from "@/lib/errors";
import { fmt } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { archiveTeamAction, moveTeamAction, updateTeamAction } from "../actions";

type Props = {
  params: Promise<{ locale: string; teamId: string }>;
  searchParams: Promise<{ notice?: string; error?: string }>;
};

export const generateMetadata = pageTitle((t) => t.organisation.teamsTitle);

const button = "self-start rounded px-4 py-2 font-medium";

export default async function TeamEditPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const { teamId } = await params;
  const actor = await requireActor(locale, `/${locale}/organisation/teams/${teamId}`);
  const query = await searchParams;
  const teams = await orPageError(
    (async () => {
      if (!can(actor, "organisation:manage")) throw new ForbiddenError();
      return listTeamTree(actor);
    })(),
  );
  const team = teams.find((candidate) => candidate.id === teamId.toLowerCase());
  if (!team) notFound();
  const o = t.organisation;
  const errors = new Set((query.error ?? "").split(",").filter(Boolean));
  const notices: Record<string, string> = { saved: o.saved, moved: o.moved, archived: o.archivedNotice, restored: o.restoredNotice };
  const notice = notices[query.notice ?? ""];
  const formError = errors.has("form") ? fmt(o.errorForm, { reason: team.archived ? o.errorRestoreParent : o.errorArchivePeople }) : null;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link className="underline" href={`/${locale}/organisation/teams`}>
          {o.back}
        </Link>
      </p>
      <PageHeader title={fmt(o.editTitle, { name: team.name })} lead={team.archived ? o.archived : o[`kind${team.kind}`]} />
      <Notice kind="ok" text={notice} testId="team-notice" />
      <Notice kind="error" text={errors.size > 0 ? (formError ?? o.errorSummary) : null} />
      <div className="grid max-w-4xl gap-8 md:grid-cols-2">
        <section aria-labelledby="team-fields">
          <h2 id="team-fields" className="mb-3 text-lg font-semibold">
            {o.editFields}
          </h2>
          <form action={updateTeamAction} className="flex flex-col gap-4">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="teamId" value={team.id} />
            <TeamFields t={o} errors={errors} values={team} />
            <button type="submit" className={`${button} bg-brand text-white`}>
              {o.save}
            </button>
          </form>
        </section>
        <div className="flex flex-col gap-8">
          <section aria-labelledby="team-move">
            <h2 id="team-move" className="mb-1 text-lg font-semibold">
              {o.moveTitle}
            </h2>
            <p className="mb-3 text-sm text-slate-600">{o.moveHint}</p>
            <form action={moveTeamAction} className="flex flex-col gap-4">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="teamId" value={team.id} />
              <ParentSelect t={o} teams={teams} errors={errors} value={team.parentId} excludePath={team.path} />
              <button type="submit" className={`${button} border border-blue-700 text-blue-700`}>
                {o.move}
              </button>
            </form>
          </section>
          <section aria-labelledby="team-archive">
            <h2 id="team-archive" className="mb-1 text-lg font-semibold">
              {o.archiveTitle}
            </h2>
            <p className="mb-3 text-sm text-slate-600">{o.archiveHint}</p>
            <form action={archiveTeamAction}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="teamId" value={team.id} />
              <input type="hidden" name="archived" value={team.archived ? "false" : "true"} />
              <button type="submit" className={`${button} border border-red-700 text-red-700`}>
                {team.archived ? o.restore : o.archive}
              </button>
            </form>
          </section>
        </div>
      </div>
    </>
  );
}
