/** @rechesh/react/logic-model — the logic-model (theory of change) diagram with its outline, tender and revision views. */
export * from './LogicModel/index.js';
export { RecheshProvider, useRechesh, type RecheshProviderProps, type RecheshSettings, type Theme } from '../provider/RecheshProvider.js';
export { ErrorPanel, type ErrorPanelProps } from '../error/ErrorPanel.js';
