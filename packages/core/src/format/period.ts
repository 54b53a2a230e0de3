import type { IsoDate, Period } from '../schema/types.js';
import { translator_of } from '../i18n/translate.js';
import { commonMessages } from '../i18n/catalogs/common.js';
import { intl_tag, type FormatOptions } from './number.js';

const YEAR = /^(\d{4})$/;
const HALF = /^(\d{4})-H([12])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const SCHOOL = /^(\d{4})\/(\d{2})$/;
const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(tag: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = tag + JSON.stringify(opts);
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { ...opts, timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}

function plainYear(y: string, options: FormatOptions): string {
  // Years are labels, not quantities: no grouping separator ("2025", never "2,025").
  return new Intl.NumberFormat(intl_tag(options), { useGrouping: false }).format(Number(y));
}

/**
 * Formats a period label in the active language. Unknown forms come back as given, so a
 * surprising label is still shown rather than hidden.
 * @example format_period('2025-Q3', { locale: 'he' }) // 'רבעון 3 2025'
 * @example format_period('2025-03', { locale: 'en' }) // 'March 2025'
 * @example format_period('2024/25', { locale: 'en' }) // 'School year \u20662024–25\u2069'
 */
export function format_period(period: Period, options: FormatOptions): string {
  if (typeof period !== 'string') return '';
  const t = translator_of(commonMessages, options.locale);
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(period))) return plainYear(m[1]!, options);
  if ((m = HALF.exec(period))) return t('period.half', { half: m[2]!, year: plainYear(m[1]!, options) });
  if ((m = QUARTER.exec(period))) return t('period.quarter', { quarter: m[2]!, year: plainYear(m[1]!, options) });
  if ((m = MONTH.exec(period))) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
    return dateFormat(intl_tag(options), { year: 'numeric', month: 'long' }).format(d);
  }
  if ((m = SCHOOL.exec(period))) {
    // Isolated left to right (LRI…PDI): unisolated, "2024–25" inside a Hebrew or Arabic sentence
    // is shown as "25–2024".
    return t('period.schoolYear', { span: `\u2066${plainYear(m[1]!, options)}–${m[2]}\u2069` });
  }
  return period;
}

/**
 * Formats an ISO date (`YYYY-MM-DD`) in the active language.
 * @example format_date('2025-09-01', { locale: 'en' }) // '1 Sept 2025'
 */
export function format_date(date: IsoDate, options: FormatOptions): string {
  if (typeof date !== 'string') return '';
  const m = DATE.exec(date);
  if (!m) return date;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime())) return date;
  return dateFormat(intl_tag(options), { dateStyle: 'medium' }).format(d);
}
