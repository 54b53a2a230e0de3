/** @rechesh/react/comparison — careful comparison of operators: the comparison table and the funnel plot. */
export {
  OperatorComparisonTable,
  type OperatorComparisonTableProps,
  type ComparisonSort,
} from './OperatorComparisonTable/OperatorComparisonTable.js';
export { FunnelPlot, type FunnelPlotProps } from './FunnelPlot/FunnelPlot.js';
export { RecheshProvider, useRechesh, type RecheshProviderProps, type RecheshSettings, type Theme } from '../provider/RecheshProvider.js';
export { ErrorPanel, type ErrorPanelProps } from '../error/ErrorPanel.js';
