import { nice, ticks } from 'd3-array';
import {
  funnel_classify,
  funnel_limits,
  funnel_status,
  operators_anonymise,
  overdispersion_phi,
  suppression_check,
  validate_indicator,
  type Indicator,
  type LocalizedText,
  type OperatorRow,
  type SuppressionRule,
  type ValidationIssue,
} from '@rechesh/core';
import type { Cmp, Pos } from './strings.js';

/** One operator on the funnel: `events` out of `n` cases. */
export interface FunnelOperator {
  id: string;
  label: LocalizedText;
  events: number;
  n: number;
  /** A new operator: listed apart, never plotted among the others nor compared. */
  isNew?: boolean;
}

/** The line the operators are compared with, in percent (0..100). */
export interface FunnelBenchmark {
  value: number;
  label: LocalizedText;
}

export const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
export const isLocalized = (x: unknown) => (typeof x === 'string' && x.trim() !== '') || isObject(x);

export function check_count(x: unknown, path: string, issues: ValidationIssue[]): boolean {
  if (x === undefined || x === null) issues.push({ path, code: 'required' });
  else if (typeof x !== 'number') issues.push({ path, code: 'type', params: { expected: 'number' } });
  else if (!Number.isFinite(x)) issues.push({ path, code: 'not-finite' });
  else if (x < 0) issues.push({ path, code: 'negative' });
  else return true;
  return false;
}

/** Checks the props a funnel plot draws from; issue paths point into them (`operators[2].events`). */
export function validate_funnelPlot(input: { indicator: unknown; operators: unknown; benchmark: unknown }): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const ind = validate_indicator(input.indicator);
  if (!ind.ok) {
    for (const i of ind.issues) issues.push({ ...i, path: i.path ? `indicator.${i.path}` : 'indicator' });
  } else if (ind.value.unit !== 'percent') {
    issues.push({ path: 'indicator.unit', code: 'enum', params: { allowed: 'percent' } });
  }
  const b = input.benchmark;
  if (b === undefined || b === null) issues.push({ path: 'benchmark', code: 'required' });
  else if (!isObject(b)) issues.push({ path: 'benchmark', code: 'type', params: { expected: 'object' } });
  else {
    if (b.value === undefined || b.value === null) issues.push({ path: 'benchmark.value', code: 'required' });
    else if (typeof b.value !== 'number') issues.push({ path: 'benchmark.value', code: 'type', params: { expected: 'number' } });
    else if (!Number.isFinite(b.value)) issues.push({ path: 'benchmark.value', code: 'not-finite' });
    else if (b.value < 0 || b.value > 100) issues.push({ path: 'benchmark.value', code: 'out-of-range', params: { min: 0, max: 100 } });
    if (!isLocalized(b.label)) issues.push({ path: 'benchmark.label', code: 'required' });
  }
  const ops = input.operators;
  if (!Array.isArray(ops)) {
    issues.push(ops === undefined || ops === null ? { path: 'operators', code: 'required' } : { path: 'operators', code: 'type', params: { expected: 'list' } });
    return issues;
  }
  const seen = new Set<string>();
  ops.forEach((op: unknown, i) => {
    const at = `operators[${i}]`;
    if (!isObject(op)) {
      issues.push({ path: at, code: 'type', params: { expected: 'object' } });
      return;
    }
    if (op.id === undefined || op.id === null || op.id === '') issues.push({ path: `${at}.id`, code: 'required' });
    else if (typeof op.id !== 'string') issues.push({ path: `${at}.id`, code: 'type', params: { expected: 'text' } });
    else if (seen.has(op.id)) issues.push({ path: `${at}.id`, code: 'duplicate-id', params: { id: op.id } });
    else seen.add(op.id);
    if (!isLocalized(op.label)) issues.push({ path: `${at}.label`, code: 'required' });
    const okE = check_count(op.events, `${at}.events`, issues);
    const okN = check_count(op.n, `${at}.n`, issues);
    if (okE && okN && (op.events as number) > (op.n as number)) issues.push({ path: `${at}.events`, code: 'numerator-exceeds-denominator' });
    if (op.isNew !== undefined && typeof op.isNew !== 'boolean') issues.push({ path: `${at}.isNew`, code: 'type', params: { expected: 'boolean' } });
  });
  return issues;
}

/* -------------------------------------------------------------------------------------------------
 * Model
 * -----------------------------------------------------------------------------------------------*/

export interface FunnelPoint {
  id: string;
  /** The label shown: the operator's name, or A, B, C… when anonymised. */
  label: LocalizedText;
  events: number;
  n: number;
  /** Percent, 0..100. */
  value: number;
  position: Pos;
  status: Cmp;
}

export interface FunnelRow {
  id: string;
  label: LocalizedText;
  state: 'compared' | 'suppressed' | 'new';
  /** Only for rows that may be shown (never for suppressed ones). */
  n?: number;
  value?: number;
  point?: FunnelPoint;
}

export interface FunnelModel {
  benchmark: number;
  /** Compared operators in ascending n (ties by id): the keyboard order. */
  points: FunnelPoint[];
  rows: FunnelRow[];
  newOnes: FunnelRow[];
  suppressedCount: number;
  phi?: number;
  phiApplied: number;
}

export function funnel_model(
  operators: readonly FunnelOperator[],
  benchmarkPercent: number,
  options: { overdispersion: boolean; anonymise: boolean; seed: string; rule: SuppressionRule; polarity: Indicator['polarity'] },
): FunnelModel {
  const bench = benchmarkPercent / 100;
  let names: Map<string, string> | undefined;
  if (options.anonymise) {
    const rows: OperatorRow[] = operators.map((o) => ({ operatorId: o.id, name: '', values: {} }));
    names = operators_anonymise(rows, options.seed).mapping;
  }
  const labelOf = (o: FunnelOperator): LocalizedText => (names ? (names.get(o.id) ?? '') : o.label);
  const hidden = (n: number) => !(n > 0) || suppression_check(n, options.rule) === 'suppressed';
  const established = operators.filter((o) => o.isNew !== true);
  const compared = established.filter((o) => !hidden(o.n));
  const od = compared.length >= 2 ? overdispersion_phi(compared.map((o) => ({ events: o.events, n: o.n })), bench) : undefined;
  const phi = od && Number.isFinite(od.phi) ? od.phi : undefined;
  const phiApplied = options.overdispersion && phi !== undefined && phi > 1 ? phi : 1;
  const points: FunnelPoint[] = compared
    .map((o) => {
      const position = funnel_classify(o.events, o.n, bench, { phi: phiApplied });
      const pos: Pos = position === 'not-compared' ? 'within' : position;
      return {
        id: o.id,
        label: labelOf(o),
        events: o.events,
        n: o.n,
        value: (100 * o.events) / o.n,
        position: pos,
        status: funnel_status(pos, options.polarity) as Cmp,
      };
    })
    .sort((a, b) => a.n - b.n || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(points.map((p) => [p.id, p]));
  const rows: FunnelRow[] = established.map((o) => {
    const point = byId.get(o.id);
    return point
      ? { id: o.id, label: point.label, state: 'compared', n: o.n, value: point.value, point }
      : { id: o.id, label: labelOf(o), state: 'suppressed' };
  });
  const newOnes: FunnelRow[] = operators
    .filter((o) => o.isNew === true)
    .map((o) => (hidden(o.n) ? { id: o.id, label: labelOf(o), state: 'new' } : { id: o.id, label: labelOf(o), state: 'new', n: o.n, value: (100 * o.events) / o.n }));
  return { benchmark: benchmarkPercent, points, rows, newOnes, suppressedCount: rows.length - points.length, phi, phiApplied };
}

/* -------------------------------------------------------------------------------------------------
 * Layout
 * -----------------------------------------------------------------------------------------------*/

export interface FunnelLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  axisSide: 'left' | 'right';
  x: (n: number) => number;
  y: (v: number) => number;
  xTicks: number[];
  yTicks: number[];
  nMax: number;
}

export function funnel_layout(model: FunnelModel, o: { width: number; height: number; flow: 'ltr' | 'rtl'; phi: number; minN: number }): FunnelLayout {
  const width = Math.max(240, o.width);
  const height = Math.max(200, o.height);
  const axisSide = o.flow === 'rtl' ? 'right' : 'left';
  const plot = { left: axisSide === 'left' ? 56 : 24, right: width - (axisSide === 'right' ? 56 : 24), top: 16, bottom: height - 48 };
  const maxN = Math.max(1, ...model.points.map((p) => p.n));
  const xTicksRaw = ticks(0, maxN * 1.05, Math.max(2, Math.round((plot.right - plot.left) / 90)));
  const nMax = Math.max(maxN * 1.05, xTicksRaw[xTicksRaw.length - 1] ?? 0);
  const xTicks = xTicksRaw.filter((t) => t <= nMax);
  const span = plot.right - plot.left;
  // In RTL the number of cases grows toward the left, as the page reads.
  const x = (n: number) => (o.flow === 'rtl' ? plot.right - (n / nMax) * span : plot.left + (n / nMax) * span);

  const values = [model.benchmark, ...model.points.map((p) => p.value)];
  const minPointN = Math.min(...model.points.map((p) => p.n));
  if (Number.isFinite(minPointN)) {
    for (const l of funnel_limits(model.benchmark / 100, minPointN, { phi: o.phi })) values.push(l.lower * 100, l.upper * 100);
  }
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi - lo < 1) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.08;
  lo = Math.max(0, lo - pad);
  hi = Math.min(100, hi + pad);
  const count = Math.max(2, Math.round((plot.bottom - plot.top) / 45));
  [lo, hi] = nice(lo, hi, count);
  const yTicks = ticks(lo, hi, count);
  const y = (v: number) => plot.bottom - ((v - lo) / (hi - lo || 1)) * (plot.bottom - plot.top);
  return { width, height, plot, axisSide, x, y, xTicks, yTicks, nMax };
}

/* -------------------------------------------------------------------------------------------------
 * Component
 * -----------------------------------------------------------------------------------------------*/

