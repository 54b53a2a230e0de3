import type { Locale } from '../schema/types.js';
import { commonMessages } from './catalogs/common.js';
import { indicatorMessages } from './catalogs/indicators.js';
import { trendMessages } from './catalogs/trend.js';
import { comparisonMessages } from './catalogs/comparison.js';
import { comparisonTableMessages } from './catalogs/comparisonTable.js';
import { logicModelMessages } from './catalogs/logicModel.js';
import { worksheetMessages, worksheetKeepMessages, diagnosisMessages, roadmapMessages, stakeholderMapMessages } from './catalogs/worksheet.js';
import { catalog_merge, translator_of, type Messages, type Translate } from './translate.js';

export { commonMessages, indicatorMessages, trendMessages, comparisonMessages, comparisonTableMessages, logicModelMessages, worksheetMessages, worksheetKeepMessages, diagnosisMessages, roadmapMessages, stakeholderMapMessages };
export * from './translate.js';

/**
 * Every UI string of Rechesh UI in Hebrew, Arabic and English, all families merged. Handy for a
 * portal that overrides or audits strings; components import only their own families.
 */
export const messages = /* @__PURE__ */ catalog_merge(commonMessages, indicatorMessages, trendMessages, comparisonMessages, comparisonTableMessages, logicModelMessages, worksheetMessages) as Readonly<Record<Locale, Messages>>;

/**
 * A translate function over the full catalog.
 * @example translator('he')('card.target') // 'יעד'
 */
export function translator(locale: Locale, overrides?: Partial<Messages>): Translate {
  return translator_of(messages, locale, overrides);
}
