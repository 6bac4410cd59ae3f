// The anonymity engine refuses inputs it cannot judge, with a message saying why (mutation
// testing found none of these checked), and reads the tree the way its contract says.
import { describe, expect, it } from "vitest";
import { checkFilter, decideSuppression, ORGANISATION_NODE } from "@/lib/stats/anonymity";
import { buildTeamTree, byId, subtreeTotals } from "@/lib/stats/team-tree";
import { suppressTree } from "@/lib/stats/tree-suppression";

const teams = [
  { id: "P", parentId: null },
  { id: "A", parentId: "P" },
  { id: "B", parentId: "P" },
];
const wave = (entries: Record<string, number>) => new Map([["m", new Map(Object.entries(entries))]]);

describe("team tree", () => {
  it("refuses duplicate ids and the organisation node's own id", () => {
    expect(() => buildTeamTree([...teams, { id: "A", parentId: null }])).toThrow("Team ids must be unique");
    expect(() => buildTeamTree([{ id: ORGANISATION_NODE, parentId: null }])).toThrow("Team ids must be unique");
  });

  it("refuses a cycle", () => {
    expect(() =>
      buildTeamTree([
        { id: "X", parentId: "Y" },
        { id: "Y", parentId: "X" },
      ]),
    ).toThrow("The team tree has a cycle");
  });

  it("hangs a team whose parent is unknown under the organisation", () => {
    const tree = buildTeamTree([
      { id: "orphan", parentId: "gone" },
      { id: "root", parentId: null },
    ]);
    expect(tree.children.get(ORGANISATION_NODE)?.sort()).toEqual(["orphan", "root"]);
    expect(tree.order.at(-1)).toBe(ORGANISATION_NODE);
  });

  // Code points, not localeCompare: "B" (U+0042) sorts before "a" (U+0061) on every machine and locale.
  it("orders ids by code point", () => {
    expect([byId("B", "a"), byId("a", "B"), byId("a", "a")]).toEqual([-1, 1, 0]);
  });

  it("sorts children by id, so the tree is the same whatever order the rows came in", () => {
    const rows = [
      { id: "P", parentId: null },
      { id: "c", parentId: "P" },
      { id: "a", parentId: "P" },
      { id: "B", parentId: "P" },
    ];
    const tree = buildTeamTree(rows);
    expect(tree.children.get("P")).toEqual(["B", "a", "c"]);
    expect(buildTeamTree([...rows].reverse())).toEqual(tree);
  });

  it("sums subtrees, ignores a count given for the organisation node, refuses negative or fractional counts", () => {
    const tree = buildTeamTree(teams);
    const totals = subtreeTotals(
      tree,
      new Map([
        ["P", 1],
        ["A", 2],
        ["B", 3],
        [ORGANISATION_NODE, 100],
      ]),
    );
    expect(Object.fromEntries(totals)).toEqual({ A: 2, B: 3, P: 6, [ORGANISATION_NODE]: 6 });
    expect(() => subtreeTotals(tree, new Map([["A", -1]]))).toThrow("Answer counts must be non-negative integers, got -1");
    expect(() => subtreeTotals(tree, new Map([["A", 1.5]]))).toThrow("Answer counts must be non-negative integers, got 1.5");
  });
});

describe("engine inputs", () => {
  it("refuses k below 3, with the value", () => {
    expect(() => decideSuppression({ teams, slices: wave({ A: 5 }), k: 2 })).toThrow("k must be an integer ≥ 3, got 2");
    expect(() => checkFilter({ teams, slices: wave({ A: 5 }), k: 2.5 }, { teamId: null, slices: null })).toThrow(
      "k must be an integer ≥ 3, got 2.5",
    );
  });

  it("refuses a filter on an unknown team", () => {
    expect(() => checkFilter({ teams, slices: wave({ A: 5 }), k: 3 }, { teamId: "Z", slices: null })).toThrow("Unknown team Z");
  });

  it("says why a filter is refused", () => {
    expect(checkFilter({ teams, slices: wave({ A: 5, B: 2 }), k: 3 }, { teamId: "A", slices: null })).toEqual({
      status: "filter-refused",
      reason: "remainder-below-threshold",
    });
  });

  it("suppressTree refuses a node with fewer answers than its children, and sums children of each parent only", () => {
    expect(() =>
      suppressTree(
        [
          { id: "P", parentId: null, n: 3 },
          { id: "A", parentId: "P", n: 5 },
        ],
        3,
      ),
    ).toThrow("Team P has fewer answers than its children");
    // Roots have no parent to add to: P (10) keeps its own 2 answers apart from A (8).
    expect([
      ...suppressTree(
        [
          { id: "P", parentId: null, n: 10 },
          { id: "A", parentId: "P", n: 8 },
        ],
        3,
      ),
    ]).toEqual(["A"]);
  });
});
