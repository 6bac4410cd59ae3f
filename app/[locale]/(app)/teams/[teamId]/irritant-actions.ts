"use server";
// Server actions of the team page's irritant states (issue 14 §2): plain forms (post/redirect/get,
// work without JavaScript) through the one action wrapper; the data layer checks actions:manage on
// the team, the pair, the note, and audits. Back to the team page's irritant table with a notice
// or an error code.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  addWorkshopIrritant,
  markIrritantEliminated,
  reopenIrritant,
  type TeamIrritantWriteResult,
} from "@/lib/db/team-irritants/manage-team-irritants";
import { ActionRefusal, redirectingAction, serverAction, type ActionResult, urlSegment } from "@/lib/http/server-action";

const ZInput = z.object({ teamId: z.string().max(64), irritantId: z.string().max(64), note: z.string().max(5_000).optional() });
type Write = typeof addWorkshopIrritant;

function settled(result: TeamIrritantWriteResult) {
  if (!result.ok) throw new ActionRefusal("fields", "fields", result.fieldErrors as Record<string, string>);
  revalidatePath("/[locale]/teams/[teamId]", "page");
  return true;
}

const back = (result: ActionResult<boolean>, page: string, form: FormData) => {
  const teamId = urlSegment(form.get("teamId"));
  const to = page.replace(/\/dashboard$/, `/teams/${teamId}`);
  if (result.ok) return `${to}?irritants=saved#irritant-states`;
  return `${to}?irritants=${result.code === "NOT_FOUND" ? "not-found" : "note"}#irritant-states`;
};

const build = (name: string, write: Write) =>
  redirectingAction(
    serverAction({ name: `teams/irritants/${name}`, input: ZInput }, async ({ actor, input }) =>
      settled(await write(actor, input.teamId, input.irritantId, input.note)),
    ),
    (locale) => `/${locale}/dashboard`,
    back,
  );

export const addWorkshopIrritantAction = build("workshop", addWorkshopIrritant);
export const markIrritantEliminatedAction = build("eliminate", markIrritantEliminated);
export const reopenIrritantAction = build("reopen", reopenIrritant);
