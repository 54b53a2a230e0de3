/** @rechesh/react/indicators — indicator cards, sets and sparklines. */
export * from './IndicatorCard/index.js';
export * from './IndicatorSet/index.js';
export * from './Sparkline/index.js';
export { RecheshProvider, useRechesh, type RecheshProviderProps, type RecheshSettings, type Theme } from '../provider/RecheshProvider.js';
export { ErrorPanel, type ErrorPanelProps } from '../error/ErrorPanel.js';
