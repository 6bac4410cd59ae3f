// The choice of the complementary node, worked out by hand (docs/anonymity.md "Complementary
// suppression"): when a visible node's own remainder (its mass) is 1..k−1, the engine hides the
// smallest node below it that carries answers of its own, looking through a node that is fully
// rebuilt by its visible children — and hides that node too, or the remainder would still show.
import { describe, expect, it } from "vitest";
import { decideSuppression, ORGANISATION_NODE, type TeamLink } from "@/lib/stats/anonymity";

const k = 5;
const hiddenOf = (teams: TeamLink[], own: Record<string, number>) =>
  [...decideSuppression({ teams, slices: new Map([["2026-10", new Map(Object.entries(own))]]), k }).hidden].sort();

describe("the complementary node", () => {
  // s ⊃ a ⊃ (a1, a2), and s ⊃ b. s has 2 answers of its own: s − a − b would show them.
  const tree: TeamLink[] = [
    { id: "s", parentId: null },
    { id: "a", parentId: "s" },
    { id: "a1", parentId: "a" },
    { id: "a2", parentId: "a" },
    { id: "b", parentId: "s" },
  ];

  it("skips a node its visible children rebuild (no mass of its own), even when it is the smallest", () => {
    // a (10) is smaller than b (12), but a = a1 + a2: hiding a hides nothing. Hiding b leaves
    // s − a = 14 (b's 12 and s's 2), a group of k or more. One node hidden, not two.
    expect(hiddenOf(tree, { s: 2, a: 0, a1: 5, a2: 5, b: 12 })).toEqual(["b"]);
  });

  it("looks through a rebuilt node and hides it along with the descendant it chose", () => {
    // Without b, the only way down is through a (no mass): a1 is chosen, and a must go with it,
    // or a − a2 would still give a1 and s − a would still give s's 2 answers.
    // Then s − a2 = 7 (a1's 5 and s's 2): fine. Hiding a1 alone, then a2, then a, would be three.
    expect(
      hiddenOf(
        tree.filter((team) => team.id !== "b"),
        { s: 2, a: 0, a1: 5, a2: 5 },
      ),
    ).toEqual(["a", "a1"]);
  });
});

describe("an organisation total that is never shown", () => {
  it("needs no protection: a small root is hidden alone, its sibling stays", () => {
    const roots: TeamLink[] = [
      { id: "r1", parentId: null },
      { id: "r2", parentId: null },
    ];
    const own = new Map([
      [
        "2026-10",
        new Map([
          ["r1", 3],
          ["r2", 6],
        ]),
      ],
    ]);
    const hidden = (releaseOrganisationTotal: boolean) =>
      [...decideSuppression({ teams: roots, slices: own, k, releaseOrganisationTotal }).hidden].sort();
    // Shown, the organisation (9) minus r2 (6) would give r1's 3: r2 must go too.
    expect(hidden(true)).toEqual(["r1", "r2"]);
    expect(hidden(false)).toEqual([ORGANISATION_NODE, "r1"].sort());
  });
});
