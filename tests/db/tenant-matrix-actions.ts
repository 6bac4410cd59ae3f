// The tenant matrix's entries for the action loop's data layer (issue 14 §1), spread into
// tenant-matrix-entries.ts: called by organisation A's principals, each answers "not found" for
// B's action, lists none of B's rows, and changes none of them.
import { expect } from "vitest";
import { actionFormOptions } from "@/lib/db/actions/action-form-options";
import { actionReadScope } from "@/lib/db/actions/action-scope";
import { getActionBeforeAfter } from "@/lib/db/actions/before-after";
import { getAction } from "@/lib/db/actions/get-action";
import { listActions } from "@/lib/db/actions/list-actions";
import { patchAction } from "@/lib/db/actions/patch-action";
import {
  addActionComment,
  changeActionStatus,
  createAction,
  publishAction,
  recordActionSpending,
  unpublishAction,
  updateAction,
} from "@/lib/db/actions/write-actions";
import { db } from "@/tests/db/owner-db";
import { NotFoundError } from "@/lib/errors";
import { leaksOf, type TenantWorld } from "./tenant-world";

type Check = (w: TenantWorld) => Promise<void>;

const bActions = new WeakMap<TenantWorld, string>();
/** B's action (made once per world): the id A's calls must not reach. */
async function bActionId(w: TenantWorld): Promise<string> {
  const known = bActions.get(w);
  if (known) return known;
  const action = await db().action.create({
    data: { organisationId: w.b.organisationId, teamId: w.b.teams.T1, title: "beta T action", ownerId: w.b.actors.EMPLOYEE.membershipId },
  });
  await db().actionTeam.create({ data: { organisationId: w.b.organisationId, actionId: action.id, teamId: w.b.teams.T1 } });
  bActions.set(w, action.id);
  return action.id;
}

/** B's action-loop rows as stored. */
const bActionRows = async (w: TenantWorld) => {
  const where = { organisationId: w.b.organisationId };
  return Promise.all([
    db().action.findMany({ where, orderBy: { id: "asc" } }),
    db().actionTeam.count({ where }),
    db().actionComment.count({ where }),
    db().actionEvent.count({ where }),
    db().webhookDelivery.count({ where }),
  ]);
};

/** A's call on B's action: "not found", and B's rows as they were. */
async function bActionUntouched(w: TenantWorld, call: (bId: string) => Promise<unknown>) {
  const id = await bActionId(w);
  const before = await bActionRows(w);
  await expect(call(id)).rejects.toBeInstanceOf(NotFoundError);
  expect(await bActionRows(w)).toEqual(before);
}

const aPrincipals = (w: TenantWorld) => [w.a.actors.ADMIN, w.a.actors.HR, w.a.actors.CX, w.a.actors.MANAGER, w.a.actors.EMPLOYEE, w.a.key];

export const actionEntries: Record<string, Check> = {
  actionReadScope: async (w) => {
    for (const principal of aPrincipals(w)) expect(actionReadScope(principal)).toMatchObject({ organisationId: w.a.organisationId });
  },
  listActions: async (w) => {
    await bActionId(w);
    for (const principal of aPrincipals(w)) expect(leaksOf(await listActions(principal), w.b)).toEqual([]);
    await expect(listActions(w.a.actors.ADMIN, { teamId: w.b.teams.T1 })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listActions(w.a.key, { ownerId: w.b.actors.EMPLOYEE.membershipId })).rows).toEqual([]);
  },
  getAction: (w) =>
    bActionUntouched(w, (id) => getAction(w.a.actors.ADMIN, id)).then(() => bActionUntouched(w, (id) => getAction(w.a.key, id))),
  createAction: async (w) => {
    const before = await bActionRows(w);
    const refusedTeam = await createAction(w.a.actors.ADMIN, { title: "pris", teamId: w.b.teams.T1 });
    expect(refusedTeam).toMatchObject({ ok: false, codes: { teamId: "teamOutOfScope" } });
    const refusedOwner = await createAction(w.a.key, { title: "pris", teamId: w.a.teams.T1, ownerId: w.b.actors.EMPLOYEE.membershipId });
    expect(refusedOwner).toMatchObject({ ok: false, codes: { ownerId: "ownerOutside" } });
    expect(await bActionRows(w)).toEqual(before);
  },
  updateAction: (w) => bActionUntouched(w, (id) => updateAction(w.a.actors.ADMIN, id, { title: "pris" })),
  changeActionStatus: (w) => bActionUntouched(w, (id) => changeActionStatus(w.a.actors.ADMIN, id, "PLANNED")),
  recordActionSpending: (w) => bActionUntouched(w, (id) => recordActionSpending(w.a.key, id, 10)),
  addActionComment: (w) => bActionUntouched(w, (id) => addActionComment(w.a.actors.HR, id, "pris")),
  publishAction: (w) => bActionUntouched(w, (id) => publishAction(w.a.actors.CX, id, "pris")),
  unpublishAction: (w) => bActionUntouched(w, (id) => unpublishAction(w.a.actors.ADMIN, id)),
  actionFormOptions: async (w) => {
    for (const principal of [w.a.actors.ADMIN, w.a.actors.MANAGER, w.a.key]) {
      const options = await actionFormOptions(principal);
      expect(leaksOf(options, w.b)).toEqual([]);
      expect(JSON.stringify(options)).toContain(w.a.actors.EMPLOYEE.membershipId);
    }
  },
  getActionBeforeAfter: (w) =>
    bActionUntouched(w, (id) => getActionBeforeAfter(w.a.actors.ADMIN, id)).then(() =>
      bActionUntouched(w, (id) => getActionBeforeAfter(w.a.key, id)),
    ),
  patchAction: (w) => bActionUntouched(w, (id) => patchAction(w.a.key, id, { title: "pris", status: "PLANNED", spentEuros: 1 })),
};
