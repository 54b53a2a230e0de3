/** @rechesh/react/comparison — careful comparison of operators (funnel plot; the table comes next). */
export { FunnelPlot, type FunnelPlotProps } from './FunnelPlot/FunnelPlot.js';
export { RecheshProvider, useRechesh, type RecheshProviderProps, type RecheshSettings, type Theme } from '../provider/RecheshProvider.js';
export { ErrorPanel, type ErrorPanelProps } from '../error/ErrorPanel.js';
