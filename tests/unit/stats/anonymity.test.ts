// The anonymity engine on hand-made trees: per-wave thresholds, complementary suppression
// through hidden levels, the organisation total, and the filter remainder rule.
import { describe, expect, it } from "vitest";
import { checkFilter, decideSuppression, ORGANISATION_NODE, type TeamLink } from "@/lib/stats/anonymity";

const k = 5;
const wave = (entries: Record<string, number>) => new Map(Object.entries(entries));
const hiddenOf = (teams: TeamLink[], ...waves: Array<Record<string, number>>) =>
  [...decideSuppression({ teams, slices: new Map(waves.map((w, i) => [`w${i}`, wave(w)])), k }).hidden].sort();

// D ⊃ S ⊃ T1, T2 and D ⊃ S2 ⊃ T3 (counts are the teams' own answers).
const tree: TeamLink[] = [
  { id: "D", parentId: null },
  { id: "S", parentId: "D" },
  { id: "T1", parentId: "S" },
  { id: "T2", parentId: "S" },
  { id: "S2", parentId: "D" },
  { id: "T3", parentId: "S2" },
];

describe("decideSuppression", () => {
  it("hides nothing when every group and every difference has k or more answers", () => {
    expect(hiddenOf(tree, { T1: 6, T2: 7, T3: 5 })).toEqual([]);
  });

  it("hides a small team and the next-smallest sibling, never an empty team", () => {
    // T2 (3) is small; S − T1 would reveal it, so T1 (6) goes too; S = 9 stays visible.
    expect(hiddenOf(tree, { T1: 6, T2: 3, T3: 8 })).toEqual(["T1", "T2"]);
    expect(hiddenOf(tree, { T1: 6, T2: 0, T3: 8 })).toEqual([]);
  });

  it("judges each wave on its own: 4 people answering three times are still 4 people", () => {
    const hidden = hiddenOf(tree, { T1: 4, T2: 6, T3: 9 }, { T1: 4, T2: 6, T3: 9 }, { T1: 4, T2: 6, T3: 9 });
    expect(hidden).toEqual(["T1", "T2"]);
  });

  it("keeps one hidden set for all waves, stable across them", () => {
    // Wave 0 needs T1 and T2 hidden (T2 small); in wave 1, hiding them makes S − nothing = S fine,
    // but S2 (3) is small: S (12) goes too, or D − S would reveal S2.
    const hidden = hiddenOf(tree, { T1: 6, T2: 3, T3: 8 }, { T1: 6, T2: 6, T3: 3 });
    expect(hidden).toEqual(["S", "S2", "T1", "T2", "T3"]);
  });

  it("protects against a released grandparent minus a released grandchild", () => {
    // T = C + E; C has 2 answers of its own and a child D (10); E has 2. Hiding E and then C
    // is not enough: T (14) − D (10) would reveal E's and C's own 4 answers. D must go too.
    const teams = [
      { id: "T", parentId: null },
      { id: "C", parentId: "T" },
      { id: "D", parentId: "C" },
      { id: "E", parentId: "T" },
    ];
    expect(hiddenOf(teams, { C: 2, D: 10, E: 2 })).toEqual(["C", "D", "E"]);
  });

  it("looks through a team that its own children rebuild, and hides one of them as well", () => {
    const teams = [
      { id: "R", parentId: null },
      { id: "tiny", parentId: "R" },
      { id: "S", parentId: "R" },
      { id: "S1", parentId: "S" },
      { id: "S2", parentId: "S" },
    ];
    expect(hiddenOf(teams, { tiny: 2, S1: 5, S2: 6 })).toEqual(["S", "S1", "tiny"]);
  });

  it("treats the organisation total as released: two roots where one is small hide each other", () => {
    const roots = [
      { id: "A", parentId: null },
      { id: "B", parentId: null },
    ];
    expect(hiddenOf(roots, { A: 9, B: 2 })).toEqual(["A", "B"]);
    expect(hiddenOf(roots, { A: 2, B: 1 })).toEqual([ORGANISATION_NODE, "A", "B"].sort());
    const noTotal = decideSuppression({ teams: roots, slices: new Map([["w", wave({ A: 9, B: 2 })]]), k, releaseOrganisationTotal: false });
    expect([...noTotal.hidden].sort()).toEqual([ORGANISATION_NODE, "B"].sort());
  });

  it("refuses a threshold below 3 and a cyclic tree", () => {
    expect(() => decideSuppression({ teams: tree, slices: new Map(), k: 2 })).toThrow(RangeError);
    const cycle = [
      { id: "a", parentId: "b" },
      { id: "b", parentId: "a" },
    ];
    expect(() => decideSuppression({ teams: cycle, slices: new Map(), k })).toThrow(RangeError);
  });
});

describe("checkFilter (remainder rule)", () => {
  const slices = new Map([
    ["2026-09", wave({ T1: 6, T2: 7, T3: 3 })],
    ["2026-10", wave({ T1: 6, T2: 7, T3: 8 })],
  ]);
  const input = { teams: tree, slices, k };

  it("accepts the unfiltered view and filters whose remainder is empty or large", () => {
    expect(checkFilter(input, { teamId: null, slices: null })).toEqual({ status: "ok" });
    expect(checkFilter(input, { teamId: "D", slices: null })).toEqual({ status: "ok" });
    expect(checkFilter(input, { teamId: "S", slices: ["2026-10"] })).toEqual({ status: "ok" });
  });

  it("refuses a subtree whose complement in a month is small", () => {
    // In September, all minus S is T3's 3 answers.
    expect(checkFilter(input, { teamId: "S", slices: null })).toEqual({ status: "filter-refused", reason: "remainder-below-threshold" });
  });

  it("refuses a month range whose complement is small", () => {
    const two = new Map([
      ["2026-09", wave({ T1: 3 })],
      ["2026-10", wave({ T1: 6, T2: 7, T3: 8 })],
    ]);
    expect(checkFilter({ teams: tree, slices: two, k }, { teamId: null, slices: ["2026-10"] }).status).toBe("filter-refused");
  });
});

describe("decideSuppression over time and history (issue 11 §4, §6)", () => {
  const slices = new Map([["w0", wave({ T1: 6, T2: 7, T3: 5 })]]);

  it("keeps what earlier decisions hid and ignores ids no longer in the tree", () => {
    const { hidden } = decideSuppression({ teams: tree, slices, k, alreadyHidden: ["T1", "gone"] });
    // S − T2 = 6 answers: T1 hidden needs no complement here.
    expect([...hidden].sort()).toEqual(["T1"]);
    expect(decideSuppression({ teams: tree, slices, k }).hidden.size).toBe(0);
  });

  it("judges imported history apart: imported rows never lift live answers over k", () => {
    // T3 has 2 live answers; 4 imported rows sit in T3's empty imported cell of the same month.
    const live = new Map([["w0", wave({ T1: 6, T2: 7, T3: 2 })]]);
    const imported = new Map([["w0", wave({ T3: 4 })]]);
    const { hidden } = decideSuppression({ teams: tree, slices: live, importedSlices: imported, k });
    expect(hidden.has("T3")).toBe(true);
    expect(hidden.has("S2")).toBe(true);
    const filter = { teamId: "S", slices: null };
    const refused = { status: "filter-refused", reason: "remainder-below-threshold" };
    expect(checkFilter({ teams: tree, slices: live, importedSlices: imported, k }, filter)).toEqual(refused);
    // Counted together, 2 + 4 = 6 would pass both rules.
    const merged = new Map([["w0", wave({ T1: 6, T2: 7, T3: 6 })]]);
    expect(decideSuppression({ teams: tree, slices: merged, k }).hidden.has("T3")).toBe(false);
    expect(checkFilter({ teams: tree, slices: merged, k }, filter)).toEqual({ status: "ok" });
  });
});
