/**
 * Change between two observations, guarded by the small-number rule.
 */
import type { Observation, SuppressionRule } from '../schema/types.js';
import { observation_isShowable } from './suppression.js';

/** Change from a previous value to the current one, in the indicator's unit. */
export interface Delta {
  change: number;
  direction: 'up' | 'down' | 'same';
}

/**
 * The change from `previous` to `current`; `undefined` when either is missing, has no value, or
 * is suppressed. A delta against a suppressed value would let a reader work the hidden value out
 * (current − change), so it is never computed.
 * @example observation_delta({ period: '2025', value: 42, n: 120 }, { period: '2024', value: 40, n: 110 })
 *   // { change: 2, direction: 'up' }
 * @example observation_delta({ period: '2025', value: 42, n: 120 }, { period: '2024', value: 40, n: 6 })
 *   // undefined
 */
export function observation_delta(
  current: Observation | null | undefined,
  previous: Observation | null | undefined,
  rule?: Partial<SuppressionRule> | null,
): Delta | undefined {
  if (!observation_isShowable(current, rule) || !observation_isShowable(previous, rule)) return undefined;
  const a = current!.value as number;
  const b = previous!.value as number;
  const change = a - b;
  if (!Number.isFinite(change)) return undefined;
  // 30.3 − 30.1 is 0.19999…, but 0.1 + 0.2 − 0.3 should read as "no change", not as a tiny rise.
  const tolerance = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (Math.abs(change) <= tolerance) return { change: 0, direction: 'same' };
  return { change, direction: change > 0 ? 'up' : 'down' };
}
