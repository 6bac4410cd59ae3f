// An organisation for the action tests: the usual tree (D ⊃ S ⊃ T1, T2; D ⊃ S2 ⊃ T3), its default
// catalogues, and an IT employee in T3 (outside the MANAGER's subtree S) who owns actions there.
import type { Actor } from "@/lib/auth/actor-types";
import { db } from "@/tests/db/owner-db";
import { createDefaultCatalogues } from "@/lib/db/internal/organisations/create-catalogues";
import { findActor } from "@/lib/db/users/find-actor";
import { createOrgFixture, type OrgFixture } from "./fixtures";

export interface ActionOrgFixture extends OrgFixture {
  /** An employee of T3 (another department): owner of actions of S's teams. */
  it: Actor;
  irritantIds: { customer: string; employee: string };
  itemId: string;
}

export async function createActionOrg(slug: string): Promise<ActionOrgFixture> {
  const org = await createOrgFixture(slug, 0);
  await db().$transaction((tx) => createDefaultCatalogues(tx, org.organisationId));
  const user = await db().user.create({ data: { email: `it@${slug}.test`, name: `IT ${slug}` } });
  await db().membership.create({ data: { organisationId: org.organisationId, userId: user.id, role: "EMPLOYEE", teamId: org.teams.T3 } });
  const it = await findActor(user.id);
  if (!it) throw new Error("fixture actor missing");
  const customer = await db().irritant.findFirstOrThrow({
    where: { organisationId: org.organisationId, side: "CUSTOMER", mirrorId: { not: null } },
  });
  const item = await db().mirroredItem.findFirstOrThrow({ where: { organisationId: org.organisationId } });
  return { ...org, it, irritantIds: { customer: customer.id, employee: customer.mirrorId! }, itemId: item.id };
}

/** A date `days` from today (Paris-independent enough for tests: whole days away). */
export const dayFromToday = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The rows an action write may leave, for "nothing stored" checks. */
export async function actionRowCounts(organisationId: string) {
  const where = { organisationId };
  return {
    actions: await db().action.count({ where }),
    teams: await db().actionTeam.count({ where }),
    irritants: await db().actionIrritant.count({ where }),
    items: await db().actionItem.count({ where }),
    comments: await db().actionComment.count({ where }),
    events: await db().actionEvent.count({ where }),
    audit: await db().auditLog.count({ where }),
    deliveries: await db().webhookDelivery.count({ where }),
  };
}
