// Issue 17 §2's "done when": a scripted SCIM client replays what an identity provider sends when it
// provisions a directory — for each user a filter by userName then a POST; for each group a filter
// by displayName, a POST, then PATCHes adding its members in batches — then deprovisions 100 users
// (Entra's PATCH active "False"), and the directory shows exactly that: 1 000 people provisioned,
// 900 active, 50 teams, each active person in exactly the team that added them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { entraUser, GROUP, scimOrganisation, type scimClient } from "./scim-request";

// Over 2 000 requests in well under a minute from one token: far past the default limit per token
// (600 a minute, tests/db/scim-rate-limit.test.ts), which an IdP meets with 429 and Retry-After.
// Set before anything reads the (cached) environment: the first db() call, in beforeAll, does.
process.env.SCIM_RATE_LIMIT_PER_MINUTE = "1000000";

const USERS = 1_000;
const GROUPS = 50;
const DEPROVISIONED = 100;
const BATCH = 25; // Entra ID sends group members in PATCHes of a few at a time.
let organisationId: string;
let scim: ReturnType<typeof scimClient>;

beforeAll(async () => {
  ({ organisationId, scim } = await scimOrganisation("scim-scripted"));
});

const eq = (attribute: string, value: string) => `?filter=${encodeURIComponent(`${attribute} eq "${value}"`)}`;

describe("a scripted SCIM client", () => {
  it(`provisions ${USERS} people and ${GROUPS} groups, deprovisions ${DEPROVISIONED}, and the directory shows exactly that`, async () => {
    const started = performance.now();
    const ids: string[] = [];
    for (let n = 0; n < USERS; n++) {
      expect((await (await scim.listUsers(eq("userName", `person${n}@idp.test`))).json()).totalResults).toBe(0);
      const response = await scim.createUser(entraUser(n));
      expect(response.status).toBe(201);
      ids.push((await response.json()).id);
    }
    const provisioned = performance.now();
    const groups: string[] = [];
    for (let g = 0; g < GROUPS; g++) {
      expect((await (await scim.listGroups(eq("displayName", `Équipe ${g}`))).json()).totalResults).toBe(0);
      const group = await (await scim.createGroup({ schemas: [GROUP], displayName: `Équipe ${g}`, externalId: `grp-${g}` })).json();
      groups.push(group.id);
      const members = ids.filter((_, n) => n % GROUPS === g);
      for (let i = 0; i < members.length; i += BATCH) {
        const value = members.slice(i, i + BATCH).map((id) => ({ value: id }));
        expect((await scim.patchGroup(group.id, [{ op: "Add", path: "members", value }])).status).toBe(200);
      }
    }
    const grouped = performance.now();
    const gone = ids.filter((_, n) => n % 10 === 3);
    expect(gone).toHaveLength(DEPROVISIONED);
    for (const id of gone) expect((await scim.patchUser(id, [{ op: "Replace", path: "active", value: "False" }])).status).toBe(200);
    const ended = performance.now();
    console.log(
      `[scim scripted] ${USERS} users ${Math.round(provisioned - started)} ms, ${GROUPS} groups + members ${Math.round(grouped - provisioned)} ms, ` +
        `${DEPROVISIONED} deprovisioned ${Math.round(ended - grouped)} ms`,
    );

    // The directory, read from the tables, not through SCIM.
    const synced = { organisationId, externalId: { startsWith: "emp-" } };
    expect(await db().membership.count({ where: synced })).toBe(USERS);
    expect(await db().membership.count({ where: { ...synced, active: true } })).toBe(USERS - DEPROVISIONED);
    expect(await db().membership.count({ where: { organisationId, active: true } })).toBe(USERS - DEPROVISIONED + 1); // + the admin
    expect(await db().team.count({ where: { organisationId, archivedAt: null } })).toBe(GROUPS);
    const placed = await db().membership.findMany({ where: synced, select: { id: true, teamId: true, active: true } });
    const expectedTeam = new Map(ids.map((id, n) => [id, groups[n % GROUPS]]));
    expect(placed.filter((person) => person.teamId !== expectedTeam.get(person.id))).toEqual([]);
    expect(
      placed
        .filter((person) => !person.active)
        .map((person) => person.id)
        .sort(),
    ).toEqual([...gone].sort());
    // And through SCIM: 900 active members across the groups, 1 001 users listed.
    let members = 0;
    for (const id of groups) members += (await (await scim.getGroup(id)).json()).members.length;
    expect(members).toBe(USERS - DEPROVISIONED);
    expect((await (await scim.listUsers("?count=1")).json()).totalResults).toBe(USERS + 1);
    expect(await db().auditLog.count({ where: { organisationId, action: "scim.user.deactivate" } })).toBe(DEPROVISIONED);
  }, 600_000); // ≈ 22 s alone; seen at 143 s on a machine loaded 6× its cores
});
