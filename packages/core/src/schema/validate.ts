/**
 * Run-time validation of measurement data, so a component can explain bad data instead of
 * drawing a wrong chart. Every `validate_*` function never throws, for any input: the input is
 * first copied defensively (getters that throw, proxies, cycles, huge arrays), then checked with
 * valibot, then checked across fields. Issues carry a readable path and a code; the sentence for
 * a code comes from `issue_message` in `./messages.ts`.
 */
import * as v from 'valibot';
import type { Baseline, Indicator, Observation, Service, SuppressionRule, Target, Unit } from './types.js';
import { isoDate_parse, period_parse } from '../stats/target.js';
import { suppression_rule } from '../stats/suppression.js';
import { issue_codes, type ExpectedType, type IssueCode, type ValidationIssue } from './messages.js';

/** The cleaned value, or the issues found. */
export type ValidationResult<T> = { ok: true; value: T; issues: [] } | { ok: false; issues: ValidationIssue[] };

/** Lists longer than this are refused without looking at their items. */
export const validation_maxItems = 10_000;

// ---- Defensive copy -----------------------------------------------------------------------------

const UNREADABLE = Symbol('unreadable');
const TOO_MANY = Symbol('too-many');
const MAX_DEPTH = 12;

/** A plain copy valibot can read without running user code; unreadable parts become a symbol. */
function input_snapshot(value: unknown, depth = 0, done = new Map<object, unknown>(), open = new Set<object>()): unknown {
  if (typeof value === 'function') return UNREADABLE;
  if (value === null || typeof value !== 'object') return value;
  if (open.has(value)) return UNREADABLE; // a cycle
  if (done.has(value)) return done.get(value); // shared, not cyclic: copy once
  if (depth > MAX_DEPTH) return UNREADABLE;
  open.add(value);
  const read = (key: string | number): unknown => {
    try {
      return input_snapshot((value as Record<string | number, unknown>)[key], depth + 1, done, open);
    } catch {
      return UNREADABLE;
    }
  };
  let copy: unknown;
  try {
    if (Array.isArray(value)) {
      const length: unknown = value.length;
      if (typeof length !== 'number' || !(length <= validation_maxItems)) copy = TOO_MANY;
      else copy = Array.from({ length }, (_, i) => read(i));
    } else if (ArrayBuffer.isView(value)) copy = UNREADABLE;
    else {
      const keys = Object.keys(value);
      const record: Record<string, unknown> = Object.create(null);
      if (keys.length > validation_maxItems) copy = TOO_MANY;
      else for (const key of keys) record[key] = read(key);
      copy ??= record;
    }
  } catch {
    copy = UNREADABLE;
  }
  open.delete(value);
  done.set(value, copy);
  return copy;
}

function field(record: unknown, key: string): unknown {
  return record !== null && typeof record === 'object' ? (record as Record<string, unknown>)[key] : undefined;
}

// ---- Schemas ------------------------------------------------------------------------------------

type Params = Record<string, string | number>;

/** Valibot carries our code and params in the issue message, e.g. `out-of-range?{"min":0,"max":1}`. */
function tag(code: IssueCode, params?: Params): string {
  return params ? `${code}?${JSON.stringify(params)}` : code;
}

function tag_parse(message: string): { code: IssueCode; params?: Params } {
  const at = message.indexOf('?');
  const code = (at < 0 ? message : message.slice(0, at)) as IssueCode;
  if (!CODES.has(code)) return { code: 'unknown' };
  return at < 0 ? { code } : { code, params: JSON.parse(message.slice(at + 1)) as Params };
}

const CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(issue_codes);

const type = (expected: ExpectedType) => tag('type', { expected });
const opt = <S extends v.GenericSchema>(schema: S) =>
  // null from an API means "not given": accept it and drop it.
  v.pipe(v.nullish(schema), v.transform((x) => x ?? undefined));
const pick = <T extends string>(options: readonly T[]) => v.picklist(options, tag('enum', { allowed: options.join(', ') }));
const refuse = (message: string) => v.custom<never>(() => false, message);
const list = <S extends v.GenericSchema>(item: S) =>
  v.lazy((input) => (input === TOO_MANY ? refuse(tag('too-many', { max: validation_maxItems })) : v.array(item, type('list'))));

const num = v.pipe(v.number(type('number')), v.finite(tag('not-finite')));
const int = v.pipe(num, v.integer(tag('not-integer')));
const count = v.pipe(int, v.minValue(0, tag('negative')));
const bool = v.boolean(type('boolean'));
const str = v.pipe(v.string(type('text')), v.trim());
const id = v.pipe(str, v.minLength(1, tag('required')));
const period = v.pipe(id, v.check((s) => period_parse(s) !== undefined, tag('period-format')));
const date = v.pipe(id, v.check((s) => isoDate_parse(s) !== undefined, tag('date-format')));

const localized = v.object({ he: opt(v.string(type('text'))), ar: opt(v.string(type('text'))), en: opt(v.string(type('text'))) }, type('text'));
const text = v.lazy((input): v.GenericSchema<unknown, string | Record<string, string | undefined>> =>
  typeof input === 'string' ? v.string() : Array.isArray(input) ? refuse(type('text')) : localized,
);
const textRequired = v.pipe(
  text,
  v.check((t) => (typeof t === 'string' ? t.trim() !== '' : Object.values(t).some((s) => !!s?.trim())), tag('required')),
);
const textOpt = opt(text);
const object = <E extends v.ObjectEntries>(entries: E) => v.object(entries, type('object'));

const UNITS = ['percent', 'count', 'per-1000', 'days', 'hours', 'score', 'ils'] as const;
const QUALITY = ['incomplete', 'estimated', 'unverified', 'late', 'source-changed'] as const;
const CHANGE_UNITS = ['percent', 'points'] as const;
const DECIMALS = tag('out-of-range', { min: 0, max: 20 });

const indicatorSchema = object({
  id,
  name: textRequired,
  kind: pick(['input', 'output', 'outcome']),
  unit: pick(UNITS),
  polarity: pick(['higher-better', 'lower-better', 'none']),
  unitLabel: textOpt,
  rationale: textOpt,
  dataSource: textOpt,
  collectionMethod: textOpt,
  collector: textOpt,
  key: opt(bool),
  sharedIndicatorId: opt(str),
  formula: opt(object({ numerator: textRequired, denominator: textOpt })),
  frequency: opt(pick(['monthly', 'quarterly', 'semiannual', 'annual', 'school-year', 'ad-hoc'])),
  responsibility: opt(pick(['operator', 'ministry', 'shared', 'other'])),
  responsibilityNote: textOpt,
  experimental: opt(bool),
  revisions: opt(list(object({ date, period: opt(period), note: textOpt }))),
  decimals: opt(v.pipe(int, v.minValue(0, DECIMALS), v.maxValue(20, DECIMALS))),
});

const targetCommon = {
  period: opt(period),
  segment: textOpt,
  basis: opt(object({ kind: pick(['previous-measurement', 'similar-services', 'research', 'other']), note: textOpt })),
  note: textOpt,
};
const relative = { change: num, changeUnit: pick(CHANGE_UNITS) };
const TARGET_KINDS = ['absolute', 'change', 'relative-to-benchmark', 'relative-to-own-past'];
const targetSchema = v.variant(
  'kind',
  [
    object({ ...targetCommon, kind: v.literal('absolute'), value: num }),
    object({ ...targetCommon, ...relative, kind: v.literal('change'), per: opt(pick(['year', 'total'])), from: object({ period, value: num }) }),
    object({ ...targetCommon, ...relative, kind: v.literal('relative-to-benchmark'), benchmark: object({ label: textRequired, value: opt(num) }) }),
    object({ ...targetCommon, ...relative, kind: v.literal('relative-to-own-past'), lag: v.pipe(int, v.minValue(1, tag('too-small', { min: 1 }))) }),
  ],
  // A path means the object was fine but its `kind` was not.
  (issue) => (issue.path ? tag('enum', { allowed: TARGET_KINDS.join(', ') }) : type('object')),
);

const level = v.pipe(num, v.check((x) => x > 0 && x < 1, tag('out-of-range', { min: 0, max: 1 })));
const observationSchema = object({
  period,
  value: v.nullable(num),
  numerator: opt(count),
  denominator: opt(count),
  n: opt(count),
  interval: opt(object({ lower: num, upper: num, level: opt(level) })),
  quality: opt(list(pick(QUALITY))),
  note: textOpt,
});
const baselineSchema = object({ period, value: num, n: opt(count) });
const serviceTexts = { ministry: textOpt, operator: textOpt, targetPopulation: textOpt, description: textOpt };
const serviceSchema = object({ id, name: textRequired, ...serviceTexts });
const suppressionSchema = object({ minN: opt(count), unstableN: opt(count) });

// ---- Running and cross-field checks -------------------------------------------------------------

function path_join(prefix: string, key: unknown): string {
  if (typeof key === 'number') return `${prefix}[${key}]`;
  const name = String(key);
  return /^[A-Za-z_$][\w$]*$/.test(name) ? (prefix ? `${prefix}.${name}` : name) : `${prefix}[${JSON.stringify(name)}]`;
}

function schema_run(schema: v.GenericSchema, snapshot: unknown, prefix: string, issues: ValidationIssue[]): unknown {
  try {
    const result = v.safeParse(schema, snapshot);
    if (result.success) return result.output;
    for (const issue of result.issues) {
      const path = (issue.path ?? []).reduce<string>((p, item) => path_join(p, item.key), prefix);
      if (issue.kind === 'schema' && (issue.input === undefined || issue.input === null)) issues.push({ path, code: 'required' });
      else if (typeof issue.input === 'number' && Number.isNaN(issue.input)) issues.push({ path, code: 'not-finite' });
      else issues.push({ path, ...tag_parse(String(issue.message)) });
    }
  } catch {
    issues.push({ path: prefix, code: 'unknown' });
  }
  return undefined;
}

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const PERCENT = { min: 0, max: 100 };

function check_percent(x: unknown, path: string, issues: ValidationIssue[]): void {
  if (isFiniteNumber(x) && (x < 0 || x > 100)) issues.push({ path, code: 'out-of-range', params: PERCENT });
}

function check_observations(list: unknown, prefix: string, unit: unknown, issues: ValidationIssue[]): void {
  if (!Array.isArray(list)) return;
  const seen = new Set<string>();
  list.forEach((obs, i) => {
    const at = `${prefix}[${i}]`;
    const numerator = field(obs, 'numerator');
    const denominator = field(obs, 'denominator');
    if (isFiniteNumber(numerator) && isFiniteNumber(denominator) && numerator > denominator) {
      issues.push({ path: `${at}.numerator`, code: 'numerator-exceeds-denominator' });
    }
    const interval = field(obs, 'interval');
    const lower = field(interval, 'lower');
    const upper = field(interval, 'upper');
    if (isFiniteNumber(lower) && isFiniteNumber(upper) && lower > upper) issues.push({ path: `${at}.interval`, code: 'interval-order' });
    if (unit === 'percent') {
      check_percent(field(obs, 'value'), `${at}.value`, issues);
      check_percent(lower, `${at}.interval.lower`, issues);
      check_percent(upper, `${at}.interval.upper`, issues);
    }
    const label = period_parse(field(obs, 'period'))?.label;
    if (label === undefined) return;
    if (seen.has(label)) issues.push({ path: `${at}.period`, code: 'duplicate-period', params: { period: label } });
    seen.add(label);
  });
}

function check_target(target: unknown, prefix: string, unit: unknown, issues: ValidationIssue[]): void {
  const change = field(target, 'change');
  // A fall of more than 100 % would ask for a negative value.
  if (field(target, 'changeUnit') === 'percent' && isFiniteNumber(change) && change < -100) {
    issues.push({ path: path_join(prefix, 'change'), code: 'too-small', params: { min: -100 } });
  }
  if (unit !== 'percent') return;
  check_percent(field(target, 'value'), path_join(prefix, 'value'), issues);
  check_percent(field(field(target, 'from'), 'value'), path_join(path_join(prefix, 'from'), 'value'), issues);
  check_percent(field(field(target, 'benchmark'), 'value'), path_join(path_join(prefix, 'benchmark'), 'value'), issues);
}

function result<T>(value: unknown, issues: ValidationIssue[]): ValidationResult<T> {
  // One issue per field: a second message about the same field is noise.
  const seen = new Set<string>();
  const kept = issues.filter((issue) => !seen.has(issue.path) && !!seen.add(issue.path));
  if (kept.length > 0) return { ok: false, issues: kept };
  if (value === undefined) return { ok: false, issues: [{ path: '', code: 'unknown' }] };
  return { ok: true, value: value as T, issues: [] };
}

/** Options of validators whose ranges depend on the indicator. */
export interface UnitOptions {
  /** With `percent`, values must lie within 0..100. */
  unit?: Unit;
}

function validate_with<T>(schema: v.GenericSchema, input: unknown, cross?: (snap: unknown, issues: ValidationIssue[]) => void): ValidationResult<T> {
  const issues: ValidationIssue[] = [];
  const snap = input_snapshot(input);
  const value = schema_run(schema, snap, '', issues);
  cross?.(snap, issues);
  return result<T>(value, issues);
}

/**
 * Validates an indicator and its measurement plan.
 * @example validate_indicator({ id: 'detox', name: 'השלמת גמילה', kind: 'outcome', unit: 'percent', polarity: 'higher-better' }).ok // true
 * @example validate_indicator({ id: 'x', name: 'x', kind: 'goal', unit: 'percent', polarity: 'none' }).issues
 *   // [{ path: 'kind', code: 'enum', params: { allowed: 'input, output, outcome' } }]
 */
export function validate_indicator(input: unknown): ValidationResult<Indicator> {
  return validate_with<Indicator>(indicatorSchema, input);
}

/**
 * Validates a target (any kind). With `unit: 'percent'`, target levels must lie within 0..100.
 * @example validate_target({ kind: 'absolute', value: 75 }).ok // true
 * @example validate_target({ kind: 'relative-to-own-past', change: 10, changeUnit: 'percent', lag: 0 }).issues
 *   // [{ path: 'lag', code: 'too-small', params: { min: 1 } }]
 */
export function validate_target(input: unknown, options?: UnitOptions): ValidationResult<Target> {
  return validate_with<Target>(targetSchema, input, (snap, issues) => check_target(snap, '', options?.unit, issues));
}

/**
 * Validates a list of observations, including duplicate periods, numerator ≤ denominator and
 * interval order. With `unit: 'percent'`, values and intervals must lie within 0..100.
 * @example validate_observations([{ period: '2025', value: 40 }, { period: '2025', value: 41 }]).issues
 *   // [{ path: '[1].period', code: 'duplicate-period', params: { period: '2025' } }]
 */
export function validate_observations(input: unknown, options?: UnitOptions): ValidationResult<Observation[]> {
  return validate_with<Observation[]>(list(observationSchema), input, (snap, issues) =>
    check_observations(snap, '', options?.unit, issues),
  );
}

/**
 * Validates a service.
 * @example validate_service({ id: 'detox', name: { he: 'גמילה', en: 'Detox' } }).ok // true
 */
export function validate_service(input: unknown): ValidationResult<Service> {
  return validate_with<Service>(serviceSchema, input);
}

/**
 * Validates a baseline. With `unit: 'percent'`, the value must lie within 0..100.
 * @example validate_baseline({ period: '2024/25', value: 31.5 }).ok // true
 */
export function validate_baseline(input: unknown, options?: UnitOptions): ValidationResult<Baseline> {
  return validate_with<Baseline>(baselineSchema, input, (snap, issues) => {
    if (options?.unit === 'percent') check_percent(field(snap, 'value'), 'value', issues);
  });
}

/** The props of an indicator card, unchecked. */
export interface IndicatorCardInput {
  indicator: unknown;
  observations: unknown;
  target?: unknown;
  baseline?: unknown;
  suppression?: unknown;
}

/** The props of an indicator card, checked and cleaned. */
export interface IndicatorCardData {
  indicator: Indicator;
  observations: Observation[];
  target?: Target;
  baseline?: Baseline;
  suppression: SuppressionRule;
}

/**
 * Validates all the data of an indicator card at once. Paths start with the prop name
 * (`indicator.kind`, `observations[1].value`), percent ranges follow the indicator's unit, and
 * a partial suppression rule is completed with the defaults.
 * @example validate_indicatorCard({ indicator, observations: [{ period: '2025', value: 140 }] }).issues
 *   // [{ path: 'observations[0].value', code: 'out-of-range', params: { min: 0, max: 100 } }] (percent indicator)
 */
export function validate_indicatorCard(input: IndicatorCardInput): ValidationResult<IndicatorCardData> {
  const issues: ValidationIssue[] = [];
  const snap = input_snapshot(input);
  const prop = (name: string, schema: v.GenericSchema, optional: boolean): unknown => {
    const value = field(snap, name);
    return optional && (value === undefined || value === null) ? undefined : schema_run(schema, value, name, issues);
  };
  const unit = field(field(snap, 'indicator'), 'unit');
  const indicator = prop('indicator', indicatorSchema, false);
  const observations = prop('observations', list(observationSchema), false);
  check_observations(field(snap, 'observations'), 'observations', unit, issues);
  const target = prop('target', targetSchema, true);
  if (field(snap, 'target') != null) check_target(field(snap, 'target'), 'target', unit, issues);
  const baseline = prop('baseline', baselineSchema, true);
  if (unit === 'percent') check_percent(field(field(snap, 'baseline'), 'value'), 'baseline.value', issues);
  const suppression = prop('suppression', suppressionSchema, true) as Partial<SuppressionRule> | undefined;
  const data: IndicatorCardData = {
    indicator: indicator as Indicator,
    observations: observations as Observation[],
    suppression: suppression_rule(suppression),
  };
  if (target !== undefined) data.target = target as Target;
  if (baseline !== undefined) data.baseline = baseline as Baseline;
  return result<IndicatorCardData>(issues.length > 0 ? undefined : data, issues);
}
