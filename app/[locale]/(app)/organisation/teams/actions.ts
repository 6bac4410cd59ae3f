"use server";
// Server actions of the team tree editor (ADMIN): plain forms (post/redirect/get, work without
// JavaScript) through the one action wrapper; the data layer checks the role, the ids and the
// tree, validates and audits. A refusal comes back as the fields in error.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createTeam, moveTeam, setTeamArchived, updateTeam, type TeamWriteResult } from "@/lib/db/teams/manage-teams";
import { ActionRefusal, redirectingAction, serverAction, type ActionResult, urlSegment } from "@/lib/http/server-action";

const treePage = (locale: string) => `/${locale}/organisation/teams`;
const text = z.string().max(1_000);
const ZTeamId = z.object({ teamId: z.string().max(100) });

function settled(result: TeamWriteResult): string {
  if (!result.ok) throw new ActionRefusal("fields", "fields", result.fieldErrors as Record<string, string>);
  revalidatePath("/[locale]/organisation", "layout");
  return result.id;
}

/** Back to the page with a notice, or the fields in error (named in the query, never their values). */
const outcome =
  (notice: string, onTeamPage: boolean) =>
  (result: ActionResult<string>, page: string, form: FormData): string => {
    const teamPage = `${page}/${urlSegment(form.get("teamId"))}`;
    const target = onTeamPage ? teamPage : page;
    if (result.ok) return `${onTeamPage ? `${page}/${result.data}` : page}?notice=${notice}`;
    const fields = Object.keys(result.fieldErrors ?? { form: "" });
    return `${target}?error=${fields.join(",")}`;
  };

const create = serverAction(
  { name: "teams/create", input: z.object({ name: text, kind: text, parentId: text, externalId: text }) },
  async ({ actor, input }) => settled(await createTeam(actor, input)),
);
export const createTeamAction = redirectingAction(create, treePage, outcome("created", false));

const update = serverAction(
  { name: "teams/update", input: ZTeamId.extend({ name: text, kind: text, externalId: text }) },
  async ({ actor, input: { teamId, ...fields } }) => settled(await updateTeam(actor, teamId, fields)),
);
export const updateTeamAction = redirectingAction(update, treePage, outcome("saved", true));

const move = serverAction({ name: "teams/move", input: ZTeamId.extend({ parentId: text }) }, async ({ actor, input }) =>
  settled(await moveTeam(actor, input.teamId, { parentId: input.parentId })),
);
export const moveTeamAction = redirectingAction(move, treePage, outcome("moved", true));

const archive = serverAction(
  { name: "teams/archive", input: ZTeamId.extend({ archived: z.enum(["true", "false"]) }) },
  async ({ actor, input }) => settled(await setTeamArchived(actor, input.teamId, input.archived === "true")),
);
export const archiveTeamAction = redirectingAction(archive, treePage, (result, page, form) =>
  outcome(form.get("archived") === "true" ? "archived" : "restored", true)(result, page, form),
);
