// One entry per data-layer function that acts for a principal (tests/db/tenant-matrix.test.ts
// requires it): called by organisation A's principals, it must answer "not found" for B's ids,
// show none of B's rows, and change none of them.
import { expect } from "vitest";
import { db } from "@/tests/db/owner-db";
import { NotFoundError } from "@/lib/errors";
import { actionEntries } from "./tenant-matrix-actions";
import { actionUiEntries } from "./tenant-matrix-actions-ui";
import { kpiEntries } from "./tenant-matrix-kpis";
import { reportEntries } from "./tenant-matrix-reports";
import { scimEntries } from "./tenant-matrix-scim";
import { ssoEntries } from "./tenant-matrix-sso";
import { themeEntries } from "./tenant-matrix-themes";
import { themeViewEntries } from "./tenant-matrix-theme-view";
import * as dl from "./tenant-data-layer";
import { leaksOf, type TenantWorld } from "./tenant-world";

type Check = (w: TenantWorld) => Promise<void>;

/** A's result shows nothing of B and, when given, includes one of A's own ids (so it is not empty). */
async function listsOnlyA(w: TenantWorld, result: unknown, ownId?: string) {
  const value = await result;
  expect(leaksOf(value, w.b)).toEqual([]);
  if (ownId) expect(JSON.stringify(value)).toContain(ownId);
}

const notFound = (call: Promise<unknown>) => expect(call).rejects.toBeInstanceOf(NotFoundError);
const bOrg = (w: TenantWorld) => db().organisation.findUniqueOrThrow({ where: { id: w.b.organisationId } });
const bCounts = async (w: TenantWorld) => {
  const where = { organisationId: w.b.organisationId };
  return Promise.all([
    db().contact.count({ where }),
    db().employeeResponse.count({ where }),
    db().employeeEvent.count({ where }),
    db().pulse.count({ where }),
    db().apiKey.count({ where: { ...where, revokedAt: null } }),
    db().responseImport.count({ where }),
    db().webhookDelivery.count({ where }),
    db().followUp.count({ where: { ...where, status: "OPEN" } }),
    db().pulseParticipation.count({ where: { ...where, answered: true } }),
  ]);
};
/** Runs a call of A's (refused or not) and checks that B's rows are as they were. */
async function leavesBAlone(w: TenantWorld, call: () => Promise<unknown>) {
  const before = [await bCounts(w), await bOrg(w)];
  await call().catch(() => undefined);
  expect([await bCounts(w), await bOrg(w)]).toEqual(before);
}
/** "Not found", and B's rows as they were (the failed expectation is not swallowed, unlike leavesBAlone's catch). */
async function notFoundAndBAlone(w: TenantWorld, call: () => Promise<unknown>) {
  const before = [await bCounts(w), await bOrg(w), await db().followUpEvent.count({ where: { organisationId: w.b.organisationId } })];
  await notFound(call());
  expect([await bCounts(w), await bOrg(w), await db().followUpEvent.count({ where: { organisationId: w.b.organisationId } })]).toEqual(
    before,
  );
}
const csv = (team: string) => `externalId;teamExternalId;channel;momentOfTruth;locale\ncsv-1;${team};phone;complaint;fr`;
const employeeAnswer = { score: 7, comment: null, suggestion: null, items: {}, irritantIds: [], irritantOther: null };
/** One audit entry in each organisation by its ADMIN (B's marked "beta CRM", which must not leak); returns A's marker. */
async function auditEntries(w: TenantWorld): Promise<string> {
  for (const [org, marker] of [
    [w.a, "alpha-audit-probe"],
    [w.b, "beta CRM audit"],
  ] as const) {
    await db().auditLog.create({
      data: {
        organisationId: org.organisationId,
        actorId: org.actors.ADMIN.membershipId,
        action: marker,
        targetType: "Probe",
        metadata: { note: marker },
      },
    });
  }
  return "alpha-audit-probe";
}
const collect = async (pages: AsyncGenerator<unknown[]>) => {
  const rows = [];
  for await (const page of pages) rows.push(...page);
  return rows;
};

/** B's moments of truth as stored: A's catalogue edits must never reach them. */
const bMoments = (w: TenantWorld) => db().momentOfTruth.findMany({ where: { organisationId: w.b.organisationId }, orderBy: { id: "asc" } });
const momentOf = async (org: { organisationId: string }, side: "CUSTOMER" | "EMPLOYEE") =>
  (
    await db().momentOfTruth.findFirstOrThrow({
      where: { organisationId: org.organisationId, side, eventType: side === "EMPLOYEE" ? "ONBOARDING" : null },
    })
  ).id;
/** A's call on B's moment: "not found", and B's catalogue and rows as they were. */
async function bMomentUntouched(w: TenantWorld, call: (bMomentId: string) => Promise<unknown>, side: "CUSTOMER" | "EMPLOYEE" = "CUSTOMER") {
  const id = await momentOf(w.b, side);
  const before = await bMoments(w);
  await notFound(call(id));
  await leavesBAlone(w, () => call(id));
  expect(await bMoments(w)).toEqual(before);
}
/** B's item and irritant pairs as stored: A's catalogue edits must never reach them. */
const bPairs = async (w: TenantWorld) => {
  const where = { organisationId: w.b.organisationId };
  return [
    await db().mirroredItem.findMany({ where, orderBy: { id: "asc" } }),
    await db().irritant.findMany({ where, orderBy: { id: "asc" } }),
  ];
};
const firstOf = async (org: { organisationId: string }, kind: "item" | "irritant") =>
  kind === "item"
    ? (await db().mirroredItem.findFirstOrThrow({ where: { organisationId: org.organisationId } })).id
    : (await db().irritant.findFirstOrThrow({ where: { organisationId: org.organisationId, side: "CUSTOMER" } })).id;
/** A's call on B's pair: "not found", and B's pairs and rows as they were. */
async function bPairUntouched(w: TenantWorld, kind: "item" | "irritant", call: (bId: string) => Promise<unknown>) {
  const id = await firstOf(w.b, kind);
  const before = await bPairs(w);
  await notFound(call(id));
  await leavesBAlone(w, () => call(id));
  expect(await bPairs(w)).toEqual(before);
}

/** B's people as stored: what a person's own-account change must never touch. */
const bUsers = (w: TenantWorld) =>
  db().user.findMany({ where: { memberships: { some: { organisationId: w.b.organisationId } } }, orderBy: { id: "asc" } });

/** B's team tree as stored: A's tree edits must never reach it. */
const bTeams = (w: TenantWorld) => db().team.findMany({ where: { organisationId: w.b.organisationId }, orderBy: { id: "asc" } });
/** A's call with B's team id: "not found", and B's tree and rows as they were. */
async function bTeamUntouched(w: TenantWorld, call: () => Promise<unknown>) {
  const before = await bTeams(w);
  await notFound(call());
  await leavesBAlone(w, call);
  expect(await bTeams(w)).toEqual(before);
}

/** B's people as stored, memberships included: A's directory edits must never reach them. */
const bPeople = (w: TenantWorld) => db().membership.findMany({ where: { organisationId: w.b.organisationId }, orderBy: { id: "asc" } });
async function bPersonUntouched(w: TenantWorld, call: () => Promise<unknown>) {
  const before = await bPeople(w);
  await notFound(call());
  await leavesBAlone(w, call);
  expect(await bPeople(w)).toEqual(before);
}

export const matrix: Record<string, Check> = {
  ...actionEntries,
  ...actionUiEntries,
  ...kpiEntries,
  ...reportEntries,
  ...scimEntries,
  ...ssoEntries,
  ...themeEntries,
  ...themeViewEntries,
  listPeople: async (w) => {
    await listsOnlyA(w, dl.listPeople(w.a.actors.HR, { status: "all" }), w.a.actors.EMPLOYEE.membershipId);
    await notFound(dl.listPeople(w.a.actors.HR, { status: "all", teamId: w.b.teams.D }));
  },
  getPerson: (w) => bPersonUntouched(w, () => dl.getPerson(w.a.actors.HR, w.b.actors.EMPLOYEE.membershipId)),
  createPerson: async (w) => {
    const before = await bPeople(w);
    expect(
      await dl.createPerson(w.a.actors.HR, { email: "new@alpha.test", name: "N", role: "EMPLOYEE", teamId: w.b.teams.T1 }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { teamId: expect.any(String) },
    });
    expect(await bPeople(w)).toEqual(before);
  },
  updatePerson: (w) =>
    bPersonUntouched(w, () =>
      dl.updatePerson(w.a.actors.HR, w.b.actors.EMPLOYEE.membershipId, { name: "pris", role: "EMPLOYEE", teamId: "" }),
    ),
  setPersonActive: (w) => bPersonUntouched(w, () => dl.setPersonActive(w.a.actors.HR, w.b.actors.EMPLOYEE.membershipId, false)),
  invitePerson: (w) => bPersonUntouched(w, () => dl.invitePerson(w.a.actors.HR, w.b.actors.EMPLOYEE.membershipId)),
  // B's people match the search "@beta.test": A's bulk invitation counts and invites none of them, and voids none of B's links.
  peopleFilterConditions: (w) => notFound(dl.peopleFilterConditions(w.a.actors.HR, { status: "active", teamId: w.b.teams.D })),
  countPeopleToInvite: async (w) => {
    await notFound(dl.countPeopleToInvite(w.a.actors.HR, { status: "active", teamId: w.b.teams.D }));
    expect(await dl.countPeopleToInvite(w.a.actors.ADMIN, { status: "active", q: "@beta.test" })).toBe(0);
  },
  invitePeople: async (w) => {
    const bTokens = () => db().accountToken.count({ where: { organisationId: w.b.organisationId } });
    const before = await bTokens();
    expect((await dl.invitePeople(w.a.actors.ADMIN, { status: "active", q: "@beta.test" })).mails).toEqual([]);
    await notFound(dl.invitePeople(w.a.actors.ADMIN, { status: "active", teamId: w.b.teams.D }));
    expect(await bTokens()).toBe(before);
  },
  voidUndeliveredInvitations: async (w) => {
    const live = () => db().accountToken.count({ where: { organisationId: w.b.organisationId, expiresAt: { gt: new Date() } } });
    const { mails } = await dl.invitePeople(w.b.actors.ADMIN, { status: "active", role: "CX" });
    expect(mails).toHaveLength(1);
    const before = await live();
    expect(
      await dl.voidUndeliveredInvitations(
        w.a.actors.ADMIN,
        mails.map((mail) => mail.token),
      ),
    ).toBe(0);
    expect(await live()).toBe(before);
  },
  listSyncedTeams: (w) => listsOnlyA(w, dl.listSyncedTeams(w.a.actors.HR, undefined), w.a.teams.D),
  syncTeams: async (w) => {
    const before = await bTeams(w);
    // B's team HR ids are unknown to A: as a parent, and as a team (a new one of A's is created instead).
    const refused = await dl.syncTeams(w.a.actors.ADMIN, [{ externalId: "alpha-new", name: "N", parentExternalId: "beta-D" }], {
      dryRun: false,
      mirror: false,
    });
    expect(refused.errors.map((error) => error.field)).toEqual(["parentExternalId"]);
    const b = before.find((team) => team.externalId !== null)!;
    await dl.syncTeams(w.a.actors.ADMIN, [{ externalId: b.externalId, name: "pris", parentExternalId: null }], {
      dryRun: false,
      mirror: false,
    });
    expect(await bTeams(w)).toEqual(before);
    // The team A just made under B's HR id goes again, so later entries still find B's HR ids unknown to A.
    await db().team.deleteMany({ where: { organisationId: w.a.organisationId, externalId: b.externalId } });
  },
  listSyncedPeople: (w) => listsOnlyA(w, dl.listSyncedPeople(w.a.actors.HR, undefined), w.a.actors.EMPLOYEE.membershipId),
  syncPeople: async (w) => {
    const before = await bPeople(w);
    // B's team HR ids are unknown to A; mirroring A's directory leaves B's people as they are.
    const person = { externalId: "alpha-P", email: "p@alpha.test", givenName: "P", familyName: "A", role: "EMPLOYEE" };
    const refused = await dl.syncPeople(w.a.actors.ADMIN, [{ ...person, teamExternalId: "beta-T1" }], { dryRun: false, mirror: false });
    expect(refused.errors.map((error) => error.field)).toEqual(["teamExternalId"]);
    await dl.syncPeople(w.a.actors.ADMIN, [{ ...person, teamExternalId: null }], { dryRun: true, mirror: true });
    await leavesBAlone(w, () => dl.syncPeople(w.a.actors.ADMIN, [], { dryRun: false, mirror: true }));
    expect(await bPeople(w)).toEqual(before);
    // A's own people have no HR id here, so mirroring them deactivates nobody either.
    expect(await db().membership.count({ where: { organisationId: w.a.organisationId, active: false } })).toBe(0);
  },
  syncDirectoryCsv: async (w) => {
    const [teams, people] = [await bTeams(w), await bPeople(w)];
    // The upload page's files: B's HR ids are unknown to A, as a parent and as a person's team.
    const parent = await dl.syncDirectoryCsv(w.a.actors.HR, "teams", "externalId;name;parentExternalId\nalpha-csv;N;beta-D\n", {
      dryRun: false,
      mirror: false,
    });
    expect(parent.ok && parent.errors.map((error) => [error.line, error.field])).toEqual([[2, "parentExternalId"]]);
    const header = "employeeId;email;givenName;familyName;teamExternalId;role";
    const team = await dl.syncDirectoryCsv(w.a.actors.HR, "people", `${header}\nalpha-Q;q@alpha.test;Q;A;beta-T1;EMPLOYEE\n`, {
      dryRun: false,
      mirror: false,
    });
    expect(team.ok && team.errors.map((error) => [error.line, error.field])).toEqual([[2, "teamExternalId"]]);
    // Applied in A, mirrored: B's teams and people stay as they were.
    await leavesBAlone(w, () =>
      dl.syncDirectoryCsv(w.a.actors.ADMIN, "teams", "externalId;name;parentExternalId\nalpha-csv;N;\n", { dryRun: false, mirror: false }),
    );
    await dl.syncDirectoryCsv(w.a.actors.HR, "people", `${header}\nalpha-Q;q@alpha.test;Q;A;alpha-csv;EMPLOYEE\n`, {
      dryRun: false,
      mirror: true,
    });
    expect([await bTeams(w), await bPeople(w)]).toEqual([teams, people]);
  },
  listManagedTeams: (w) => bPersonUntouched(w, () => dl.listManagedTeams(w.a.actors.HR, w.b.actors.MANAGER.membershipId)),
  addManagedTeam: async (w) => {
    // B's manager, or B's team for A's manager: not found either way, nothing stored.
    await bPersonUntouched(w, () => dl.addManagedTeam(w.a.actors.HR, w.b.actors.MANAGER.membershipId, w.a.teams.S2));
    await notFound(dl.addManagedTeam(w.a.actors.HR, w.a.actors.MANAGER.membershipId, w.b.teams.S2));
    expect(await db().managedTeam.count({ where: { teamId: w.b.teams.S2 } })).toBe(0);
  },
  removeManagedTeam: (w) => bPersonUntouched(w, () => dl.removeManagedTeam(w.a.actors.HR, w.b.actors.MANAGER.membershipId, w.b.teams.S2)),
  listTeamTree: (w) => listsOnlyA(w, dl.listTeamTree(w.a.actors.HR), w.a.teams.D),
  createTeam: async (w) => {
    const before = await bTeams(w);
    expect(await dl.createTeam(w.a.actors.ADMIN, { name: "Sous B", kind: "TEAM", parentId: w.b.teams.D })).toMatchObject({
      ok: false,
      fieldErrors: { parentId: expect.any(String) },
    });
    expect(await bTeams(w)).toEqual(before);
  },
  updateTeam: (w) => bTeamUntouched(w, () => dl.updateTeam(w.a.actors.ADMIN, w.b.teams.T1, { name: "pris", kind: "TEAM" })),
  moveTeam: async (w) => {
    await bTeamUntouched(w, () => dl.moveTeam(w.a.actors.ADMIN, w.b.teams.S, { parentId: "" }));
    // A's team under B's: refused as an unknown parent.
    expect(await dl.moveTeam(w.a.actors.ADMIN, w.a.teams.T3, { parentId: w.b.teams.S })).toMatchObject({ ok: false });
  },
  setTeamArchived: (w) => bTeamUntouched(w, () => dl.setTeamArchived(w.a.actors.ADMIN, w.b.teams.T3, true)),
  changePassword: async (w) => {
    const before = await bUsers(w);
    await leavesBAlone(w, () => dl.changePassword(w.a.actors.HR, "wrong", "un mot de passe assez long"));
    expect(await bUsers(w)).toEqual(before);
  },
  updateOwnProfile: async (w) => {
    const before = await bUsers(w);
    await leavesBAlone(w, () => dl.updateOwnProfile(w.a.actors.CX, { name: "Alpha CX", locale: "en" }));
    expect(await bUsers(w)).toEqual(before);
  },
  getDetractorAlerts: async (w) => {
    expect(await dl.getDetractorAlerts(w.a.actors.MANAGER)).toBe("IMMEDIATE");
    expect(await dl.getDetractorAlerts(w.a.actors.HR)).toBeNull();
  },
  updateDetractorAlerts: async (w) => {
    const bModes = () =>
      db().membership.findMany({ where: { organisationId: w.b.organisationId }, select: { id: true, detractorAlerts: true } });
    const before = await bModes();
    expect(await dl.updateDetractorAlerts(w.a.actors.MANAGER, { mode: "DAILY" })).toEqual({ ok: true });
    expect(await bModes()).toEqual(before);
    await dl.updateDetractorAlerts(w.a.actors.MANAGER, { mode: "IMMEDIATE" });
  },
  getMonthlyReportOptIn: async (w) => {
    expect(await dl.getMonthlyReportOptIn(w.a.actors.HR)).toBe(false);
    expect(await dl.getMonthlyReportOptIn(w.a.actors.EMPLOYEE)).toBeNull();
  },
  updateMonthlyReportOptIn: async (w) => {
    const bOptIns = () =>
      db().membership.findMany({
        where: { organisationId: w.b.organisationId },
        select: { id: true, monthlyReport: true, monthlyReportMonth: true },
      });
    const before = await bOptIns();
    expect(await dl.updateMonthlyReportOptIn(w.a.actors.HR, { enabled: true })).toEqual({ ok: true });
    expect(await bOptIns()).toEqual(before);
    await dl.updateMonthlyReportOptIn(w.a.actors.HR, { enabled: false });
  },
  createApiKey: (w) => leavesBAlone(w, () => dl.createApiKey(w.a.actors.ADMIN, { name: "alpha extra" })),
  listAuditLog: async (w) => {
    const own = await auditEntries(w);
    await listsOnlyA(w, dl.listAuditLog(w.a.actors.ADMIN), own);
    await notFound(dl.listAuditLog(w.a.actors.ADMIN, { filters: { personId: w.b.actors.ADMIN.membershipId } }));
  },
  exportAuditLog: async (w) => {
    const own = await auditEntries(w);
    await listsOnlyA(w, collect(await dl.exportAuditLog(w.a.actors.ADMIN, {})), own);
    await notFound(dl.exportAuditLog(w.a.actors.ADMIN, { personId: w.b.actors.ADMIN.membershipId }));
  },
  parseAuditFilters: (w) => notFound(dl.parseAuditFilters(w.a.actors.ADMIN, { personId: w.b.actors.ADMIN.membershipId })),
  listAuditFilterOptions: async (w) => listsOnlyA(w, dl.listAuditFilterOptions(w.a.actors.ADMIN), await auditEntries(w)),
  listApiKeys: (w) => listsOnlyA(w, dl.listApiKeys(w.a.actors.ADMIN), w.a.apiKeyId),
  revokeApiKey: async (w) => {
    await notFound(dl.revokeApiKey(w.a.actors.ADMIN, w.b.apiKeyId));
    await leavesBAlone(w, () => dl.revokeApiKey(w.a.actors.ADMIN, w.b.apiKeyId));
  },
  countContacts: async (w) => {
    expect((await dl.countContacts(w.a.actors.ADMIN, {})).total).toBe(
      await db().contact.count({ where: { organisationId: w.a.organisationId } }),
    );
    expect((await dl.countContacts(w.a.actors.ADMIN, { teamId: w.b.teams.D })).total).toBe(0);
  },
  createContacts: async (w) => {
    const rows = [
      { teamId: w.b.teams.T1, channel: "phone", momentOfTruth: "complaint", locale: "fr" },
      { teamExternalId: "beta-T1", channel: "phone", momentOfTruth: "complaint", locale: "fr" },
    ];
    const { results } = await dl.createContacts(w.a.key, rows, { baseUrl: "https://nps.test" });
    expect(results.map((r) => r.status)).toEqual(["invalid", "invalid"]);
    await leavesBAlone(w, () => dl.createContacts(w.a.key, rows, { baseUrl: "https://nps.test" }));
  },
  exportContacts: async (w) => listsOnlyA(w, collect(await dl.exportContacts(w.a.actors.ADMIN, {})), w.a.contactId),
  importContactsCsv: (w) =>
    leavesBAlone(w, async () =>
      expect(leaksOf(await dl.importContactsCsv(w.a.actors.ADMIN, csv("beta-T1"), { baseUrl: "https://nps.test" }), w.b)).toEqual([]),
    ),
  previewContactsCsv: async (w) => listsOnlyA(w, dl.previewContactsCsv(w.a.actors.ADMIN, csv("beta-T1"))),
  listContactTeamOptions: (w) => listsOnlyA(w, dl.listContactTeamOptions(w.a.actors.ADMIN), w.a.teams.T1),
  parseContactFilters: async (w) =>
    expect(dl.parseContactFilters(w.a.actors.ADMIN, { teamId: w.b.teams.D })).toEqual({ teamId: w.b.teams.D }), // resolved against A's organisation by the queries (listContacts below)
  listContacts: async (w) => {
    await listsOnlyA(w, dl.listContacts(w.a.actors.ADMIN), w.a.contactId);
    expect((await dl.listContacts(w.a.actors.ADMIN, { filters: { teamId: w.b.teams.D } })).rows).toEqual([]);
  },
  retryContactEmail: async (w) => {
    await notFound(dl.retryContactEmail(w.a.actors.ADMIN, { contactId: w.b.contactId }));
    await leavesBAlone(w, () => dl.retryContactEmail(w.a.actors.ADMIN, { contactId: w.b.contactId }));
  },
  getSymmetry: (w) => listsOnlyA(w, dl.getSymmetry(w.a.actors.HR), w.a.teams.D),
  loadSymmetryView: async (w) => {
    const view = await dl.loadSymmetryView(w.a.actors.HR);
    expect([...view.shownTeamIds]).toContain(w.a.teams.D);
    expect(leaksOf([...view.shownTeamIds, ...view.counts.teams.map((team) => team.id)], w.b)).toEqual([]);
    await notFound(dl.loadSymmetryView(w.a.actors.HR, { teamId: w.b.teams.T1 }));
  },
  getKpiRoi: async (w) => {
    await listsOnlyA(w, dl.getKpiRoi(w.a.actors.HR));
    await notFound(dl.getKpiRoi(w.a.actors.HR, { teamId: w.b.teams.T1 }));
  },
  getKpiCorrelations: async (w) => {
    await listsOnlyA(w, dl.getKpiCorrelations(w.a.actors.HR));
    await notFound(dl.getKpiCorrelations(w.a.actors.HR, { teamId: w.b.teams.T1 }));
  },
  getTeamDetail: (w) => notFound(dl.getTeamDetail(w.a.actors.HR, w.b.teams.T1)),
  getEmployeeHome: (w) => listsOnlyA(w, dl.getEmployeeHome(w.a.actors.EMPLOYEE), w.a.teams.T1),
  listMomentOptions: (w) => listsOnlyA(w, dl.listMomentOptions(w.a.actors.HR)),
  listVerbatims: async (w) => {
    await listsOnlyA(w, dl.listVerbatims(w.a.actors.HR, {}));
    await listsOnlyA(w, dl.listVerbatims(w.a.actors.HR, { q: "beta" }));
    const bTheme = await db().theme.findFirstOrThrow({ where: { organisationId: w.b.organisationId } });
    await notFound(dl.listVerbatims(w.a.actors.HR, { theme: bTheme.id }));
  },
  createEmployeeEvent: (w) =>
    leavesBAlone(w, async () => {
      await expect(
        dl.createEmployeeEvent(w.a.key, { email: "employee@beta.test", type: "onboarding", occurredAt: new Date().toISOString() }),
      ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }),
  loadOwnEvent: async (w) => expect(await db().$transaction((tx) => dl.loadOwnEvent(tx, w.a.actors.EMPLOYEE, w.b.eventId))).toBeNull(),
  findEventForm: async (w) => expect(await dl.findEventForm(w.a.actors.EMPLOYEE, w.b.eventId, "fr")).toEqual({ status: "notFound" }),
  getEventResults: async (w) => {
    // A's 5 onboarding answers (3 promoters, 1 passive, 1 detractor), none of B's 7.
    const rows = (await dl.getEventResults(w.a.actors.HR)).rows;
    expect(rows.find((row) => row.type === "onboarding")?.estimate).toMatchObject({ n: 5, score: 40 });
    await notFound(dl.getEventResults(w.a.actors.HR, w.b.teams.T1));
  },
  listMyEventPulses: (w) => listsOnlyA(w, dl.listMyEventPulses(w.a.actors.EMPLOYEE)),
  submitEventResponse: (w) =>
    leavesBAlone(w, async () =>
      expect(await dl.submitEventResponse(w.a.actors.EMPLOYEE, w.b.eventId, employeeAnswer)).toEqual({ status: "notFound" }),
    ),
  followUpScope: async (w) => {
    const scope = JSON.stringify(dl.followUpScope(w.a.actors.MANAGER));
    expect(scope).toContain(w.a.organisationId);
    expect(leaksOf(scope, w.b)).toEqual([]);
  },
  updateFollowUpStatus: (w) =>
    notFoundAndBAlone(w, () => dl.updateFollowUpStatus(w.a.actors.HR, { followUpId: w.b.followUpId, status: "CLOSED" })),
  listFollowUps: async (w) => {
    await listsOnlyA(w, dl.listFollowUps(w.a.actors.HR, { status: "all" }), w.a.followUpId);
    await notFound(dl.listFollowUps(w.a.actors.HR, { team: w.b.teams.T1 }));
  },
  getFollowUp: (w) => notFoundAndBAlone(w, () => dl.getFollowUp(w.a.actors.HR, w.b.followUpId)),
  workFollowUp: async (w) => {
    await notFoundAndBAlone(w, () => dl.workFollowUp(w.a.actors.HR, w.b.followUpId, { op: "note", body: "pris" }));
    await notFoundAndBAlone(w, () => dl.workFollowUp(w.a.actors.ADMIN, w.b.followUpId, { op: "status", status: "CLOSED", note: "pris" }));
  },
  revealFollowUpEmail: (w) => notFoundAndBAlone(w, () => dl.revealFollowUpEmail(w.a.actors.CX, w.b.followUpId)),
  findEmployeeWording: async (w) => {
    await db().surveyWording.create({ data: { organisationId: w.b.organisationId, locale: "fr", side: "EMPLOYEE", name: "beta CRM" } });
    expect(await dl.findEmployeeWording(w.a.actors.EMPLOYEE, "fr")).toBeNull();
    await db().surveyWording.deleteMany({ where: { organisationId: w.b.organisationId } });
  },
  getWordingSettings: (w) => listsOnlyA(w, dl.getWordingSettings(w.a.actors.ADMIN), "alpha"),
  saveSurveyWording: (w) =>
    leavesBAlone(w, async () => {
      await dl.saveSurveyWording(w.a.actors.ADMIN, { locale: "fr", side: "CUSTOMER", name: "Alpha", intro: "", thankYou: "" });
      expect(await db().surveyWording.count({ where: { organisationId: w.b.organisationId } })).toBe(0);
    }),
  saveEmailTemplate: (w) =>
    leavesBAlone(w, async () => {
      await dl.saveEmailTemplate(w.a.actors.ADMIN, { kind: "SURVEY_LINK", locale: "fr", subject: "Avis", body: "Lien : {{link}}" });
      expect(await db().emailTemplate.count({ where: { organisationId: w.b.organisationId } })).toBe(0);
    }),
  getOrganisationSettings: (w) => listsOnlyA(w, dl.getOrganisationSettings(w.a.actors.ADMIN), "alpha"),
  removeWebhook: (w) => leavesBAlone(w, () => dl.removeWebhook(w.a.actors.ADMIN)),
  rotateWebhookSecret: (w) => leavesBAlone(w, () => dl.rotateWebhookSecret(w.a.actors.ADMIN)),
  setWebhookUrl: (w) => leavesBAlone(w, () => dl.setWebhookUrl(w.a.actors.ADMIN, { url: "https://hooks.alpha.test/in" })),
  updateOrganisationSettings: (w) =>
    leavesBAlone(w, () =>
      dl.updateOrganisationSettings(w.a.actors.ADMIN, {
        name: "Org alpha bis",
        brandColor: "#112233",
        minGroupSize: 5,
        minVerbatimGroupSize: 10,
        minCustomerResponses: 10,
        linkExpiryDays: 20,
      }),
    ),
  createPulse: (w) =>
    leavesBAlone(w, () =>
      notFound(
        dl.createPulse(w.a.actors.HR, {
          name: "Intrusion",
          teamId: w.b.teams.D,
          cadence: "ONE_OFF",
          opensAt: new Date(),
          closesAt: new Date(Date.now() + 86_400_000),
          includeItems: false,
          includeIrritants: false,
          includeSuggestion: false,
        }),
      ),
    ),
  findPulseForm: async (w) => {
    expect(await dl.findPulseForm(w.a.actors.EMPLOYEE, w.b.pulseId, "fr")).toEqual({ status: "notFound" });
    expect(await dl.findPulseForm(w.a.actors.HR, w.b.pulseId, "fr", true)).toEqual({ status: "notFound" });
  },
  loadPulseForActor: async (w) =>
    expect(await db().$transaction((tx) => dl.loadPulseForActor(tx, w.a.actors.EMPLOYEE, w.b.pulseId))).toBeNull(),
  getPulseDetail: (w) => notFound(dl.getPulseDetail(w.a.actors.HR, w.b.pulseId)),
  getPulseResults: (w) => notFound(dl.getPulseResults(w.a.actors.HR, w.b.pulseId)),
  countLaunchInvitations: (w) => notFoundAndBAlone(w, () => dl.countLaunchInvitations(w.a.actors.HR, w.b.pulseId)),
  updateDraftPulse: (w) =>
    leavesBAlone(w, async () => {
      const before = await db().pulse.findUniqueOrThrow({ where: { id: w.b.pulseId } });
      await notFound(
        dl.updateDraftPulse(w.a.actors.HR, w.b.pulseId, {
          name: "Intrusion",
          teamId: null,
          cadence: "ONE_OFF",
          opensAt: new Date(),
          closesAt: new Date(Date.now() + 86_400_000),
          includeItems: false,
          includeIrritants: false,
          includeSuggestion: false,
        }),
      );
      expect(await db().pulse.findUniqueOrThrow({ where: { id: w.b.pulseId } })).toEqual(before);
    }),
  deleteDraftPulse: (w) => notFoundAndBAlone(w, () => dl.deleteDraftPulse(w.a.actors.HR, w.b.pulseId)),
  claimRemindersNow: (w) =>
    leavesBAlone(w, async () => {
      await notFound(dl.claimRemindersNow(w.a.actors.HR, w.b.pulseId));
      expect(await db().pulseParticipation.count({ where: { pulseId: w.b.pulseId, remindedAt: { not: null } } })).toBe(0);
    }),
  launchPulse: (w) => notFound(dl.launchPulse(w.a.actors.HR, w.b.pulseId)),
  closePulseEarly: (w) => notFoundAndBAlone(w, () => dl.closePulseEarly(w.a.actors.HR, w.b.pulseId)),
  listMyOpenPulses: (w) => listsOnlyA(w, dl.listMyOpenPulses(w.a.actors.EMPLOYEE), w.a.pulseId),
  listManagedPulses: (w) => listsOnlyA(w, dl.listManagedPulses(w.a.actors.HR), w.a.pulseId),
  listTeamOptions: (w) => listsOnlyA(w, dl.listTeamOptions(w.a.actors.HR), w.a.teams.D),
  submitEmployeeResponse: (w) =>
    leavesBAlone(w, async () =>
      expect(await dl.submitEmployeeResponse(w.a.actors.EMPLOYEE, w.b.pulseId, employeeAnswer)).toEqual({ status: "notFound" }),
    ),
  deleteResponseImport: (w) => notFoundAndBAlone(w, () => dl.deleteResponseImport(w.a.key, w.b.importId)),
  importResponses: (w) =>
    leavesBAlone(w, async () => {
      const result = await dl.importResponses(w.a.key, [{ side: "employee", teamExternalId: "beta-T1", period: "2025-02", score: 3 }]);
      expect(result.importId).toBeNull();
    }),
  listResponses: (w) => listsOnlyA(w, dl.listResponses(w.a.key, { limit: 500 })),
  listWebhookDeliveries: (w) => listsOnlyA(w, dl.listWebhookDeliveries(w.a.actors.ADMIN), w.a.deliveryId),
  recordTestDelivery: (w) => leavesBAlone(w, () => dl.recordTestDelivery(w.a.actors.ADMIN)),
  getContactLink: async (w) => {
    await notFound(dl.getContactLink(w.a.actors.ADMIN, w.b.contactId));
    await notFound(dl.getContactLink(w.a.actors.CX, w.b.contactId));
  },
  getCatalogue: async (w) => {
    for (const role of ["ADMIN", "HR", "CX"] as const) await listsOnlyA(w, dl.getCatalogue(w.a.actors[role]));
  },
  listMoments: async (w) => {
    const result = await dl.listMoments(w.a.actors.ADMIN);
    await listsOnlyA(w, result, await momentOf(w.a, "CUSTOMER"));
    for (const moment of await bMoments(w)) expect(JSON.stringify(result)).not.toContain(moment.id);
  },
  createMoment: async (w) => {
    const before = await bMoments(w);
    await leavesBAlone(w, () => dl.createMoment(w.a.actors.ADMIN, { side: "CUSTOMER", key: "alpha_only", labelFr: "A", labelEn: "A" }));
    expect(await bMoments(w)).toEqual(before);
  },
  updateMomentLabels: (w) =>
    bMomentUntouched(w, (id) => dl.updateMomentLabels(w.a.actors.ADMIN, id, { labelFr: "pris", labelEn: "taken" })),
  moveMoment: (w) => bMomentUntouched(w, (id) => dl.moveMoment(w.a.actors.ADMIN, id, { direction: "down" })),
  setMomentActive: (w) => bMomentUntouched(w, (id) => dl.setMomentActive(w.a.actors.ADMIN, id, false)),
  deleteMoment: (w) => bMomentUntouched(w, (id) => dl.deleteMoment(w.a.actors.ADMIN, id)),
  setMomentPairing: async (w) => {
    await bMomentUntouched(w, (id) => dl.setMomentPairing(w.a.actors.ADMIN, id, { employeeMomentId: "" }));
    // A's customer moment cannot be paired with B's employee moment either.
    const result = await dl.setMomentPairing(w.a.actors.ADMIN, await momentOf(w.a, "CUSTOMER"), {
      employeeMomentId: await momentOf(w.b, "EMPLOYEE"),
    });
    expect(result.ok).toBe(false);
  },
  setMomentTrigger: (w) =>
    bMomentUntouched(w, (id) => dl.setMomentTrigger(w.a.actors.ADMIN, id, { triggersPulse: false, pulseDelayDays: 9 }), "EMPLOYEE"),
  listItemPairs: async (w) => listsOnlyA(w, await dl.listItemPairs(w.a.actors.CX), await firstOf(w.a, "item")),
  listIrritantPairs: async (w) => listsOnlyA(w, await dl.listIrritantPairs(w.a.actors.HR), await firstOf(w.a, "irritant")),
  updateThemeKeywords: async (w) => {
    const theme = (org: { organisationId: string }) =>
      db().theme.findFirstOrThrow({ where: { organisationId: org.organisationId, side: "CUSTOMER" } });
    const bTheme = await theme(w.b);
    const bLinks = () => db().customerResponseTheme.count({ where: { organisationId: w.b.organisationId } });
    const before = [bTheme, await bLinks()];
    await notFound(dl.updateThemeKeywords(w.a.actors.ADMIN, bTheme.id, { keywordsFr: ["attente"] }));
    await leavesBAlone(w, () => dl.updateThemeKeywords(w.a.actors.ADMIN, bTheme.id, { keywordsFr: ["attente"] }));
    expect([await db().theme.findUniqueOrThrow({ where: { id: bTheme.id } }), await bLinks()]).toEqual(before);
    const own = await theme(w.a);
    expect(await dl.updateThemeKeywords(w.a.actors.CX, own.id, { keywordsFr: own.keywordsFr, keywordsEn: own.keywordsEn })).toMatchObject({
      ok: true,
    });
  },
  createItemPair: async (w) => {
    const before = await bPairs(w);
    const texts = { customerTextFr: "A", customerTextEn: "A", employeeTextFr: "A", employeeTextEn: "A" };
    await leavesBAlone(w, () => dl.createItemPair(w.a.actors.ADMIN, { dimension: "alpha_only", ...texts }));
    expect(await bPairs(w)).toEqual(before);
  },
  updateItemSide: (w) =>
    bPairUntouched(w, "item", (id) => dl.updateItemSide(w.a.actors.ADMIN, id, "CUSTOMER", { textFr: "pris", textEn: "taken" })),
  moveItemPair: (w) => bPairUntouched(w, "item", (id) => dl.moveItemPair(w.a.actors.ADMIN, id, { direction: "down" })),
  setItemPairActive: (w) => bPairUntouched(w, "item", (id) => dl.setItemPairActive(w.a.actors.ADMIN, id, false)),
  deleteItemPair: (w) => bPairUntouched(w, "item", (id) => dl.deleteItemPair(w.a.actors.ADMIN, id)),
  createIrritantPair: async (w) => {
    const before = await bPairs(w);
    const labels = { customerLabelFr: "A", customerLabelEn: "A", employeeLabelFr: "A", employeeLabelEn: "A" };
    await leavesBAlone(w, () => dl.createIrritantPair(w.a.actors.ADMIN, { customerKey: "alpha_c", employeeKey: "alpha_e", ...labels }));
    expect(await bPairs(w)).toEqual(before);
  },
  updateIrritantLabels: (w) =>
    bPairUntouched(w, "irritant", (id) => dl.updateIrritantLabels(w.a.actors.ADMIN, id, { labelFr: "pris", labelEn: "taken" })),
  moveIrritantPair: (w) => bPairUntouched(w, "irritant", (id) => dl.moveIrritantPair(w.a.actors.ADMIN, id, { direction: "down" })),
  setIrritantPairActive: (w) => bPairUntouched(w, "irritant", (id) => dl.setIrritantPairActive(w.a.actors.ADMIN, id, false)),
  deleteIrritantPair: (w) => bPairUntouched(w, "irritant", (id) => dl.deleteIrritantPair(w.a.actors.ADMIN, id)),
  getTeamIrritantStates: async (w) => {
    await listsOnlyA(w, dl.getTeamIrritantStates(w.a.actors.HR, w.a.teams.T1), await firstOf(w.a, "irritant"));
    await notFound(dl.getTeamIrritantStates(w.a.actors.HR, w.b.teams.T1));
  },
  ...Object.fromEntries(
    (["addWorkshopIrritant", "markIrritantEliminated", "reopenIrritant"] as const).map((name) => [
      name,
      async (w: TenantWorld) => {
        const before = await db().teamIrritant.findMany({ where: { organisationId: w.b.organisationId } });
        await bTeamUntouched(w, () => dl[name](w.a.actors.HR, w.b.teams.T1, "00000000-0000-0000-0000-000000000000"));
        await bPairUntouched(w, "irritant", (id) => dl[name](w.a.actors.HR, w.a.teams.T1, id));
        expect(await db().teamIrritant.findMany({ where: { organisationId: w.b.organisationId } })).toEqual(before);
      },
    ]),
  ),
  listPublishedActionsForHome: async (w) => listsOnlyA(w, dl.listPublishedActionsForHome(w.a.actors.EMPLOYEE)),
  listMyOwnedActions: async (w) => listsOnlyA(w, dl.listMyOwnedActions(w.a.actors.EMPLOYEE)),
  getToolboxBudget: async (w) => {
    await dl.setToolboxBudget(w.a.actors.ADMIN, { year: 2031, amount: "1000" });
    await dl.setToolboxAllocation(w.a.actors.ADMIN, { year: 2031, teamId: w.a.teams.T1, amount: "10" });
    await listsOnlyA(w, dl.getToolboxBudget(w.a.actors.HR, 2031), w.a.teams.T1);
  },
  setToolboxBudget: (w) => leavesBAlone(w, () => dl.setToolboxBudget(w.a.actors.ADMIN, { year: 2032, amount: "5" })),
  ...Object.fromEntries(
    (["setToolboxAllocation", "removeToolboxAllocation"] as const).map((name) => [
      name,
      async (w: TenantWorld) => {
        await dl.setToolboxBudget(w.a.actors.ADMIN, { year: 2033, amount: "1000" });
        const before = await db().toolboxAllocation.count({ where: { organisationId: w.b.organisationId } });
        const result = await dl[name](w.a.actors.ADMIN, { year: 2033, teamId: w.b.teams.T1, amount: "10" });
        expect(result).toMatchObject({ ok: false, fieldErrors: { teamId: expect.any(String) } });
        expect(await db().toolboxAllocation.count({ where: { organisationId: w.b.organisationId } })).toBe(before);
        expect(await db().toolboxAllocation.count({ where: { teamId: w.b.teams.T1 } })).toBe(0);
      },
    ]),
  ),
};
