import {
  catalog_merge,
  commonMessages,
  comparisonMessages,
  comparisonTableMessages,
  diagnosisMessages,
  indicatorMessages,
  roadmapMessages,
  stakeholderMapMessages,
  trendMessages,
  worksheetKeepMessages,
} from '@rechesh/core';

/** The strings of each component family, with the common ones. Built once per family. */
export const indicatorsCatalog = /* @__PURE__ */ catalog_merge(commonMessages, indicatorMessages);
export const trendCatalog = /* @__PURE__ */ catalog_merge(commonMessages, trendMessages);
export const comparisonCatalog = /* @__PURE__ */ catalog_merge(commonMessages, comparisonMessages);
export const comparisonTableCatalog = /* @__PURE__ */ catalog_merge(commonMessages, comparisonTableMessages);
/** Each worksheet's strings: keeping the work (shared) and its own part. */
export const diagnosisCatalog = /* @__PURE__ */ catalog_merge(commonMessages, worksheetKeepMessages, diagnosisMessages);
export const roadmapCatalog = /* @__PURE__ */ catalog_merge(commonMessages, worksheetKeepMessages, roadmapMessages);
export const stakeholderMapCatalog = /* @__PURE__ */ catalog_merge(commonMessages, worksheetKeepMessages, stakeholderMapMessages);
