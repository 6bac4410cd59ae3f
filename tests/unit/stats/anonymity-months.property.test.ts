// Issue 19 §1: anonymity decided month by month. A figure over several months counts only the
// months in which its node is visible (docs/anonymity.md "Month by month"). On random
// organisations, and over two reads around a released month with imports into empty cells, no
// released figure — nor any difference of two — isolates a group of 1..k−1 answers; and a month
// added later never changes what a period without it shows. Checked on the answers' cells
// (team × month), independently of the engine's algebra.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkFilter,
  decideSuppressionByMonth,
  ORGANISATION_NODE,
  type AnonymityInput,
  type HiddenByMonth,
  type MonthlyAnonymityInput,
} from "@/lib/stats/anonymity";
import { arbHistory, arbOrg, secondRead, subtrees, toInput, type Org } from "./anonymity-checker";
import { propertyRuns } from "./property-runs";

/** A released figure: a node's subtree summed over a set of months (those of the range it is visible in). */
interface Figure {
  node: string;
  months: number[];
}
const key = (f: Figure) => `${f.node}:${f.months.join(",")}`;
const monthKey = (m: number) => `m${m}`;
const visible = (hidden: HiddenByMonth, node: string, m: number) => !hidden.get(monthKey(m))?.has(node);

/** Every figure the dashboard shows for every accepted filter: the table over the range, the trend and lag months. */
function released(org: Org, input: AnonymityInput, hidden: HiddenByMonth, trees: Map<string, Set<number>>): Figure[] {
  const monthCount = org.counts[0]?.length ?? 0;
  const out = new Map<string, Figure>();
  const add = (node: string, range: number[]) => {
    const months = range.filter((m) => visible(hidden, node, m));
    if (months.length > 0) out.set(key({ node, months }), { node, months });
  };
  for (const filterNode of [ORGANISATION_NODE, ...org.parents.map((_, i) => `t${i}`)]) {
    for (let from = 0; from < monthCount; from++) {
      for (let to = from; to < monthCount; to++) {
        const range = Array.from({ length: to - from + 1 }, (_, i) => from + i);
        const slices = from === 0 && to === monthCount - 1 ? null : range.map(monthKey);
        const teamId = filterNode === ORGANISATION_NODE ? null : filterNode;
        if (checkFilter(input, { teamId, slices }, hidden).status !== "ok") continue;
        const scope = trees.get(filterNode) ?? new Set<number>();
        if (filterNode === ORGANISATION_NODE) add(ORGANISATION_NODE, range);
        for (const t of scope) add(`t${t}`, range);
        for (const m of range) {
          add(filterNode, [m]);
          for (const t of scope) if (!org.parents.includes(t)) add(`t${t}`, [m]);
        }
      }
    }
  }
  return [...out.values()];
}

/** Violations of: every released X, X − Y (any released Y), X − (its released children over the same months), ∉ [1, k−1]. */
function leaks(org: Org, figures: Figure[], trees: Map<string, Set<number>>): string[] {
  const size = (node: string, months: Iterable<number>) => {
    let n = 0;
    for (const t of trees.get(node) ?? []) for (const m of months) n += org.counts[t]?.[m] ?? 0;
    return n;
  };
  const small = (n: number) => n > 0 && n < org.k;
  const within = (inner: string, outer: string) => [...(trees.get(inner) ?? [])].every((t) => trees.get(outer)?.has(t));
  const found: string[] = [];
  for (const x of figures) {
    const sx = size(x.node, x.months);
    if (small(sx)) found.push(`${key(x)} has ${sx}`);
    for (const y of figures) {
      const common = x.months.filter((m) => y.months.includes(m));
      const deeper = within(y.node, x.node) ? y.node : within(x.node, y.node) ? x.node : null;
      const shared = deeper ? size(deeper, common) : 0;
      if (small(sx - shared)) found.push(`${key(x)} − ${key(y)} = ${sx - shared}`);
    }
    const inside = figures.filter(
      (y) => y.node !== x.node && key({ ...y, node: "" }) === key({ ...x, node: "" }) && within(y.node, x.node),
    );
    const maximal = inside.filter((y) => !inside.some((z) => z !== y && within(y.node, z.node)));
    const rest = sx - maximal.reduce((s, y) => s + size(y.node, y.months), 0);
    if (small(rest)) found.push(`${key(x)} − its released children = ${rest}`);
  }
  return found;
}

/** The engine's month-by-month input from the checker's (which never carries earlier decisions). */
const monthly = ({ teams, slices, k, importedSlices }: AnonymityInput): MonthlyAnonymityInput => ({ teams, slices, k, importedSlices });

const asSticky = (hidden: HiddenByMonth) => new Map([...hidden].map(([month, nodes]) => [month, [...nodes]]));

describe("anonymity decided month by month, property-based", () => {
  it("releases nothing that differences into a group of 1..k−1 answers (1 000 random organisations)", () => {
    fc.assert(
      fc.property(arbOrg, (org) => {
        const input = toInput(org);
        const trees = subtrees(org);
        expect(leaks(org, released(org, input, decideSuppressionByMonth(monthly(input)), trees), trees)).toEqual([]);
      }),
      { numRuns: propertyRuns(1000) },
    );
  }, 300_000); // a generous limit for a busy 2-core machine, not a timing assertion

  it("two reads around a released month and imports into empty cells isolate no group of 1..k−1 (1 000 random histories)", () => {
    fc.assert(
      fc.property(arbHistory, (history) => {
        const trees = subtrees(history.org);
        const first = toInput(history.org);
        const hidden1 = decideSuppressionByMonth(monthly(first));
        const { live, imported, shown } = secondRead(history);
        const second = { ...toInput(live), importedSlices: toInput(imported).slices };
        const hidden2 = decideSuppressionByMonth({ ...monthly(second), alreadyHidden: asSticky(hidden1) });
        const both = [...released(history.org, first, hidden1, trees), ...released(shown, second, hidden2, trees)];
        // The importer subtracts what they imported: every figure of both reads, on the live answers.
        expect(leaks(live, both, trees)).toEqual([]);
      }),
      { numRuns: propertyRuns(1000) },
    );
  }, 300_000);

  it("a month released later changes no earlier month's decision, so no period without it changes", () => {
    fc.assert(
      fc.property(arbHistory, (history) => {
        const before = decideSuppressionByMonth(monthly(toInput(history.org)));
        const after = decideSuppressionByMonth({
          ...toInput(secondRead({ ...history, imports: [] }).live),
          alreadyHidden: asSticky(before),
        });
        for (const [month, nodes] of before) expect([...(after.get(month) ?? [])].sort(), month).toEqual([...nodes].sort());
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});

describe("the month-by-month checker can fail", () => {
  // Month 0: P = a (6) + b (3), k = 5. Month 1: a alone (7). Hiding only b in month 0 lets
  // P over month 0 minus a over month 0 give b's 3 answers.
  const org: Org = {
    k: 5,
    parents: [null, 0, 0],
    counts: [
      [0, 0],
      [6, 7],
      [3, 0],
    ],
  };

  it("hiding only the small cell leaks; the engine's decision does not", () => {
    const input = toInput(org);
    const trees = subtrees(org);
    const naive: HiddenByMonth = new Map([["m0", new Set(["t2"])]]);
    expect(leaks(org, released(org, input, naive, trees), trees).length).toBeGreaterThan(0);
    const decided = decideSuppressionByMonth(monthly(input));
    expect(leaks(org, released(org, input, decided, trees), trees)).toEqual([]);
    // Month 1 is its own: a is shown there even though it is hidden in month 0.
    expect(decided.get("m1")?.has("t1")).toBe(false);
    expect(decided.get("m0")?.has("t1")).toBe(true);
  });

  it("one hidden set for a figure over months that skips none would leak a small month", () => {
    // Month 1 holds one answer in b: a figure of P over both months that counted month 1
    // (P visible in month 0, hidden in month 1) minus P over month 0 gives that one answer.
    const lonely: Org = {
      k: 5,
      parents: [null, 0, 0],
      counts: [
        [0, 0],
        [6, 0],
        [5, 1],
      ],
    };
    const trees = subtrees(lonely);
    const counted: Figure[] = [
      { node: "t0", months: [0, 1] },
      { node: "t0", months: [0] },
    ];
    expect(leaks(lonely, counted, trees)).toContain("t0:0,1 − t0:0 = 1");
    const input = toInput(lonely);
    expect(leaks(lonely, released(lonely, input, decideSuppressionByMonth(monthly(input)), trees), trees)).toEqual([]);
  });
});
