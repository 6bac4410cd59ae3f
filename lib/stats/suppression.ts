// lib/stats/suppression.ts — pure. Minimum-group-size rule for showing a group's results (docs/anonymity.md "Minimum group size (k)").
// First, simple version: a single group against the threshold; differencing protection comes later.

/** Product rule: the minimum group size is never below 3, whatever the organisation configures. */
export const MIN_GROUP_SIZE_FLOOR = 3;

export function effectiveMinGroupSize(configured: number): number {
  if (!Number.isInteger(configured)) {
    throw new RangeError(`Minimum group size must be an integer, got ${configured}`);
  }
  return Math.max(MIN_GROUP_SIZE_FLOOR, configured);
}

/** A group of n answers may be shown (scores and counts) only if n ≥ the effective minimum. */
export function isReportable(n: number, minGroupSize: number): boolean {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`Group size must be a non-negative integer, got ${n}`);
  }
  return n >= effectiveMinGroupSize(minGroupSize);
}
