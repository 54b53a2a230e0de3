export { StakeholderMap, type StakeholderMapProps } from './StakeholderMap.js';
