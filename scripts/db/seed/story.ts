// The demo's causal story: each leaf team has a latent monthly climate (a mean-reverting
// random walk around its plan value); eNPS of month t follows climate(t), NPS of month t
// follows climate(t − 1). Scores and item answers are drawn from it.
import { MONTH_COUNT } from "./calendar";
import type { LeafPlan } from "./org-plan";
import type { Rng } from "./prng";

/** Climate per story month (index 0 = April … 7 = November). */
export function buildClimate(rng: Rng, plan: LeafPlan): number[] {
  const climate: number[] = [];
  let walk = 0.15 * rng.normal();
  for (let month = 0; month < MONTH_COUNT; month++) {
    // Mean reversion keeps a team recognisable; the step is large enough that the
    // one-month lag shows in the team's own trend, not only across teams.
    walk = 0.6 * walk + 0.22 * rng.normal();
    const shift = (plan.shifts ?? []).filter((s) => month >= s.fromMonth).reduce((sum, s) => sum + s.delta, 0);
    climate.push(plan.climate + walk + shift);
  }
  return climate;
}

/** What drives the customers of a contact in `month`: last month's climate, plus the twist. */
export function customerDriver(plan: LeafPlan, climate: number[], month: number): number {
  const twist = plan.customerTwist && month >= plan.customerTwist.fromMonth ? plan.customerTwist.delta : 0;
  return 1.5 * climate[month - 1]! + twist;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** 0–10; French employees are harsh graders: a neutral climate gives an eNPS around −20. */
export function employeeScore(rng: Rng, climate: number): number {
  return clamp(Math.round(7.2 + 1.4 * climate + 1.7 * rng.normal()), 0, 10);
}

/** 0–10; a neutral driver gives an NPS around +15, typical of French retail. */
export function customerScore(rng: Rng, driver: number): number {
  return clamp(Math.round(7.9 + driver + 1.9 * rng.normal()), 0, 10);
}

/** 1–5 agreement, consistent with the respondent's own 0–10 score. */
export function itemValue(rng: Rng, score: number, offset = 0): number {
  return clamp(Math.round(1.2 + 0.36 * score + offset + 0.7 * rng.normal()), 1, 5);
}

/** 0–2 irritant pair indexes: detractors flag more, promoters rarely. */
export function irritantCount(rng: Rng, score: number): number {
  if (score <= 6) return 1 + (rng.chance(0.45) ? 1 : 0);
  if (score <= 8) return rng.chance(0.45) ? 1 : 0;
  return rng.chance(0.08) ? 1 : 0;
}

/** Distinct indexes drawn from weights (a response never flags the same irritant twice). */
export function drawDistinct(rng: Rng, weights: readonly number[], count: number): number[] {
  const remaining = [...weights];
  const drawn: number[] = [];
  for (let i = 0; i < count; i++) {
    const index = rng.weightedIndex(remaining);
    drawn.push(index);
    remaining[index] = 0;
  }
  return drawn;
}
