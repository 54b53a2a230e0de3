/**
 * Comparing a value with a reference (a target, a benchmark, another operator's value).
 * Comparing operators is expected but must be careful, so a difference inside the value's
 * confidence interval is called "similar" rather than better or worse.
 */
import type { Interval, Polarity } from '../schema/types.js';

/**
 * The outcome of a comparison. `better`/`worse` when the indicator has a good direction,
 * `higher`/`lower` when it has none, `similar` when the difference is not distinguishable.
 */
export type Comparison = 'better' | 'worse' | 'similar' | 'higher' | 'lower' | 'not-comparable';

/** Input of `comparison_classify`. */
export interface ComparisonInput {
  value: number | null | undefined;
  /** Confidence interval of `value`, in the value's unit. */
  interval?: Pick<Interval, 'lower' | 'upper'> | null;
  reference: number | null | undefined;
  polarity: Polarity;
  /** Refuse to compare a value without an interval (e.g. between operators). */
  requireInterval?: boolean;
}

function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/**
 * Classifies a value against a reference. With an interval, the value is above the reference only
 * when the whole interval is; without one, the point value decides (unless `requireInterval`).
 * `lower-better` flips above/below into better/worse; `none` (or an unknown polarity) gives
 * higher/lower with no value judgement. Unusable input gives `not-comparable`.
 * @example comparison_classify({ value: 62, interval: { lower: 58, upper: 66 }, reference: 55,
 *   polarity: 'higher-better' }) // 'better'
 * @example comparison_classify({ value: 62, interval: { lower: 53, upper: 71 }, reference: 55,
 *   polarity: 'higher-better' }) // 'similar'
 * @example comparison_classify({ value: 12, reference: 15, polarity: 'lower-better' }) // 'better'
 */
export function comparison_classify(input: ComparisonInput): Comparison {
  if (!input || typeof input !== 'object') return 'not-comparable';
  const { value, interval, reference, polarity, requireInterval } = input;
  if (!isFiniteNumber(value) || !isFiniteNumber(reference)) return 'not-comparable';
  let side: -1 | 0 | 1;
  if (interval !== undefined && interval !== null) {
    // A broken interval is bad data, not an absent one: do not fall back to the point value.
    if (typeof interval !== 'object') return 'not-comparable';
    const { lower, upper } = interval;
    if (!isFiniteNumber(lower) || !isFiniteNumber(upper) || lower > upper) return 'not-comparable';
    side = lower > reference ? 1 : upper < reference ? -1 : 0;
  } else {
    if (requireInterval === true) return 'not-comparable';
    side = value > reference ? 1 : value < reference ? -1 : 0;
  }
  if (side === 0) return 'similar';
  if (polarity === 'higher-better') return side > 0 ? 'better' : 'worse';
  if (polarity === 'lower-better') return side > 0 ? 'worse' : 'better';
  return side > 0 ? 'higher' : 'lower';
}
