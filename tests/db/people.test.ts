// Issue 12 §3 and §5 against real PostgreSQL: the people directory. Nobody gives or edits a role
// above their own; the organisation keeps an active ADMIN; archived and foreign teams take no
// one; a deactivated person cannot sign in; invitations are single-use links (resend voids the
// older one) mailed over real SMTP; keyset pages walk everyone exactly once. Refusals write nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setPasswordWithToken } from "@/lib/db/accounts/account-links";
import { db } from "@/tests/db/owner-db";
import { getPerson, listPeople, PEOPLE_PAGE } from "@/lib/db/people/list-people";
import { createPerson, invitePerson, setPersonActive, updatePerson } from "@/lib/db/people/manage-people";
import { findActor } from "@/lib/db/users/find-actor";
import { verifyCredentials } from "@/lib/db/users/verify-credentials";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { sendAccountEmail } from "@/lib/mail/account-emails";
import { createOrgFixture, type OrgFixture } from "./fixtures";
import { startMailCapture, type SmtpCapture } from "../shared/smtp-capture";

let org: OrgFixture;
let other: OrgFixture;
let smtp: SmtpCapture;
const filters = { status: "active" as const };

beforeAll(async () => {
  smtp = await startMailCapture("https://symetrie.example.test");
  org = await createOrgFixture("people", 0);
  other = await createOrgFixture("people-b", 0);
});
afterAll(async () => smtp.close());

const snapshot = () =>
  Promise.all([
    db().membership.findMany({ orderBy: { id: "asc" } }),
    db().user.findMany({ orderBy: { id: "asc" } }),
    db().accountToken.count(),
    db().auditLog.count(),
  ]);

const person = (email: string, extra: Record<string, unknown> = {}) => ({
  email,
  name: "Léa Petit",
  role: "EMPLOYEE",
  teamId: org.teams.T1,
  ...extra,
});

describe("adding people", () => {
  it("adds a person to a team, audited; someone known in another organisation joins with the same identity", async () => {
    const added = await createPerson(org.actors.HR, person(" Lea.Petit@People.test ", { externalId: "E-1" }));
    if (!added.ok) throw new Error(JSON.stringify(added));
    const row = await db().membership.findUniqueOrThrow({ where: { id: added.membershipId }, include: { user: true } });
    expect(row).toMatchObject({
      role: "EMPLOYEE",
      teamId: org.teams.T1,
      externalId: "E-1",
      active: true,
      user: { email: "lea.petit@people.test", passwordHash: null },
    });
    expect(
      await db().auditLog.count({ where: { organisationId: org.organisationId, action: "person.create", targetId: added.membershipId } }),
    ).toBe(1);
    const elsewhere = await createPerson(org.actors.ADMIN, person(other.actors.CX.email, { role: "CX", teamId: "" }));
    if (!elsewhere.ok) throw new Error(JSON.stringify(elsewhere));
    expect((await db().membership.findUniqueOrThrow({ where: { id: elsewhere.membershipId } })).userId).toBe(other.actors.CX.userId);
  });

  it("refuses a role above one's own, a duplicate address or HR id, a foreign or archived team and bad input, writing nothing", async () => {
    const archived = await db().team.create({
      data: { organisationId: org.organisationId, name: "Ancienne", path: "/tmp/", depth: 0, archivedAt: new Date() },
    });
    await db().team.update({ where: { id: archived.id }, data: { path: `/${archived.id}/` } });
    const before = await snapshot();
    const refusals: Array<[unknown, string]> = [
      [person("boss@people.test", { role: "ADMIN" }), "role"],
      [person("lea.petit@people.test"), "email"],
      [person("new@people.test", { externalId: "E-1" }), "externalId"],
      [person("new@people.test", { teamId: other.teams.T1 }), "teamId"],
      [person("new@people.test", { teamId: archived.id }), "teamId"],
      [person("new@people.test", { teamId: "garbage" }), "teamId"],
      [person("not-an-address"), "email"],
      [person("new@people.test", { role: "OWNER" }), "role"],
      [person("new@people.test", { name: "" }), "name"],
      [person("new@people.test", { admin: true }), "form"],
    ];
    for (const [input, field] of refusals) {
      const result = await createPerson(org.actors.HR, input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      expect(Object.keys((result as { fieldErrors: object }).fieldErrors), JSON.stringify(input)).toContain(field);
    }
    for (const role of ["CX", "MANAGER", "EMPLOYEE"] as const)
      await expect(createPerson(org.actors[role], person("x@people.test"))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot()).toEqual(before);
  });
});

describe("editing people", () => {
  it("HR moves an employee and makes them a manager; never an ADMIN, never above HR", async () => {
    const { membershipId } = org.actors.EMPLOYEE;
    expect(
      await updatePerson(org.actors.HR, membershipId, { name: "Employé promu", role: "MANAGER", teamId: org.teams.S, externalId: "" }),
    ).toEqual({
      ok: true,
      membershipId,
    });
    expect(await findActor(org.actors.EMPLOYEE.userId)).toMatchObject({ role: "MANAGER", teamId: org.teams.S, name: "Employé promu" });
    expect(await db().auditLog.count({ where: { action: "person.role", targetId: membershipId } })).toBe(1);
    const before = await snapshot();
    expect(await updatePerson(org.actors.HR, membershipId, { name: "x", role: "ADMIN", teamId: "" })).toMatchObject({
      ok: false,
      fieldErrors: { role: expect.any(String) },
    });
    await expect(
      updatePerson(org.actors.HR, org.actors.ADMIN.membershipId, { name: "x", role: "EMPLOYEE", teamId: "" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await updatePerson(org.actors.HR, org.actors.HR.membershipId, { name: "RH", role: "EMPLOYEE", teamId: "" })).toMatchObject({
      ok: false,
      fieldErrors: { role: expect.any(String) },
    });
    expect(await updatePerson(org.actors.ADMIN, org.actors.ADMIN.membershipId, { name: "A", role: "HR", teamId: "" })).toMatchObject({
      ok: false,
    });
    await expect(
      updatePerson(org.actors.HR, other.actors.EMPLOYEE.membershipId, { name: "x", role: "EMPLOYEE", teamId: "" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(updatePerson(org.actors.HR, "garbage", { name: "x", role: "EMPLOYEE", teamId: "" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toEqual(before);
  });

  it("a deactivated person cannot sign in and their links stop working; nobody deactivates themselves or the last ADMIN", async () => {
    const added = await createPerson(org.actors.HR, person("bye@people.test"));
    if (!added.ok) throw new Error("fixture");
    const invitation = await invitePerson(org.actors.HR, added.membershipId);
    if (!invitation.ok) throw new Error("fixture");
    expect((await setPasswordWithToken(invitation.mail.token, "un mot de passe solide")).ok).toBe(true);
    const userId = (await db().membership.findUniqueOrThrow({ where: { id: added.membershipId } })).userId;
    expect(await verifyCredentials("bye@people.test", "un mot de passe solide")).not.toBeNull();
    expect(await setPersonActive(org.actors.HR, added.membershipId, false)).toMatchObject({ ok: true });
    expect(await verifyCredentials("bye@people.test", "un mot de passe solide")).toBeNull();
    expect(await findActor(userId)).toBeNull();
    expect(await invitePerson(org.actors.HR, added.membershipId)).toEqual({ ok: false, reason: "inactive" });
    expect(await setPersonActive(org.actors.HR, added.membershipId, true)).toMatchObject({ ok: true });
    expect(await findActor(userId)).not.toBeNull();

    expect(await setPersonActive(org.actors.HR, org.actors.HR.membershipId, false)).toMatchObject({
      ok: false,
      fieldErrors: { form: expect.any(String) },
    });
    expect(await setPersonActive(org.actors.ADMIN, org.actors.ADMIN.membershipId, false)).toMatchObject({ ok: false });
    await expect(setPersonActive(org.actors.HR, org.actors.ADMIN.membershipId, false)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().membership.count({ where: { organisationId: org.organisationId, role: "ADMIN", active: true } })).toBe(1);
  });
});

describe("invitations", () => {
  it("a 7-day single-use link, resend voids the older, mailed over SMTP, then the person's account is set", async () => {
    const added = await createPerson(org.actors.ADMIN, person("invitee@people.test", { locale: "en" }));
    if (!added.ok) throw new Error("fixture");
    expect((await getPerson(org.actors.HR, added.membershipId)).account).toBe("none");
    const first = await invitePerson(org.actors.HR, added.membershipId);
    const second = await invitePerson(org.actors.HR, added.membershipId);
    if (!first.ok || !second.ok) throw new Error("fixture");
    expect(second.mail.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect((await getPerson(org.actors.HR, added.membershipId)).account).toBe("invited");
    expect(await setPasswordWithToken(first.mail.token, "un mot de passe solide")).toEqual({ ok: false, link: "expired" });
    expect(
      await sendAccountEmail(second.mail.email, second.mail.token, {
        purpose: "INVITATION",
        locale: second.mail.locale,
        organisationName: second.mail.organisationName,
        expiresAt: second.mail.expiresAt,
      }),
    ).toBe("sent");
    const mail = smtp.received.at(-1)!;
    expect(mail.to).toEqual(["invitee@people.test"]);
    expect(mail.parsed.subject).toBe("Org people invites you to Symétrie");
    expect(mail.parsed.text).toContain(`/en/password/${second.mail.token}`);
    expect(await setPasswordWithToken(second.mail.token, "un mot de passe solide")).toMatchObject({ ok: true, purpose: "INVITATION" });
    expect((await getPerson(org.actors.HR, added.membershipId)).account).toBe("password");
    expect(await invitePerson(org.actors.HR, added.membershipId)).toEqual({ ok: false, reason: "hasPassword" });
    expect(await db().auditLog.count({ where: { action: "person.invite", targetId: added.membershipId } })).toBe(2);
  });
});

describe("the directory", () => {
  it("walks every person exactly once in name order, 50 a page, and filters by team subtree, role, status and text", async () => {
    await db().$transaction(async (tx) => {
      for (let i = 0; i < 120; i++) {
        const user = await tx.user.create({ data: { email: `bulk${i}@people.test`, name: `Bulk ${String(i).padStart(3, "0")}` } });
        await tx.membership.create({
          data: {
            organisationId: org.organisationId,
            userId: user.id,
            role: "EMPLOYEE",
            teamId: i % 2 ? org.teams.T2 : org.teams.T3,
            active: i % 10 !== 0,
          },
        });
      }
    });
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await listPeople(org.actors.HR, { status: "all", after });
      expect(page.rows.length).toBeLessThanOrEqual(PEOPLE_PAGE);
      seen.push(...page.rows.map((row) => row.membershipId));
      after = page.next ?? undefined;
      pages++;
    } while (after);
    const everyone = await db().membership.findMany({ where: { organisationId: org.organisationId }, include: { user: true } });
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(everyone.length);
    expect(pages).toBe(Math.ceil(everyone.length / PEOPLE_PAGE));
    const byName = [...everyone].sort((a, b) =>
      a.user.name.toLowerCase() < b.user.name.toLowerCase()
        ? -1
        : a.user.name.toLowerCase() > b.user.name.toLowerCase()
          ? 1
          : a.id < b.id
            ? -1
            : 1,
    );
    expect(seen).toEqual(byName.map((m) => m.id));

    const inS = await listPeople(org.actors.HR, { status: "all", teamId: org.teams.S });
    const expectedS = everyone.filter((m) => m.teamId === org.teams.S || m.teamId === org.teams.T1 || m.teamId === org.teams.T2);
    expect(inS.rows.length).toBe(Math.min(PEOPLE_PAGE, expectedS.length));
    expect(inS.rows.every((row) => expectedS.some((m) => m.id === row.membershipId))).toBe(true);
    expect((await listPeople(org.actors.HR, { status: "inactive" })).rows.every((row) => !row.active)).toBe(true);
    expect((await listPeople(org.actors.HR, { ...filters, role: "MANAGER" })).rows.map((row) => row.role)).toEqual(
      everyone.filter((m) => m.role === "MANAGER" && m.active).map(() => "MANAGER"),
    );
    // Bulk 110–119 match; 110 is deactivated (every tenth is).
    const bulk11 = Array.from({ length: 10 }, (_, k) => 110 + k)
      .filter((i) => i % 10 !== 0)
      .map((i) => `Bulk ${i}`);
    expect((await listPeople(org.actors.HR, { ...filters, q: "BULK 11" })).rows.map((row) => row.name)).toEqual(bulk11);
    expect((await listPeople(org.actors.HR, { ...filters, q: "100%_" })).rows).toEqual([]);
  });

  it("refuses a forged cursor, a foreign team, other roles; shows nothing of another organisation", async () => {
    await expect(listPeople(org.actors.HR, { ...filters, after: "bm9wZQ" })).rejects.toBeInstanceOf(ExpectedError);
    await expect(listPeople(org.actors.HR, { ...filters, after: "not base64 !!" })).rejects.toBeInstanceOf(ExpectedError);
    await expect(listPeople(org.actors.HR, { ...filters, teamId: other.teams.D })).rejects.toBeInstanceOf(NotFoundError);
    for (const role of ["CX", "MANAGER", "EMPLOYEE"] as const)
      await expect(listPeople(org.actors[role], filters)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getPerson(org.actors.HR, other.actors.HR.membershipId)).rejects.toBeInstanceOf(NotFoundError);
    // people-b's HR never joined this organisation (its CX did, above).
    expect((await listPeople(org.actors.ADMIN, { status: "all", q: "hr@people-b" })).rows).toEqual([]);
  });
});
