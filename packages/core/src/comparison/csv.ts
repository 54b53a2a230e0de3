/**
 * The comparison table as CSV, for analysts who open it in a spreadsheet. Safe by construction:
 * suppressed values never appear (only cells' shown values are written), text from data cannot
 * run as a spreadsheet formula, and the file opens in Excel with Hebrew and Arabic intact.
 */
import type { Indicator, Locale } from '../schema/types.js';
import { text_get } from '../i18n/locale.js';
import type { Comparison } from '../stats/compare.js';
import { operators_anonymise, type ComparisonCell, type ComparisonRow, type OperatorCautionKind, type OperatorRow } from './operators.js';

/** Column words of the CSV header. */
export interface CsvHeaders {
  operator: string;
  region: string;
  value: string;
  n: string;
  lower: string;
  upper: string;
  comparison: string;
  cautions: string;
}

/** Default (English) column words; pass localized ones in `headers`. */
export const csvHeaders: Readonly<CsvHeaders> = /* @__PURE__ */ Object.freeze({
  operator: 'operator',
  region: 'region',
  value: 'value',
  n: 'n',
  lower: 'lower',
  upper: 'upper',
  comparison: 'comparison',
  cautions: 'cautions',
});

/** Options of `comparison_csv`. */
export interface CsvOptions {
  /** Language for names, regions and indicator names. */
  locale: Locale;
  /** Write anonymous labels instead of names, leave regions empty, and list rows in label order. */
  anonymised?: boolean;
  /** Labels from `operators_anonymise`, by operator id; computed with `seed` when absent. */
  labels?: ReadonlyMap<string, string>;
  /** Seed for `operators_anonymise` when `labels` is absent. @defaultValue '' */
  seed?: string;
  /** @defaultValue ',' */
  separator?: ',' | ';';
  /** The localized "too few cases" word written in place of a suppressed value. @defaultValue 'suppressed' */
  suppressedText?: string;
  headers?: Partial<CsvHeaders>;
  /** Localized comparison words; the comparison key is written when absent. */
  comparisonText?: Partial<Record<Comparison, string>>;
  /** Localized caution words (the badges' words); the caution kind is written when absent. */
  cautionText?: Partial<Record<OperatorCautionKind, string>>;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const BOM = '\uFEFF';
const CRLF = '\r\n';

/** A cell: text from data or words, or a number we format ourselves. */
type CsvValue = { text: string } | { number: number } | '';

/**
 * A number as a plain decimal: no grouping, no exponent, at most 10 decimals, `-0` as `0`.
 * Non-finite numbers give ''.
 * @example csv_number(-1.5e-7) // '-0.00000015'
 * @example csv_number(0.1 + 0.2) // '0.3'
 */
export function csv_number(x: number): string {
  if (typeof x !== 'number' || !Number.isFinite(x)) return '';
  const s = x.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 10 });
  return s === '-0' ? '0' : s;
}

/**
 * Neutralises spreadsheet formula injection (OWASP "CSV Injection"): text starting with
 * = + - @ tab or carriage return gets a leading apostrophe, so a spreadsheet shows it as text.
 * Apply it to text, not to numbers from `csv_number` (a plain "-3.5" we wrote is a number).
 * @example csv_neutralise('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 * @example csv_neutralise('-3.5') // "'-3.5" (text that looks like a number is still text)
 */
export function csv_neutralise(text: string): string {
  const s = typeof text === 'string' ? text : String(text ?? '');
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/**
 * Quotes a field when RFC 4180 requires it: it contains the separator, a double quote, CR or LF.
 * Quotes inside are doubled.
 * @example csv_quote('a,b', ',') // '"a,b"'
 * @example csv_quote('say "hi"', ';') // '"say ""hi"""'
 */
export function csv_quote(field: string, separator: ',' | ';' = ','): string {
  const s = typeof field === 'string' ? field : String(field ?? '');
  return s.includes(separator) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function field_of(value: CsvValue, separator: ',' | ';'): string {
  if (value === '') return '';
  if ('number' in value) {
    const s = csv_number(value.number);
    // Our own numbers are plain decimals; anything else is treated as text.
    return PLAIN_NUMBER.test(s) ? s : csv_quote(csv_neutralise(s), separator);
  }
  return csv_quote(csv_neutralise(value.text), separator);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object';
}

/** The six fields of one indicator in one row. Only a `shown` cell's numbers are ever written. */
function cell_fields(cell: ComparisonCell | undefined, suppressedText: string, options: CsvOptions): CsvValue[] {
  if (!isObject(cell)) return ['', '', '', '', '', ''];
  const shown = cell.state === 'shown';
  const num = (x: unknown): CsvValue => (shown && typeof x === 'number' && Number.isFinite(x) ? { number: x } : '');
  const iv = shown && isObject(cell.interval) ? cell.interval : undefined;
  const value: CsvValue = shown ? num(cell.value) : cell.state === 'suppressed' ? { text: suppressedText } : '';
  const words = isObject(options.comparisonText) ? options.comparisonText : {};
  const comparison = typeof cell.comparison === 'string' ? (words[cell.comparison] ?? cell.comparison) : '';
  const cautionWords: Record<string, unknown> = isObject(options.cautionText) ? options.cautionText : {};
  const kinds = Array.isArray(cell.cautions)
    ? cell.cautions.filter(isObject).map((c) => {
        const kind = String(c.kind);
        const word = Object.prototype.hasOwnProperty.call(cautionWords, kind) ? cautionWords[kind] : undefined;
        return typeof word === 'string' ? word : kind;
      })
    : [];
  return [value, num(cell.n), num(iv?.lower), num(iv?.upper), { text: comparison }, { text: kinds.join('; ') }];
}

/**
 * The comparison table as CSV text: a UTF-8 byte-order mark (so Excel reads Hebrew), a header
 * row, then one row per operator — name (or anonymous label), region, and for each indicator its
 * value, n, interval lower and upper bounds, comparison, and caution kinds joined by "; ". Lines
 * end with CRLF and fields are quoted as RFC 4180 asks. Values come only from `cells` (from
 * `comparison_cells`), matched by operator id: a suppressed value is written as `suppressedText`
 * and its n and interval are left empty. Rows without a label are left out when anonymised.
 * @example comparison_csv(rows, indicators, comparison_cells(rows, indicators, benchmark, { rule }),
 *   { locale: 'he', separator: ';', suppressedText: 'מעט מדי מקרים' })
 */
export function comparison_csv(
  rows: readonly OperatorRow[],
  indicators: readonly Indicator[],
  cells: readonly ComparisonRow[],
  options: CsvOptions,
): string {
  const o: CsvOptions = isObject(options) ? options : { locale: 'he' };
  const locale = o.locale;
  const separator = o.separator === ';' ? ';' : ',';
  const suppressedText = typeof o.suppressedText === 'string' ? o.suppressedText : 'suppressed';
  const headers: CsvHeaders = { ...csvHeaders };
  for (const key of Object.keys(csvHeaders) as Array<keyof CsvHeaders>) {
    const word = isObject(o.headers) ? o.headers[key] : undefined;
    if (typeof word === 'string') headers[key] = word;
  }
  const cleanRows = Array.isArray(rows) ? rows.filter((r): r is OperatorRow => isObject(r) && typeof r.operatorId === 'string') : [];
  const cleanIndicators = Array.isArray(indicators)
    ? indicators.filter((i): i is Indicator => isObject(i) && typeof i.id === 'string')
    : [];
  const byOperator = new Map<string, ComparisonRow>();
  for (const row of Array.isArray(cells) ? (cells as unknown[]) : []) {
    if (!isObject(row) || typeof row.operatorId !== 'string' || byOperator.has(row.operatorId)) continue;
    byOperator.set(row.operatorId, row as unknown as ComparisonRow);
  }

  const columns: Array<keyof CsvHeaders> = ['value', 'n', 'lower', 'upper', 'comparison', 'cautions'];
  const header: CsvValue[] = [{ text: headers.operator }, { text: headers.region }];
  for (const indicator of cleanIndicators) {
    const name = text_get(indicator.name, locale) || indicator.id;
    for (const column of columns) header.push({ text: `${name}: ${headers[column]}` });
  }

  let ordered: Array<{ row: OperatorRow; name: string; region: string }>;
  if (o.anonymised === true) {
    const labels = o.labels instanceof Map ? o.labels : operators_anonymise(cleanRows, o.seed ?? '').mapping;
    // Label order (A … Z, AA …), never the input order, which may follow names or rank.
    ordered = cleanRows
      .map((row) => ({ row, name: String(labels.get(row.operatorId) ?? ''), region: '' }))
      .filter((r) => r.name !== '')
      .sort((a, b) => a.name.length - b.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } else {
    ordered = cleanRows.map((row) => ({ row, name: text_get(row.name, locale), region: text_get(row.region, locale) }));
  }

  const lines = [header];
  for (const { row, name, region } of ordered) {
    const line: CsvValue[] = [{ text: name }, { text: region }];
    const own = byOperator.get(row.operatorId);
    const ownCells = own && Array.isArray(own.cells) ? own.cells : [];
    for (const indicator of cleanIndicators) {
      const cell = ownCells.find((c) => isObject(c) && c.indicatorId === indicator.id);
      line.push(...cell_fields(cell, suppressedText, o));
    }
    lines.push(line);
  }
  return BOM + lines.map((line) => line.map((v) => field_of(v, separator)).join(separator) + CRLF).join('');
}
