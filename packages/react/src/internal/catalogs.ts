import { catalog_merge, commonMessages, comparisonMessages, comparisonTableMessages, indicatorMessages, trendMessages, worksheetMessages } from '@rechesh/core';

/** The strings of each component family, with the common ones. Built once per family. */
export const indicatorsCatalog = /* @__PURE__ */ catalog_merge(commonMessages, indicatorMessages);
export const trendCatalog = /* @__PURE__ */ catalog_merge(commonMessages, trendMessages);
export const comparisonCatalog = /* @__PURE__ */ catalog_merge(commonMessages, comparisonMessages);
export const comparisonTableCatalog = /* @__PURE__ */ catalog_merge(commonMessages, comparisonTableMessages);
export const worksheetsCatalog = /* @__PURE__ */ catalog_merge(commonMessages, worksheetMessages);
