// How many random cases a property test draws: its own number, or fewer under mutation testing
// (vitest.mutation.config.ts sets PROPERTY_RUNS), where the tests run once per mutant.
export function propertyRuns(normal: number): number {
  const cap = Number(process.env.PROPERTY_RUNS);
  return Number.isInteger(cap) && cap > 0 ? Math.min(cap, normal) : normal;
}
