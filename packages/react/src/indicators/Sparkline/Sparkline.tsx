import * as React from 'react';
import { line as d3line } from 'd3-shape';
import type { Direction } from '@rechesh/core';
import { cx } from '../../error/ErrorPanel.js';

/* -------------------------------------------------------------------------------------------------
 * Sparkline
 * -----------------------------------------------------------------------------------------------*/

/** One point of a sparkline. `value: null` draws a gap (not measured, or suppressed). */
export interface SparklinePoint {
  key: string;
  value: number | null;
}

export interface SparklineProps extends Omit<React.SVGAttributes<SVGSVGElement>, 'points'> {
  /** Points in time order, oldest first. */
  points: readonly SparklinePoint[];
  /** A reference level to draw as a dashed line (the target). */
  reference?: number;
  /**
   * Indices of points that start a new run: the line is not drawn into them from the point
   * before (a definition revision: the two sides are not like-for-like). A small mark shows
   * where the break is.
   */
  breaks?: readonly number[];
  /** Accessible description of what the line shows. Required: a sparkline is an image. */
  label: string;
  /**
   * Direction time flows in. In RTL the latest point sits at the inline start's opposite end,
   * as a Hebrew reader expects (time flows right to left). @defaultValue 'ltr'
   */
  dir?: Direction;
  /** @defaultValue 120 */
  width?: number;
  /** @defaultValue 32 */
  height?: number;
}

/**
 * A word-sized line of recent periods, drawn with d3. Gaps stay gaps: a missing or suppressed
 * period is never interpolated across, so a reader cannot infer a hidden value from the line.
 */
export function Sparkline({
  points,
  reference,
  breaks = [],
  label,
  dir = 'ltr',
  width = 120,
  height = 32,
  className,
  ...rest
}: SparklineProps) {
  const pad = 3;
  const finite = points.filter((p) => typeof p.value === 'number' && Number.isFinite(p.value));
  const values = finite.map((p) => p.value as number);
  if (typeof reference === 'number' && Number.isFinite(reference)) values.push(reference);
  // Work in units of the largest magnitude, so that neither hi - lo (near Number.MAX_VALUE) nor
  // the widening of a flat line (above 2^53, where ±1 is lost) can overflow into NaN.
  const m = values.reduce((a, v) => Math.max(a, Math.abs(v)), 0) || 1;
  let lo = values.length ? Math.min(...values) / m : 0;
  let hi = values.length ? Math.max(...values) / m : 1;
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const n = points.length;
  // Two linear maps. d3-scale would pull in interpolators and tick formatting a 120-pixel line
  // never uses (about 8 kB gzipped), so the arithmetic is written out.
  const span = Math.max(1, n - 1);
  const x = (i: number) => (dir === 'rtl' ? width - pad - (i / span) * (width - 2 * pad) : pad + (i / span) * (width - 2 * pad));
  const y = (v: number) => height - pad - ((v / m - lo) / (hi - lo)) * (height - 2 * pad);
  // A break is drawn as a gap: d3's `defined` splits the line at a non-drawn slot, so each run
  // is drawn separately and the runs are joined into one path.
  const starts = new Set(breaks.filter((b) => Number.isInteger(b) && b > 0 && b < n));
  const runs: { from: number; to: number }[] = [];
  let from = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || starts.has(i)) {
      runs.push({ from, to: i });
      from = i;
    }
  }
  const drawn = (p: SparklinePoint | undefined) => !!p && typeof p.value === 'number' && Number.isFinite(p.value);
  const line = d3line<SparklinePoint & { i: number }>()
    .defined(drawn)
    .x((p) => x(p.i))
    .y((p) => y(p.value as number));
  const path =
    runs
      .map((r) => line(points.slice(r.from, r.to).map((p, k) => ({ ...p, i: r.from + k }))) ?? '')
      .join('') || null;
  const last = n > 0 ? points[n - 1] : undefined;
  const lastDrawn = last && typeof last.value === 'number' && Number.isFinite(last.value);
  // A point with no neighbours drawn (in its run) would vanish from a line: mark it as a dot.
  const isolated = points.filter((p, i) => {
    const prev = starts.has(i) ? undefined : points[i - 1];
    const next = starts.has(i + 1) ? undefined : points[i + 1];
    return drawn(p) && !drawn(prev) && !drawn(next) && p !== last;
  });
  return (
    <svg
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      data-rch-sparkline=""
      data-dir={dir}
      {...rest}
      className={cx('rch-sparkline', className)}
    >
      {typeof reference === 'number' && Number.isFinite(reference) ? (
        <line
          className="rch-sparkline__reference"
          x1={pad}
          x2={width - pad}
          y1={y(reference)}
          y2={y(reference)}
        />
      ) : null}
      {path ? <path className="rch-sparkline__line" d={path} /> : null}
      {[...starts].map((b) => (
        <line
          key={`break${b}`}
          className="rch-sparkline__break"
          x1={(x(b) + x(b - 1)) / 2}
          x2={(x(b) + x(b - 1)) / 2}
          y1={pad}
          y2={height - pad}
        />
      ))}
      {isolated.map((p) => (
        <circle key={p.key} className="rch-sparkline__dot" cx={x(points.indexOf(p))} cy={y(p.value as number)} r={1.8} />
      ))}
      {lastDrawn ? (
        <circle className="rch-sparkline__last" cx={x(n - 1)} cy={y(last.value as number)} r={2.6} />
      ) : null}
    </svg>
  );
}
