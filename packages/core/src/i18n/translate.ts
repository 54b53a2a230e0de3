import type { Locale } from '../schema/types.js';
import type { CommonMessageKey } from './catalogs/common.js';
import type { IndicatorMessageKey } from './catalogs/indicators.js';
import type { TrendMessageKey } from './catalogs/trend.js';
import type { ComparisonMessageKey } from './catalogs/comparison.js';
import type { ComparisonTableMessageKey } from './catalogs/comparisonTable.js';
import type { LogicModelMessageKey } from './catalogs/logicModel.js';
import type { WorksheetMessageKey } from './catalogs/worksheet.js';

/** Keys of every UI string. */
export type MessageKey = CommonMessageKey | IndicatorMessageKey | TrendMessageKey | ComparisonMessageKey | ComparisonTableMessageKey | LogicModelMessageKey | WorksheetMessageKey;
/** A full catalog for one locale. */
export type Messages = Record<MessageKey, string>;
/** Strings of one or more families, per locale. */
export type Catalog = Readonly<Record<Locale, Partial<Record<MessageKey, string>>>>;

/**
 * Fills `{name}` placeholders. Unknown placeholders stay visible, so a missing parameter is
 * noticed in review instead of silently printing nothing.
 * @example message_format('{n} cases', { n: 12 }) // '12 cases'
 */
export function message_format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A translate function bound to a locale and optional overrides. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * Joins family catalogs. Each component family ships its own strings (common, indicators,
 * trend, …) so a page that uses one family does not download the others' text.
 */
export function catalog_merge(...catalogs: Catalog[]): Catalog {
  const out = { he: {}, ar: {}, en: {} } as Record<Locale, Partial<Record<MessageKey, string>>>;
  for (const c of catalogs) for (const l of ['he', 'ar', 'en'] as const) Object.assign(out[l], c[l]);
  return out;
}

/**
 * Makes a translate function over a catalog. `overrides` replace single messages (a component's
 * `messages` prop). A key missing from the catalog comes back as the key itself, visibly.
 * @example translator_of(commonMessages, 'he')('card.target') // 'יעד'
 */
export function translator_of(catalog: Catalog, locale: Locale, overrides?: Partial<Messages>): Translate {
  const base = catalog[locale] ?? catalog.he;
  return (key, params) => {
    const own = overrides?.[key];
    const template = typeof own === 'string' ? own : (base[key] ?? key);
    return message_format(template, params);
  };
}
