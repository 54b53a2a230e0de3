import type {
  Baseline,
  Indicator,
  LocalizedText,
  Observation,
  Period,
  QualityFlag,
  Revision,
  SuppressionRule,
  Target,
} from '../schema/types.js';
import { comparison_classify, type Comparison } from '../stats/compare.js';
import { defaultSuppression, observation_n, suppression_rule } from '../stats/suppression.js';
import { baseline_isShowable, parsed_compare, period_containsDate, period_parse, target_series } from '../stats/target.js';
import { series_trend, type Trend } from '../stats/trend.js';

/** One line of a trend chart: the service, an operator, a population segment or a benchmark. */
export interface ChartSeries {
  id: string;
  label: LocalizedText;
  observations: readonly Observation[];
  /** @defaultValue 'primary' for the first series, 'comparison' for the others */
  role?: 'primary' | 'comparison' | 'segment' | 'benchmark';
  /** A target of this series' own (differential targets per segment). */
  target?: Target;
}

/** Something that happened, drawn on the time axis. */
export interface ChartEvent {
  period: Period;
  label: LocalizedText;
  kind?: 'tender' | 'operator-change' | 'policy' | 'other';
}

export interface TrendChartInput {
  indicator: Indicator;
  series: readonly ChartSeries[];
  /** The target of the primary series (and of any series without its own). */
  target?: Target;
  baseline?: Baseline;
  events?: readonly ChartEvent[];
  rule?: SuppressionRule;
}

/** Why a period has no drawn value. */
export type PointState = 'shown' | 'suppressed' | 'missing';

export interface ChartPoint {
  period: Period;
  /** Index into the chart's `periods`. */
  index: number;
  /** The value, only when `state` is 'shown'. Suppressed values never get here. */
  value: number | null;
  state: PointState;
  n?: number;
  interval?: { lower: number; upper: number; level: number };
  target?: number;
  status?: Comparison;
  quality?: QualityFlag[];
}

export interface ChartSeriesModel {
  id: string;
  label: LocalizedText;
  role: NonNullable<ChartSeries['role']>;
  /** One point per chart period, aligned with `periods`. */
  points: ChartPoint[];
  /** Runs of consecutive shown points to connect with a line (gaps and revisions break them). */
  segments: number[][];
  target?: { target: Target; values: (number | undefined)[]; noBasis: boolean };
  /**
   * Trend of the main series (the first). Other series leave it out: the summary speaks of the
   * main one, and a trend costs O(n²) on long series.
   */
  trend?: Trend;
}

export interface TrendChartModel {
  periods: Period[];
  series: ChartSeriesModel[];
  baseline?: Baseline & { index: number | undefined };
  events: (ChartEvent & { index: number })[];
  /** Definition revisions that fall inside the chart, at the first period they apply to. */
  revisions: (Revision & { index: number })[];
  /** Lowest and highest value anything drawn needs (values, intervals, targets, baseline). */
  extent: [number, number] | undefined;
  suppressedCount: number;
}

/**
 * The data model of a target trend chart, free of pixels: aligned periods, shown/suppressed
 * points, line segments broken at gaps and definition revisions, target paths per series, the
 * trend of each series, and the value extent. Suppression is applied here, once.
 * @example trendChart_model({ indicator, series: [{ id: 'a', label: 'א', observations }] }).periods
 */
export function trendChart_model(input: TrendChartInput): TrendChartModel {
  const rule = input.rule ?? defaultSuppression;
  const list = Array.isArray(input.series) ? input.series : [];
  const periods = uniquePeriods(list);
  const indexOf = new Map(periods.map((p, i) => [p, i]));
  const revisions = revisionIndices(input.indicator.revisions ?? [], periods);
  const breakAt = new Set(revisions.map((r) => r.index));
  const benchmark = list.find((s) => s.role === 'benchmark')?.observations;
  // suppression_check(n, rule) === 'suppressed', with the rule resolved once, not per point.
  const { minN } = suppression_rule(rule);
  let suppressedCount = 0;
  // The extent of everything drawn, kept as we go (finite values only).
  let lo = Infinity;
  let hi = -Infinity;
  const extend = (v: number) => {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  };

  const series = list.map((s, si): ChartSeriesModel => {
    const role = s.role ?? (si === 0 ? 'primary' : 'comparison');
    const observations = Array.isArray(s.observations) ? s.observations : [];
    // Usually a series lists every chart period in order: then its i-th observation is the one
    // for period i and no lookup table is needed.
    let aligned = observations.length === periods.length;
    for (let i = 0; aligned && i < periods.length; i++) aligned = observations[i]?.period === periods[i];
    const byPeriod = new Map<Period, Observation>();
    if (!aligned) for (const o of observations) if (o && typeof o.period === 'string') byPeriod.set(o.period, o);
    const target = s.target ?? (role === 'primary' || role === 'segment' ? input.target : undefined);
    const targetValues = target
      ? target_series(target, periods, { observations, baseline: input.baseline, rule, benchmarkSeries: benchmark }).map((t) => t.value)
      : undefined;

    const points = periods.map((period, index): ChartPoint => {
      const o = aligned ? observations[index] : byPeriod.get(period);
      const t = targetValues?.[index];
      if (!o || typeof o.value !== 'number' || !Number.isFinite(o.value)) {
        return { period, index, value: null, state: 'missing', target: t };
      }
      const n = observation_n(o);
      if (n !== undefined && n < minN) {
        suppressedCount++;
        return { period, index, value: null, state: 'suppressed', target: t };
      }
      const interval = o.interval ? { lower: o.interval.lower, upper: o.interval.upper, level: o.interval.level ?? 0.95 } : undefined;
      extend(o.value);
      if (interval) {
        if (Number.isFinite(interval.lower)) extend(interval.lower);
        if (Number.isFinite(interval.upper)) extend(interval.upper);
      }
      const status = t !== undefined ? comparison_classify({ value: o.value, interval, reference: t, polarity: input.indicator.polarity }) : undefined;
      return { period, index, value: o.value, state: 'shown', n, interval, target: t, status, quality: o.quality };
    });
    for (const t of targetValues ?? []) if (typeof t === 'number' && Number.isFinite(t)) extend(t);

    return {
      id: s.id,
      label: s.label,
      role,
      points,
      segments: segmentsOf(points, breakAt),
      target: target && targetValues ? { target, values: targetValues, noBasis: !target.basis } : undefined,
      trend:
        si === 0
          ? series_trend(observations, { rule, revisions: input.indicator.revisions, polarity: input.indicator.polarity })
          : undefined,
    };
  });

  let baseline: TrendChartModel['baseline'];
  const primaryObs = list[0] && Array.isArray(list[0].observations) ? list[0].observations : [];
  if (input.baseline && baseline_isShowable(input.baseline, primaryObs, rule)) {
    baseline = { ...input.baseline, index: indexOf.get(input.baseline.period) };
    if (Number.isFinite(input.baseline.value)) extend(input.baseline.value);
  }

  const events = (input.events ?? [])
    .filter((e) => e && indexOf.has(e.period))
    .map((e) => ({ ...e, index: indexOf.get(e.period)! }));

  const extent: [number, number] | undefined = lo <= hi ? [lo, hi] : undefined;

  return { periods, series, baseline, events, revisions, extent, suppressedCount };
}

function uniquePeriods(list: readonly ChartSeries[]): Period[] {
  const set = new Set<Period>();
  for (const s of list) if (Array.isArray(s.observations)) for (const o of s.observations) if (o && typeof o.period === 'string') set.add(o.period);
  // Parsed once each: the sort then compares numbers, not labels looked up again per comparison.
  return [...set]
    .map((label) => ({ label, parsed: period_parse(label) }))
    .sort((a, b) => parsed_compare(a.parsed, b.parsed))
    .map((p) => p.label);
}

/**
 * Where definition revisions break a run of periods: for each revision inside the run, the index
 * of the first period it applies to (by its `period`, else by the period containing its date).
 * Charts and sparklines break their lines there: the two sides are not like-for-like.
 * @example revisions_breaks([{ date: '2025-01-01', period: '2025-Q1' }], ['2024-Q4', '2025-Q1']) // [{ …, index: 1 }]
 */
export function revisions_breaks(
  revisions: readonly Revision[] | null | undefined,
  periods: readonly Period[],
): (Revision & { index: number })[] {
  return revisionIndices(Array.isArray(revisions) ? revisions : [], periods);
}

function revisionIndices(revisions: readonly Revision[], periods: readonly Period[]): (Revision & { index: number })[] {
  const out: (Revision & { index: number })[] = [];
  for (const r of revisions) {
    if (!r) continue;
    let index = r.period !== undefined ? periods.indexOf(r.period) : -1;
    if (index < 0 && typeof r.date === 'string') index = periods.findIndex((p) => period_containsDate(p, r.date));
    // A revision before the first period breaks nothing that is drawn.
    if (index > 0) out.push({ ...r, index });
  }
  return out;
}

/** Runs of shown points; a gap or a revision between two points starts a new run. */
function segmentsOf(points: readonly ChartPoint[], breakAt: ReadonlySet<number>): number[][] {
  const segments: number[][] = [];
  let current: number[] = [];
  for (const p of points) {
    if (p.state !== 'shown' || breakAt.has(p.index)) {
      if (current.length) segments.push(current);
      current = [];
    }
    if (p.state === 'shown') current.push(p.index);
  }
  if (current.length) segments.push(current);
  return segments;
}
