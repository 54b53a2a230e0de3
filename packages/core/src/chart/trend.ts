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
import { baseline_isShowable, parsed_compare, period_containsDate, period_parse, target_series, type ParsedPeriod } from '../stats/target.js';
import { series_trend, type Trend } from '../stats/trend.js';
import { trend_of } from '../stats/trend-of.js';

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
  const { periods, parsed } = chartPeriods(list);
  const revisions = revisionIndices(input.indicator.revisions ?? [], periods);
  const breakAt = revisions.length ? new Set(revisions.map((r) => r.index)) : undefined;
  const benchmark = list.find((s) => s.role === 'benchmark')?.observations;
  // suppression_check(n, rule) === 'suppressed', with the rule resolved once, not per point.
  const { minN } = suppression_rule(rule);
  const polarity = input.indicator.polarity;
  let suppressedCount = 0;
  // The extent of everything drawn, kept as we go (finite values only).
  let lo = Infinity;
  let hi = -Infinity;
  const extend = (v: unknown) => {
    if (typeof v === 'number' && Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  };

  const series = list.map((s, si): ChartSeriesModel => {
    const role = s.role ?? (si === 0 ? 'primary' : 'comparison');
    const observations = Array.isArray(s.observations) ? s.observations : [];
    // Usually a series lists every chart period in order: then its i-th observation is the one
    // for period i and no lookup table is needed.
    let aligned = !!parsed || observations.length === periods.length;
    for (let i = 0; !parsed && aligned && i < periods.length; i++) aligned = observations[i]?.period === periods[i];
    const byPeriod = aligned ? undefined : new Map<Period, Observation>();
    if (byPeriod) for (const o of observations) if (o && typeof o.period === 'string') byPeriod.set(o.period, o);
    const target = s.target ?? (role === 'primary' || role === 'segment' ? input.target : undefined);
    // A target for every period (no `period`) with a value is that value throughout: what
    // target_series gives, without an object per period.
    const constant = target?.kind === 'absolute' && target.period == null && Number.isFinite(target.value);
    const targetValues = !target
      ? undefined
      : constant
        ? new Array<number | undefined>(periods.length).fill(target.value)
        : target_series(target, periods, { observations, baseline: input.baseline, rule, benchmarkSeries: benchmark }).map((t) => t.value);
    for (const t of constant ? targetValues!.slice(0, 1) : targetValues ?? []) extend(t);
    // The main series' trend is worked out from the points built here when they are exactly what
    // series_trend would read (each period once, canonical labels, in order): values and periods.
    const trendValues = si === 0 && parsed ? new Float64Array(periods.length) : undefined;
    const trendPeriods: ParsedPeriod[] = [];

    const points: ChartPoint[] = [];
    // Runs of shown points; a gap or a revision between two points starts a new run.
    const segments: number[][] = [];
    let current: number[] = [];
    for (let index = 0; index < periods.length; index++) {
      const period = periods[index]!;
      const o = byPeriod ? byPeriod.get(period) : observations[index];
      const t = targetValues?.[index];
      const value = o ? o.value : undefined;
      let state: PointState = typeof value === 'number' && Number.isFinite(value) ? 'shown' : 'missing';
      const n = observation_n(o);
      if (state === 'shown' && n !== undefined && n < minN) {
        suppressedCount++;
        state = 'suppressed';
      }
      if ((state !== 'shown' || breakAt?.has(index)) && current.length) {
        segments.push(current);
        current = [];
      }
      if (state !== 'shown') {
        points.push({ period, index, value: null, state, target: t });
        continue;
      }
      current.push(index);
      lo = Math.min(lo, value as number);
      hi = Math.max(hi, value as number);
      const oi = o!.interval;
      const interval = oi ? { lower: oi.lower, upper: oi.upper, level: oi.level ?? 0.95 } : undefined;
      if (interval) {
        extend(interval.lower);
        extend(interval.upper);
      }
      const status =
        t === undefined
          ? undefined
          : comparison_classify({ value, interval, reference: t, polarity });
      points.push({ period, index, value: value as number, state, n, interval, target: t, status, quality: o!.quality });
      if (trendValues && typeof o === 'object') {
        trendValues[trendPeriods.length] = value as number;
        trendPeriods.push(parsed![index]!);
      }
    }
    if (current.length) segments.push(current);

    const trendOptions = si === 0 ? { rule, revisions: input.indicator.revisions, polarity } : undefined;
    return {
      id: s.id,
      label: s.label,
      role,
      points,
      segments,
      target: target && targetValues ? { target, values: targetValues, noBasis: !target.basis } : undefined,
      trend: !trendOptions
        ? undefined
        : trendValues
          ? trend_of(trendPeriods, trendValues.subarray(0, trendPeriods.length), trendOptions)
          : series_trend(observations, trendOptions),
    };
  });

  let baseline: TrendChartModel['baseline'];
  const primaryObs = list[0] && Array.isArray(list[0].observations) ? list[0].observations : [];
  const needIndex = !!input.baseline || (Array.isArray(input.events) && input.events.length > 0);
  const indexOf = needIndex ? new Map(periods.map((p, i) => [p, i])) : new Map<Period, number>();
  if (input.baseline && baseline_isShowable(input.baseline, primaryObs, rule)) {
    baseline = { ...input.baseline, index: indexOf.get(input.baseline.period) };
    extend(input.baseline.value);
  }

  const events = (input.events ?? [])
    .filter((e) => e && indexOf.has(e.period))
    .map((e) => ({ ...e, index: indexOf.get(e.period)! }));

  const extent: [number, number] | undefined = lo <= hi ? [lo, hi] : undefined;

  return { periods, series, baseline, events, revisions, extent, suppressedCount };
}

/**
 * The chart's periods, in time order, each once. With them parsed when every series lists
 * exactly these periods, in this order, with canonical labels: then nothing was sorted, no series
 * needs a lookup table, and the main trend can come from the model's own points.
 */
function chartPeriods(list: readonly ChartSeries[]): { periods: Period[]; parsed?: ParsedPeriod[] } {
  // The usual case: the first series lists its periods in strictly increasing order and every
  // other series lists the same ones in the same order. Then they are the chart's periods as
  // they stand: the general path below would find the same set and sort it into this order.
  const first = list[0]?.observations;
  fast: if (Array.isArray(first)) {
    const periods: Period[] = [];
    const parsed: ParsedPeriod[] = [];
    for (let i = 0; i < first.length; i++) {
      const label = first[i]?.period;
      const p = period_parse(label);
      if (!p || p.label !== label || (i && !(parsed_compare(parsed[i - 1], p) < 0))) break fast;
      periods.push(label);
      parsed.push(p);
    }
    for (let s = 1; s < list.length; s++) {
      const obs = list[s]!.observations;
      if (!Array.isArray(obs) || obs.length !== periods.length) break fast;
      for (let i = 0; i < obs.length; i++) if (obs[i]?.period !== periods[i]) break fast;
    }
    return { periods, parsed };
  }

  const set = new Set<Period>();
  for (const s of list) if (Array.isArray(s.observations)) for (const o of s.observations) if (o && typeof o.period === 'string') set.add(o.period);
  // Parsed once each: the sort then compares numbers, not labels looked up again per comparison.
  const sorted = [...set].map((label) => ({ label, parsed: period_parse(label) })).sort((a, b) => parsed_compare(a.parsed, b.parsed));
  return { periods: sorted.map((p) => p.label) };
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
