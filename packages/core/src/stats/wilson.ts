/**
 * Wilson score confidence intervals for proportions. Preferred over the textbook (Wald) interval
 * because it stays inside 0..1 and behaves well for small n and for proportions near 0 or 1 —
 * exactly the small services and rare outcomes social-procurement data is full of.
 */

/** A proportion with its confidence interval. */
export interface WilsonInterval {
  lower: number;
  upper: number;
  point: number;
}

// Coefficients of Acklam's rational approximation to the inverse normal CDF
// (relative error below 1.15e-9, far finer than any interval we display).
const A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/**
 * The standard normal quantile: the z with P(Z ≤ z) = p. `NaN` outside (0, 1).
 * @example normal_quantile(0.975) // 1.959963985
 */
export function normal_quantile(p: number): number {
  if (!(p > 0 && p < 1)) return NaN;
  const [a0, a1, a2, a3, a4, a5] = A as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = B as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = C as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = D as [number, number, number, number];
  if (p < P_LOW || p > 1 - P_LOW) {
    // Tails: rational function in sqrt(-2 log q), q the smaller tail area.
    const q = Math.sqrt(-2 * Math.log(p < P_LOW ? p : 1 - p));
    const z = (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
    return p < P_LOW ? z : -z;
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1);
}

/**
 * Wilson score interval for `successes` out of `n`, as proportions (0..1). `undefined` for n ≤ 0,
 * successes outside 0..n, a confidence level outside (0, 1), or any non-finite input. Successes
 * need not be whole (weighted counts are allowed).
 * @example interval_wilson(81, 263) // { lower: 0.2553…, upper: 0.3662…, point: 0.3079… }
 * @example interval_wilson(0, 10) // { lower: 0, upper: 0.2775…, point: 0 }
 */
export function interval_wilson(successes: number, n: number, confidence = 0.95): WilsonInterval | undefined {
  if (typeof successes !== 'number' || typeof n !== 'number' || typeof confidence !== 'number') return undefined;
  if (!Number.isFinite(successes) || !Number.isFinite(n) || !(n > 0)) return undefined;
  if (successes < 0 || successes > n || !(confidence > 0 && confidence < 1)) return undefined;
  const z = normal_quantile(1 - (1 - confidence) / 2);
  if (!Number.isFinite(z)) return undefined;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At 0 and n the exact bound is 0 or 1; rounding would otherwise leave e.g. -1e-17.
  const lower = successes === 0 ? 0 : Math.max(0, centre - half);
  const upper = successes === n ? 1 : Math.min(1, centre + half);
  return { lower, upper, point: p };
}

/**
 * Wilson score interval in percent units (0..100), matching `Interval` for percent indicators.
 * @example interval_wilsonPercent(81, 263) // { lower: 25.53…, upper: 36.62…, point: 30.79… }
 */
export function interval_wilsonPercent(
  numerator: number,
  denominator: number,
  confidence = 0.95,
): WilsonInterval | undefined {
  const w = interval_wilson(numerator, denominator, confidence);
  return w && { lower: w.lower * 100, upper: w.upper * 100, point: w.point * 100 };
}
