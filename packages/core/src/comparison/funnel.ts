/**
 * Funnel plots for proportions: control limits around a benchmark that narrow as the number of
 * cases grows, so operators are compared with what chance alone would give at their size instead
 * of being ranked in a league table. Methods follow Spiegelhalter D.J. (2005), "Funnel plots for
 * comparing institutional performance", Statistics in Medicine 24:1185–1202: the binomial limits
 * of its appendix A.1.1 and its Winsorized estimate of over-dispersion.
 */
import type { Polarity } from '../schema/types.js';
import type { Comparison } from '../stats/compare.js';
import { normal_quantile } from '../stats/wilson.js';

/** One pair of control limits, as proportions (0..1). */
export interface FunnelLimit {
  /** Two-sided level, e.g. 0.95 or 0.998. */
  level: number;
  lower: number;
  upper: number;
}

/** How control limits are computed. */
export type FunnelMethod = 'normal' | 'exact';

/** Options of `funnel_limits`. */
export interface FunnelOptions {
  /** Two-sided levels. @defaultValue [0.95, 0.998] (about 2 and 3 standard deviations) */
  levels?: number[];
  /** Multiplicative over-dispersion factor from `overdispersion_phi`. @defaultValue 1 */
  phi?: number;
  /** Additive random-effects variance τ² from `overdispersion_phi`. @defaultValue 0 */
  tau2?: number;
  /** @defaultValue 'normal' */
  method?: FunnelMethod;
}

/** Where a unit falls on the funnel. `not-compared` when the input cannot be placed. */
export type FunnelPosition = 'above-99.8' | 'above-95' | 'within' | 'below-95' | 'below-99.8' | 'not-compared';

/** Default levels: the 95 % and 99.8 % limits of Spiegelhalter (2005). */
export const funnelLevels: readonly number[] = /* @__PURE__ */ Object.freeze([0.95, 0.998]);

/** Above this many cases the exact limits are taken from the normal approximation. */
const EXACT_MAX_N = 1e7;

function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function clip01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** A unit with n > 0 and 0 ≤ events ≤ n. */
function unit_isUsable(u: unknown): u is { events: number; n: number } {
  if (u === null || typeof u !== 'object') return false;
  const { events, n } = u as Record<string, unknown>;
  return isFiniteNumber(events) && isFiniteNumber(n) && n > 0 && events >= 0 && events <= n;
}

function levels_clean(levels: unknown): number[] {
  if (!Array.isArray(levels)) return [...funnelLevels];
  return [...new Set(levels.filter((l): l is number => isFiniteNumber(l) && l > 0 && l < 1))];
}

/**
 * The cumulative binomial distribution P(R ≤ r) for R ~ Bin(n, p) with 0 < p < 1, for every r
 * where it is not 0 or 1 to double precision. Terms are built outward from the mode by the ratio
 * of successive probabilities, which needs no factorials and cannot overflow.
 */
function binomial_cdf(n: number, p: number): (r: number) => number {
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const odds = p / (1 - p);
  const up: number[] = [];
  for (let k = mode, t = 1; k < n; k++) {
    t *= ((n - k) / (k + 1)) * odds;
    if (t < 1e-20) break;
    up.push(t);
  }
  const down: number[] = [];
  for (let k = mode, t = 1; k > 0; k--) {
    t *= k / ((n - k + 1) * odds);
    if (t < 1e-20) break;
    down.push(t);
  }
  const low = mode - down.length;
  const terms = [...down.reverse(), 1, ...up];
  const total = terms.reduce((a, b) => a + b, 0);
  const cdf: number[] = [];
  let sum = 0;
  for (const t of terms) cdf.push((sum += t) / total);
  return (r) => (r < low ? 0 : r >= low + cdf.length ? 1 : (cdf[r - low] ?? 1));
}

/**
 * The interpolated binomial quantile of Spiegelhalter (2005), appendix A.1.1: r is the smallest
 * count with P(R ≤ r) ≥ q, α = (P(R ≤ r) − q) / (P(R ≤ r) − P(R ≤ r − 1)), and the limit is
 * (r − α) / n. Interpolating makes the limits a smooth curve in n rather than a staircase.
 */
function binomial_limit(cdf: (r: number) => number, n: number, q: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (cdf(mid) >= q) hi = mid;
    else lo = mid + 1;
  }
  const at = cdf(lo);
  const step = at - cdf(lo - 1);
  const alpha = step > 0 ? (at - q) / step : 0;
  return (lo - alpha) / n;
}

/**
 * Control limits for a proportion from `n` cases when the true rate is `benchmark`.
 *
 * - `normal`: benchmark ± z · sqrt(φ · p(1 − p) / n + τ²), z the two-sided normal quantile.
 * - `exact`: the interpolated binomial quantiles of Spiegelhalter (2005) appendix A.1.1 (see
 *   `binomial_limit`); `n` is rounded to a whole number of cases. An over-dispersion factor φ
 *   widens them about the benchmark by √φ, as Spiegelhalter (2005) does. The normal formula is
 *   used instead with τ² > 0 (the random-effects model is a normal model), below one whole case,
 *   and above 10⁷ cases (where the two differ by less than 1e-6).
 *
 * Limits are clipped to 0..1 and listed in the order of `levels`. A benchmark of 0 or 1 leaves no
 * room for chance, so both limits are the benchmark. An unusable benchmark or `n`
 * gives `[]`; unusable levels are dropped; an unusable φ or τ² counts as none (1 and 0).
 * @example funnel_limits(0.2, 100, { levels: [0.95] }) // [{ level: 0.95, lower: 0.1216, upper: 0.2784 }] (4 d.p.)
 * @example funnel_limits(0.5, 10, { levels: [0.95], method: 'exact' })
 *   // [{ level: 0.95, lower: 0.13244…, upper: 0.76756… }]
 */
export function funnel_limits(benchmark: number, n: number, options?: FunnelOptions | null): FunnelLimit[] {
  if (!isFiniteNumber(benchmark) || benchmark < 0 || benchmark > 1 || !isFiniteNumber(n) || !(n > 0)) return [];
  const o = options !== null && typeof options === 'object' ? options : {};
  const phi = isFiniteNumber(o.phi) && o.phi > 0 ? o.phi : 1;
  const tau2 = isFiniteNumber(o.tau2) && o.tau2 > 0 ? o.tau2 : 0;
  const cases = Math.round(n);
  const exact = o.method === 'exact' && tau2 === 0 && cases >= 1 && cases <= EXACT_MAX_N && benchmark > 0 && benchmark < 1;
  const cdf = exact ? binomial_cdf(cases, benchmark) : undefined;
  return levels_clean(o.levels).map((level) => {
    const tail = (1 - level) / 2;
    if (cdf) {
      const widen = Math.sqrt(phi);
      const lower = benchmark + widen * (binomial_limit(cdf, cases, tail) - benchmark);
      const upper = benchmark + widen * (binomial_limit(cdf, cases, 1 - tail) - benchmark);
      return { level, lower: clip01(lower), upper: clip01(upper) };
    }
    const half = normal_quantile(1 - tail) * Math.sqrt((phi * benchmark * (1 - benchmark)) / n + tau2);
    return { level, lower: clip01(benchmark - half), upper: clip01(benchmark + half) };
  });
}

/**
 * Points to draw the funnel through, from `nRange[0]` to `nRange[1]` cases, spaced evenly on a
 * log scale (the curve bends most at small n). `steps` points, 2–1000, default 100; with the
 * exact method n is whole and repeated values are dropped. Unusable input gives `[]`.
 * @example funnel_curve(0.3, [10, 1000], { steps: 3 }).map((p) => p.n) // [10, 100, 1000]
 */
export function funnel_curve(
  benchmark: number,
  nRange: readonly [number, number],
  options?: (FunnelOptions & { steps?: number }) | null,
): Array<{ n: number; limits: FunnelLimit[] }> {
  if (!Array.isArray(nRange)) return [];
  const [min, max] = nRange;
  if (!isFiniteNumber(min) || !isFiniteNumber(max) || !(min > 0) || max < min) return [];
  if (funnel_limits(benchmark, min, options).length === 0) return [];
  const o = options !== null && typeof options === 'object' ? options : {};
  const steps = isFiniteNumber(o.steps) ? Math.min(1000, Math.max(2, Math.round(o.steps))) : 100;
  const exact = o.method === 'exact';
  const ns: number[] = [];
  for (let i = 0; i < steps; i++) {
    const raw = i === steps - 1 ? max : min * Math.pow(max / min, i / (steps - 1));
    const n = exact ? Math.max(1, Math.round(raw)) : raw;
    if (ns[ns.length - 1] !== n) ns.push(n);
  }
  return ns.map((n) => ({ n, limits: funnel_limits(benchmark, n, options) }));
}

/** Result of `overdispersion_phi`. */
export interface Overdispersion {
  /** Multiplicative over-dispersion factor: the mean squared Winsorized z-score. */
  phi: number;
  /** Additive between-unit variance (proportion²), 0 when there is no over-dispersion. */
  tau2: number;
  /** Each unit's z-score against the benchmark, in input order (not Winsorized); NaN for an unusable unit. */
  z: number[];
}

/**
 * Estimates over-dispersion as in Spiegelhalter (2005): z-scores
 * zᵢ = (yᵢ − θ) / sᵢ with sᵢ² = θ(1 − θ)/nᵢ; the ⌊I·w⌋ lowest and highest are pulled in to the
 * next value inward (Winsorizing at w and 1 − w, default 10 %); φ = (1/I) Σ z²_w; and the
 * additive random-effects variance τ² = max(0, (I·φ − (I − 1)) / (Σwᵢ − Σwᵢ²/Σwᵢ)), wᵢ = 1/sᵢ².
 * The benchmark defaults to the pooled proportion Σevents / Σn; one given must be in (0, 1). Units with n ≤ 0 or events outside
 * 0..n are left out (their z is NaN). `undefined` with fewer than two usable units or a benchmark
 * of 0 or 1 (no spread to scale). Spiegelhalter advises φ only be applied when clearly above 1.
 * @example overdispersion_phi([{ events: 10, n: 100 }, { events: 30, n: 100 }], 0.2)
 *   // { phi: 6.25, tau2: 0.0184, z: [-2.5, 2.5] }
 */
export function overdispersion_phi(
  units: ReadonlyArray<{ events: number; n: number }>,
  benchmark?: number,
  options?: { winsorize?: number } | null,
): Overdispersion | undefined {
  if (!Array.isArray(units)) return undefined;
  const good = units.filter(unit_isUsable);
  if (good.length < 2) return undefined;
  const theta = benchmark !== undefined && benchmark !== null
    ? benchmark
    : good.reduce((a, u) => a + u.events, 0) / good.reduce((a, u) => a + u.n, 0);
  if (!isFiniteNumber(theta) || !(theta > 0 && theta < 1)) return undefined;
  const w = options?.winsorize;
  const share = isFiniteNumber(w) && w >= 0 && w < 0.5 ? w : 0.1;
  const z = units.map((u) => (unit_isUsable(u) ? (u.events / u.n - theta) / Math.sqrt((theta * (1 - theta)) / u.n) : NaN));
  const sorted = z.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const I = sorted.length;
  const k = Math.floor(I * share + 1e-9); // 0.29 × 100 is 28.999… in binary
  const floor = sorted[k] ?? 0;
  const ceiling = sorted[I - 1 - k] ?? 0;
  const phi = sorted.reduce((a, x) => a + Math.min(ceiling, Math.max(floor, x)) ** 2, 0) / I;
  const weights = good.map((u) => u.n / (theta * (1 - theta)));
  const sw = weights.reduce((a, b) => a + b, 0);
  const sw2 = weights.reduce((a, b) => a + b * b, 0);
  const tau2 = Math.max(0, (I * phi - (I - 1)) / (sw - sw2 / sw));
  return { phi, tau2, z };
}

/**
 * Where `events` out of `n` falls against the 95 % and 99.8 % limits around `benchmark`. A value
 * exactly on a limit is `within` (outside means beyond the limit, as in Spiegelhalter 2005).
 * Unusable input gives `not-compared`. This is statistics only: apply the suppression rule before
 * showing the result.
 * @example funnel_classify(30, 100, 0.2) // 'above-95' (limits 0.1216–0.2784 and 0.0764–0.3236)
 */
export function funnel_classify(
  events: number,
  n: number,
  benchmark: number,
  options?: Omit<FunnelOptions, 'levels'> | null,
): FunnelPosition {
  if (!isFiniteNumber(events) || !isFiniteNumber(n) || !(n > 0) || events < 0 || events > n) return 'not-compared';
  const limits = funnel_limits(benchmark, n, { ...(options ?? {}), levels: [0.95, 0.998] });
  const [l95, l998] = limits;
  if (!l95 || !l998) return 'not-compared';
  const y = events / n;
  if (y > l998.upper) return 'above-99.8';
  if (y > l95.upper) return 'above-95';
  if (y < l998.lower) return 'below-99.8';
  if (y < l95.lower) return 'below-95';
  return 'within';
}

/**
 * The comparison words for a funnel position, by the indicator's polarity: above the limits is
 * `better` when higher is better, `worse` when lower is better, and just `higher` when the
 * indicator has no good direction. Both levels give the same word; the UI shows the level.
 * @example funnel_status('above-99.8', 'lower-better') // 'worse'
 * @example funnel_status('within', 'higher-better') // 'similar'
 */
export function funnel_status(position: FunnelPosition, polarity: Polarity): Comparison {
  const side = position === 'above-95' || position === 'above-99.8' ? 1
    : position === 'below-95' || position === 'below-99.8' ? -1
    : position === 'within' ? 0 : undefined;
  if (side === undefined) return 'not-comparable';
  if (side === 0) return 'similar';
  if (polarity === 'higher-better') return side > 0 ? 'better' : 'worse';
  if (polarity === 'lower-better') return side > 0 ? 'worse' : 'better';
  return side > 0 ? 'higher' : 'lower';
}
