// The property tests' independent checker: random organisations, what the dashboard releases
// for every accepted filter, and every difference of two released aggregates that isolates a
// group of 1..k−1 answers — computed on the answers' cells (team × month), not with the
// engine's algebra. Shared by the one-snapshot and the over-time property tests.
import fc from "fast-check";
import { checkFilter, ORGANISATION_NODE, type AnonymityInput } from "@/lib/stats/anonymity";

export interface Org {
  k: number;
  parents: Array<number | null>;
  /** counts[team][month]: own answers. */
  counts: number[][];
}

export const arbOrg: fc.Arbitrary<Org> = fc
  .record({ k: fc.integer({ min: 3, max: 7 }), teams: fc.integer({ min: 1, max: 30 }), months: fc.integer({ min: 1, max: 4 }) })
  .chain(({ k, teams, months }) =>
    fc.record({
      k: fc.constant(k),
      parents: fc.tuple(
        ...Array.from({ length: teams }, (_, i) =>
          i === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: i - 1 }), { freq: 8 }),
        ),
      ),
      // Zeros and small groups are the interesting cases: draw them often.
      counts: fc.array(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 15 })), {
          minLength: months,
          maxLength: months,
        }),
        { minLength: teams, maxLength: teams },
      ),
    }),
  );

/** A released aggregate: a node's subtree over a contiguous range of months [from, to]. */
export interface Aggregate {
  node: string;
  from: number;
  to: number;
}
const key = (a: Aggregate) => `${a.node}:${a.from}:${a.to}`;

export function toInput(org: Org): AnonymityInput {
  const teams = org.parents.map((p, i) => ({ id: `t${i}`, parentId: p === null ? null : `t${p}` }));
  const months = org.counts[0]?.length ?? 0;
  const slices = new Map(Array.from({ length: months }, (_, m) => [`m${m}`, new Map(org.counts.map((row, t) => [`t${t}`, row[m] ?? 0]))]));
  return { teams, slices, k: org.k };
}

/** Descendant-or-self sets, computed from the parent array (not from the engine's tree). */
export function subtrees(org: Org): Map<string, Set<number>> {
  const sets = new Map<string, Set<number>>([[ORGANISATION_NODE, new Set(org.parents.map((_, i) => i))]]);
  org.parents.forEach((_, i) => sets.set(`t${i}`, new Set()));
  org.parents.forEach((_, i) => {
    for (let at: number | null = i; at !== null; at = org.parents[at] ?? null) sets.get(`t${at}`)?.add(i);
  });
  return sets;
}

/** Everything the dashboard shows for each accepted filter: the teams table over the range, the trend and lag months. */
export function released(org: Org, input: AnonymityInput, hidden: ReadonlySet<string>, trees: Map<string, Set<number>>): Aggregate[] {
  const months = org.counts[0]?.length ?? 0;
  const out = new Map<string, Aggregate>();
  const add = (a: Aggregate) => {
    if (!hidden.has(a.node)) out.set(key(a), a);
  };
  for (const filterNode of [ORGANISATION_NODE, ...org.parents.map((_, i) => `t${i}`)]) {
    for (let from = 0; from < months; from++) {
      for (let to = from; to < months; to++) {
        const slices = from === 0 && to === months - 1 ? null : Array.from({ length: to - from + 1 }, (_, m) => `m${from + m}`);
        const teamId = filterNode === ORGANISATION_NODE ? null : filterNode;
        if (checkFilter(input, { teamId, slices }).status !== "ok") continue;
        const scope = trees.get(filterNode) ?? new Set<number>();
        if (filterNode === ORGANISATION_NODE) add({ node: ORGANISATION_NODE, from, to });
        for (const t of scope) add({ node: `t${t}`, from, to });
        for (let m = from; m <= to; m++) {
          add({ node: filterNode, from: m, to: m });
          for (const t of scope) if (!org.parents.includes(t)) add({ node: `t${t}`, from: m, to: m });
        }
      }
    }
  }
  return [...out.values()];
}

/** Violations of: every released X, X − Y (any released Y), X − (its released children / frontier), ∉ [1, k−1]. */
export function leaks(org: Org, aggregates: Aggregate[], trees: Map<string, Set<number>>): string[] {
  const memo = new Map<string, number>();
  const size = (node: string, from: number, to: number) => {
    const id = `${node}:${from}:${to}`;
    const known = memo.get(id);
    if (known !== undefined) return known;
    let n = 0;
    for (const t of trees.get(node) ?? []) for (let m = from; m <= to; m++) n += org.counts[t]?.[m] ?? 0;
    memo.set(id, n);
    return n;
  };
  const small = (n: number) => n > 0 && n < org.k;
  const within = (inner: string, outer: string) => [...(trees.get(inner) ?? [])].every((t) => trees.get(outer)?.has(t));
  const found: string[] = [];
  for (const x of aggregates) {
    const sx = size(x.node, x.from, x.to);
    if (small(sx)) found.push(`${key(x)} has ${sx}`);
    for (const y of aggregates) {
      const from = Math.max(x.from, y.from);
      const to = Math.min(x.to, y.to);
      const deeper = within(y.node, x.node) ? y.node : within(x.node, y.node) ? x.node : null;
      const common = deeper && from <= to ? size(deeper, from, to) : 0;
      if (small(sx - common)) found.push(`${key(x)} − ${key(y)} = ${sx - common}`);
    }
    const inside = aggregates.filter((y) => y.node !== x.node && y.from === x.from && y.to === x.to && within(y.node, x.node));
    const maximal = inside.filter((y) => !inside.some((z) => z !== y && within(y.node, z.node)));
    const rest = sx - maximal.reduce((s, y) => s + size(y.node, y.from, y.to), 0);
    if (small(rest)) found.push(`${key(x)} − its released children = ${rest}`);
  }
  return found;
}

/** Two reads' data: the first read's organisation, then a released month and imports before the second. */
export interface History {
  org: Org;
  /** Live answers of the month released between the reads, per team (none: no new month). */
  newMonth: number[] | null;
  /** [team, month, n]: imported rows, applied where the cell has no live answer. */
  imports: Array<[number, number, number]>;
}

export const arbHistory: fc.Arbitrary<History> = arbOrg.chain((org) => {
  const teams = org.parents.length;
  const months = org.counts[0]?.length ?? 1;
  return fc.record({
    org: fc.constant(org),
    newMonth: fc.option(
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 15 })), {
        minLength: teams,
        maxLength: teams,
      }),
    ),
    imports: fc.array(
      fc.tuple(fc.integer({ min: 0, max: teams - 1 }), fc.integer({ min: 0, max: months }), fc.integer({ min: 1, max: 9 })),
      { maxLength: 6 },
    ),
  });
});

/** The second read's data: live answers (old months + the new one), imported rows apart, and both summed (what is shown). */
export function secondRead({ org, newMonth, imports }: History): { live: Org; imported: Org; shown: Org } {
  const live = org.counts.map((row, t) => (newMonth ? [...row, newMonth[t] ?? 0] : [...row]));
  const imported = live.map((row) => row.map(() => 0));
  for (const [t, m, n] of imports) {
    const row = imported[t];
    if (row && m < row.length && (live[t]?.[m] ?? 0) === 0) row[m] = (row[m] ?? 0) + n;
  }
  const shown = live.map((row, t) => row.map((n, m) => n + (imported[t]?.[m] ?? 0)));
  return { live: { ...org, counts: live }, imported: { ...org, counts: imported }, shown: { ...org, counts: shown } };
}
