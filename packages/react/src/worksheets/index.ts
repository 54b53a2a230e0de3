/** @rechesh/react/worksheets — worksheets people fill in (the diagnosis and work plan, the roadmap, the stakeholder map), that never lose their work. */
export * from './DiagnosisWorksheet/index.js';
export * from './RoadmapWorksheet/index.js';
export * from './StakeholderMap/index.js';
export { RecheshProvider, useRechesh, type RecheshProviderProps, type RecheshSettings, type Theme } from '../provider/RecheshProvider.js';
export { ErrorPanel, type ErrorPanelProps } from '../error/ErrorPanel.js';
