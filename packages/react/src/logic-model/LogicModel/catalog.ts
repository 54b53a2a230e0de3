import { catalog_merge, commonMessages, logicModelMessages } from '@rechesh/core';

/**
 * The logic-model family's strings, with the common ones (kept beside the component, so the
 * family's wiring stays in its own folder).
 */
export const logicModelCatalog = /* @__PURE__ */ catalog_merge(commonMessages, logicModelMessages);
