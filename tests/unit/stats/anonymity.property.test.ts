// Property: on random organisations, no aggregate the engine lets the dashboard release —
// per month, over all months, filtered by subtree and month range — can be differenced with
// another released one (or with its released children) into a group of 1..k−1 answers.
// Checked on the answers' cells (team × month), independently of the engine's own algebra.
import fc from "fast-check";
import { propertyRuns } from "./property-runs";
import { describe, expect, it } from "vitest";
import { decideSuppression } from "@/lib/stats/anonymity";
import { arbOrg, leaks, released, subtrees, toInput, type Org } from "./anonymity-checker";

describe("anonymity engine, property-based", () => {
  it("releases nothing that differences into a group of 1..k−1 answers (1 000 random organisations)", () => {
    fc.assert(
      fc.property(arbOrg, (org) => {
        const input = toInput(org);
        const { hidden } = decideSuppression(input);
        const trees = subtrees(org);
        expect(leaks(org, released(org, input, hidden, trees), trees)).toEqual([]);
      }),
      { numRuns: propertyRuns(1000) },
    );
  }, 120_000); // a generous limit for a busy 2-core machine, not a timing assertion

  it("the checker catches a leak when only small groups are hidden (it can fail)", () => {
    // P has children a (6) and b (3), k = 5: hiding b alone lets P − a reveal b's 3 answers.
    const org: Org = { k: 5, parents: [null, 0, 0], counts: [[0], [6], [3]] };
    const input = toInput(org);
    const trees = subtrees(org);
    const naive = new Set(["t2"]);
    expect(leaks(org, released(org, input, naive, trees), trees).length).toBeGreaterThan(0);
    expect(leaks(org, released(org, input, decideSuppression(input).hidden, trees), trees)).toEqual([]);
  });
});
