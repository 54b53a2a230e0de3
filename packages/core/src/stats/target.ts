/**
 * Periods and targets: parse period labels, order them, and resolve any kind of target to the
 * number it asks for in a given period.
 */
import type { Baseline, ChangeUnit, IsoDate, Observation, Period, SuppressionRule, Target } from '../schema/types.js';
import { observation_isShowable, observation_n, suppression_check } from './suppression.js';

/** The forms a period label can take (see `Period`). */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'school-year';

/** A parsed period. Months are counted from year 0 (`year * 12 + month - 1`) so arithmetic stays exact. */
export interface ParsedPeriod {
  kind: PeriodKind;
  /** The label, trimmed. */
  label: string;
  /** First month of the period (inclusive). */
  startMonth: number;
  /** Month after the period ends (exclusive). */
  endMonth: number;
  /** Start as a fractional year, e.g. 2025.5 for 2025-H2. */
  start: number;
  /** End (exclusive) as a fractional year. */
  end: number;
}

const FORMS: ReadonlyArray<{ kind: PeriodKind; re: RegExp; months: number }> = [
  { kind: 'year', re: /^(\d{4})$/, months: 12 },
  { kind: 'half', re: /^(\d{4})-H([12])$/, months: 6 },
  { kind: 'quarter', re: /^(\d{4})-Q([1-4])$/, months: 3 },
  { kind: 'month', re: /^(\d{4})-(0[1-9]|1[0-2])$/, months: 1 },
  { kind: 'school-year', re: /^(\d{4})\/(\d{2})$/, months: 12 },
];

/** Israeli school years run September to August. */
const SCHOOL_YEAR_START_MONTH = 8;

/**
 * Parses a period label; `undefined` for anything that is not one of the supported forms
 * (including a school year whose second part is not the next year, e.g. `2024/26`).
 * @example period_parse('2025-Q3') // { kind: 'quarter', start: 2025.5, end: 2025.75, ... }
 * @example period_parse('2024/25') // { kind: 'school-year', start: 2024.666…, ... }
 */
export function period_parse(period: unknown): ParsedPeriod | undefined {
  if (typeof period !== 'string') return undefined;
  // Charts parse the same few thousand labels many times (sorting, targets, trends): remember
  // them. Results are frozen, so a caller cannot change what another one reads.
  const cached = parsed.get(period);
  if (cached !== undefined || parsed.has(period)) return cached;
  const result = parse(period);
  if (parsed.size >= 20_000) parsed.clear();
  parsed.set(period, result);
  return result;
}

const parsed = new Map<string, ParsedPeriod | undefined>();

function parse(period: string): ParsedPeriod | undefined {
  const label = period.trim();
  for (const form of FORMS) {
    const m = form.re.exec(label);
    if (!m) continue;
    const year = Number(m[1]);
    const part = Number(m[2] ?? 1);
    let first: number;
    if (form.kind === 'school-year') {
      if (part !== (year + 1) % 100) return undefined;
      first = SCHOOL_YEAR_START_MONTH;
    } else first = (part - 1) * form.months;
    const startMonth = year * 12 + first;
    const endMonth = startMonth + form.months;
    return Object.freeze({ kind: form.kind, label, startMonth, endMonth, start: startMonth / 12, end: endMonth / 12 });
  }
  return undefined;
}

/**
 * Orders two periods by start, then the longer first (a year before its quarters, as report
 * tables list them). `NaN` when either cannot be parsed, like d3's `ascending`, so callers filter
 * unknown labels rather than guess their place.
 * @example ['2025-Q1', '2025', '2024-Q4'].sort(period_compare) // ['2024-Q4', '2025', '2025-Q1']
 */
export function period_compare(a: Period, b: Period): number {
  return parsed_compare(period_parse(a), period_parse(b));
}

/** `period_compare` of periods already parsed, for sorting many without looking each up again. */
export function parsed_compare(pa: ParsedPeriod | undefined, pb: ParsedPeriod | undefined): number {
  if (!pa || !pb) return NaN;
  return pa.startMonth - pb.startMonth || pb.endMonth - pa.endMonth;
}

/**
 * Years from the start of `a` to the start of `b` (fractional, negative when `b` is earlier).
 * @example period_yearsBetween('2023', '2025') // 2
 * @example period_yearsBetween('2025', '2025-Q3') // 0.5
 */
export function period_yearsBetween(a: Period, b: Period): number | undefined {
  const pa = period_parse(a);
  const pb = period_parse(b);
  if (!pa || !pb) return undefined;
  return (pb.startMonth - pa.startMonth) / 12;
}

/**
 * The label `steps` periods of the same kind away (negative steps go back).
 * @example period_shift('2025-Q1', -4) // '2024-Q1'
 * @example period_shift('2024/25', -1) // '2023/24'
 */
export function period_shift(period: Period, steps: number): Period | undefined {
  const p = period_parse(period);
  if (!p || !Number.isInteger(steps)) return undefined;
  const size = p.endMonth - p.startMonth;
  const first = p.startMonth + steps * size;
  const year = Math.floor(first / 12);
  if (year < 0 || year > 9999) return undefined;
  const y = String(year).padStart(4, '0');
  const month0 = first - year * 12;
  switch (p.kind) {
    case 'year':
      return y;
    case 'half':
      return `${y}-H${month0 / 6 + 1}`;
    case 'quarter':
      return `${y}-Q${month0 / 3 + 1}`;
    case 'month':
      return `${y}-${String(month0 + 1).padStart(2, '0')}`;
    case 'school-year':
      return `${y}/${String((year + 1) % 100).padStart(2, '0')}`;
  }
}

/**
 * Parses an ISO calendar date `YYYY-MM-DD`; `undefined` when it is not a real date (2025-02-30).
 * @example isoDate_parse('2024-02-29') // { year: 2024, month: 2, day: 29 }
 */
export function isoDate_parse(date: unknown): { year: number; month: number; day: number } | undefined {
  if (typeof date !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const last = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= last ? { year, month, day } : undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Whether a date falls inside a period.
 * @example period_containsDate('2024/25', '2025-03-01') // true
 */
export function period_containsDate(period: Period, date: IsoDate): boolean {
  const p = period_parse(period);
  const d = isoDate_parse(date);
  if (!p || !d) return false;
  const month = d.year * 12 + d.month - 1;
  return month >= p.startMonth && month < p.endMonth;
}

/** Same period, allowing for stray whitespace in the labels. */
function period_same(a: unknown, b: unknown): boolean {
  const pa = period_parse(a);
  return pa !== undefined && pa.label === period_parse(b)?.label;
}

/**
 * Whether a target is for this period. A target without a period applies to every period.
 * @example target_appliesTo({ kind: 'absolute', value: 75, period: '2025' }, '2025') // true
 */
export function target_appliesTo(target: Target | null | undefined, period: Period): boolean {
  if (!target || typeof target !== 'object') return false;
  if (target.period === undefined || target.period === null) return true;
  return period_same(target.period, period);
}

/** Applies a change to a base value `times` times (compounded for percent). */
function change_apply(base: number, change: number, unit: ChangeUnit, times = 1): number | undefined {
  if (!Number.isFinite(base) || !Number.isFinite(change) || !Number.isFinite(times)) return undefined;
  let result: number;
  if (unit === 'percent') result = base * Math.pow(1 + change / 100, times);
  else if (unit === 'points') result = base + change * times;
  else return undefined;
  return Number.isFinite(result) ? result : undefined;
}

/** What a target is resolved against. */
export interface TargetContext {
  period: Period;
  observations?: readonly Observation[] | null;
  /** Used by a change target whose `from` is missing or unusable. */
  baseline?: Baseline | null;
  /** Decides whether an own-past or benchmark-series value may be used. @defaultValue defaultSuppression */
  rule?: Partial<SuppressionRule> | null;
  /**
   * The benchmark's own series (e.g. the national average per year). A benchmark target takes the
   * value for its period from here, and falls back to `benchmark.value` when there is none.
   */
  benchmarkSeries?: readonly Observation[] | null;
}

/**
 * The one showable observation for a period, or `undefined` when there is none, there are two
 * (ambiguous: better no value than a wrong one), or it is suppressed (a value derived from it would
 * let a reader work it back out).
 */
function observation_forPeriod(
  list: unknown,
  period: Period | undefined,
  rule: Partial<SuppressionRule> | null | undefined,
): Observation | undefined {
  if (!Array.isArray(list) || period === undefined) return undefined;
  const matches = list.filter((o: unknown): o is Observation => isObject(o) && period_same(o.period, period));
  const obs = matches.length === 1 ? matches[0] : undefined;
  return obs && observation_isShowable(obs, rule) ? obs : undefined;
}

/**
 * Whether a period's measured value is hidden by the small-number rule. A value that data copies
 * elsewhere — a change target's `from`, a baseline — must then be hidden too: published there,
 * it would reveal the suppressed number.
 * @example period_isSuppressed([{ period: '2023', value: 4.3, n: 6 }], '2023') // true
 */
export function period_isSuppressed(
  observations: unknown,
  period: Period | undefined,
  rule?: Partial<SuppressionRule> | null,
): boolean {
  if (!Array.isArray(observations) || period === undefined) return false;
  return observations.some(
    (o: unknown) =>
      isObject(o) &&
      period_same(o.period, period) &&
      suppression_check(observation_n(o as unknown as Observation), rule ?? undefined) === 'suppressed',
  );
}

/**
 * A baseline that may be shown: not from too few cases itself, and not a copy of a measured
 * value that is hidden.
 */
export function baseline_isShowable(
  baseline: Baseline | null | undefined,
  observations: unknown,
  rule?: Partial<SuppressionRule> | null,
): boolean {
  if (!baseline || !Number.isFinite(baseline.value)) return false;
  if (suppression_check(baseline.n, rule ?? undefined) === 'suppressed') return false;
  return !period_isSuppressed(observations, baseline.period, rule);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object';
}

/**
 * The number a target asks for in a period, or `undefined` when it cannot be known (the target is
 * for another period, a benchmark has no value, the own-past value is missing or suppressed...).
 * The sign of `change` is taken as given: data writes -10 for "10 % fewer".
 * @example target_valueFor({ kind: 'change', change: 10, changeUnit: 'percent', per: 'year',
 *   from: { period: '2023', value: 100 } }, { period: '2025' }) // 121
 * @example target_valueFor({ kind: 'relative-to-own-past', change: 5, changeUnit: 'points', lag: 1 },
 *   { period: '2025', observations: [{ period: '2024', value: 60, n: 200 }] }) // 65
 * @example target_valueFor({ kind: 'relative-to-benchmark', change: 10, changeUnit: 'percent',
 *   benchmark: { label: 'ממוצע ארצי', value: 50 } },
 *   { period: '2024', benchmarkSeries: [{ period: '2024', value: 60 }] }) // 66
 */
export function target_valueFor(target: Target | null | undefined, context: TargetContext): number | undefined {
  if (!target || typeof target !== 'object' || !context || typeof context !== 'object') return undefined;
  const { period } = context;
  if (!target_appliesTo(target, period)) return undefined;
  switch (target.kind) {
    case 'absolute':
      return Number.isFinite(target.value) ? target.value : undefined;
    case 'change': {
      const from =
        target.from && Number.isFinite(target.from.value) ? target.from : context.baseline ?? undefined;
      if (!from || !Number.isFinite(from.value)) return undefined;
      // A starting value copied from a hidden measurement would reveal it through every target.
      if (period_isSuppressed(context.observations, from.period, context.rule)) return undefined;
      if (target.per !== 'year') return change_apply(from.value, target.change, target.changeUnit);
      const a = period_parse(from.period);
      const b = period_parse(period);
      if (!a || !b || b.startMonth < a.startMonth) return undefined;
      // Whole years only: a target for 2025-Q3 from 2023 has had two yearly steps, not two and a half.
      const years = Math.floor((b.startMonth - a.startMonth) / 12);
      return change_apply(from.value, target.change, target.changeUnit, years);
    }
    case 'relative-to-benchmark': {
      const fromSeries = observation_forPeriod(context.benchmarkSeries, period, context.rule);
      const value = fromSeries ? fromSeries.value : target.benchmark?.value;
      return typeof value === 'number' ? change_apply(value, target.change, target.changeUnit) : undefined;
    }
    case 'relative-to-own-past': {
      if (!Number.isInteger(target.lag) || target.lag < 1) return undefined;
      // By label arithmetic, not list position: a missing quarter must not turn "a year ago" into
      // five quarters ago.
      const obs = observation_forPeriod(context.observations, period_shift(period, -target.lag), context.rule);
      return obs ? change_apply(obs.value as number, target.change, target.changeUnit) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * A target resolved for each of a list of periods, in the same order: the line or path to draw
 * behind a series. A yearly change target gives a compounding path, an own-past target a lagged
 * one, a benchmark target follows the benchmark series. `value` is `undefined` where the target
 * cannot be known (see `target_valueFor`).
 * @example target_series({ kind: 'change', change: 10, changeUnit: 'percent', per: 'year',
 *   from: { period: '2023', value: 100 } }, ['2023', '2024', '2025'], {})
 *   // [{ period: '2023', value: 100 }, { period: '2024', value: 110 }, { period: '2025', value: 121 }]
 */
export function target_series(
  target: Target | null | undefined,
  periods: readonly Period[],
  ctx: Omit<TargetContext, 'period'> | null | undefined,
): Array<{ period: Period; value: number | undefined }> {
  if (!Array.isArray(periods)) return [];
  const base = isObject(ctx) ? ctx : {};
  return periods.map((period: Period) => ({ period, value: target_valueFor(target, { ...base, period }) }));
}
