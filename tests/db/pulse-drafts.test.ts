// HR's pulse work (issue 19 §4), data layer rules: a whole-organisation target; drafts edited
// and deleted, launched pulses never (CONFLICT, nothing written); a duplicate name refused
// unless confirmed; the launch confirmation's count equal to what the launch invites, and
// storing nothing; each recurring wave named for its own month; results only once the month
// is released and never a count under k.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { createDueNextWaves } from "@/lib/db/pulses/create-due-next-waves";
import { createPulse } from "@/lib/db/pulses/create-pulse";
import { deleteDraftPulse, updateDraftPulse } from "@/lib/db/pulses/edit-draft-pulse";
import { getPulseResults } from "@/lib/db/pulses/get-pulse-results";
import { countLaunchInvitations, launchPulse } from "@/lib/db/pulses/launch-pulse";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { DuplicatePulseNameError, type CreatePulseInput } from "@/lib/pulses/pulse-schema";
import { pulsePeriod } from "@/lib/pulses/pulse-status";
import { waveMonthLabel } from "@/lib/pulses/wave-name";
import { apiScopes } from "@/lib/auth/api-scopes";
import { createApiKey } from "@/lib/db/api-keys/create-api-key";
import { importResponses } from "@/lib/db/response-imports/import-responses";
import { createPulseOrg, createTestPulse, type PulseOrgFixture } from "./pulse-fixtures";

const DAY = 86_400_000;
let org: PulseOrgFixture;
let other: PulseOrgFixture;

beforeAll(async () => {
  org = await createPulseOrg("drafts-a", 6); // T1: 7 employees, S: the manager, D: ADMIN, HR, CX
  other = await createPulseOrg("drafts-b", 0);
});

const input = (name: string, teamId: string | null, extra: Partial<CreatePulseInput> = {}): CreatePulseInput => ({
  name,
  teamId,
  cadence: "ONE_OFF",
  opensAt: new Date(Date.now() + DAY),
  closesAt: new Date(Date.now() + 10 * DAY),
  includeItems: true,
  includeIrritants: true,
  includeSuggestion: true,
  ...extra,
});

const pulseRow = (id: string) => db().pulse.findUnique({ where: { id }, include: { teams: { orderBy: { teamId: "asc" } } } });

describe("whole organisation", () => {
  it("covers every active team, and the launch confirmation's count is what the launch invites, storing nothing", async () => {
    const { id } = await createPulse(org.actors.HR, input("Toute la maison", null));
    const row = await pulseRow(id);
    expect(row?.wholeOrganisation).toBe(true);
    expect(row?.teams.map((t) => t.teamId).sort()).toEqual(Object.values(org.teams).sort());
    // A team made after the draft is covered at launch.
    const lateId = randomUUID();
    const parent = await db().team.findUniqueOrThrow({ where: { id: org.teams.D } });
    const late = await db().team.create({
      data: {
        id: lateId,
        organisationId: org.organisationId,
        parentId: parent.id,
        name: "late",
        kind: "TEAM",
        path: `${parent.path}${lateId}/`,
        depth: 1,
      },
    });
    const user = await db().user.create({ data: { email: "late@drafts-a.test", name: "Late" } });
    await db().membership.create({ data: { organisationId: org.organisationId, userId: user.id, role: "EMPLOYEE", teamId: late.id } });
    const count = await countLaunchInvitations(org.actors.HR, id);
    // 7 in T1, the manager in S, ADMIN, HR and CX in D, the late one.
    expect(count).toBe(12);
    expect(await db().pulseParticipation.count({ where: { pulseId: id } })).toBe(0);
    expect((await pulseRow(id))?.launchedAt).toBeNull();
    await launchPulse(org.actors.HR, id);
    expect(await db().pulseParticipation.count({ where: { pulseId: id } })).toBe(count);
    await db().membership.deleteMany({ where: { userId: user.id } });
    await db().team.delete({ where: { id: late.id } });
  });

  it("counts for HR and ADMIN only, never another organisation's pulse", async () => {
    const { id } = await createPulse(org.actors.HR, input("Compte refusé", org.teams.S));
    await expect(countLaunchInvitations(org.actors.EMPLOYEE, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(countLaunchInvitations(other.actors.HR, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await countLaunchInvitations(org.actors.ADMIN, id)).toBe(8);
  });
});

describe("drafts", () => {
  it("are edited (name, target, window) and audited", async () => {
    const { id } = await createPulse(org.actors.HR, input("Brouillon à modifier", org.teams.S));
    await updateDraftPulse(org.actors.HR, id, input("Brouillon modifié", null, { cadence: "MONTHLY" }));
    const row = await pulseRow(id);
    expect(row).toMatchObject({ name: "Brouillon modifié", wholeOrganisation: true, cadence: "MONTHLY" });
    expect(row?.teams).toHaveLength(Object.keys(org.teams).length);
    await updateDraftPulse(org.actors.HR, id, input("Brouillon modifié", org.teams.T1));
    expect((await pulseRow(id))?.teams.map((t) => t.teamId)).toEqual([org.teams.T1]);
    expect(await db().auditLog.count({ where: { targetId: id, action: "pulse.update" } })).toBe(2);
  });

  it("are deleted with their teams, and audited", async () => {
    const { id } = await createPulse(org.actors.HR, input("Brouillon à supprimer", org.teams.S));
    await deleteDraftPulse(org.actors.HR, id);
    expect(await pulseRow(id)).toBeNull();
    expect(await db().pulseTeam.count({ where: { pulseId: id } })).toBe(0);
    expect(await db().auditLog.findFirst({ where: { targetId: id, action: "pulse.delete" } })).toMatchObject({
      metadata: { name: "Brouillon à supprimer" },
    });
  });

  it("once launched, are neither edited nor deleted: CONFLICT, nothing written", async () => {
    const id = await createTestPulse(org);
    const before = await pulseRow(id);
    const audits = await db().auditLog.count({ where: { organisationId: org.organisationId } });
    for (const attempt of [
      () => updateDraftPulse(org.actors.HR, id, input("Renommé après lancement", null)),
      () => deleteDraftPulse(org.actors.HR, id),
    ]) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExpectedError);
      expect((error as ExpectedError).code).toBe("CONFLICT");
    }
    expect(await pulseRow(id)).toEqual(before);
    expect(await db().auditLog.count({ where: { organisationId: org.organisationId } })).toBe(audits);
  });

  it("refuse other roles and other organisations, changing nothing", async () => {
    const { id } = await createPulse(org.actors.HR, input("Brouillon protégé", org.teams.S));
    const before = await pulseRow(id);
    for (const role of ["EMPLOYEE", "MANAGER", "CX"] as const) {
      await expect(updateDraftPulse(org.actors[role], id, input("Pris", null))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deleteDraftPulse(org.actors[role], id)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(updateDraftPulse(other.actors.HR, id, input("Pris", null))).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteDraftPulse(other.actors.HR, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateDraftPulse(org.actors.HR, id, input("Pris", other.teams.T1))).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await pulseRow(id)).toEqual(before);
  });
});

describe("duplicate names", () => {
  it("are refused until HR confirms, on creation and on edit, storing nothing", async () => {
    await createPulse(org.actors.HR, input("Baromètre annuel", org.teams.S));
    const pulses = await db().pulse.count({ where: { organisationId: org.organisationId } });
    await expect(createPulse(org.actors.HR, input("  baromètre ANNUEL ", org.teams.T1))).rejects.toBeInstanceOf(DuplicatePulseNameError);
    expect(await db().pulse.count({ where: { organisationId: org.organisationId } })).toBe(pulses);
    // Another organisation's names are not ours.
    await createPulse(other.actors.HR, input("Baromètre annuel", other.teams.S));
    const { id } = await createPulse(org.actors.HR, input("Baromètre annuel", org.teams.T1, { allowDuplicateName: true }));
    expect(await db().auditLog.findFirst({ where: { targetId: id, action: "pulse.create" } })).toMatchObject({
      metadata: { duplicateNameConfirmed: true },
    });
    const { id: draft } = await createPulse(org.actors.HR, input("Autre nom", org.teams.S));
    await expect(updateDraftPulse(org.actors.HR, draft, input("Baromètre annuel", org.teams.S))).rejects.toBeInstanceOf(
      DuplicatePulseNameError,
    );
    expect((await pulseRow(draft))?.name).toBe("Autre nom");
    await updateDraftPulse(org.actors.HR, draft, input("Autre nom", org.teams.T1)); // its own name is no duplicate
  });
});

describe("recurring waves", () => {
  it("are named for their own month, and a whole-organisation series covers the teams of the day", async () => {
    const opensAt = new Date(Date.now() - 20 * DAY);
    const closesAt = new Date(Date.now() - 5 * DAY);
    const first = `Baromètre collaborateurs — ${waveMonthLabel("fr", pulsePeriod(closesAt))}`;
    const { id } = await createPulse(org.actors.HR, input(first, null, { cadence: "MONTHLY", opensAt, closesAt }));
    await launchPulse(org.actors.HR, id);
    const series = (await pulseRow(id))!.seriesId;
    await createDueNextWaves();
    const second = await db().pulse.findFirstOrThrow({ where: { seriesId: series, id: { not: id } }, include: { teams: true } });
    const expected = `Baromètre collaborateurs — ${waveMonthLabel("fr", pulsePeriod(second.closesAt))}`;
    expect(expected).not.toBe(first);
    expect(second.name).toBe(expected);
    expect(second.wholeOrganisation).toBe(true);
    expect(second.teams).toHaveLength(Object.keys(org.teams).length);
  });
});

describe("results", () => {
  it("say draft, then sealed until the month is released, then show only groups of k or more", async () => {
    const results = await createPulseOrg("drafts-results", 6);
    const { id: draft } = await createPulse(results.actors.HR, input("Pas encore lancé", null));
    expect(await getPulseResults(results.actors.HR, draft)).toEqual({ status: "draft" });
    const open = await createTestPulse(results);
    expect(await getPulseResults(results.actors.HR, open)).toMatchObject({ status: "sealed" });

    // A past month's pulse, with answers imported into that month: 6 in T1, 2 in T2.
    const { id } = await createPulse(
      results.actors.HR,
      input("Mars 2025", null, { opensAt: new Date("2025-03-05T08:00:00Z"), closesAt: new Date("2025-03-20T20:00:00Z") }),
    );
    await launchPulse(results.actors.HR, id);
    const key = await createApiKey(results.actors.ADMIN, { name: "import", scopes: ["history:import"] });
    const answers = [
      ...Array.from({ length: 6 }, (_, i) => ({
        side: "employee" as const,
        teamExternalId: "drafts-results-T1",
        period: "2025-03",
        score: 4 + i,
      })),
      ...Array.from({ length: 2 }, () => ({
        side: "employee" as const,
        teamExternalId: "drafts-results-T2",
        period: "2025-03",
        score: 10,
      })),
    ];
    const imported = await importResponses(
      { kind: "apiKey", organisationId: results.organisationId, apiKeyId: key.id, name: key.name, scopes: apiScopes },
      answers,
    );
    expect(imported.errors).toEqual([]);
    const released = await getPulseResults(results.actors.HR, id);
    if (released.status !== "released") throw new Error(`expected released results, got ${released.status}`);
    expect(released.month).toBe("2025-03");
    const byTeam = new Map(released.teams.map((team) => [team.teamId, team]));
    expect(byTeam.get(results.teams.T2)).toMatchObject({ enps: null, hidden: true });
    const shown = [released.organisation, ...released.teams.map((team) => team.enps)].filter((enps) => enps !== null);
    expect(shown.length).toBeGreaterThan(0);
    for (const enps of shown) expect(enps!.n).toBeGreaterThanOrEqual(5);
    await expect(getPulseResults(results.actors.EMPLOYEE, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getPulseResults(other.actors.HR, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
