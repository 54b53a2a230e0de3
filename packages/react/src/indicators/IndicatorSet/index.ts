export { IndicatorSet, type IndicatorSetProps, type IndicatorSetItem } from './IndicatorSet.js';
