import type { Baseline, Indicator, Observation, Target } from '../schema/types.js';
import type { ValidationIssue } from '../schema/messages.js';
import {
  validate_baseline,
  validate_indicator,
  validate_observations,
  validate_target,
  validation_maxItems,
  type ValidationResult,
} from '../schema/validate.js';
import { period_parse } from '../stats/target.js';
import type { ChartEvent, ChartSeries } from './trend.js';

/** The props of a target trend chart, checked. */
export interface TrendChartData {
  indicator: Indicator;
  series: ChartSeries[];
  target?: Target;
  baseline?: Baseline;
  events: ChartEvent[];
}

const ROLES = ['primary', 'comparison', 'segment', 'benchmark'];
const EVENT_KINDS = ['tender', 'operator-change', 'policy', 'other'];

function prefix(root: string, path: string): string {
  if (!path) return root;
  return path.startsWith('[') ? root + path : `${root}.${path}`;
}

function isText(v: unknown): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  return !!v && typeof v === 'object' && Object.values(v).some((t) => typeof t === 'string' && t.trim() !== '');
}

/**
 * The common case at speed: a list of plain observations holding only a canonical period, a
 * finite (or null) value and whole-number counts. Returns the same copy valibot would make, key
 * for key and in its order (period, value, numerator, denominator, n), with the period kind all
 * its periods share (`null` when they differ or the list is empty), or `undefined` for anything
 * else (other fields, a doubtful value, a duplicate period, a getter that throws...), which then
 * goes through `validate_observations` for its issues. Few calls and no temporary objects per
 * observation: on a chart update this code runs barely warmed up.
 */
function observations_fast(list: unknown, unit: unknown): Fast | undefined {
  try {
    if (!Array.isArray(list) || list.length > validation_maxItems) return;
    // An enumerable key added to Object.prototype would show in every `for…in` below.
    for (const _ in Object.prototype) return;
    const out: Observation[] = [];
    let kind: string | null | undefined;
    let prev = -Infinity;
    let increasing = true;
    for (let i = 0; i < list.length; i++) {
      const o = list[i] as Record<string, unknown>;
      // Plain objects only (this throws for null and undefined), so the keys `for…in` lists are
      // the object's own: one bit each, 32 for any other.
      if (Object.getPrototypeOf(o) !== Object.prototype) return;
      let has = 0;
      for (const key in o) {
        switch (key) {
          case 'period': has |= 1; break;
          case 'value': has |= 2; break;
          case 'n': has |= 16; break;
          case 'numerator': has |= 4; break;
          case 'denominator': has |= 8; break;
          default: has |= 32;
        }
      }
      if ((has & 35) !== 3) return;
      const { period, value } = o;
      const p = period_parse(period);
      if (
        !p ||
        p.label !== period ||
        // `x - x === 0`: Number.isFinite(x) for a number, without a call.
        (value !== null && !(typeof value === 'number' && value - value === 0 && (unit !== 'percent' || (value >= 0 && value <= 100))))
      ) {
        return;
      }
      let copy: Observation;
      if (has === 19) {
        const n = o.n;
        // Number.isInteger(n) && n >= 0, without calls.
        if (typeof n !== 'number' || n - n !== 0 || n % 1 !== 0 || n < 0) return;
        copy = { period, value, n };
      } else if (has === 3) copy = { period, value };
      else {
        const c: Record<string, unknown> = { period, value };
        for (const [key, bit] of COUNTS) {
          if (!(has & bit)) continue;
          const v = (c[key] = o[key]);
          if (!Number.isInteger(v) || (v as number) < 0) return;
        }
        if ((c.numerator as number) > (c.denominator as number)) return;
        copy = c as unknown as Observation;
      }
      if (kind === undefined) kind = p.kind;
      else if (kind !== p.kind) kind = null;
      // Periods that start later each time are all different; otherwise look for a repeat.
      if (p.startMonth <= prev) increasing = false;
      prev = p.startMonth;
      out.push(copy);
    }
    if (!increasing) {
      const seen = new Set<string>();
      for (const o of out) if (seen.size === seen.add(o.period).size) return;
    }
    return { list: out, kind: kind ?? null };
  } catch {
    return;
  }
}

/** What `observations_fast` gives: the copy and the one period kind of its periods (or `null`). */
interface Fast {
  list: Observation[];
  kind: string | null;
}

/** The optional counts, in the schema's order, with their bits in `observations_fast`. */
const COUNTS: ReadonlyArray<readonly [string, number]> = [
  ['numerator', 4],
  ['denominator', 8],
  ['n', 16],
];

/**
 * Validates everything a target trend chart receives. Paths start with the prop name
 * (`series[1].observations[3].value`, `events[0].period`); percent ranges follow the indicator.
 * Never throws: a hostile input (throwing getters, proxies) becomes an issue.
 * @example validate_trendChart({ indicator, series: [] }).ok // true (an empty chart is allowed)
 */
export function validate_trendChart(input: {
  indicator: unknown;
  series: unknown;
  target?: unknown;
  baseline?: unknown;
  events?: unknown;
}): ValidationResult<TrendChartData> {
  try {
    return check(input);
  } catch {
    return { ok: false, issues: [{ path: '', code: 'unknown' }] };
  }
}

function check(input: {
  indicator: unknown;
  series: unknown;
  target?: unknown;
  baseline?: unknown;
  events?: unknown;
}): ValidationResult<TrendChartData> {
  const issues: ValidationIssue[] = [];
  const take = (root: string, r: { ok: boolean; issues: ValidationIssue[] }) => {
    for (const i of r.issues) issues.push({ ...i, path: prefix(root, i.path) });
  };
  const indicator = validate_indicator(input?.indicator);
  take('indicator', indicator);
  const unit = indicator.ok ? { unit: indicator.value.unit } : undefined;

  const series: ChartSeries[] = [];
  // Per checked series: the one period kind of all its observations when the fast path saw it
  // (`null`: none, or several), `undefined` when valibot checked it.
  const kindOf: (string | null | undefined)[] = [];
  if (!Array.isArray(input?.series)) {
    issues.push({ path: 'series', code: input?.series == null ? 'required' : 'type', params: { expected: 'list' } });
  } else {
    const ids = new Set<string>();
    input.series.forEach((raw: unknown, i: number) => {
      const at = `series[${i}]`;
      const s = raw as Record<string, unknown> | null;
      if (!s || typeof s !== 'object') {
        issues.push({ path: at, code: 'type', params: { expected: 'object' } });
        return;
      }
      if (typeof s.id !== 'string' || s.id === '') issues.push({ path: `${at}.id`, code: 'required' });
      else if (ids.has(s.id)) issues.push({ path: `${at}.id`, code: 'duplicate-id', params: { id: s.id } });
      else ids.add(s.id);
      if (!isText(s.label)) issues.push({ path: `${at}.label`, code: 'required' });
      if (s.role !== undefined && !ROLES.includes(s.role as string)) {
        issues.push({ path: `${at}.role`, code: 'enum', params: { allowed: ROLES.join(', ') } });
      }
      const fast = observations_fast(s.observations, unit?.unit);
      const obs: ValidationResult<Observation[]> = fast ? { ok: true, value: fast.list, issues: [] } : validate_observations(s.observations, unit);
      take(`${at}.observations`, obs);
      let target: Target | undefined;
      if (s.target != null) {
        const t = validate_target(s.target, unit);
        take(`${at}.target`, t);
        if (t.ok) target = t.value;
      }
      if (obs.ok) {
        kindOf.push(fast ? fast.kind : undefined);
        series.push({
          id: String(s.id),
          label: s.label as ChartSeries['label'],
          observations: obs.value,
          ...(s.role ? { role: s.role as ChartSeries['role'] } : {}),
          ...(target ? { target } : {}),
        });
      }
    });
  }

  // A chart lays all series on one time axis: quarters next to years would leave every year slot
  // a gap in the quarterly lines and make a trend read a year as the next quarter.
  const kinds = new Map<string, string>();
  series.forEach((s, si) => {
    const known = kindOf[si];
    if (known) {
      if (!kinds.has(known)) kinds.set(known, `series[${si}].observations[0].period`);
      return;
    }
    s.observations.forEach((o, oi) => {
      const kind = period_parse(o.period)?.kind;
      if (kind && !kinds.has(kind)) kinds.set(kind, `series[${si}].observations[${oi}].period`);
    });
  });
  if (kinds.size > 1) {
    const [, path] = [...kinds][1]!;
    issues.push({ path, code: 'mixed-periods', params: { found: [...kinds.keys()].join(', ') } });
  }

  let target: Target | undefined;
  if (input?.target != null) {
    const t = validate_target(input.target, unit);
    take('target', t);
    if (t.ok) target = t.value;
  }
  let baseline: Baseline | undefined;
  if (input?.baseline != null) {
    const b = validate_baseline(input.baseline, unit);
    take('baseline', b);
    if (b.ok) baseline = b.value;
  }

  const events: ChartEvent[] = [];
  if (input?.events != null) {
    if (!Array.isArray(input.events)) issues.push({ path: 'events', code: 'type', params: { expected: 'list' } });
    else
      input.events.forEach((raw: unknown, i: number) => {
        const e = raw as Record<string, unknown> | null;
        const at = `events[${i}]`;
        if (!e || typeof e !== 'object') return void issues.push({ path: at, code: 'type', params: { expected: 'object' } });
        if (typeof e.period !== 'string' || !period_parse(e.period)) {
          issues.push({ path: `${at}.period`, code: 'period-format' });
        }
        if (!isText(e.label)) issues.push({ path: `${at}.label`, code: 'required' });
        if (e.kind !== undefined && !EVENT_KINDS.includes(e.kind as string)) {
          issues.push({ path: `${at}.kind`, code: 'enum', params: { allowed: EVENT_KINDS.join(', ') } });
        }
        events.push(e as unknown as ChartEvent);
      });
  }

  if (issues.length > 0 || !indicator.ok) return { ok: false, issues };
  const value: TrendChartData = { indicator: indicator.value, series, events };
  if (target) value.target = target;
  if (baseline) value.baseline = baseline;
  return { ok: true, value, issues: [] };
}
