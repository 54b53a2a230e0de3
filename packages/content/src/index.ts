/**
 * @rechesh/content — the structured content of Rechesh UI: the basic assumption, the overall
 * goal and the six principles of optimal social procurement, its full logic model, the tools
 * menu, the definitions glossary and two example logic models. Hebrew and English throughout;
 * Arabic for everything a user reads, with `content_untranslated('ar')` listing what is missing.
 *
 * Data only: no React, no run-time dependency. The models are plain `LogicModel`s from
 * @rechesh/core, ready for its `logicModel_*` helpers and the `LogicModel` component.
 */
export type * from './types.js';
export { basicAssumption, overallGoal, principles, principle_get, principle_isId } from './principles.js';
export { fullLogicModel, principle_boxIds, type FullModelColumnId } from './full-model.js';
export { toolsMenu, tool_get, tools_forPrinciple, tools_forStage } from './tools.js';
export { glossary, glossary_get } from './glossary.js';
export { examples, detoxInpatientModel, residentialYouthCareModel, type ContentExample } from './examples.js';
export { content_texts, content_untranslated, content_translationCoverage } from './untranslated.js';
