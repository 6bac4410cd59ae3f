// The customer minimum n read from the organisation (loadRollupCounts) and applied by getSymmetry
// and getTeamDetail: team rows, channels and moments of truth under it are flagged tooFew with their
// count, with no gap; an ADMIN changing the setting changes the next read.
import { beforeAll, describe, expect, it } from "vitest";
import { getSymmetry } from "@/lib/db/dashboard/get-symmetry";
import { getTeamDetail } from "@/lib/db/dashboard/get-team-detail";
import { updateOrganisationSettings } from "@/lib/db/organisations/update-organisation-settings";
import { addCustomerAnswers, addEmployeeAnswers, createDashboardOrg, scores, type DashboardOrg } from "./fixtures-dashboard";

const tree = { D: null, A: "D", B: "D" };
const roleTeams = { ADMIN: "D", HR: "D", CX: "D", MANAGER: "A", EMPLOYEE: "A" } as const;
let org: DashboardOrg;

beforeAll(async () => {
  org = await createDashboardOrg("cmin", tree, roleTeams);
  for (const key of ["A", "B"]) await addEmployeeAnswers(org.organisationId, org.teams[key]!, "2026-10", scores(3, 2, 2));
  // A: 12 by phone + 3 by e-mail; B: 4 by phone.
  const answers: Array<{ key: string; counts: [number, number, number]; channel: "PHONE" | "EMAIL" }> = [
    { key: "A", counts: [6, 3, 3], channel: "PHONE" },
    { key: "A", counts: [1, 1, 1], channel: "EMAIL" },
    { key: "B", counts: [2, 1, 1], channel: "PHONE" },
  ];
  for (const { key, counts, channel } of answers) {
    await addCustomerAnswers(org.organisationId, {
      teamId: org.teams[key]!,
      scores: scores(...counts),
      channel,
      submittedAt: "2026-10-12T09:00:00Z",
      momentOfTruthId: org.mots.complaint,
    });
  }
});

async function rows() {
  const result = await getSymmetry(org.actors.HR);
  if (result.status !== "ok") throw new Error("refused");
  return { result, byId: new Map(result.teams.map((row) => [row.teamId, row])) };
}

describe("the customer minimum n (default 10)", () => {
  it("flags a team under it with its count and no gap, and leaves the others alone", async () => {
    const { result, byId } = await rows();
    expect(result.minCustomerResponses).toBe(10);
    expect(byId.get(org.teams.B!)).toMatchObject({ nps: { n: 4, tooFew: true }, gap: null, usedInCorrelation: false });
    expect(byId.get(org.teams.A!)?.nps).toMatchObject({ n: 15 });
    expect(byId.get(org.teams.A!)?.nps?.tooFew).toBeUndefined();
    expect(byId.get(org.teams.A!)?.gap).not.toBeNull();
  });

  it("flags the team page's channels and moments of truth under it", async () => {
    const detail = await getTeamDetail(org.actors.HR, org.teams.A!);
    if (detail.status !== "ok") throw new Error("refused");
    expect(detail.minCustomerResponses).toBe(10);
    expect(detail.byChannel.find((row) => row.channel === "EMAIL")?.nps).toMatchObject({ n: 3, tooFew: true });
    expect(detail.byChannel.find((row) => row.channel === "PHONE")?.nps?.tooFew).toBeUndefined();
    expect(detail.byMomentOfTruth[0]?.nps).toMatchObject({ n: 15 });
  });

  it("follows the ADMIN's setting on the next read", async () => {
    const saved = await updateOrganisationSettings(org.actors.ADMIN, {
      name: "Cmin",
      brandColor: "#1d4ed8",
      minGroupSize: "5",
      minVerbatimGroupSize: "10",
      minCustomerResponses: "3",
      linkExpiryDays: "30",
    });
    expect(saved).toMatchObject({ ok: true });
    const { result, byId } = await rows();
    expect(result.minCustomerResponses).toBe(3);
    expect(byId.get(org.teams.B!)?.nps?.tooFew).toBeUndefined();
    expect(byId.get(org.teams.B!)?.gap).not.toBeNull();
  });
});
