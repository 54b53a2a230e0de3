/** @rechesh/react/trend — target trend charts. */
export { TargetTrendChart, type TargetTrendChartProps } from './TargetTrendChart/TargetTrendChart.js';
export { chart_layout, type ChartLayout, type TimeFlow } from './TargetTrendChart/layout.js';
export { RecheshProvider, useRechesh, type RecheshProviderProps, type RecheshSettings, type Theme } from '../provider/RecheshProvider.js';
export { ErrorPanel, type ErrorPanelProps } from '../error/ErrorPanel.js';
