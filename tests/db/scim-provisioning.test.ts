// Issue 17 §2 against real PostgreSQL, through the /scim/v2 route handlers: what Entra ID and Okta
// send to provision and deprovision a user and a group, the SCIM error format for bad input with
// nothing stored, the token (another organisation's, revoked, absent), and foreign ids as 404.
import { beforeAll, describe, expect, it } from "vitest";
import * as spc from "@/app/scim/v2/ServiceProviderConfig/route";
import { createScimTokenForOrganisation } from "@/lib/db/scim-tokens/create-scim-token";
import { revokeScimToken } from "@/lib/db/scim-tokens/revoke-scim-token";
import { createOrganisation } from "@/lib/db/organisations/create-organisation";
import { findActor } from "@/lib/db/users/find-actor";
import { db } from "@/tests/db/owner-db";
import { entraUser, GROUP, scimClient, SCIM, USER } from "./scim-request";

const ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
let organisationId: string;
let otherOrganisationId: string;
let scim: ReturnType<typeof scimClient>;
let other: ReturnType<typeof scimClient>;

async function org(slug: string) {
  const created = await createOrganisation({ name: `Org ${slug}`, slug, adminEmail: `admin@${slug}.test`, adminName: "Admin Principal" });
  if (!created.ok) throw new Error("fixture");
  return created.organisationId;
}

/** What a refusal must leave alone: people, accounts, teams, moments of truth, audit rows. */
const snapshot = async () => [
  await db().membership.findMany({ where: { organisationId }, orderBy: { id: "asc" }, include: { user: true } }),
  await db().team.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
  await db().employeeEvent.count({ where: { organisationId } }),
  await db().auditLog.count({ where: { organisationId } }),
];

async function expectScimError(response: Response, status: number, scimType?: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/scim+json");
  const body = await response.json();
  expect(body).toMatchObject({ schemas: [ERROR], status: String(status), ...(scimType ? { scimType } : {}) });
  expect(typeof body.detail).toBe("string");
}

beforeAll(async () => {
  organisationId = await org("scim-a");
  otherOrganisationId = await org("scim-b");
  await db().organisation.update({ where: { id: organisationId }, data: { syncCreatesEvents: true } });
  scim = scimClient((await createScimTokenForOrganisation("scim-a", "Entra ID")).token);
  other = scimClient((await createScimTokenForOrganisation("scim-b", "Okta")).token);
});

describe("an identity provider provisions and deprovisions a user and a group", () => {
  it("replays Entra ID's sequence: match, create, group, move, rename, disable", async () => {
    // 1. Entra asks whether the user exists before creating it.
    const none = await (await scim.listUsers(`?filter=${encodeURIComponent('userName eq "person1@idp.test"')}`)).json();
    expect(none).toMatchObject({ totalResults: 0, Resources: [] });
    const created = await scim.createUser(entraUser(1));
    expect(created.status).toBe(201);
    const user = await created.json();
    expect(user).toMatchObject({
      schemas: [USER],
      userName: "person1@idp.test",
      externalId: "emp-1",
      active: true,
      name: { givenName: "Prénom1", familyName: "Nom1" },
    });
    expect(user.meta).toMatchObject({ resourceType: "User", location: `${SCIM}/Users/${user.id}` });
    expect(created.headers.get("location")).toBe(`${SCIM}/Users/${user.id}`);
    const person = await db().membership.findFirstOrThrow({ where: { id: user.id }, include: { user: true } });
    expect([person.organisationId, person.externalId, person.role, person.active, person.user.name]).toEqual([
      organisationId,
      "emp-1",
      "EMPLOYEE",
      true,
      "Prénom1 Nom1",
    ]);
    expect(await db().employeeEvent.count({ where: { membershipId: user.id, type: "ONBOARDING" } })).toBe(1);

    // 2. Two groups; the user joins the first (Entra's add), then the second (a move: one team per person).
    const a = await (await scim.createGroup({ schemas: [GROUP], displayName: "Conseil Nantes", externalId: "grp-a" })).json();
    const b = await (await scim.createGroup({ schemas: [GROUP], displayName: "Boutique Rennes", externalId: "grp-b" })).json();
    expect((await scim.patchGroup(a.id, [{ op: "Add", path: "members", value: [{ value: user.id }] }])).status).toBe(200);
    expect((await db().membership.findUniqueOrThrow({ where: { id: user.id } })).teamId).toBe(a.id);
    expect(await db().employeeEvent.count({ where: { membershipId: user.id, type: "JOB_CHANGE" } })).toBe(0);
    const inB = await (await scim.patchGroup(b.id, [{ op: "Add", path: "members", value: [{ value: user.id }] }])).json();
    expect(inB.members).toEqual([expect.objectContaining({ value: user.id })]);
    expect((await db().membership.findUniqueOrThrow({ where: { id: user.id } })).teamId).toBe(b.id);
    expect(await db().employeeEvent.count({ where: { membershipId: user.id, type: "JOB_CHANGE" } })).toBe(1);
    expect((await (await scim.getGroup(a.id)).json()).members).toEqual([]);

    // 3. A rename and an address change, as Entra patches them.
    const renamed = await scim.patchUser(user.id, [
      { op: "Replace", path: "name.familyName", value: "Durand" },
      { op: "Replace", path: "userName", value: "p.durand@idp.test" },
      { op: "Add", path: 'emails[type eq "work"].value', value: "p.durand@idp.test" },
    ]);
    expect(await renamed.json()).toMatchObject({ userName: "p.durand@idp.test", name: { formatted: "Prénom1 Durand" } });

    // 4. Disabled: Entra's string boolean; the person keeps their team and answers, is no longer active.
    const disabled = await scim.patchUser(user.id, [{ op: "Replace", path: "active", value: "False" }]);
    expect(await disabled.json()).toMatchObject({ active: false });
    expect(await db().membership.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ active: false, teamId: b.id });
    expect((await (await scim.getGroup(b.id)).json()).members).toEqual([]);
    // 5. Re-enabled, then removed from the group the way Okta says it, then the group deleted.
    expect(await (await scim.patchUser(user.id, [{ op: "replace", value: { active: true } }])).json()).toMatchObject({ active: true });
    await scim.patchGroup(b.id, [{ op: "remove", path: `members[value eq "${user.id}"]` }]);
    expect((await db().membership.findUniqueOrThrow({ where: { id: user.id } })).teamId).toBeNull();
    expect((await scim.deleteGroup(a.id)).status).toBe(204);
    expect((await db().team.findUniqueOrThrow({ where: { id: a.id } })).archivedAt).not.toBeNull();
    await expectScimError(await scim.getGroup(a.id), 404);
    // 6. Okta deprovisions with DELETE: deactivated, never erased.
    expect((await scim.deleteUser(user.id)).status).toBe(204);
    expect(await (await scim.getUser(user.id)).json()).toMatchObject({ active: false });
    const audit = await db().auditLog.findMany({ where: { organisationId, action: { startsWith: "scim." } }, orderBy: { id: "asc" } });
    expect(audit.map((row) => row.action)).toEqual([
      "scim.user.create",
      "scim.group.create",
      "scim.group.create",
      "scim.group.update",
      "scim.group.update",
      "scim.user.update",
      "scim.user.deactivate",
      "scim.user.update",
      "scim.group.update",
      "scim.group.delete",
      "scim.user.deactivate",
    ]);
    expect(audit[0]!.metadata).toMatchObject({ scimTokenId: expect.any(String) });
  });

  it("lists with the eq filters and 1-based pages", async () => {
    for (const n of [10, 11, 12]) expect((await scim.createUser(entraUser(n))).status).toBe(201);
    const byExternalId = await (await scim.listUsers(`?filter=${encodeURIComponent('externalId eq "emp-11"')}`)).json();
    expect(byExternalId.Resources.map((u: { userName: string }) => u.userName)).toEqual(["person11@idp.test"]);
    const all = await (await scim.listUsers()).json();
    const page = await (await scim.listUsers(`?startIndex=2&count=2`)).json();
    expect(page).toMatchObject({ totalResults: all.totalResults, startIndex: 2, itemsPerPage: 2 });
    expect(page.Resources.map((u: { id: string }) => u.id)).toEqual(all.Resources.slice(1, 3).map((u: { id: string }) => u.id));
    const groups = await (
      await scim.listGroups(`?filter=${encodeURIComponent('displayName eq "Boutique Rennes"')}&excludedAttributes=members`)
    ).json();
    expect(groups.totalResults).toBe(1);
    expect(groups.Resources[0].members).toBeUndefined();
    await expectScimError(await scim.listUsers(`?filter=${encodeURIComponent('userName co "person"')}`), 400, "invalidFilter");
    await expectScimError(await scim.listUsers(`?filter=${encodeURIComponent('displayName eq "x"')}`), 400, "invalidFilter");
  });
});

describe("group members are the active people of the team", () => {
  it("a PUT with a new member list moves the active people out, and leaves a deactivated one's team alone", async () => {
    const [kept, gone] = [await (await scim.createUser(entraUser(30))).json(), await (await scim.createUser(entraUser(31))).json()];
    const group = await (
      await scim.createGroup({ schemas: [GROUP], displayName: "Plateau", members: [{ value: kept.id }, { value: gone.id }] })
    ).json();
    expect(group.members).toHaveLength(2);
    await scim.patchUser(gone.id, [{ op: "Replace", path: "active", value: "False" }]);
    expect((await (await scim.getGroup(group.id)).json()).members.map((m: { value: string }) => m.value)).toEqual([kept.id]);
    const replaced = await scim.putGroup(group.id, { schemas: [GROUP], displayName: "Plateau 2", members: [] });
    expect(await replaced.json()).toMatchObject({ displayName: "Plateau 2", members: [] });
    const teams = await db().membership.findMany({ where: { id: { in: [kept.id, gone.id] } }, select: { id: true, teamId: true } });
    expect(new Map(teams.map((t) => [t.id, t.teamId]))).toEqual(
      new Map([
        [kept.id, null],
        [gone.id, group.id],
      ]),
    );
  });
});

describe("bad input: the SCIM error, nothing stored", () => {
  it.each([
    ["an unknown attribute", entraUser(20, { favouriteColour: "blue" }), 400, "invalidSyntax"],
    ["a userName that is not an address", entraUser(21, { userName: "not-an-address" }), 400, "invalidValue"],
    ["no family name", entraUser(22, { name: { givenName: "Solo" }, displayName: "Solo" }), 400, "invalidValue"],
    ["a duplicate userName", entraUser(23, { userName: "person10@idp.test" }), 409, "uniqueness"],
    ["a duplicate externalId", entraUser(24, { externalId: "emp-10" }), 409, "uniqueness"],
    ["no core schema", { ...entraUser(25), schemas: [] }, 400, "invalidValue"],
  ])("refuses %s", async (_, body, status, scimType) => {
    const before = await snapshot();
    await expectScimError(await scim.createUser(body), status, scimType);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a bad group, a bad patch, a change to another's address and a member of another organisation, storing nothing", async () => {
    const [ten] = (await (await scim.listUsers(`?filter=${encodeURIComponent('userName eq "person10@idp.test"')}`)).json()).Resources;
    const group = await (await scim.createGroup({ schemas: [GROUP], displayName: "Support" })).json();
    const stranger = await (await other.createUser(entraUser(90))).json();
    const before = await snapshot();
    await expectScimError(await scim.createGroup({ schemas: [GROUP], displayName: "Support" }), 409, "uniqueness");
    await expectScimError(await scim.createGroup({ schemas: [GROUP], displayName: "X", owner: "me" }), 400, "invalidSyntax");
    await expectScimError(
      await scim.patchGroup(group.id, [{ op: "add", path: "members", value: [{ value: stranger.id }] }]),
      400,
      "invalidValue",
    );
    // One good member and one foreign: all or nothing.
    await expectScimError(
      await scim.patchGroup(group.id, [{ op: "add", path: "members", value: [{ value: ten.id }, { value: stranger.id }] }]),
      400,
      "invalidValue",
    );
    await expectScimError(
      await scim.patchUser(ten.id, [{ op: "replace", path: "userName", value: "person11@idp.test" }]),
      409,
      "uniqueness",
    );
    await expectScimError(
      await scim.patchUser(ten.id, [
        { op: "replace", path: "nickname", value: "x" },
        { op: "replace", path: "shoeSize", value: 42 },
      ]),
      400,
      "invalidSyntax",
    );
    await expectScimError(await scim.patchUser(ten.id, [{ op: "move", path: "active" }]), 400, "invalidSyntax");
    await expectScimError(await scim.patchUser(ten.id, [{ op: "replace", path: "active", value: "maybe" }]), 400, "invalidValue");
    await expectScimError(await scim.putUser(ten.id, entraUser(10, { unknown: 1 })), 400, "invalidSyntax");
    expect(await snapshot()).toEqual(before);
  });

  it("never deactivates an administrator", async () => {
    const admin = await db().membership.findFirstOrThrow({ where: { organisationId, role: "ADMIN" } });
    const before = await snapshot();
    await expectScimError(await scim.deleteUser(admin.id), 400, "mutability");
    expect(await snapshot()).toEqual(before);
  });
});

describe("the token and the tenant", () => {
  it("another organisation's ids are not found, and its token sees nothing of ours", async () => {
    const [ten] = (await (await scim.listUsers(`?filter=${encodeURIComponent('userName eq "person10@idp.test"')}`)).json()).Resources;
    const [group] = (await (await scim.listGroups()).json()).Resources;
    const before = await snapshot();
    await expectScimError(await other.getUser(ten.id), 404);
    await expectScimError(await other.putUser(ten.id, entraUser(10)), 404);
    await expectScimError(await other.patchUser(ten.id, [{ op: "replace", path: "active", value: false }]), 404);
    await expectScimError(await other.deleteUser(ten.id), 404);
    await expectScimError(await other.getGroup(group.id), 404);
    await expectScimError(await other.patchGroup(group.id, [{ op: "add", path: "members", value: [{ value: ten.id }] }]), 404);
    await expectScimError(await other.deleteGroup(group.id), 404);
    await expectScimError(await scim.getUser("not-a-uuid"), 404);
    const theirs = await (await other.listUsers(`?filter=${encodeURIComponent('userName eq "person10@idp.test"')}`)).json();
    expect(theirs.totalResults).toBe(0);
    expect(JSON.stringify(await (await other.listGroups()).json())).not.toContain(group.id);
    expect(await snapshot()).toEqual(before);
    expect(await db().membership.count({ where: { organisationId: otherOrganisationId } })).toBe(2);
  });

  it("answers 401 in the SCIM format without a token, with an API key, or after revocation", async () => {
    const request = (authorization?: string) =>
      spc.GET(new Request(`${SCIM}/ServiceProviderConfig`, { headers: authorization ? { authorization } : {} }));
    await expectScimError(await request(), 401);
    await expectScimError(await request("Bearer sym_" + "a".repeat(43)), 401);
    const { token, id } = await createScimTokenForOrganisation("scim-b", "revoked soon");
    expect((await request(`Bearer ${token}`)).status).toBe(200);
    const admin = (await findActor(
      (await db().membership.findFirstOrThrow({ where: { organisationId: otherOrganisationId, role: "ADMIN" } })).userId,
    ))!;
    await revokeScimToken(admin, id);
    await expectScimError(await request(`Bearer ${token}`), 401);
    const stored = await db().scimToken.findUniqueOrThrow({ where: { id } });
    expect(Buffer.from(stored.tokenHash).toString()).not.toContain(token.slice(5));
    expect(stored.prefix).toBe(token.slice(0, 13));
  });
});
