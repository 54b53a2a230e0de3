export { Sparkline, type SparklineProps, type SparklinePoint } from './Sparkline.js';
