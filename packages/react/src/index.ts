/**
 * @rechesh/react — RTL-first, accessible React components for social-procurement measurement.
 * Each family also has its own entry (`@rechesh/react/indicators`) and stylesheet.
 */
export * from './provider/RecheshProvider.js';
export * from './error/ErrorPanel.js';
export * from './indicators/index.js';
export * from './trend/index.js';
export * from './comparison/index.js';
export * from './logic-model/index.js';
export * from './worksheets/index.js';
