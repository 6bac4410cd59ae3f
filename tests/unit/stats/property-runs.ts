// How many random cases a property test draws: its own number, fewer under mutation testing
// (vitest.mutation.config.ts sets PROPERTY_RUNS), where the tests run once per mutant, or more
// for the long check (`npm run check:anonymity` sets PROPERTY_RUNS_AT_LEAST=10000).
export function propertyRuns(normal: number): number {
  const cap = Number(process.env.PROPERTY_RUNS);
  const atLeast = Number(process.env.PROPERTY_RUNS_AT_LEAST);
  const runs = Number.isInteger(atLeast) && atLeast > normal ? atLeast : normal;
  return Number.isInteger(cap) && cap > 0 ? Math.min(cap, runs) : runs;
}
