// Bulk invitations (issue 12 §5) against real PostgreSQL and a real SMTP server: the current
// filter's active people without a password nor a live invitation, within the actor's role
// ceiling, each get one working link by mail; at most BULK_INVITE_LIMIT a click; two clicks at
// once never invite anyone twice; refused mails are voided and retried by the next click; the
// whole is audited, and a refused role writes nothing (mail not configured: the e2e spec, whose server has no SMTP).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setPasswordWithToken } from "@/lib/db/accounts/account-links";
import { db } from "@/tests/db/owner-db";
import { BULK_INVITE_LIMIT, countPeopleToInvite, invitePeople, voidUndeliveredInvitations } from "@/lib/db/people/invite-people";
import { getPerson } from "@/lib/db/people/list-people";
import { invitePerson } from "@/lib/db/people/manage-people";
import { ForbiddenError } from "@/lib/errors";
import { inviteEveryoneNotYetInvited } from "@/lib/mail/bulk-invitations";
import type { PeopleFilters } from "@/lib/organisations/person-schema";
import { createOrgFixture, type OrgFixture } from "./fixtures";
import { startMailCapture, type SmtpCapture } from "../shared/smtp-capture";

let org: OrgFixture;
let other: OrgFixture;
let big: OrgFixture;
let smtp: SmtpCapture;
const T1: () => PeopleFilters = () => ({ status: "active", teamId: org.teams.T1 });
const tokens = (organisationId: string) => db().accountToken.count({ where: { organisationId, purpose: "INVITATION" } });

async function addPeople(fixture: OrgFixture, prefix: string, count: number, team: keyof OrgFixture["teams"] = "T1") {
  const users = await db().user.createManyAndReturn({
    data: Array.from({ length: count }, (_, i) => ({
      email: `${prefix}${i}@bulk.test`,
      name: `${prefix} ${String(i).padStart(4, "0")}`,
    })),
    select: { id: true },
  });
  await db().membership.createMany({
    data: users.map((user) => ({
      organisationId: fixture.organisationId,
      userId: user.id,
      role: "EMPLOYEE" as const,
      teamId: fixture.teams[team],
    })),
  });
}

beforeAll(async () => {
  smtp = await startMailCapture("https://symetrie.example.test");
  org = await createOrgFixture("bulkinv", 0);
  other = await createOrgFixture("bulkinv-b", 0);
  big = await createOrgFixture("bulkinv-big", 0);
  await addPeople(org, "t1-", 8);
  await addPeople(org, "t3-", 3, "T3");
  await addPeople(other, "b-", 4);
  // In T1 besides the fixture's EMPLOYEE: one with a password, one already invited, one inactive.
  await db().user.update({ where: { email: "t1-0@bulk.test" }, data: { passwordHash: "$2b$04$not-a-real-hash" } });
  const invited = await db().membership.findFirstOrThrow({ where: { user: { email: "t1-1@bulk.test" } } });
  await invitePerson(org.actors.HR, invited.id);
  await db().membership.updateMany({ where: { user: { email: "t1-2@bulk.test" } }, data: { active: false } });
});
afterAll(async () => smtp.close());

describe("inviteEveryoneNotYetInvited", () => {
  it("counts, then mails exactly the filter's people not yet invited, each a working link, and audits it", async () => {
    // T1: the fixture's EMPLOYEE and t1-3 … t1-7.
    expect(await countPeopleToInvite(org.actors.HR, T1())).toBe(6);
    const before = smtp.received.length;
    expect(await inviteEveryoneNotYetInvited(org.actors.HR, T1())).toEqual({ sent: 6, refused: 0, remaining: 0 });
    const mails = smtp.received.slice(before);
    expect(mails.flatMap((mail) => mail.to).sort()).toEqual(
      ["employee@bulkinv.test", ...[3, 4, 5, 6, 7].map((i) => `t1-${i}@bulk.test`)].sort(),
    );
    expect(mails[0]!.parsed.subject).toContain("Org bulkinv");
    const link = /\/(fr|en)\/password\/([A-Za-z0-9_-]{43})/.exec(mails[0]!.parsed.text ?? "");
    expect(link).not.toBeNull();
    expect(await setPasswordWithToken(link![2]!, "un mot de passe solide")).toMatchObject({ ok: true, purpose: "INVITATION" });
    expect(await countPeopleToInvite(org.actors.HR, T1())).toBe(0);
    expect(await inviteEveryoneNotYetInvited(org.actors.HR, T1())).toEqual({ sent: 0, refused: 0, remaining: 0 });
    const audits = await db().auditLog.findMany({ where: { organisationId: org.organisationId, action: "person.invite.bulk" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: org.actors.HR.membershipId,
      metadata: { invited: 6, remaining: 0, filters: { teamId: org.teams.T1 } },
    });
    // The other subtree and the other organisation were not touched.
    expect(await countPeopleToInvite(org.actors.HR, { status: "active", teamId: org.teams.T3 })).toBe(3);
    expect(await tokens(other.organisationId)).toBe(0);
  });

  it("voids the links the mail server refused, so the next click invites those people again", async () => {
    const S2 = { status: "active" as const, teamId: org.teams.S2 };
    smtp.rejecting = true;
    try {
      expect(await inviteEveryoneNotYetInvited(org.actors.ADMIN, S2)).toEqual({ sent: 0, refused: 3, remaining: 0 });
    } finally {
      smtp.rejecting = false;
    }
    expect(await countPeopleToInvite(org.actors.ADMIN, S2)).toBe(3);
    const voided = await db().auditLog.findMany({ where: { organisationId: org.organisationId, action: "person.invite.undelivered" } });
    expect(voided.map((row) => row.metadata)).toEqual([{ voided: 3 }]);
    const person = await db().membership.findFirstOrThrow({ where: { user: { email: "t3-0@bulk.test" } } });
    expect((await getPerson(org.actors.ADMIN, person.id)).account).toBe("expired");
    expect(await inviteEveryoneNotYetInvited(org.actors.ADMIN, S2)).toEqual({ sent: 3, refused: 0, remaining: 0 });
  });

  it("leaves out people above the actor's role, and refuses roles that do not manage people, writing nothing", async () => {
    // The fixture's ADMIN, HR, CX and MANAGER have no password: HR may invite all but the ADMIN.
    const everyone = { status: "active" as const };
    const forHr = await countPeopleToInvite(org.actors.HR, everyone);
    const forAdmin = await countPeopleToInvite(org.actors.ADMIN, everyone);
    expect(forAdmin - forHr).toBe(1);
    const before = {
      tokens: await tokens(org.organisationId),
      audits: await db().auditLog.count({ where: { organisationId: org.organisationId } }),
    };
    for (const role of ["CX", "MANAGER", "EMPLOYEE"] as const) {
      await expect(inviteEveryoneNotYetInvited(org.actors[role], everyone)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(countPeopleToInvite(org.actors[role], everyone)).rejects.toBeInstanceOf(ForbiddenError);
    }
    // An inactive-only filter invites nobody.
    expect(await countPeopleToInvite(org.actors.HR, { status: "inactive" })).toBe(0);
    expect({
      tokens: await tokens(org.organisationId),
      audits: await db().auditLog.count({ where: { organisationId: org.organisationId } }),
    }).toEqual(before);
  });
});

describe("invitePeople", () => {
  it("stops at the per-click limit, says how many remain, and two clicks at once never invite anyone twice", async () => {
    await addPeople(big, "big-", BULK_INVITE_LIMIT + 30);
    const filters = { status: "active" as const, teamId: big.teams.T1 };
    const total = await countPeopleToInvite(big.actors.ADMIN, filters);
    expect(total).toBe(BULK_INVITE_LIMIT + 31); // with the fixture's EMPLOYEE
    const [first, second] = await Promise.all([invitePeople(big.actors.ADMIN, filters), invitePeople(big.actors.HR, filters)]);
    const counts = [first.mails.length, second.mails.length].sort((a, b) => a - b);
    expect(counts).toEqual([31, BULK_INVITE_LIMIT]);
    expect([first.remaining, second.remaining].sort((a, b) => a - b)).toEqual([0, 31]);
    const invited = new Set([...first.mails, ...second.mails].map((mail) => mail.membershipId));
    expect(invited.size).toBe(total);
    expect(await tokens(big.organisationId)).toBe(total);
    expect(await countPeopleToInvite(big.actors.ADMIN, filters)).toBe(0);
    // Voiding takes only this organisation's links.
    expect(
      await voidUndeliveredInvitations(
        other.actors.ADMIN,
        first.mails.map((mail) => mail.token),
      ),
    ).toBe(0);
    expect(
      await voidUndeliveredInvitations(
        big.actors.ADMIN,
        first.mails.slice(0, 5).map((mail) => mail.token),
      ),
    ).toBe(5);
    expect(await countPeopleToInvite(big.actors.ADMIN, filters)).toBe(5);
  });
});
