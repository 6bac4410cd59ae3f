// Property: checkFilter (the remainder rule, docs/product.md "Mirrored dashboard" step 4, docs/security.md "Differencing")
// refuses a filter exactly when "all minus the filtered group" holds 1..k−1 answers — the
// organisation over every month minus the group, or the organisation in one chosen month
// minus the group's subtree that month. Judged on the answer cells (team × month) with
// subtrees computed from the parent array, not with the engine's tree or totals.
import fc from "fast-check";
import { propertyRuns } from "./property-runs";
import { describe, expect, it } from "vitest";
import { checkFilter, type AnonymityInput } from "@/lib/stats/anonymity";

interface Case {
  k: number;
  parents: Array<number | null>;
  counts: number[][]; // counts[team][month]: the team's own answers
  node: number | null; // null: the whole organisation
  months: boolean[]; // the filter's months; all false stands for "no month filter"
}

const arbCase: fc.Arbitrary<Case> = fc
  .record({ k: fc.integer({ min: 3, max: 7 }), teams: fc.integer({ min: 1, max: 12 }), months: fc.integer({ min: 1, max: 4 }) })
  .chain(({ k, teams, months }) =>
    fc.record({
      k: fc.constant(k),
      parents: fc.tuple(
        ...Array.from({ length: teams }, (_, i) =>
          i === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: i - 1 }), { freq: 6 }),
        ),
      ),
      counts: fc.array(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 12 })), {
          minLength: months,
          maxLength: months,
        }),
        { minLength: teams, maxLength: teams },
      ),
      node: fc.option(fc.integer({ min: 0, max: teams - 1 }), { freq: 5 }),
      months: fc.array(fc.boolean(), { minLength: months, maxLength: months }),
    }),
  );

function toInput(c: Case): AnonymityInput {
  const teams = c.parents.map((p, i) => ({ id: `t${i}`, parentId: p === null ? null : `t${p}` }));
  const slices = new Map(c.months.map((_, m) => [`m${m}`, new Map(c.counts.map((row, t) => [`t${t}`, row[m] ?? 0]))]));
  return { teams, slices, k: c.k };
}

/** Teams in the subtree of `node` (every team for null), by walking up the parent array. */
function subtree(c: Case, node: number | null): number[] {
  if (node === null) return c.parents.map((_, i) => i);
  return c.parents
    .map((_, i) => i)
    .filter((t) => {
      for (let at: number | null = t; at !== null; at = c.parents[at] ?? null) if (at === node) return true;
      return false;
    });
}

const sum = (c: Case, teams: number[], months: number[]) =>
  teams.reduce((s, t) => s + months.reduce((x, m) => x + (c.counts[t]?.[m] ?? 0), 0), 0);

/** The rule from the spec: is any remainder a group of 1..k−1 answers? */
function shouldRefuse(c: Case): boolean {
  const all = c.months.map((_, m) => m);
  const chosen = c.months.some(Boolean) ? all.filter((m) => c.months[m]) : all;
  const everyone = subtree(c, null);
  const group = subtree(c, c.node);
  const small = (n: number) => n > 0 && n < c.k;
  return small(sum(c, everyone, all) - sum(c, group, chosen)) || chosen.some((m) => small(sum(c, everyone, [m]) - sum(c, group, [m])));
}

function check(c: Case) {
  const slices = c.months.some(Boolean) ? c.months.flatMap((on, m) => (on ? [`m${m}`] : [])) : null;
  return checkFilter(toInput(c), { teamId: c.node === null ? null : `t${c.node}`, slices }).status;
}

describe("remainder rule, property-based", () => {
  it("refuses exactly the filters whose remainder is 1..k−1 answers (2 000 random filters)", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        expect(check(c)).toBe(shouldRefuse(c) ? "filter-refused" : "ok");
      }),
      { numRuns: propertyRuns(2000) },
    );
  }, 120_000); // a generous limit for a busy 2-core machine, not a timing assertion

  it("draws both outcomes, and each kind of remainder alone (the property is not vacuous)", () => {
    const outcomes = fc.sample(arbCase, { numRuns: 500, seed: 18 }).map((c) => shouldRefuse(c));
    expect(outcomes.filter(Boolean).length).toBeGreaterThan(50);
    expect(outcomes.filter((x) => !x).length).toBeGreaterThan(50);
    // One team of 6 answers under a root with 3 of its own, one month: the remainder is the root's 3.
    expect(check({ k: 5, parents: [null, 0], counts: [[3], [6]], node: 1, months: [false] })).toBe("filter-refused");
    // Two months, T1 chosen in m1 only: each month's remainder is 0 or ≥ 5, but all minus the group is 4.
    expect(
      check({
        k: 5,
        parents: [null, 0],
        counts: [
          [0, 0],
          [6, 4],
        ],
        node: 1,
        months: [true, false],
      }),
    ).toBe("filter-refused");
    // Month remainder 3 (m0: root 3 of its own) while the overall remainder is 3 + 6 = 9.
    expect(
      check({
        k: 5,
        parents: [null, 0],
        counts: [
          [3, 6],
          [6, 6],
        ],
        node: 1,
        months: [true, true],
      }),
    ).toBe("filter-refused");
  });
});
