import { expect } from "vitest";

/** |actual − expected| ≤ rel·|expected|, for tail probabilities where an absolute tolerance says nothing. */
export function expectRelative(actual: number, expected: number, rel: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}
