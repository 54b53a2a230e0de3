/**
 * Cautions a reader needs before trusting a value: it is hidden, not like-for-like, flagged,
 * based on few cases, measured against a target without a basis, or experimental.
 */
import type { Indicator, Observation, QualityFlag, SuppressionRule, Target } from '../schema/types.js';
import { observation_n, suppression_check, suppression_rule } from '../stats/suppression.js';
import { period_containsDate, period_parse } from '../stats/target.js';

/** What a caution is about. */
export type CautionKind =
  | 'experimental'
  | 'definition-changed'
  | 'target-without-basis'
  | 'data-quality'
  | 'unstable'
  | 'suppressed';

/** One caution, with the parameters its message needs. */
export interface Caution {
  kind: CautionKind;
  params?: Record<string, string | number>;
  /** For `data-quality`: the flags the observation carries. */
  flags?: QualityFlag[];
}

/** Cautions from most to least severe: a hidden value first, a general note last. */
export const caution_order: readonly CautionKind[] = [
  'suppressed',
  'definition-changed',
  'data-quality',
  'unstable',
  'target-without-basis',
  'experimental',
];

const QUALITY_FLAGS: ReadonlySet<string> = /* @__PURE__ */ new Set(['incomplete', 'estimated', 'unverified', 'late', 'source-changed']);
const BASIS_KINDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['previous-measurement', 'similar-services', 'research', 'other']);

/** Input of `indicator_cautions`. */
export interface CautionInput {
  indicator: Indicator | null | undefined;
  observation?: Observation | null;
  target?: Target | null;
  rule?: Partial<SuppressionRule> | null;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object';
}

/**
 * The cautions that apply to an indicator's value in one period, most severe first.
 * `definition-changed` applies when a revision's first period is this period, or its date falls
 * inside it: a trend crossing that point is not like-for-like.
 * @example indicator_cautions({ indicator: { ...indicator, experimental: true },
 *   observation: { period: '2025', value: 40, n: 12 } })
 *   // [{ kind: 'unstable', params: { n: 12, unstableN: 20 } }, { kind: 'experimental' }]
 */
export function indicator_cautions(input: CautionInput): Caution[] {
  if (!isObject(input)) return [];
  const { indicator, observation, target } = input;
  const rule = suppression_rule(input.rule);
  const found: Caution[] = [];

  if (isObject(observation)) {
    const n = observation_n(observation);
    const status = suppression_check(n, rule);
    // The case count itself is not passed for suppressed values: "3 cases" can identify people.
    if (status === 'suppressed') found.push({ kind: 'suppressed', params: { minN: rule.minN } });
    if (status === 'unstable' && n !== undefined) {
      found.push({ kind: 'unstable', params: { n, unstableN: rule.unstableN } });
    }

    const flags = Array.isArray(observation.quality)
      ? [...new Set(observation.quality.filter((f): f is QualityFlag => QUALITY_FLAGS.has(f)))]
      : [];
    if (flags.length > 0) found.push({ kind: 'data-quality', flags });

    const period = period_parse(observation.period);
    const revisions = isObject(indicator) && Array.isArray(indicator.revisions) ? indicator.revisions : [];
    const revision = period
      ? revisions.find(
          (r) =>
            isObject(r) &&
            (period_parse(r.period)?.label === period.label || period_containsDate(period.label, r.date)),
        )
      : undefined;
    if (revision) {
      const params: Record<string, string> = {};
      if (typeof revision.date === 'string') params.date = revision.date;
      if (typeof revision.period === 'string') params.period = revision.period;
      found.push({ kind: 'definition-changed', params });
    }
  }

  if (isObject(target) && !(isObject(target.basis) && BASIS_KINDS.has(target.basis.kind))) {
    found.push({ kind: 'target-without-basis' });
  }
  if (isObject(indicator) && indicator.experimental === true) found.push({ kind: 'experimental' });

  return found.sort((a, b) => caution_order.indexOf(a.kind) - caution_order.indexOf(b.kind));
}
