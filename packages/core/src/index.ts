/**
 * @rechesh/core — the framework-free core of Rechesh UI.
 *
 * Data schema and validation, statistics, caution rules, i18n catalogs and Intl formatting for
 * social-procurement measurement. No React here: a non-React portal or a server can use it all.
 */
export type * from './schema/types.js';
export * from './schema/validate.js';
export * from './schema/messages.js';
export * from './i18n/locale.js';
export * from './i18n/catalog.js';
export * from './format/number.js';
export * from './format/period.js';
export * from './stats/wilson.js';
export * from './stats/compare.js';
export * from './stats/suppression.js';
export * from './stats/target.js';
export * from './stats/delta.js';
export * from './caution/indicator.js';
export * from './stats/trend.js';
export * from './chart/trend.js';
export * from './chart/validate.js';
export * from './chart/summary.js';
export * from './comparison/funnel.js';
export * from './comparison/operators.js';
export * from './comparison/csv.js';
export type * from './logic-model/types.js';
export * from './comparison/table.js';
export * from './logic-model/validate.js';
export * from './logic-model/text.js';
export * from './logic-model/layout.js';
export * from './logic-model/graph.js';
export * from './logic-model/nav.js';
export * from './logic-model/summary.js';
export * from './logic-model/physical.js';
export * from './logic-model/revision.js';
export type * from './worksheet/types.js';
export { worksheet_version, item_statuses, action_statuses, action_aspects, stakeholder_rings, participation_levels, participation_stages, participation_tools, worksheet_limits } from './worksheet/types.js';
export * from './worksheet/issues.js';
export * from './worksheet/parse.js';
export * from './worksheet/storage.js';
export * from './worksheet/form.js';
export * from './worksheet/summary.js';
export * from './worksheet/roadmap.js';
export * from './worksheet/edit.js';
export * from './worksheet/stakeholders.js';
