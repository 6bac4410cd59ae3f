// Lagged correlations of a team × month grid pair, remembered by content (issue 15 "Speed": the
// overview's KPI panel runs eight of them, ~35 ms each at 2 000 teams × 12 months). The key is a
// SHA-1 of the two grids' bytes and shape, so a remembered result is exactly what computing again
// would give: nothing to invalidate. A new customer answer changes the NPS grid (a miss for the KPI →
// NPS pairs), while the eNPS and KPI grids change with a released month or an import, so most reads
// of an overview hit. Bounded: the least recently used entries go first.
import { createHash } from "node:crypto";
import { laggedCorrelationOnGrid, type LagCorrelation, type MonthGrid } from "@/lib/stats/lag";

const MAX_ENTRIES = 256;
const memo = new Map<string, LagCorrelation[]>();

function keyOf({ teams, months, x, y }: MonthGrid): string {
  return createHash("sha1")
    .update(`${teams}×${months}|`)
    .update(new Uint8Array(x.buffer, x.byteOffset, x.byteLength))
    .update("|")
    .update(new Uint8Array(y.buffer, y.byteOffset, y.byteLength))
    .digest("base64");
}

export function rememberedLaggedCorrelation(grid: MonthGrid): LagCorrelation[] {
  const key = keyOf(grid);
  const known = memo.get(key);
  if (known) {
    // Most recently used last: Map keeps insertion order.
    memo.delete(key);
    memo.set(key, known);
    return structuredClone(known);
  }
  const result = laggedCorrelationOnGrid(grid);
  memo.set(key, result);
  if (memo.size > MAX_ENTRIES) memo.delete(memo.keys().next().value!);
  return structuredClone(result);
}

/** Forgets everything (the benchmark's cold reads, tests). */
export function forgetLaggedCorrelations(): void {
  memo.clear();
}

/** How many results are remembered (tests). */
export const rememberedCount = () => memo.size;

/** Whether this grid pair's result is remembered, without touching its place (tests). */
export const isRemembered = (grid: MonthGrid) => memo.has(keyOf(grid));
