// Pure: the plain reading of the cross-team correlation (docs/statistics.md "Reading the correlation"):
// one row of a small decision table from Pearson's significance, the width of its 95 % interval,
// whether Spearman's ρ agrees, and Cohen's bands for |r|. The card words each verdict (lib/i18n).
import type { CorrelationDto } from "./symmetry-types";

export type Strength = "none" | "weak" | "moderate" | "strong";
export type Verdict = "clear" | "probable" | "fragile" | "disagree" | "none";

export interface CorrelationReading {
  verdict: Verdict;
  strength: Strength;
  direction: "positive" | "negative";
  /** The interval of r is at most PRECISE_WIDTH wide. */
  precise: boolean;
  /** Spearman's ρ is significant and has r's sign. */
  agree: boolean;
}

export const ALPHA = 0.05;
/** ±0.25 around r: narrower than one of Cohen's bands on each side, so the strength is known. */
export const PRECISE_WIDTH = 0.5;

/** Cohen's 0.1 / 0.3 / 0.5 bands for |r|. */
export function strengthOf(r: number): Strength {
  const size = Math.abs(r);
  return size < 0.1 ? "none" : size < 0.3 ? "weak" : size < 0.5 ? "moderate" : "strong";
}

/**
 * The decision table (docs/statistics.md):
 * Pearson not significant (p ≥ 0.05, the interval holds 0) or |r| < 0.1 → "disagree" when Spearman alone
 * is significant, else "none"; significant and Spearman agrees → "clear" if precise, else "probable";
 * significant and Spearman does not agree → "fragile" if precise, else "probable" (agree: false says why).
 * Null when r could not be computed (no reading is offered).
 */
export function readCorrelation(correlation: CorrelationDto): CorrelationReading | null {
  const { pearson, spearman } = correlation;
  if (correlation.status !== "ok" || !pearson) return null;
  const strength = strengthOf(pearson.r);
  const significant = pearson.p < ALPHA && (pearson.low > 0 || pearson.high < 0);
  const precise = pearson.high - pearson.low <= PRECISE_WIDTH;
  const spearmanSignificant = spearman !== null && spearman.p < ALPHA;
  const agree = spearmanSignificant && Math.sign(spearman.rho) === Math.sign(pearson.r);
  const direction = pearson.r < 0 ? "negative" : "positive";
  const verdict: Verdict =
    !significant || strength === "none"
      ? spearmanSignificant
        ? "disagree"
        : "none"
      : agree
        ? precise
          ? "clear"
          : "probable"
        : precise
          ? "fragile"
          : "probable";
  return { verdict, strength, direction, precise, agree };
}
