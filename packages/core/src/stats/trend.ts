/**
 * Trends over time: is an indicator's series rising or falling by more than chance would give, and
 * by how much per period? The Mann–Kendall test and the Theil–Sen slope are both rank-based: they
 * assume no normality and shrug off an outlying year, which suits the short, noisy series of
 * social-procurement measurement.
 */
import type { Observation, Period, Polarity, Revision, SuppressionRule } from '../schema/types.js';
import { observation_n, suppression_rule } from './suppression.js';
import { isoDate_parse, parsed_compare, period_containsDate, period_parse, type ParsedPeriod } from './target.js';

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

const DEFAULT_MIN_POINTS = 5;
const DEFAULT_ALPHA = 0.05;

/**
 * Complementary error function, Chebyshev fit of Press et al., Numerical Recipes (2nd ed.) §6.2,
 * `erfcc`: fractional error below 1.2e-7 everywhere, so small tail p-values stay accurate too.
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
    t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const r = t * Math.exp(-z * z + poly);
  return x >= 0 ? r : 2 - r;
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
  const xs = finiteValues(values);
  const n = xs.length;
  // S = concordant − discordant pairs = all pairs − tied pairs − 2 × discordant pairs. The
  // discordant pairs are the inversions a merge sort counts, so S takes O(n log n), not the
  // O(n²) of comparing every pair (two million pairs for 2,000 points), and is the same integer.
  const sorted = new Float64Array(xs);
  const inversions = mergeCount(sorted, new Float64Array(n));
  let tiedPairs = 0;
  let ties = 0;
  for (let i = 0, j = 0; i < n; i = j) {
    while (j < n && sorted[j] === sorted[i]) j++;
    const t = j - i;
    tiedPairs += (t * (t - 1)) / 2;
    ties += t * (t - 1) * (2 * t + 5);
  }
  const s = (n > 1 ? (n * (n - 1)) / 2 : 0) - tiedPairs - 2 * inversions;
  const variance = Math.max(0, (n * (n - 1) * (2 * n + 5) - ties) / 18);
  const z = variance > 0 && s !== 0 ? (s - Math.sign(s)) / Math.sqrt(variance) : 0;
  const pValue = Math.min(1, Math.max(0, erfc(Math.abs(z) / Math.SQRT2)));
  return { s, variance, z, pValue };
}

/**
 * Sorts `a` ascending (bottom-up merge sort through `tmp`) and returns how many pairs i < j had
 * a[i] > a[j] strictly: equal values are not inversions, so ties count as neither side.
 */
function mergeCount(a: Float64Array, tmp: Float64Array): number {
  const n = a.length;
  let count = 0;
  let src = a;
  let dst = tmp;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (src[i]! <= src[j]!) dst[k++] = src[i++]!;
        else {
          count += mid - i;
          dst[k++] = src[j++]!;
        }
      }
      while (i < mid) dst[k++] = src[i++]!;
      while (j < hi) dst[k++] = src[j++]!;
    }
    [src, dst] = [dst, src];
  }
  if (src !== a) a.set(src);
  return count;
}

/**
 * Theil–Sen slope of a sequence in time order (non-finite entries are skipped): the median of the
 * pairwise slopes (x_j − x_i) / (j − i), i.e. the typical change per step. `undefined` for fewer
 * than two values.
 * @example values_senSlope([1, 3, 2, 5, 4]) // 0.875
 */
export function values_senSlope(values: readonly number[]): number | undefined {
  const xs = finiteValues(values);
  const n = xs.length;
  if (n < 2) return undefined;
  // Halved differences cannot overflow, so extreme finite values never give Infinity − Infinity.
  // A typed array and a selection (not a sort) keep long series fast: 2,000 points make about
  // two million pairwise slopes.
  const halves = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n - 1; i++) {
    const a = (xs[i] as number) / 2;
    for (let j = i + 1; j < n; j++) halves[k++] = ((xs[j] as number) / 2 - a) / (j - i);
  }
  const mid = halves.length >> 1;
  const upper = select(halves, mid);
  let median = upper;
  if (halves.length % 2 === 0) {
    // After selecting `mid`, everything left of it is ≤ it: the lower middle is their maximum.
    let lower = -Infinity;
    for (let i = 0; i < mid; i++) if (halves[i]! > lower) lower = halves[i]!;
    median = lower / 2 + upper / 2;
  }
  // `+ 0` turns −0 into 0, which Intl would otherwise print as "-0".
  return median * 2 + 0;
}

/**
 * The k-th smallest value (0-based), moving it to index k with smaller values before it and
 * larger after (Hoare's quickselect with a median-of-three pivot). Linear time on average.
 */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const m = (lo + hi) >> 1;
    // Median of three as the pivot, which keeps sorted and reversed input linear.
    if (a[m]! < a[lo]!) swap(a, m, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[m]!) swap(a, hi, m);
    const pivot = a[m]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) swap(a, i++, j--);
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
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
 * Index of the first point measured under a revision's definition: the first period starting at
 * or after its `period`, else the first containing or following its `date`. −1 when none is.
 */
function revision_firstIndex(revision: unknown, points: readonly Point[]): number {
  if (!revision || typeof revision !== 'object') return -1;
  const { period, date } = revision as Revision;
  const first = period_parse(period);
  if (first) return points.findIndex((p) => p.period.startMonth >= first.startMonth);
  const d = isoDate_parse(date);
  if (!d) return -1;
  const month = d.year * 12 + d.month - 1;
  return points.findIndex((p) => period_containsDate(p.period.label, date) || p.period.startMonth > month);
}

/**
 * The direction judged by polarity.
 * @example trend_assess('decreasing', 'lower-better') // 'better'
 */
export function trend_assess(direction: TrendDirection, polarity: Polarity | undefined): TrendAssessment {
  if (direction !== 'increasing' && direction !== 'decreasing') return 'none';
  if (polarity === 'higher-better') return direction === 'increasing' ? 'better' : 'worse';
  if (polarity === 'lower-better') return direction === 'increasing' ? 'worse' : 'better';
  return 'none';
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
  const opts: TrendOptions = options && typeof options === 'object' ? options : {};
  const m = opts.minPoints;
  const required = typeof m === 'number' && Number.isFinite(m) ? Math.max(3, Math.ceil(m)) : DEFAULT_MIN_POINTS;
  const a = opts.alpha;
  const alpha = typeof a === 'number' && a > 0 && a < 1 ? a : DEFAULT_ALPHA;

  const all = series_points(observations, opts.rule);
  let cut = 0;
  let brokenBy: Revision | undefined;
  for (const revision of Array.isArray(opts.revisions) ? opts.revisions : []) {
    const index = revision_firstIndex(revision, all);
    // A revision at or before the first point, or after the last, breaks nothing.
    if (index > cut) {
      cut = index;
      brokenBy = revision;
    }
  }
  const points = all.slice(cut);
  const broken = brokenBy ? { brokenBy } : {};

  const first = points[0];
  const last = points[points.length - 1];
  if (points.length < required || !first || !last) {
    const reason = brokenBy && all.length >= required ? 'definition-changed' : 'too-few-points';
    return { status: 'insufficient', points: points.length, required, reason, ...broken };
  }

  const values = points.map((p) => p.value);
  const { s, z, pValue } = values_mannKendall(values);
  const direction: TrendDirection = pValue >= alpha || s === 0 ? 'no-clear-trend' : s > 0 ? 'increasing' : 'decreasing';
  const result = {
    status: 'computed',
    direction,
    assessment: trend_assess(direction, opts.polarity),
    s,
    z,
    pValue,
    points: points.length,
    from: first.period.label,
    to: last.period.label,
    ...broken,
  } as TrendComputed;
  // The slope is the costly part (all pairwise slopes: two million for 2,000 points) and a chart
  // summary does not need it, so it is worked out on first read and then kept.
  let slope: number | undefined;
  Object.defineProperty(result, 'slope', {
    enumerable: true,
    get: () => (slope ??= values_senSlope(values) ?? 0),
  });
  return result;
}
