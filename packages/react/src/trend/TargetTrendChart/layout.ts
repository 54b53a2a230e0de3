import { nice, ticks } from 'd3-array';
import type { TrendChartModel, Unit } from '@rechesh/core';

/** Which way time runs along the x axis. */
export type TimeFlow = 'ltr' | 'rtl';

export interface ChartLayout {
  width: number;
  height: number;
  /** The plot area, in SVG pixels. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** The side the value axis sits on: where time starts. */
  axisSide: 'left' | 'right';
  x: (index: number) => number;
  y: (value: number) => number;
  yTicks: number[];
  /** Period indices that get a label on the time axis (thinned to fit). */
  xLabels: number[];
  /** Index of the period nearest to an x position. */
  indexAt: (px: number) => number;
  /** Pixels between neighbouring periods. */
  step: number;
}

/**
 * Pixel geometry of a trend chart: scales, ticks and which period labels fit. Time runs the way
 * `flow` says; the value axis sits where time starts (the right side when time runs right to
 * left), so the eye meets the scale first.
 */
export function chart_layout(
  model: TrendChartModel,
  options: { width: number; height: number; flow: TimeFlow; unit: Unit; labelWidth?: number; axisWidth?: number },
): ChartLayout {
  const width = Math.max(200, options.width);
  const height = Math.max(160, options.height);
  const axisSide = options.flow === 'rtl' ? 'right' : 'left';
  const axisRoom = Math.max(52, options.axisWidth ?? 0);
  const plot = {
    left: axisSide === 'left' ? axisRoom : 14,
    right: width - (axisSide === 'right' ? axisRoom : 14),
    top: 30,
    bottom: height - 30,
  };

  let [lo, hi] = model.extent ?? [0, 1];
  if (lo === hi) {
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const span = hi - lo;
  lo -= span * 0.08;
  hi += span * 0.08;
  if (options.unit === 'percent') {
    lo = Math.max(0, lo);
    hi = Math.min(100, hi);
  } else if (model.extent && model.extent[0] >= 0) {
    lo = Math.max(0, lo); // counts, hours and days never go below zero
  }
  const count = Math.max(2, Math.round((plot.bottom - plot.top) / 45));
  [lo, hi] = nice(lo, hi, count);
  const yTicks = ticks(lo, hi, count);
  const y = (v: number) => plot.bottom - ((v - lo) / (hi - lo || 1)) * (plot.bottom - plot.top);

  const n = model.periods.length;
  const step = n > 1 ? (plot.right - plot.left) / (n - 1) : 0;
  const start = options.flow === 'rtl' ? plot.right : plot.left;
  const sign = options.flow === 'rtl' ? -1 : 1;
  const x = (i: number) => (n > 1 ? start + sign * i * step : (plot.left + plot.right) / 2);
  const indexAt = (px: number) => {
    if (n <= 1) return 0;
    const i = Math.round(((px - start) * sign) / step);
    return Math.min(n - 1, Math.max(0, i));
  };

  // Thin period labels so they do not collide; always keep the first and the last.
  // The outermost labels are anchored inward (they take a whole label width on one side), so
  // their neighbours must sit a label and a half away.
  const labelWidth = options.labelWidth ?? 64;
  const every = Math.max(1, Math.ceil(labelWidth / Math.max(step, 1)));
  const xLabels: number[] = [];
  for (let i = 0; i < n; i += every) {
    if (i > 0 && i === every && every * step < labelWidth * 1.5) continue;
    xLabels.push(i);
  }
  if (n > 1 && xLabels[xLabels.length - 1] !== n - 1) {
    while (xLabels.length > 1 && (n - 1 - xLabels[xLabels.length - 1]!) * step < labelWidth * 1.5) xLabels.pop();
    xLabels.push(n - 1);
  }

  return { width, height, plot, axisSide, x, y, yTicks, xLabels, indexAt, step: n > 1 ? step : Infinity };
}
