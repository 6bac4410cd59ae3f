// The tenant matrix's entries for SCIM (issue 17 §2) and its tokens, spread into
// tenant-matrix-entries.ts: called with organisation A's SCIM principal (or A's ADMIN for tokens),
// each answers "not found" for B's people, teams and tokens, lists none of B's, changes none of B's.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { ScimPrincipal } from "@/lib/auth/actor-types";
import {
  createScimGroup,
  deleteScimGroup,
  getScimGroup,
  listScimGroups,
  patchScimGroup,
  replaceScimGroup,
} from "@/lib/db/scim/scim-groups";
import { createScimUser, deactivateScimUser, getScimUser, listScimUsers, patchScimUser, replaceScimUser } from "@/lib/db/scim/scim-users";
import { createScimToken } from "@/lib/db/scim-tokens/create-scim-token";
import { listScimTokens } from "@/lib/db/scim-tokens/list-scim-tokens";
import { revokeScimToken } from "@/lib/db/scim-tokens/revoke-scim-token";
import { NotFoundError } from "@/lib/errors";
import { db } from "@/tests/db/owner-db";
import { leaksOf, type TenantWorld } from "./tenant-world";

type Check = (w: TenantWorld) => Promise<void>;

const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
const PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const page = { startIndex: 1, count: 200 };

const scimOf = (w: TenantWorld): ScimPrincipal => {
  const id = randomUUID();
  return {
    kind: "apiKey",
    organisationId: w.a.organisationId,
    apiKeyId: id,
    scimTokenId: id,
    name: "SCIM: matrix",
    scopes: ["directory:write"],
  };
};
const user = (email: string) => ({ schemas: [USER], userName: email, name: { givenName: "Alpha", familyName: "Probe" } });
const patchActive = { schemas: [PATCH], Operations: [{ op: "replace", path: "active", value: false }] };

/** B's people, accounts, teams and tokens as stored. */
const bDirectory = async (w: TenantWorld) => {
  const where = { organisationId: w.b.organisationId };
  return [
    await db().membership.findMany({ where, orderBy: { id: "asc" } }),
    await db().user.findMany({ where: { memberships: { some: where } }, orderBy: { id: "asc" } }),
    await db().team.findMany({ where, orderBy: { id: "asc" } }),
    await db().scimToken.findMany({ where, orderBy: { id: "asc" } }),
    await db().auditLog.count({ where }),
  ];
};
/** A's call: refused with `expected` (default "not found"), and B's directory as it was. */
async function refusedAndBAlone(w: TenantWorld, call: () => Promise<unknown>, expected: unknown = NotFoundError) {
  const before = await bDirectory(w);
  await expect(call()).rejects.toBeInstanceOf(expected as typeof NotFoundError);
  expect(await bDirectory(w)).toEqual(before);
}
const bPerson = (w: TenantWorld) => w.b.actors.EMPLOYEE.membershipId;

export const scimEntries: Record<string, Check> = {
  getScimUser: (w) => refusedAndBAlone(w, () => getScimUser(scimOf(w), bPerson(w))),
  replaceScimUser: (w) => refusedAndBAlone(w, () => replaceScimUser(scimOf(w), bPerson(w), user("alpha-probe@alpha.test"))),
  patchScimUser: (w) => refusedAndBAlone(w, () => patchScimUser(scimOf(w), bPerson(w), patchActive)),
  deactivateScimUser: (w) => refusedAndBAlone(w, () => deactivateScimUser(scimOf(w), bPerson(w))),
  createScimUser: async (w) => {
    const before = await bDirectory(w);
    const created = await createScimUser(scimOf(w), user(`matrix-${randomUUID()}@alpha.test`));
    expect(leaksOf(created, w.b)).toEqual([]);
    expect(await bDirectory(w)).toEqual(before);
    // Gone again: later entries (the people sync's mirror) expect A's people to carry no HR id.
    await db().membership.delete({ where: { id: created.id } });
  },
  listScimUsers: async (w) => {
    const listed = await listScimUsers(scimOf(w), null, page);
    expect(leaksOf(listed, w.b)).toEqual([]);
    expect(JSON.stringify(listed)).toContain(w.a.actors.EMPLOYEE.membershipId);
  },
  getScimGroup: (w) => refusedAndBAlone(w, () => getScimGroup(scimOf(w), w.b.teams.T1, true)),
  replaceScimGroup: (w) =>
    refusedAndBAlone(w, () => replaceScimGroup(scimOf(w), w.b.teams.T1, { schemas: [GROUP], displayName: "pris", members: [] })),
  patchScimGroup: (w) =>
    refusedAndBAlone(w, () =>
      patchScimGroup(scimOf(w), w.b.teams.T1, { schemas: [PATCH], Operations: [{ op: "remove", path: "members" }] }),
    ),
  deleteScimGroup: (w) => refusedAndBAlone(w, () => deleteScimGroup(scimOf(w), w.b.teams.T1)),
  createScimGroup: (w) =>
    // B's person as a member: refused like an unknown id, nothing created on either side of it.
    refusedAndBAlone(
      w,
      () => createScimGroup(scimOf(w), { schemas: [GROUP], displayName: "Alpha probe", members: [{ value: bPerson(w) }] }),
      Error,
    ),
  listScimGroups: async (w) => {
    const listed = await listScimGroups(scimOf(w), null, page, true);
    expect(leaksOf(listed, w.b)).toEqual([]);
    expect(JSON.stringify(listed)).toContain(w.a.teams.T1);
  },
  createScimToken: async (w) => {
    const before = await bDirectory(w);
    await createScimToken(w.a.actors.ADMIN, { name: "alpha IdP" });
    expect(await bDirectory(w)).toEqual(before);
  },
  listScimTokens: async (w) => {
    const own = await createScimToken(w.a.actors.ADMIN, { name: "alpha listed" });
    const listed = await listScimTokens(w.a.actors.ADMIN);
    expect(leaksOf(listed, w.b)).toEqual([]);
    expect(JSON.stringify(listed)).toContain(own.id);
    expect(JSON.stringify(listed)).not.toContain(own.token);
  },
  revokeScimToken: async (w) => {
    const theirs = await db().scimToken.create({
      data: { organisationId: w.b.organisationId, name: "beta IdP", prefix: "scim_beta", tokenHash: new Uint8Array(32).fill(7) },
    });
    await refusedAndBAlone(w, () => revokeScimToken(w.a.actors.ADMIN, theirs.id));
  },
};
