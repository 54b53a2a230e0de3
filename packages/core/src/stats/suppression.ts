/**
 * Small-number suppression. Published findings must not let anyone identify a service recipient,
 * so values computed from very few cases are hidden, and values from few cases are flagged as
 * unstable (they swing a lot by chance).
 */
import type { Observation, SuppressionRule } from '../schema/types.js';

/** What the small-number rule says about a value. `unknown` when the number of cases is not known. */
export type SuppressionStatus = 'suppressed' | 'unstable' | 'ok' | 'unknown';

/** The default rule: fewer than 10 cases hidden, fewer than 20 flagged unstable. */
export const defaultSuppression: SuppressionRule = /* @__PURE__ */ Object.freeze({ minN: 10, unstableN: 20 });

function count_clean(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : undefined;
}

/**
 * A complete, consistent rule from a partial or messy one. Unusable numbers fall back to the
 * defaults, and `unstableN` is raised to `minN` when it is lower (a hidden value is never "unstable").
 * @example suppression_rule({ minN: 30 }) // { minN: 30, unstableN: 30 }
 * @example suppression_rule({ minN: -1, unstableN: 50 }) // { minN: 10, unstableN: 50 }
 */
export function suppression_rule(partial?: Partial<SuppressionRule> | null): SuppressionRule {
  const source = partial !== null && typeof partial === 'object' ? partial : {};
  const minN = count_clean(source.minN) ?? defaultSuppression.minN;
  const unstableN = count_clean(source.unstableN) ?? defaultSuppression.unstableN;
  return { minN, unstableN: Math.max(unstableN, minN) };
}

/**
 * Classifies a number of cases under a rule.
 * @example suppression_check(9) // 'suppressed'
 * @example suppression_check(10) // 'unstable'
 * @example suppression_check(20) // 'ok'
 * @example suppression_check(undefined) // 'unknown'
 */
export function suppression_check(
  n: number | null | undefined,
  rule?: Partial<SuppressionRule> | null,
): SuppressionStatus {
  const count = count_clean(n);
  if (count === undefined) return 'unknown';
  const { minN, unstableN } = suppression_rule(rule);
  if (count < minN) return 'suppressed';
  if (count < unstableN) return 'unstable';
  return 'ok';
}

/**
 * The number of cases behind an observation: `n`, else the denominator.
 * @example observation_n({ period: '2025', value: 40, numerator: 8, denominator: 20 }) // 20
 */
export function observation_n(obs: Partial<Observation> | null | undefined): number | undefined {
  if (!obs || typeof obs !== 'object') return undefined;
  return count_clean(obs.n) ?? count_clean(obs.denominator);
}

/**
 * Whether an observation's value may be shown: it has a finite value and is not suppressed.
 * Unstable values are shown (with a caution). When the number of cases is unknown the value is
 * shown, because many indicators (counts, hours) have no case base; data owners who need
 * suppression must supply `n` or a denominator.
 * @example observation_isShowable({ period: '2025', value: 40, n: 9 }) // false
 * @example observation_isShowable({ period: '2025', value: 40, n: 12 }) // true
 */
export function observation_isShowable(
  obs: Partial<Observation> | null | undefined,
  rule?: Partial<SuppressionRule> | null,
): boolean {
  if (!obs || typeof obs !== 'object') return false;
  if (typeof obs.value !== 'number' || !Number.isFinite(obs.value)) return false;
  return suppression_check(observation_n(obs), rule) !== 'suppressed';
}
