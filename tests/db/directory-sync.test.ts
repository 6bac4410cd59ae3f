// Issue 12 §4 against real PostgreSQL, through PUT/GET /api/v1/teams and the data layer: the HR
// system's tree synced (created, renamed, moved, archived, restored), idempotent, a dry run that
// writes nothing, every row error reported by index with nothing changed, paths recomputed from
// the parent links (checked independently), another organisation's tree unreachable.
import { beforeAll, describe, expect, it } from "vitest";
import { GET, PUT } from "@/app/api/v1/teams/route";
import { createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { db } from "@/tests/db/owner-db";
import { syncTeams } from "@/lib/db/directory/sync-teams";
import { createOrganisation } from "@/lib/db/organisations/create-organisation";
import { findActor } from "@/lib/db/users/find-actor";
import { ForbiddenError } from "@/lib/errors";
import { keyedGet, keyedJson } from "./api-request";
import { createOrgFixture, type OrgFixture } from "./fixtures";

const BASE = "http://localhost/api/v1/teams";
let organisationId: string;
let key: string;
let other: OrgFixture;

const put = (body: unknown, query = "") => PUT(keyedJson(`${BASE}${query}`, key, "PUT", body));

const HR_TREE = [
  { externalId: "D-OUEST", name: "Direction Ouest", parentExternalId: null },
  { externalId: "S-NTE", name: "Relation client Nantes", parentExternalId: "D-OUEST" },
  { externalId: "T-NTE-A", name: "Conseil Nantes A", parentExternalId: "S-NTE" },
  { externalId: "T-NTE-B", name: "Conseil Nantes B", parentExternalId: "S-NTE" },
  { externalId: "T-RNS", name: "Boutique Rennes", parentExternalId: "D-OUEST" },
];

const teams = () => db().team.findMany({ where: { organisationId }, orderBy: { externalId: "asc" } });
const audits = () => db().auditLog.count({ where: { organisationId, action: "directory.teams.sync" } });

/** Paths and depths as the parent links say they must be, worked out here. */
async function expectConsistentTree() {
  const rows = await db().team.findMany({ where: { organisationId }, select: { id: true, parentId: true, path: true, depth: true } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const expected = (id: string): string => {
    const row = byId.get(id)!;
    return row.parentId ? `${expected(row.parentId)}${id}/` : `/${id}/`;
  };
  for (const row of rows) {
    expect(row.path).toBe(expected(row.id));
    expect(row.depth).toBe(row.path.split("/").length - 3);
  }
}

beforeAll(async () => {
  const created = await createOrganisation({ name: "Maison Sync", slug: "sync", adminEmail: "admin@sync.test", adminName: "Admin" });
  if (!created.ok) throw new Error("fixture");
  organisationId = created.organisationId;
  key = (await createApiKeyForOrganisation("sync", "SIRH", ["directory:write"])).key;
  other = await createOrgFixture("sync-b", 0);
});

describe("PUT /api/v1/teams", () => {
  it("a dry run answers the diff and writes nothing; the real run builds the tree; the same body again changes nothing", async () => {
    const dry = await put({ teams: HR_TREE }, "?dryRun=true");
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({ dryRun: true, applied: false, counts: { created: 5, unchanged: 0 } });
    expect(await teams()).toEqual([]);

    const run = await put({ teams: HR_TREE });
    expect(await run.json()).toMatchObject({ applied: true, counts: { created: 5, renamed: 0, moved: 0, archived: 0 } });
    const rows = await teams();
    expect(rows.map((row) => [row.externalId, row.kind])).toEqual([
      ["D-OUEST", "DIRECTION"],
      ["S-NTE", "SERVICE"],
      ["T-NTE-A", "TEAM"],
      ["T-NTE-B", "TEAM"],
      ["T-RNS", "SERVICE"],
    ]);
    await expectConsistentTree();
    expect(await audits()).toBe(1);

    const again = await put({ teams: [...HR_TREE].reverse() });
    expect(await again.json()).toMatchObject({ applied: false, counts: { created: 0, unchanged: 5 } });
    expect(await teams()).toEqual(rows);
    expect(await audits()).toBe(1);
  });

  it("renames, moves with the subtree, and reads back in pages", async () => {
    const body = HR_TREE.map((team) =>
      team.externalId === "S-NTE"
        ? { ...team, name: "Relation client Loire", parentExternalId: "T-RNS" }
        : team.externalId === "T-NTE-B"
          ? { ...team, kind: "SERVICE" }
          : team,
    );
    const result = await (await put({ teams: body })).json();
    expect(result).toMatchObject({ applied: true, counts: { renamed: 2, moved: 1, unchanged: 3 }, changes: { moved: ["S-NTE"] } });
    await expectConsistentTree();
    const a = await db().team.findFirstOrThrow({ where: { organisationId, externalId: "T-NTE-A" } });
    expect(a.depth).toBe(3); // D-OUEST › T-RNS › S-NTE › T-NTE-A
    const page = await (await GET(keyedGet(BASE, key))).json();
    expect(page.next).toBeNull();
    expect(page.teams.find((team: { externalId: string }) => team.externalId === "S-NTE")).toMatchObject({
      name: "Relation client Loire",
      parentExternalId: "T-RNS",
      archived: false,
    });
  });

  it("reports every row error by index and changes nothing", async () => {
    const before = [await teams(), await audits()];
    const response = await put({
      teams: [
        { externalId: "X-1", name: "Un", parentExternalId: "X-2" },
        { externalId: "X-2", name: "Deux", parentExternalId: "X-1" },
        { externalId: "X-3", name: "Trois", parentExternalId: "NOWHERE" },
        { externalId: "X-3", name: "Trois bis", parentExternalId: null },
        { externalId: "X-4", name: "", parentExternalId: null, colour: "red" },
        { externalId: "X-5", name: "Cinq", parentExternalId: "X-5" },
        { externalId: "X-6", name: "Six", parentExternalId: "sync-b-D" },
        "not a team",
      ],
    });
    expect(response.status).toBe(422);
    const problem = await response.json();
    const found = problem.errors.map((error: { index: number; field: string }) => `${error.index}:${error.field}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "0:parentExternalId",
        "1:parentExternalId",
        "2:parentExternalId",
        "3:externalId",
        "4:name",
        "4:colour",
        "5:parentExternalId",
        "6:parentExternalId",
        "7:row",
      ]),
    );
    expect([await teams(), await audits()]).toEqual(before);
    // Bad query, bad body shape: 422 with a plain message, nothing changed.
    expect((await put({ teams: HR_TREE }, "?mode=everything")).status).toBe(422);
    expect((await put(HR_TREE)).status).toBe(422);
    expect([await teams(), await audits()]).toEqual(before);
  });

  it("mirror archives the synced teams missing from the body (not while they hold people), and restores them when they come back", async () => {
    const withoutRennes = HR_TREE.filter((team) => team.externalId !== "T-NTE-B");
    const mirrored = await (await put({ teams: withoutRennes }, "?mode=mirror")).json();
    expect(mirrored).toMatchObject({ mirror: true, applied: true, counts: { archived: 1 }, changes: { archived: ["T-NTE-B"] } });
    expect((await db().team.findFirstOrThrow({ where: { organisationId, externalId: "T-NTE-B" } })).archivedAt).not.toBeNull();
    const restored = await (await put({ teams: HR_TREE })).json();
    expect(restored).toMatchObject({ counts: { restored: 1 } });

    // Someone works in T-RNS: mirroring without it is refused, nothing changed.
    const admin = (await db().membership.findFirstOrThrow({ where: { organisationId, role: "ADMIN" } })).id;
    const rennes = await db().team.findFirstOrThrow({ where: { organisationId, externalId: "T-RNS" } });
    await db().membership.update({ where: { id: admin }, data: { teamId: rennes.id } });
    const before = await teams();
    const refused = await put(
      { teams: HR_TREE.filter((team) => !["T-RNS", "S-NTE", "T-NTE-A", "T-NTE-B"].includes(team.externalId)) },
      "?mode=mirror",
    );
    expect(refused.status).toBe(422);
    expect(JSON.stringify(await refused.json())).toContain("active people");
    expect(await teams()).toEqual(before);
  });

  it("is for ADMIN, HR and keys with the scope; never reaches another organisation", async () => {
    const admin = (await db().membership.findFirstOrThrow({ where: { organisationId, role: "ADMIN" }, include: { user: true } })).user.id;
    const actor = (await findActor(admin))!;
    expect((await syncTeams(actor, HR_TREE, { dryRun: true, mirror: false })).errors).toEqual([]);
    for (const role of ["CX", "MANAGER", "EMPLOYEE"] as const)
      await expect(syncTeams(other.actors[role], HR_TREE, { dryRun: true, mirror: false })).rejects.toBeInstanceOf(ForbiddenError);
    const otherTeams = await db().team.findMany({ where: { organisationId: other.organisationId }, orderBy: { id: "asc" } });
    await put({ teams: [...HR_TREE, { externalId: "sync-b-T1", name: "Pris", parentExternalId: null }] }, "?mode=mirror");
    expect(await db().team.findMany({ where: { organisationId: other.organisationId }, orderBy: { id: "asc" } })).toEqual(otherTeams);
    const listed = await (await GET(keyedGet(BASE, key))).json();
    expect(listed.teams.map((team: { id: string }) => team.id)).not.toContain(other.teams.T1);
  });
});
