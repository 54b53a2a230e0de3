/**
 * Trends over time: is an indicator's series rising or falling by more than chance would give, and
 * by how much per period? The Mann–Kendall test and the Theil–Sen slope are both rank-based: they
 * assume no normality and shrug off an outlying year, which suits the short, noisy series of
 * social-procurement measurement.
 */
import type { Observation, Period, Polarity, Revision, SuppressionRule } from '../schema/types.js';
import { observation_n, suppression_rule } from './suppression.js';
import { parsed_compare, period_parse, type ParsedPeriod } from './target.js';
import { erfc, mannKendall, senSlope, trend_assess, trend_of } from './trend-of.js';

export { trend_assess };

/** Which way a series moves. `no-clear-trend` when the movement could be chance (p ≥ alpha). */
export type TrendDirection = 'increasing' | 'decreasing' | 'no-clear-trend';

/** The direction judged by the indicator's polarity; `none` without a clear trend or a good direction. */
export type TrendAssessment = 'better' | 'worse' | 'none';

/** A trend that could be computed. */
export interface TrendComputed {
  status: 'computed';
  direction: TrendDirection;
  assessment: TrendAssessment;
  /** Theil–Sen slope: the median change per period step, in the value's unit. */
  slope: number;
  /** Mann–Kendall S: later-higher pairs minus later-lower pairs. */
  s: number;
  /** Continuity-corrected normal score of S. */
  z: number;
  /** Two-sided p-value of the Mann–Kendall test. */
  pValue: number;
  /** Number of periods used. */
  points: number;
  from: Period;
  to: Period;
  /** The definition revision the series was cut at: only periods from it on were used. */
  brokenBy?: Revision;
}

/** Too few comparable periods for a trend. */
export interface TrendInsufficient {
  status: 'insufficient';
  /** Usable periods (after any cut at a revision). */
  points: number;
  required: number;
  /** `definition-changed` when there would have been enough periods but for a revision. */
  reason: 'too-few-points' | 'definition-changed';
  brokenBy?: Revision;
}

export type Trend = TrendComputed | TrendInsufficient;

/** Options of `series_trend`. */
export interface TrendOptions {
  /** Suppressed values are never used. @defaultValue defaultSuppression */
  rule?: Partial<SuppressionRule> | null;
  /** Fewest usable periods for a trend, at least 3. @defaultValue 5 */
  minPoints?: number;
  /** Significance level, in (0, 1). @defaultValue 0.05 */
  alpha?: number;
  /** The indicator's definition revisions; a trend never spans one. */
  revisions?: readonly Revision[] | null;
  polarity?: Polarity;
}

/** The Mann–Kendall statistics of a sequence. */
export interface MannKendall {
  s: number;
  /** Variance of S under no trend, corrected for ties. */
  variance: number;
  z: number;
  pValue: number;
}

/**
 * The standard normal CDF, P(Z ≤ z). `NaN` for `NaN`.
 * @example normal_cdf(1.959963985) // 0.975
 * @example normal_cdf(-Infinity) // 0
 */
export function normal_cdf(z: number): number {
  if (typeof z !== 'number' || Number.isNaN(z)) return NaN;
  return Math.min(1, Math.max(0, 0.5 * erfc(-z / Math.SQRT2)));
}

function finiteValues(values: unknown): number[] {
  return Array.isArray(values) ? values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)) : [];
}

/**
 * Mann–Kendall trend test of a sequence in time order (non-finite entries are skipped):
 * S = Σ_{i<j} sign(x_j − x_i); Var S = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18 over groups of t tied
 * values; Z = (S − sign S) / √Var S; two-sided p = 2(1 − Φ(|Z|)). The normal approximation is used
 * at every n (at n = 5 it is conservative: exact p for S = 10 is 1/60). Serial correlation is not
 * corrected for. Fewer than two values, or all tied, give S = 0, Z = 0, p = 1.
 * @example values_mannKendall([1, 2, 3, 4, 5]) // { s: 10, variance: 16.67, z: 2.205, pValue: 0.0275 }
 */
export function values_mannKendall(values: readonly number[]): MannKendall {
  return mannKendall(finiteValues(values));
}

/**
 * Theil–Sen slope of a sequence in time order (non-finite entries are skipped): the median of the
 * pairwise slopes (x_j − x_i) / (j − i), i.e. the typical change per step. `undefined` for fewer
 * than two values.
 * @example values_senSlope([1, 3, 2, 5, 4]) // 0.875
 */
export function values_senSlope(values: readonly number[]): number | undefined {
  return senSlope(finiteValues(values));
}

interface Point {
  period: ParsedPeriod;
  value: number;
}

/**
 * Showable points with a readable period, in time order. A period listed twice is dropped
 * altogether (counting every entry for it, shown or not): which value is right is unknown.
 */
function series_points(observations: unknown, rule: Partial<SuppressionRule> | null | undefined): Point[] {
  const list: unknown[] = Array.isArray(observations) ? observations : [];
  const count = new Map<string, number>();
  const points: Point[] = [];
  // observation_isShowable, with the rule resolved once rather than per observation.
  const { minN } = suppression_rule(rule);
  let sorted = true;
  for (const o of list) {
    if (!o || typeof o !== 'object') continue;
    const period = period_parse((o as Observation).period);
    if (!period) continue;
    count.set(period.label, (count.get(period.label) ?? 0) + 1);
    const { value } = o as Observation;
    const n = observation_n(o as Observation);
    if (Number.isFinite(value) && !(n !== undefined && n < minN)) {
      const last = points[points.length - 1];
      if (last && parsed_compare(last.period, period) >= 0) sorted = false;
      points.push({ period, value: value as number });
    }
  }
  // Every period listed once and in order (the usual case): nothing to drop, nothing to sort.
  const kept = count.size === list.length ? points : points.filter((p) => count.get(p.period.label) === 1);
  return sorted ? kept : kept.sort((a, b) => parsed_compare(a.period, b.period));
}

/**
 * The trend of an indicator's series: the Mann–Kendall test for its direction and the Theil–Sen
 * slope per period step. Only showable values are used (finite, not suppressed), in period order;
 * a duplicated period is dropped. Periods are taken as evenly spaced: x is a period's position in
 * the usable list, so a gap counts as one step. When a definition revision falls inside the series,
 * only the periods from the latest revision on are used (a trend across it is not like-for-like)
 * and `brokenBy` says so. Too few periods give an `insufficient` result, never a guess.
 * @example series_trend(['2021', '2022', '2023', '2024', '2025'].map((period, i) =>
 *   ({ period, value: 40 + i }))) // { status: 'computed', direction: 'increasing', slope: 1, pValue: 0.0275, ... }
 */
export function series_trend(observations: readonly Observation[], options?: TrendOptions | null): Trend {
  const points = series_points(observations, options && typeof options === 'object' ? options.rule : undefined);
  return trend_of(
    points.map((p) => p.period),
    Float64Array.from(points, (p) => p.value),
    options,
  );
}
