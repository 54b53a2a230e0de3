import {
  baseline_isShowable,
  comparison_classify,
  format_change,
  format_period,
  format_value,
  indicator_cautions,
  observation_delta,
  observation_n,
  period_compare,
  suppression_check,
  target_valueFor,
  type Baseline,
  type Caution,
  type Comparison,
  type Indicator,
  type Observation,
  type Period,
  type SuppressionRule,
  type Target,
} from '@rechesh/core';

/**
 * Everything the card shows, computed from data before rendering. Suppression is applied here,
 * once: a suppressed value never reaches the render function, so it cannot leak into text,
 * aria attributes or the sparkline.
 */
export interface CardModel {
  current: Observation | undefined;
  previous: Observation | undefined;
  /** Showable value of the current period (undefined when suppressed or missing). */
  value: number | undefined;
  suppressed: boolean;
  unstable: boolean;
  n: number | undefined;
  interval: { lower: number; upper: number; level: number } | undefined;
  targetValue: number | undefined;
  status: Comparison | undefined;
  gap: number | undefined;
  delta: ReturnType<typeof observation_delta>;
  baseline: Baseline | undefined;
  cautions: Caution[];
  /** Recent periods, oldest first; suppressed ones carry `value: null`. */
  recent: { period: Period; value: number | null; hidden: boolean }[];
}

export function card_model(input: {
  indicator: Indicator;
  observations: readonly Observation[];
  target?: Target;
  baseline?: Baseline;
  period?: Period;
  rule: SuppressionRule;
  recentCount: number;
}): CardModel {
  const { indicator, target, rule } = input;
  const sorted = [...input.observations].sort((a, b) => period_compare(a.period, b.period));
  let index = sorted.length - 1;
  if (input.period !== undefined) index = sorted.findIndex((o) => o.period === input.period);
  const current = index >= 0 ? sorted[index] : undefined;
  const previous = index > 0 ? sorted[index - 1] : undefined;

  const showable = (o: Observation | undefined): o is Observation & { value: number } =>
    !!o && typeof o.value === 'number' && Number.isFinite(o.value) && suppression_check(observation_n(o), rule) !== 'suppressed';

  const n = current ? observation_n(current) : undefined;
  const check = suppression_check(n, rule);
  const suppressed = check === 'suppressed';
  const value = showable(current) ? current.value : undefined;
  const interval =
    value !== undefined && current?.interval
      ? { lower: current.interval.lower, upper: current.interval.upper, level: current.interval.level ?? 0.95 }
      : undefined;

  const upTo = sorted.slice(0, index + 1);
  const targetValue =
    target && current
      ? target_valueFor(target, { period: current.period, observations: upTo, baseline: input.baseline, rule })
      : undefined;
  const status =
    value !== undefined && targetValue !== undefined
      ? comparison_classify({ value, interval, reference: targetValue, polarity: indicator.polarity })
      : undefined;
  const gap = value !== undefined && targetValue !== undefined ? value - targetValue : undefined;
  const delta = current && previous ? observation_delta(current, previous, rule) : undefined;

  const baseline = baseline_isShowable(input.baseline, input.observations, rule) ? input.baseline : undefined;

  const cautions = indicator_cautions({ indicator, observation: current, target, rule });

  const start = Math.max(0, index - input.recentCount + 1);
  const recent = index >= 0
    ? sorted.slice(start, index + 1).map((o) => {
        const ok = showable(o);
        return { period: o.period, value: ok ? o.value : null, hidden: !ok && o.value !== null };
      })
    : [];

  return {
    current,
    previous,
    value,
    suppressed,
    unstable: check === 'unstable',
    n: suppressed ? undefined : n,
    interval,
    targetValue,
    status,
    gap,
    delta,
    baseline,
    cautions,
    recent,
  };
}

export { format_change, format_period, format_value };
