/**
 * The arithmetic behind `series_trend`, `values_mannKendall` and `values_senSlope`, on values
 * already cleaned (finite, in time order). Not part of the package API: `stats/trend.ts` holds the
 * public functions, and the chart model calls `trend_of` straight from the points it has just
 * built, so a chart update does not read its observations a second time.
 */
import type { Period, Polarity, Revision } from '../schema/types.js';
import { isoDate_parse, period_containsDate, period_parse, type ParsedPeriod } from './target.js';
import type { MannKendall, Trend, TrendAssessment, TrendComputed, TrendDirection, TrendOptions } from './trend.js';

const DEFAULT_MIN_POINTS = 5;
const DEFAULT_ALPHA = 0.05;

/**
 * Complementary error function, Chebyshev fit of Press et al., Numerical Recipes (2nd ed.) §6.2,
 * `erfcc`: fractional error below 1.2e-7 everywhere, so small tail p-values stay accurate too.
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
    t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const r = t * Math.exp(-z * z + poly);
  return x >= 0 ? r : 2 - r;
}

/** `values_mannKendall` of values that are all finite. */
export function mannKendall(xs: ArrayLike<number>): MannKendall {
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

/** `values_senSlope` of values that are all finite. */
export function senSlope(xs: ArrayLike<number>): number | undefined {
  const n = xs.length;
  if (n < 2) return undefined;
  // Halved differences cannot overflow, so extreme finite values never give Infinity − Infinity.
  // A typed array and a selection (not a sort) keep long series fast: 2,000 points make about
  // two million pairwise slopes.
  const halves = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n - 1; i++) {
    const a = xs[i]! / 2;
    for (let j = i + 1; j < n; j++) halves[k++] = (xs[j]! / 2 - a) / (j - i);
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
 * Index of the first period measured under a revision's definition: the first period starting at
 * or after its `period`, else the first containing or following its `date`. −1 when none is.
 */
function revision_firstIndex(revision: unknown, periods: readonly ParsedPeriod[]): number {
  if (!revision || typeof revision !== 'object') return -1;
  const { period, date } = revision as Revision;
  const first = period_parse(period);
  if (first) return periods.findIndex((p) => p.startMonth >= first.startMonth);
  const d = isoDate_parse(date);
  if (!d) return -1;
  const month = d.year * 12 + d.month - 1;
  return periods.findIndex((p) => period_containsDate(p.label as Period, date) || p.startMonth > month);
}

/**
 * The trend of usable points: `periods[i]` and `values[i]` are the i-th showable value and its
 * period, in time order, each period once (what `series_trend` makes of its observations).
 * `values` is kept by the result (the slope is worked out from it on first read): pass a copy.
 */
export function trend_of(periods: readonly ParsedPeriod[], values: Float64Array, options?: TrendOptions | null): Trend {
  const opts: TrendOptions = options && typeof options === 'object' ? options : {};
  const m = opts.minPoints;
  const required = typeof m === 'number' && Number.isFinite(m) ? Math.max(3, Math.ceil(m)) : DEFAULT_MIN_POINTS;
  const a = opts.alpha;
  const alpha = typeof a === 'number' && a > 0 && a < 1 ? a : DEFAULT_ALPHA;

  const all = values.length;
  let cut = 0;
  let brokenBy: Revision | undefined;
  for (const revision of Array.isArray(opts.revisions) ? opts.revisions : []) {
    const index = revision_firstIndex(revision, periods);
    // A revision at or before the first point, or after the last, breaks nothing.
    if (index > cut) {
      cut = index;
      brokenBy = revision;
    }
  }
  const count = all - cut;
  const broken = brokenBy ? { brokenBy } : {};

  if (count < required) {
    const reason = brokenBy && all >= required ? 'definition-changed' : 'too-few-points';
    return { status: 'insufficient', points: count, required, reason, ...broken };
  }

  const used = cut ? values.subarray(cut) : values;
  const { s, z, pValue } = mannKendall(used);
  const direction: TrendDirection = pValue >= alpha || s === 0 ? 'no-clear-trend' : s > 0 ? 'increasing' : 'decreasing';
  const result = {
    status: 'computed',
    direction,
    assessment: trend_assess(direction, opts.polarity),
    s,
    z,
    pValue,
    points: count,
    from: periods[cut]!.label,
    to: periods[all - 1]!.label,
    ...broken,
  } as TrendComputed;
  // The slope is the costly part (all pairwise slopes: two million for 2,000 points) and a chart
  // summary does not need it, so it is worked out on first read and then kept.
  let slope: number | undefined;
  Object.defineProperty(result, 'slope', {
    enumerable: true,
    get: () => (slope ??= senSlope(used) ?? 0),
  });
  return result;
}
