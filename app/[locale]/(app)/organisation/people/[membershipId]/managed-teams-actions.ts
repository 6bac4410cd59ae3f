"use server";
// Adding and removing the further subtrees a manager manages (ADMIN, HR; issue 12 §3): plain
// forms through the one action wrapper, back to the person's page with a notice or the reason.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addManagedTeam, removeManagedTeam } from "@/lib/db/people/managed-teams";
import { ActionRefusal, redirectingAction, serverAction, urlSegment } from "@/lib/http/server-action";

const ZManagedTeam = z.object({ membershipId: z.string().max(100), teamId: z.string().max(100) });
const personPage = (locale: string) => `/${locale}/organisation/people`;
const person = (page: string, form: FormData) => `${page}/${urlSegment(form.get("membershipId"))}`;

const add = serverAction({ name: "people/managed-team-add", input: ZManagedTeam }, async ({ actor, input }) => {
  const result = await addManagedTeam(actor, input.membershipId, input.teamId);
  if (!result.ok) throw new ActionRefusal(result.reason, result.reason);
  revalidatePath("/[locale]/organisation", "layout");
  return "managedAdded";
});
export const addManagedTeamAction = redirectingAction(add, personPage, (result, page, form) =>
  result.ok ? `${person(page, form)}?notice=managedAdded` : `${person(page, form)}?managedError=${result.code}`,
);

const remove = serverAction({ name: "people/managed-team-remove", input: ZManagedTeam }, async ({ actor, input }) => {
  await removeManagedTeam(actor, input.membershipId, input.teamId);
  revalidatePath("/[locale]/organisation", "layout");
  return "managedRemoved";
});
export const removeManagedTeamAction = redirectingAction(remove, personPage, (result, page, form) =>
  result.ok ? `${person(page, form)}?notice=managedRemoved` : `${person(page, form)}?managedError=${result.code}`,
);
