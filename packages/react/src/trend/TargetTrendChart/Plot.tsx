import * as React from 'react';
import {
  format_period,
  format_value,
  text_get,
  type ChartPoint,
  type Indicator,
  type TrendChartModel,
} from '@rechesh/core';
import type { ResolvedSettings } from '../../provider/RecheshProvider.js';
import type { ChartLayout } from './layout.js';

/* -------------------------------------------------------------------------------------------------
 * Plot: the SVG drawing. It is aria-hidden: the chart's accessible surface is the summary, the
 * live region that describes the active point, and the data table.
 * -----------------------------------------------------------------------------------------------*/

/**
 * Series markers: d3-shape's circle, square, triangle and diamond symbols of area 56 px², as
 * d3 draws them, written out once. Importing `symbol` and its types cost about 0.5 kB gzipped
 * for four fixed strings, and the chart has a size budget. Other sizes scale these.
 */
const SYMBOLS = [
  'M4.22,0A4.22,4.22,0,1,1,-4.22,0A4.22,4.22,0,1,1,4.22,0',
  'M-3.74,-3.74h7.48v7.48h-7.48Z',
  'M0,-6.56L5.68,3.28L-5.68,3.28Z',
  'M0,-6.96L4.02,0L0,6.96L-4.02,0Z',
];
const DIAMOND_90 = 'M0,-8.82L5.09,0L0,8.82L-5.09,0Z';

/** The symbol path of a series, so series differ by shape as well as colour. */
export function seriesSymbol(index: number): string {
  return SYMBOLS[index % SYMBOLS.length]!;
}

/** Text inside SVG: isolated (FSI…PDI) so mixed Hebrew, Latin and numbers keep their order. */
const iso = (s: string) => `\u2068${s}\u2069`;

interface PlotProps {
  model: TrendChartModel;
  layout: ChartLayout;
  indicator: Indicator;
  s: ResolvedSettings;
  active: { series: number; index: number } | null;
  /** Draw a symbol at every shown point. */
  markers: boolean;
  /** Unique id for the plot-area clip path. */
  clipId: string;
}

export function Plot({ model, layout, indicator, s, active, markers, clipId }: PlotProps) {
  const { x, y, plot, axisSide } = layout;
  const fmt = { locale: s.locale, numberingSystem: s.numberingSystem, decimals: indicator.decimals };
  // SVG text-anchor: browsers disagree on start/end under RTL, so the SVG is laid out LTR and
  // anchors are chosen physically from the side the label sits on.
  const axisX = axisSide === 'left' ? plot.left : plot.right;
  const axisAnchor = axisSide === 'left' ? 'end' : 'start';
  const axisLabelX = axisSide === 'left' ? plot.left - 8 : plot.right + 8;
  // Labels of events run toward later time.
  const forwardAnchor = layout.x(1) >= layout.x(0) ? 'start' : 'end';
  const forwardShift = forwardAnchor === 'start' ? 4 : -4;

  const shown = (p: ChartPoint) => p.state === 'shown' && p.value !== null;
  // Every line passes through the same period positions and, mostly, the same few values.
  const pen = pen_of(model.periods.length, x, y, `${plot.left}|${plot.right}|${axisSide}`);

  return (
    <svg
      className="rch-trend__svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      direction="ltr"
      data-markers={markers ? 'on' : 'off'}
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        {/* Lines, bands and targets stay inside the plot (a target above 100% is cut at the top
            edge rather than drawn over the title). Markers get a little room beyond it. */}
        <clipPath id={clipId}>
          <rect x={plot.left - 8} y={plot.top - 8} width={plot.right - plot.left + 16} height={plot.bottom - plot.top + 16} />
        </clipPath>
      </defs>
      <g className="rch-trend__grid">
        {layout.yTicks.map((v) => (
          <g key={v}>
            <line x1={plot.left} x2={plot.right} y1={y(v)} y2={y(v)} />
            <text x={axisLabelX} y={y(v)} dy="0.32em" textAnchor={axisAnchor} className="rch-trend__tick">
              {iso(format_value(v, indicator.unit, { ...fmt, decimals: tickDecimals(layout.yTicks) }))}
            </text>
          </g>
        ))}
        <line className="rch-trend__axis" x1={axisX} x2={axisX} y1={plot.top} y2={plot.bottom} />
        <line className="rch-trend__axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        {layout.xLabels.map((i) => {
          // The outermost labels are anchored inward so they never spill past the chart's edges.
          const px = x(i);
          const anchor = px <= plot.left + 1 ? 'start' : px >= plot.right - 1 ? 'end' : 'middle';
          return (
            <text key={i} x={px} y={plot.bottom + 18} textAnchor={anchor} className="rch-trend__tick">
              {iso(format_period(model.periods[i]!, fmt))}
            </text>
          );
        })}
      </g>

      {model.events.map((e, k) => {
        // Labels run toward later time, unless that would leave the chart: then they run back.
        const label = text_get(e.label, s.locale);
        const ex = x(e.index);
        const room = forwardAnchor === 'start' ? layout.width - ex : ex;
        const inward = label.length * 6.5 + 8 > room;
        const anchor = inward ? (forwardAnchor === 'start' ? 'end' : 'start') : forwardAnchor;
        return (
          <g key={`e${k}`} className="rch-trend__event" data-kind={e.kind ?? 'other'}>
            <line x1={ex} x2={ex} y1={plot.top - 14} y2={plot.bottom} />
            <text x={ex + (inward ? -forwardShift : forwardShift)} y={plot.top - 18} textAnchor={anchor}>
              {iso(label)}
            </text>
          </g>
        );
      })}
      {model.revisions.map((r, k) => {
        // The break sits half way between the last old period and the first revised one.
        const bx = (x(r.index) + x(r.index - 1)) / 2;
        return (
          <g key={`r${k}`} className="rch-trend__revision">
            <line x1={bx} x2={bx} y1={plot.top} y2={plot.bottom} />
            <text x={bx + forwardShift} y={plot.top + 10} textAnchor={forwardAnchor}>
              {iso(s.t('caution.definition-changed'))}
            </text>
          </g>
        );
      })}

      <g clipPath={`url(#${clipId})`}>
      {model.series.map((series, si) =>
        // Bands of several series would hide each other: the main series always shows its band,
        // another series only while it is the active one. One band per line segment: like the
        // line, it breaks at gaps and definition changes.
        si !== 0 && active?.series !== si
          ? null
          : series.segments.map((seg, k) => {
              const d = bandOf(series.points, seg, pen);
              return d ? <path key={`b${series.id}-${k}`} className="rch-trend__band" data-series={si} d={d} /> : null;
            }),
      )}

      {model.series.map((series, si) => {
        if (!series.target) return null;
        const values = series.target.values;
        const d = pathOf(values, pen);
        // A single target value (one period) still gets a visible mark.
        let count = 0;
        let last: { i: number; v: number } | undefined;
        for (let i = 0; i < values.length; i++) if (typeof values[i] === 'number') count++;
        for (let i = values.length - 1; i >= 0 && !last; i--) if (typeof values[i] === 'number') last = { i, v: values[i]! };
        return (
          <g
            key={`t${series.id}`}
            className="rch-trend__target"
            data-series={si}
            data-no-basis={series.target.noBasis ? '' : undefined}
          >
            {d ? <path d={d} /> : null}
            {count === 1 && last ? (
              <line x1={x(last.i) - 10} x2={x(last.i) + 10} y1={y(last.v)} y2={y(last.v)} />
            ) : null}
            {last && si === 0 ? (
              // Labelled at its latest period, running back into the plot.
              <text x={x(last.i) - forwardShift} y={y(last.v) - 6} textAnchor={forwardAnchor === 'start' ? 'end' : 'start'}>
                {iso(series.target.noBasis ? s.t('chart.targetNoBasis') : s.t('card.target'))}
              </text>
            ) : null}
          </g>
        );
      })}

      {model.baseline && model.baseline.index !== undefined ? (
        <g className="rch-trend__baseline">
          <path
            transform={`translate(${x(model.baseline.index)},${y(model.baseline.value)})`}
            d={DIAMOND_90}
          />
        </g>
      ) : null}

      {model.series.map((series, si) => (
        <g key={series.id} className="rch-trend__series" data-series={si} data-role={series.role}>
          {series.segments.map((seg, k) => {
            if (seg.length < 2) return null; // a lone point is drawn by its symbol alone
            return (
              <path
                key={k}
                className="rch-trend__line"
                d={segmentPath(seg, series.points, pen)}
              />
            );
          })}
          {(markers ? series.points.filter(shown) : lonePoints(series)).map((p) => (
            <path
              key={p.index}
              className="rch-trend__point"
              transform={`translate(${x(p.index)},${y(p.value as number)})`}
              d={seriesSymbol(si)}
            />
          ))}
          {(model.suppressedCount > 0 ? series.points.filter((p) => p.state === 'suppressed') : []).map((p) => (
            // A hollow ring on the time axis: something was measured, but too few cases to show.
            <circle key={`s${p.index}`} className="rch-trend__suppressed" cx={x(p.index)} cy={plot.bottom} r={4} />
          ))}
        </g>
      ))}

      </g>
      {active ? <ActiveMarker model={model} layout={layout} active={active} /> : null}
    </svg>
  );
}

function ActiveMarker({
  model,
  layout,
  active,
}: {
  model: TrendChartModel;
  layout: ChartLayout;
  active: { series: number; index: number };
}) {
  const at = activeAt(model, layout, active);
  if (!at) return null;
  const [px, py] = at;
  return (
    <g className="rch-trend__active">
      <line x1={px} x2={px} y1={layout.plot.top} y2={layout.plot.bottom} />
      <circle cx={px} cy={py} r={8} />
    </g>
  );
}

/** Where the active point is drawn: at its value, or on the time axis when it has none. */
export function activeAt(model: TrendChartModel, layout: ChartLayout, active: { series: number; index: number }): [number, number] | undefined {
  const p = model.series[active.series]?.points[active.index];
  return p && [layout.x(p.index), p.state === 'shown' && p.value !== null ? layout.y(p.value) : layout.plot.bottom];
}

/** Rounds as d3-shape's paths do (3 decimals). */
const r3 = (v: number) => Math.round(v * 1000) / 1000;

/**
 * What every path of one drawing shares: each period's x as text (`x`, and `l` with the "L"
 * before it and the comma after), and each value's y as text, worked out on first use (values
 * repeat: a flat target, percentages with one decimal).
 */
export interface Pen {
  x: string[];
  l: string[];
  y: (v: number) => number;
  ys: Map<number, string>;
}

/**
 * The pen for `n` periods drawn at x(i), values at y(v). `xKey`, when given, names the x scale
 * (chart_layout's x follows from n, the plot's edges and the axis side): the x texts of the
 * last key are kept, so an update with new values at the same periods does not write them again.
 */
export function pen_of(n: number, x: (i: number) => number, y: (v: number) => number, xKey?: string): Pen {
  const key = xKey === undefined ? undefined : `${n}|${xKey}`;
  if (key === undefined || key !== lastX.key) {
    const xs: string[] = [];
    const l: string[] = [];
    for (let i = 0; i < n; i++) {
      const t = String(r3(x(i)));
      xs.push(t);
      l.push('L' + t + ',');
    }
    lastX = { key, x: xs, l };
  }
  return { x: lastX.x, l: lastX.l, y, ys: new Map() };
}

let lastX: { key: string | undefined; x: string[]; l: string[] } = { key: undefined, x: [], l: [] };

/** y of a value as path text (3 decimals, as d3-shape writes it). */
function yText(pen: Pen, v: number): string {
  let t = pen.ys.get(v);
  if (t === undefined) pen.ys.set(v, (t = String(r3(pen.y(v)))));
  return t;
}

/**
 * The path d3-shape's `line()` draws through `values` at periods 0..n−1 (linear curve,
 * 3 decimals, a lone point closed with Z, runs broken where the value is not a finite number),
 * written straight into a string: no object and no call chain per point, which matters at
 * 10,000 points.
 */
export function pathOf(values: ArrayLike<unknown>, pen: Pen): string | null {
  let d = '';
  let run = 0;
  for (let i = 0; i <= values.length; i++) {
    const v = i < values.length ? values[i] : undefined;
    if (typeof v === 'number' && Number.isFinite(v)) d += (run++ ? pen.l[i] : 'M' + pen.x[i] + ',') + yText(pen, v);
    else {
      if (run === 1) d += 'Z';
      run = 0;
    }
  }
  return d || null;
}

/**
 * The line through one segment of a series (`seg`: indices of shown points, at least two): what
 * `pathOf` draws through their values, without building the list of values first.
 */
export function segmentPath(seg: readonly number[], points: readonly ChartPoint[], pen: Pen): string {
  const { l, ys } = pen;
  const first = seg[0]!;
  // A segment is a run of consecutive periods: walk the indices rather than read each from it.
  const run = seg[seg.length - 1]! - first === seg.length - 1;
  let d = 'M' + pen.x[first] + ',' + yText(pen, points[first]!.value as number);
  for (let j = 1; j < seg.length; j++) {
    const i = run ? first + j : seg[j]!;
    const v = points[i]!.value as number;
    // yText, inlined: this runs for every point of every line.
    d += l[i]! + (ys.get(v) ?? yText(pen, v));
  }
  return d;
}

/**
 * The band d3-shape's `area()` draws (x, y0 = lower, y1 = upper, linear curve, 3 decimals)
 * through the points of one segment (`seg`: indices of shown points): for each run of points with
 * an interval, along the upper bounds, back along the lower ones, closed. Written out here, it
 * spares the chart d3-shape and d3-path (about 1.5 kB gzipped).
 */
export function bandOf(points: readonly ChartPoint[], seg: readonly number[], pen: Pen): string | null {
  let d = '';
  let start = 0;
  for (let k = 0; k <= seg.length; k++) {
    const p = k < seg.length ? points[seg[k]!] : undefined;
    if (p?.interval) continue;
    if (k > start) {
      for (let j = start; j < k; j++) {
        const q = points[seg[j]!]!;
        d += (j > start ? pen.l[q.index]! : 'M' + pen.x[q.index] + ',') + r3(pen.y(q.interval!.upper));
      }
      for (let j = k - 1; j >= start; j--) {
        const q = points[seg[j]!]!;
        d += pen.l[q.index]! + r3(pen.y(q.interval!.lower));
      }
      d += 'Z';
    }
    start = k + 1;
  }
  return d || null;
}

/** Shown points with no neighbour in their segment, in time order: without a marker they would be invisible. */
function lonePoints(series: TrendChartModel['series'][number]): ChartPoint[] {
  return series.segments.filter((seg) => seg.length === 1).map((seg) => series.points[seg[0]!]!);
}

/** Enough decimals to tell ticks apart, no more. */
function tickDecimals(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const step = Math.abs(values[1]! - values[0]!);
  return step >= 1 || step === 0 ? 0 : Math.min(3, Math.ceil(-Math.log10(step)));
}
