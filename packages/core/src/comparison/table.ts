/**
 * What the operator-comparison table needs besides the cells: a check of its input that names
 * every problem (so a bad row gives an error panel, not a crash or a silently wrong table), and
 * the sentences that explain each caution badge. Framework-free: a non-React portal can render
 * the same table and explanations from here.
 */
import type { LocalizedText } from '../schema/types.js';
import type { ValidationIssue } from '../schema/messages.js';
import { validate_indicator, validate_observations } from '../schema/validate.js';
import { period_parse } from '../stats/target.js';
import { text_get } from '../i18n/locale.js';
import type { Translate } from '../i18n/translate.js';
import { format_number, format_value, type FormatOptions } from '../format/number.js';
import type { OperatorCaution } from './operators.js';

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

/** Non-blank text, or localized text with a non-blank entry (no array built: 10,000 names are checked). */
function isText(x: unknown): boolean {
  if (typeof x === 'string') return x.trim() !== '';
  if (!isObject(x)) return false;
  for (const key in x) {
    if (!Object.prototype.hasOwnProperty.call(x, key)) continue;
    const v = x[key];
    if (typeof v === 'string' && v.trim() !== '') return true;
  }
  return false;
}

/** `required` for nothing, `type` for the wrong kind; true when `x` is there. */
function present(x: unknown, path: string, issues: ValidationIssue[]): boolean {
  if (x === undefined || x === null) {
    issues.push({ path, code: 'required' });
    return false;
  }
  return true;
}

/** Population shares within 0..1. `path` is a function so a valid row builds no path strings. */
function check_shares(x: unknown, path: () => string, issues: ValidationIssue[]): void {
  if (x === undefined) return;
  if (!isObject(x)) {
    issues.push({ path: path(), code: 'type', params: { expected: 'object' } });
    return;
  }
  for (const feature in x) {
    if (!Object.prototype.hasOwnProperty.call(x, feature)) continue;
    const share = x[feature];
    const at = () => `${path()}.${feature}`;
    if (typeof share !== 'number') issues.push({ path: at(), code: 'type', params: { expected: 'number' } });
    else if (!Number.isFinite(share)) issues.push({ path: at(), code: 'not-finite' });
    else if (share < 0 || share > 1) issues.push({ path: at(), code: 'out-of-range', params: { min: 0, max: 1 } });
  }
}

/**
 * Whether a period label is canonical, remembered per label: a table's 40,000 observations share a
 * few periods, so each is parsed once. Bounded, so a stream of odd labels cannot grow it for ever.
 */
const canonical = new Map<string, boolean>();
function period_isCanonical(period: string): boolean {
  let ok = canonical.get(period);
  if (ok === undefined) {
    ok = period_parse(period)?.label === period;
    if (canonical.size >= 256) canonical.clear();
    canonical.set(period, ok);
  }
  return ok;
}

const FAST_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(['period', 'value', 'numerator', 'denominator', 'n', 'interval', 'quality']);
const FLAGS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(['incomplete', 'estimated', 'unverified', 'late', 'source-changed']);

function count_ok(x: unknown): boolean {
  return x === undefined || (Number.isInteger(x) && (x as number) >= 0);
}

function num_ok(x: unknown, percent: boolean): boolean {
  return typeof x === 'number' && Number.isFinite(x) && (!percent || (x >= 0 && x <= 100));
}

/**
 * The common case at speed: a plain, well-formed observation (canonical period, finite value,
 * whole counts, an ordered interval, known quality flags). Never accepts what
 * `validate_observations` would refuse; anything else (a note, other keys, a doubtful value, a
 * throwing getter) returns false and goes through the full check for its issues. A table of
 * 10,000 operators × 4 indicators is 40,000 of these.
 */
function observation_ok(o: unknown, percent: boolean): boolean {
  try {
    if (!isObject(o)) return false;
    // for…in builds no key array; an inherited key is not the observation's own and is not read.
    for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key) && !FAST_KEYS.has(key)) return false;
    const { period, value, numerator, denominator, n, interval, quality } = o;
    if (typeof period !== 'string' || !period_isCanonical(period)) return false;
    if (value !== null && !num_ok(value, percent)) return false;
    if (!count_ok(numerator) || !count_ok(denominator) || !count_ok(n)) return false;
    if (typeof numerator === 'number' && typeof denominator === 'number' && numerator > denominator) return false;
    if (interval !== undefined) {
      if (!isObject(interval) || Object.keys(interval).length !== 2) return false;
      const { lower, upper } = interval;
      if (!num_ok(lower, percent) || !num_ok(upper, percent) || (lower as number) > (upper as number)) return false;
    }
    return quality === undefined || (Array.isArray(quality) && quality.every((f) => FLAGS.has(f)));
  } catch {
    return false;
  }
}

/** The input of an operator-comparison table, as received (anything). */
export interface ComparisonTableInput {
  indicators: unknown;
  operators: unknown;
  benchmark: unknown;
}

/**
 * Checks what an operator-comparison table draws from and names every problem with a path into
 * the input (`operators[3].values.completion.n`): indicators (each as `validate_indicator`, no
 * duplicate ids), operators (id, name, region, `isNew`, population shares within 0..1, external
 * factors, and each value as `validate_observations` in its indicator's unit), and the
 * benchmark per indicator (a finite value and a label). Values of indicators the table does not
 * show are ignored. Never throws.
 * @example validate_comparisonTable({ indicators: [completion], operators: [{ operatorId: 'a', name: 'A', values: {} }],
 *   benchmark: { completion: { value: 70, label: 'National average' } } }) // []
 */
export function validate_comparisonTable(input: ComparisonTableInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const source = isObject(input) ? input : { indicators: undefined, operators: undefined, benchmark: undefined };
  const units = new Map<string, unknown>();
  const inds = source.indicators;
  if (!Array.isArray(inds)) {
    issues.push(inds === undefined || inds === null ? { path: 'indicators', code: 'required' } : { path: 'indicators', code: 'type', params: { expected: 'list' } });
  } else {
    inds.forEach((ind: unknown, i) => {
      const result = validate_indicator(ind);
      if (!result.ok) {
        for (const issue of result.issues) issues.push({ ...issue, path: issue.path ? `indicators[${i}].${issue.path}` : `indicators[${i}]` });
        return;
      }
      if (units.has(result.value.id)) issues.push({ path: `indicators[${i}].id`, code: 'duplicate-id', params: { id: result.value.id } });
      else units.set(result.value.id, result.value.unit);
    });
  }

  const bench = source.benchmark;
  if (bench === undefined || bench === null) issues.push({ path: 'benchmark', code: 'required' });
  else if (!isObject(bench)) issues.push({ path: 'benchmark', code: 'type', params: { expected: 'object' } });
  else {
    for (const [id, b] of Object.entries(bench)) {
      if (!units.has(id)) continue;
      const at = `benchmark.${id}`;
      if (!isObject(b)) {
        issues.push({ path: at, code: 'type', params: { expected: 'object' } });
        continue;
      }
      if (present(b.value, `${at}.value`, issues)) {
        if (typeof b.value !== 'number') issues.push({ path: `${at}.value`, code: 'type', params: { expected: 'number' } });
        else if (!Number.isFinite(b.value)) issues.push({ path: `${at}.value`, code: 'not-finite' });
      }
      if (!isText(b.label)) issues.push({ path: `${at}.label`, code: 'required' });
      check_shares(b.population, () => `${at}.population`, issues);
    }
  }

  const ops = source.operators;
  if (!Array.isArray(ops)) {
    issues.push(ops === undefined || ops === null ? { path: 'operators', code: 'required' } : { path: 'operators', code: 'type', params: { expected: 'list' } });
    return issues;
  }
  if (ops.length > 100_000) {
    issues.push({ path: 'operators', code: 'too-many', params: { max: 100_000 } });
    return issues;
  }
  const seen = new Set<string>();
  ops.forEach((op: unknown, i) => {
    // Paths are built only for a problem: a valid row of 10,000 builds no strings.
    const at = (rest = '') => `operators[${i}]${rest}`;
    if (!isObject(op)) {
      issues.push({ path: at(), code: 'type', params: { expected: 'object' } });
      return;
    }
    const id = op.operatorId;
    if (id === undefined || id === null || id === '') issues.push({ path: at('.operatorId'), code: 'required' });
    else if (typeof id !== 'string') issues.push({ path: at('.operatorId'), code: 'type', params: { expected: 'text' } });
    else if (seen.has(id)) issues.push({ path: at('.operatorId'), code: 'duplicate-id', params: { id } });
    else seen.add(id);
    if (!isText(op.name)) issues.push({ path: at('.name'), code: 'required' });
    if (op.region !== undefined && op.region !== null && !isText(op.region) && op.region !== '') {
      issues.push({ path: at('.region'), code: 'type', params: { expected: 'text' } });
    }
    if (op.isNew !== undefined && typeof op.isNew !== 'boolean') issues.push({ path: at('.isNew'), code: 'type', params: { expected: 'boolean' } });
    check_shares(op.population, () => at('.population'), issues);
    if (op.externalFactors !== undefined) {
      if (!Array.isArray(op.externalFactors)) issues.push({ path: at('.externalFactors'), code: 'type', params: { expected: 'list' } });
      else op.externalFactors.forEach((f: unknown, k) => {
        if (!isText(f)) issues.push({ path: at(`.externalFactors[${k}]`), code: 'type', params: { expected: 'text' } });
      });
    }
    if (op.values === undefined || op.values === null) return;
    if (!isObject(op.values)) {
      issues.push({ path: at('.values'), code: 'type', params: { expected: 'object' } });
      return;
    }
    const values = op.values;
    for (const indicatorId in values) {
      if (!Object.prototype.hasOwnProperty.call(values, indicatorId)) continue;
      const unit = units.get(indicatorId);
      if (unit === undefined) continue;
      const obs = values[indicatorId];
      if (observation_ok(obs, unit === 'percent')) continue;
      const result = validate_observations([obs], { unit: unit as never });
      if (result.ok) continue;
      for (const issue of result.issues) {
        const rest = issue.path.replace(/^\[0\]\.?/, '');
        issues.push({ ...issue, path: at(`.values.${indicatorId}${rest ? `.${rest}` : ''}`) });
      }
    }
  });
  return issues;
}

/** What `operatorCaution_text` needs besides the caution. */
export interface CautionTextOptions extends FormatOptions {
  t: Translate;
  /** Names of population-profile features by key, e.g. `{ highNeed: { he: 'בעלי צרכים מורכבים', en: 'High-need recipients' } }`. */
  features?: Record<string, LocalizedText>;
}

/**
 * The sentence that explains one caution in the table's language, with its numbers formatted and
 * data text (a feature name, an external factor) in the reader's language where given.
 * @example operatorCaution_text({ kind: 'unstable', params: { n: 14, unstableN: 20 } }, { t, locale: 'en' })
 *   // 'Only 14 cases (fewer than 20): the value is unstable, so it is not compared.'
 */
export function operatorCaution_text(caution: OperatorCaution, options: CautionTextOptions): string {
  const { t, locale } = options;
  const fmt = { locale, numberingSystem: options.numberingSystem };
  const p = isObject(caution) && isObject(caution.params) ? caution.params : {};
  const count = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? format_number(x, { ...fmt, decimals: 0 }) : '');
  const share = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? format_value(x * 100, 'percent', { ...fmt, decimals: 0 }) : '');
  switch (isObject(caution) ? caution.kind : undefined) {
    case 'suppressed':
      return t('ocaution.text.suppressed', { minN: count(p.minN) });
    case 'new-operator':
      return t('ocaution.text.new-operator');
    case 'definition-changed':
      return t('ocaution.text.definition-changed', { when: [p.period, p.date].filter((x) => typeof x === 'string' && x !== '').join(', ') });
    case 'data-quality': {
      const flags = Array.isArray(caution.flags) ? caution.flags : [];
      const words = flags.map((f) => t(`ocaution.flag.${f}` as Parameters<Translate>[0]));
      return t('ocaution.text.data-quality', { flags: words.join(', ') });
    }
    case 'unstable':
      return t('ocaution.text.unstable', { n: count(p.n), unstableN: count(p.unstableN) });
    case 'population-mix': {
      const key = typeof p.feature === 'string' ? p.feature : '';
      const named = isObject(options.features) && Object.prototype.hasOwnProperty.call(options.features, key) ? text_get(options.features[key] as LocalizedText, locale) : '';
      return t('ocaution.text.population-mix', { feature: named || key, operatorShare: share(p.operatorShare), benchmarkShare: share(p.benchmarkShare) });
    }
    case 'external-factor':
      return t('ocaution.text.external-factor', { text: text_get(caution.text as LocalizedText, locale) });
    default:
      return '';
  }
}
