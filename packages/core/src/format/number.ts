import type { Locale, Unit } from '../schema/types.js';
import { translator_of } from '../i18n/translate.js';
import { commonMessages } from '../i18n/catalogs/common.js';

/** Digits to format with. Hebrew and Arabic UIs in Israel use Latin digits by default. */
export type NumberingSystem = 'latn' | 'arab';

/** Options shared by every formatter. */
export interface FormatOptions {
  locale: Locale;
  /** @defaultValue 'latn' */
  numberingSystem?: NumberingSystem;
}

const TAGS: Record<Locale, string> = { he: 'he-IL', ar: 'ar', en: 'en-GB' };

/**
 * The BCP 47 tag we hand to `Intl` for a locale, with the numbering system pinned: `ar` alone
 * would give Arabic-Indic digits, which most Israeli Arabic-language sites do not use.
 * @example intl_tag({ locale: 'ar' }) // 'ar-u-nu-latn'
 */
export function intl_tag(options: FormatOptions): string {
  const tag = TAGS[options.locale] ?? TAGS.he;
  return `${tag}-u-nu-${options.numberingSystem ?? 'latn'}`;
}

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(tag: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = tag + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(tag, opts);
    cache.set(key, f);
  }
  return f;
}

/** Decimal places to show for a unit when the indicator does not say. */
export function unit_defaultDecimals(unit: Unit): number {
  return unit === 'percent' || unit === 'per-1000' || unit === 'score' ? 1 : 0;
}

function clampDecimals(d: number | undefined, fallback: number): number {
  return typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 20 ? d : fallback;
}

/**
 * Formats a plain number. Non-finite input gives an empty string: callers show their own
 * "no value" text instead of "NaN".
 * @example format_number(12345.6, { locale: 'he', decimals: 1 }) // '12,345.6'
 */
export function format_number(
  value: number,
  options: FormatOptions & { decimals?: number; signDisplay?: 'auto' | 'exceptZero' },
): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const decimals = clampDecimals(options.decimals, 0);
  return numberFormat(intl_tag(options), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: options.signDisplay ?? 'auto',
  }).format(value);
}

/**
 * Formats a value in its indicator's unit. Percent values are stored as percentages (42 means
 * 42 %).
 * @example format_value(42.5, 'percent', { locale: 'he' }) // '42.5%'
 * @example format_value(3, 'days', { locale: 'en' }) // '3 days'
 */
export function format_value(
  value: number,
  unit: Unit,
  options: FormatOptions & { decimals?: number; signDisplay?: 'auto' | 'exceptZero' | 'never' },
): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const decimals = clampDecimals(options.decimals, unit_defaultDecimals(unit));
  const tag = intl_tag(options);
  const base: Intl.NumberFormatOptions = {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: options.signDisplay ?? 'auto',
  };
  switch (unit) {
    case 'percent':
      return numberFormat(tag, { ...base, style: 'percent' }).format(value / 100);
    case 'days':
      return numberFormat(tag, { ...base, style: 'unit', unit: 'day', unitDisplay: 'long' }).format(value);
    case 'hours':
      return numberFormat(tag, { ...base, style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(value);
    case 'ils':
      return numberFormat(tag, { ...base, style: 'currency', currency: 'ILS' }).format(value);
    case 'per-1000':
      return translator_of(commonMessages, options.locale)('unit.per-1000', { value: numberFormat(tag, base).format(value) });
    default:
      return numberFormat(tag, base).format(value);
  }
}

/**
 * Formats a change between two values of a unit. A change in a percentage is shown in
 * percentage points, never as a percent of a percent, which readers confuse.
 * @example format_change(2.5, 'percent', { locale: 'en' }) // '\u2066+2.5\u2069 pts'
 */
export function format_change(
  change: number,
  unit: Unit,
  options: FormatOptions & { decimals?: number; signed?: boolean },
): string {
  if (typeof change !== 'number' || !Number.isFinite(change)) return '';
  const signDisplay = options.signed === false ? 'never' : 'exceptZero';
  if (unit === 'percent') {
    const decimals = clampDecimals(options.decimals, 1);
    const n = numberFormat(intl_tag(options), {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay,
    }).format(change);
    // The number is isolated left-to-right (LRI…PDI) so its sign stays in front of it, while the
    // unit word around it follows the sentence's own direction.
    return translator_of(commonMessages, options.locale)('unit.points', { value: `\u2066${n}\u2069` });
  }
  return format_value(change, unit, { ...options, signDisplay });
}

/**
 * Formats a relative change (e.g. a target of +10 %) as a signed percent.
 * @example format_relative(10, { locale: 'he' }) // '\u2066+10%\u2069'
 */
export function format_relative(percent: number, options: FormatOptions): string {
  if (typeof percent !== 'number' || !Number.isFinite(percent)) return '';
  const text = numberFormat(intl_tag(options), {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(percent / 100);
  // Isolated left to right (LRI…PDI): inside Arabic or Hebrew sentences the sign must stay in
  // front of the number ("-10%"), which an unisolated or first-strong run does not guarantee.
  return `\u2066${text}\u2069`;
}
