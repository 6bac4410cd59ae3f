// lib/stats/distributions.ts — pure. Standard normal and Student t probabilities for the p-values and intervals of PRODUCT.md §5.

/** Guards every entry point: a NaN would otherwise flow silently into a displayed p-value. */
function assertFinite(x: number, what: string): void {
  if (!Number.isFinite(x)) throw new RangeError(`${what} must be a finite number, got ${x}`);
}

function assertDf(df: number): void {
  if (!Number.isFinite(df) || df < 1) {
    throw new RangeError(`Degrees of freedom must be a finite number ≥ 1, got ${df}`);
  }
}

// Numerical Recipes `erfcc` coefficients, highest power of t first (evaluated by Horner's rule).
const ERFC_COEFFICIENTS = [
  0.17087277, -0.82215223, 1.48851587, -1.13520398, 0.27886807, -0.18628806, 0.09678418,
  0.37409196, 1.00002368, -1.26551223,
];

/**
 * Complementary error function, Chebyshev fit of Numerical Recipes in C (2nd ed., §6.2, `erfcc`):
 * fractional error below 1.2e-7 everywhere, so tail probabilities keep their relative accuracy.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) throw new RangeError("erfc of NaN");
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  let poly = 0;
  for (const coefficient of ERFC_COEFFICIENTS) poly = poly * t + coefficient;
  const ans = t * Math.exp(-z * z + poly);
  return x >= 0 ? ans : 2 - ans;
}

/** Φ(z) = erfc(−z/√2)/2. Infinite z gives 0 or 1. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) throw new RangeError("normalCdf of NaN");
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** P(|Z| ≥ |z|) = erfc(|z|/√2), computed directly so small p-values do not cancel to 0. */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) throw new RangeError("normalTwoSidedP of NaN");
  return erfc(Math.abs(z) / Math.SQRT2);
}

// Lanczos approximation, g = 7, 9 coefficients (Godfrey): relative error ≈ 1e-15 for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0; reflection Γ(x)Γ(1−x) = π/sin(πx) below 0.5. */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let sum = LANCZOS[0] ?? 1;
  for (let i = 1; i < LANCZOS.length; i += 1) sum += (LANCZOS[i] ?? 0) / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

const MAX_ITERATIONS = 10_000;
const EPSILON = 1e-15;
const TINY = 1e-300;

/** Lentz's guard: a zero denominator is replaced by a tiny number instead of dividing by 0. */
function nonZero(v: number): number {
  return Math.abs(v) < TINY ? TINY : v;
}

/** Continued fraction for I_x(a, b), modified Lentz method (Numerical Recipes in C, 2nd ed., §6.4, `betacf`). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 / nonZero(1 - (qab * x) / qap);
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m += 1) {
    const m2 = 2 * m;
    // Even step: d_{2m} = m(b−m)x / ((a+2m−1)(a+2m)).
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 / nonZero(1 + aa * d);
    c = nonZero(1 + aa / c);
    h *= d * c;
    // Odd step: d_{2m+1} = −(a+m)(a+b+m)x / ((a+2m)(a+2m+1)).
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 / nonZero(1 + aa * d);
    c = nonZero(1 + aa / c);
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) return h;
  }
  throw new RangeError(`Incomplete beta did not converge for a = ${a}, b = ${b}, x = ${x}`);
}

/**
 * Regularized incomplete beta I_x(a, b) (Numerical Recipes `betai`): the prefactor
 * x^a (1−x)^b / (a·B(a, b)) times the continued fraction, using the symmetry
 * I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges slowly (x > (a+1)/(a+b+2)).
 */
export function regularizedIncompleteBeta(a: number, b: number, x: number): number {
  if (!(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new RangeError(`Incomplete beta needs a, b > 0, got a = ${a}, b = ${b}`);
  }
  if (!(x >= 0 && x <= 1)) throw new RangeError(`Incomplete beta needs 0 ≤ x ≤ 1, got ${x}`);
  if (x === 0 || x === 1) return x;
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x),
  );
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Two-sided P(|T| ≥ |t|) with df degrees of freedom = I_{df/(df+t²)}(df/2, 1/2). Infinite t gives 0. */
export function studentTTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t)) throw new RangeError("studentTTwoSidedP of NaN");
  assertDf(df);
  if (!Number.isFinite(t)) return 0;
  return regularizedIncompleteBeta(df / 2, 0.5, df / (df + t * t));
}

/** P(T ≤ t): half the two-sided tail on the far side of 0. */
export function studentTCdf(t: number, df: number): number {
  const tail = studentTTwoSidedP(t, df) / 2;
  return t >= 0 ? 1 - tail : tail;
}

/**
 * Inverse of studentTCdf by bisection: the bracket doubles until it holds the quantile, then
 * halves until it is narrower than 1e-12 (relative) — monotone and safe, if not the fastest.
 */
export function studentTQuantile(p: number, df: number): number {
  assertFinite(p, "Probability");
  if (!(p > 0 && p < 1)) throw new RangeError(`Probability must be in (0, 1), got ${p}`);
  assertDf(df);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let low = 0;
  let high = 1;
  while (studentTCdf(high, df) < p) {
    low = high;
    high *= 2;
  }
  while (high - low > 1e-12 * Math.max(1, high)) {
    const mid = (low + high) / 2;
    if (studentTCdf(mid, df) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
