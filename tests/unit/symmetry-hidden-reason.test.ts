// Why a hidden eNPS is hidden, as buildSymmetry and the pages' words say it: one reason for the
// small team and for the neighbour hidden to protect it, because telling them apart gives the
// counts away (HiddenReason in lib/symmetry/symmetry-types.ts, docs/anonymity.md).
import { describe, expect, it } from "vitest";
import { buildSymmetry } from "@/lib/symmetry/build-symmetry";
import type { DashboardTeam, RollupCounts, SymmetryDto } from "@/lib/symmetry/symmetry-types";
import { fmt } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";

const team = (id: string, parentId: string | null, depth: number): DashboardTeam => ({
  id,
  parentId,
  name: id,
  kind: parentId ? "TEAM" : "SERVICE",
  depth,
  path: parentId ? `${parentId}.${id}` : id,
  externalId: null,
});

/** P has no answers of its own; A has 1 person, B has 5 (k = 5). */
function counts(): RollupCounts {
  const people = new Map([
    ["A", 1],
    ["B", 5],
  ]);
  const answers = new Map([
    ["A", { promoters: 1, passives: 0, detractors: 0 }],
    ["B", { promoters: 3, passives: 1, detractors: 1 }],
  ]);
  return {
    teams: [team("P", null, 0), team("A", "P", 1), team("B", "P", 1)],
    minGroupSize: 5,
    employee: new Map([["2026-10", answers]]),
    employeePeople: new Map([["2026-10", people]]),
    employeeImported: new Map(),
    hiddenBefore: new Map(),
    customer: new Map(),
  };
}

function build(): SymmetryDto {
  const result = buildSymmetry({ counts: counts(), k: 5, filters: {}, shownTeamIds: new Set(["P", "A", "B"]), trend: null });
  if (result.status !== "ok") throw new Error("refused");
  return result;
}

describe("the reason a hidden eNPS gives", () => {
  it("is the same for the team of 1 and for its sibling of 5 hidden to protect it", () => {
    const byId = new Map(build().teams.map((row) => [row.teamId, row]));
    // P shows 6: had A read "too few" and B "protecting a neighbour", A + B = 6 with A < 5 ≤ B gives A = 1, B = 5.
    expect(byId.get("P")).toMatchObject({ enpsSuppressed: false, hiddenReason: null, enps: { n: 6 } });
    expect(byId.get("A")).toMatchObject({ enps: null, enpsSuppressed: true, hiddenReason: "anonymity" });
    expect(byId.get("B")).toMatchObject({ enps: null, enpsSuppressed: true, hiddenReason: "anonymity" });
  });

  it.each(["fr", "en"] as const)("reads true for both in %s: here or in a nearby team, in people, never a count of answers", (locale) => {
    const t = getMessages(locale);
    const text = fmt(t.dashboard.suppressed, { k: 5 });
    expect(text).toMatch(locale === "fr" ? /ici ou dans une équipe proche/ : /here or in a nearby team/);
    expect(text).not.toMatch(/réponses|answers/);
    expect(fmt(t.symmetry.team.memberCountHidden, { k: 5 })).toMatch(locale === "fr" ? /ici ou dans une équipe proche/ : /nearby team/);
    expect(t.dashboard.suppressedShort).toBe(locale === "fr" ? "masqué pour l'anonymat" : "hidden for anonymity");
  });
});
