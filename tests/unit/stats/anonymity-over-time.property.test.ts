// Issue 11 §8: an adversary who keeps every snapshot. Between two reads the data change the
// ways the product allows: a month is released (a new wave), and history is imported into
// cells without live answers (an import into a live cell is refused). The importer knows what
// they imported, so both snapshots are differenced on the live answers alone: no released
// aggregate of either read, nor any difference between them, may isolate 1..k−1 answers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideSuppression } from "@/lib/stats/anonymity";
import { arbHistory, leaks, released, secondRead, subtrees, toInput, type History } from "./anonymity-checker";
import { propertyRuns } from "./property-runs";

/** Everything both reads release, checked against the live answers; `sticky` passes the first read's hidden set on. */
function leaksOverTime(history: History, sticky: boolean): string[] {
  const trees = subtrees(history.org);
  const first = toInput(history.org);
  const hidden1 = decideSuppression(first).hidden;
  const { live, imported, shown } = secondRead(history);
  const second = { ...toInput(live), importedSlices: toInput(imported).slices };
  const hidden2 = decideSuppression({ ...second, alreadyHidden: sticky ? hidden1 : [] }).hidden;
  const both = [...released(history.org, first, hidden1, trees), ...released(shown, second, hidden2, trees)];
  // The importer subtracts what they imported: every figure of both reads, on the live answers.
  return leaks(live, both, trees);
}

describe("anonymity engine over time, property-based", () => {
  it("two reads around a released month and imports into empty cells isolate no group of 1..k−1 (1 000 random histories)", () => {
    fc.assert(
      fc.property(arbHistory, (history) => {
        expect(leaksOverTime(history, true)).toEqual([]);
      }),
      { numRuns: propertyRuns(1000) },
    );
  }, 300_000); // a generous limit for a busy 2-core machine, not a timing assertion
});

describe("the over-time checker can fail", () => {
  // Month 1 holds one live answer (t2); the importer adds 2 rows to t0 the same month.
  const padded: History = {
    org: { k: 3, parents: [null, null, null, null], counts: [[1], [0], [0], [2]] },
    newMonth: [0, 0, 1, 0],
    imports: [[0, 1, 2]],
  };

  it("imported rows counted with the live answers let the importer isolate one answer", () => {
    const trees = subtrees(padded.org);
    const { live, shown } = secondRead(padded);
    const merged = toInput(shown);
    const hidden = decideSuppression(merged).hidden;
    expect(leaks(live, released(shown, merged, hidden, trees), trees).length).toBeGreaterThan(0);
    expect(leaksOverTime(padded, true)).toEqual([]);
  });
});
