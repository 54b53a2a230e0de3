import * as React from 'react';
import { line } from 'd3-shape';
import { format_value, funnel_curve, text_get, type LocalizedText } from '@rechesh/core';
import type { ResolvedSettings } from '../../provider/RecheshProvider.js';
import { Text } from '../../internal/Text.js';
import type { FunnelStrings, Pos } from './strings.js';
import type { FunnelLayout, FunnelModel, FunnelPoint } from './model.js';

export const iso = (t: string) => `\u2068${t}\u2069`;

/** Marker shapes: within is a hollow circle, above a filled up-triangle, below a filled down-triangle. */
export const SHAPES: Record<'within' | 'above' | 'below', string> = {
  within: 'M4.5,0A4.5,4.5,0,1,1,-4.5,0A4.5,4.5,0,1,1,4.5,0',
  above: 'M0,-6.5L5.6,3.3L-5.6,3.3Z',
  below: 'M0,6.5L5.6,-3.3L-5.6,-3.3Z',
};
export const side = (p: Pos): 'within' | 'above' | 'below' => (p.startsWith('above') ? 'above' : p.startsWith('below') ? 'below' : 'within');

export function FunnelSvg({
  model,
  layout,
  s,
  f,
  active,
  selectedId,
  clipId,
}: {
  model: FunnelModel;
  layout: FunnelLayout;
  s: ResolvedSettings;
  f: FunnelStrings;
  active: number | null;
  selectedId: string | null | undefined;
  clipId: string;
}) {
  const { x, y, plot, axisSide } = layout;
  const fmt = { locale: s.locale, numberingSystem: s.numberingSystem };
  const axisX = axisSide === 'left' ? plot.left : plot.right;
  const axisAnchor = axisSide === 'left' ? 'end' : 'start';
  const axisLabelX = axisSide === 'left' ? plot.left - 8 : plot.right + 8;
  const yDecimals = layout.yTicks.some((t) => !Number.isInteger(t)) ? 1 : 0;
  const minN = Math.max(1, s.suppression.minN);
  const curve = funnel_curve(model.benchmark / 100, [Math.min(minN, layout.nMax), layout.nMax], { phi: model.phiApplied, steps: 120 });
  const path = (level: number, which: 'lower' | 'upper') =>
    line<{ n: number; limits: { level: number; lower: number; upper: number }[] }>()
      .defined((d) => d.limits.some((l) => l.level === level))
      .x((d) => x(d.n))
      .y((d) => y(100 * (d.limits.find((l) => l.level === level)![which])))(curve) ?? '';
  const mid = (plot.left + plot.right) / 2;

  return (
    <svg
      className="rch-funnel__svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      direction="ltr"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.left} y={plot.top} width={plot.right - plot.left} height={plot.bottom - plot.top} />
        </clipPath>
      </defs>
      <g className="rch-funnel__grid">
        {layout.yTicks.map((v) => (
          <g key={`y${v}`}>
            <line x1={plot.left} x2={plot.right} y1={y(v)} y2={y(v)} />
            <text x={axisLabelX} y={y(v)} dy="0.32em" textAnchor={axisAnchor} className="rch-funnel__tick">
              {iso(format_value(v, 'percent', { ...fmt, decimals: yDecimals }))}
            </text>
          </g>
        ))}
        <line className="rch-funnel__axis" x1={axisX} x2={axisX} y1={plot.top} y2={plot.bottom} />
        <line className="rch-funnel__axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        {layout.xTicks.map((t) => (
          <text key={`x${t}`} x={x(t)} y={plot.bottom + 16} textAnchor="middle" className="rch-funnel__tick">
            {iso(format_value(t, 'count', { ...fmt, decimals: 0 }))}
          </text>
        ))}
        <text x={mid} y={plot.bottom + 36} textAnchor="middle" className="rch-funnel__axis-title">
          {iso(f.axisN)}
        </text>
      </g>
      <g clipPath={`url(#${clipId})`}>
        <line className="rch-funnel__benchmark" x1={plot.left} x2={plot.right} y1={y(model.benchmark)} y2={y(model.benchmark)} />
        <g className="rch-funnel__limit" data-level="95">
          <path d={path(0.95, 'upper')} />
          <path d={path(0.95, 'lower')} />
        </g>
        <g className="rch-funnel__limit" data-level="99.8">
          <path d={path(0.998, 'upper')} />
          <path d={path(0.998, 'lower')} />
        </g>
      </g>
      <g className="rch-funnel__points">
        {model.points.map((p, i) => {
          const px = x(p.n);
          const py = y(p.value);
          const k = side(p.position);
          const outside = k !== 'within';
          // Labels point away from the nearer edge, so they stay inside the drawing.
          const anchor = px > mid ? 'end' : 'start';
          return (
            <g
              key={p.id}
              className="rch-funnel__point"
              data-position={p.position}
              data-side={k}
              data-active={active === i ? '' : undefined}
              data-selected={selectedId === p.id ? '' : undefined}
              transform={`translate(${px},${py})`}
            >
              {selectedId === p.id ? <circle className="rch-funnel__ring" r={10} /> : null}
              {active === i ? <circle className="rch-funnel__focus" r={13} /> : null}
              <path d={SHAPES[k]} />
              {outside ? (
                <text className="rch-funnel__label" x={anchor === 'end' ? -9 : 9} dy="0.32em" textAnchor={anchor}>
                  {iso(text_get(p.label, s.locale))}
                </text>
              ) : null}
            </g>
          );
        })}
      </g>
    </svg>
  );
}

export function tooltipStyle(layout: FunnelLayout, p: FunnelPoint, dir: 'ltr' | 'rtl'): React.CSSProperties {
  const px = layout.x(p.n);
  const py = layout.y(p.value);
  const fromStart = dir === 'rtl' ? layout.width - px : px;
  const flip = fromStart > layout.width * 0.6;
  const top = Math.max(0, py - 24);
  return flip ? { insetInlineEnd: layout.width - fromStart + 14, insetBlockStart: top } : { insetInlineStart: fromStart + 14, insetBlockStart: top };
}

export function Legend({ s, f, benchmark }: { s: ResolvedSettings; f: FunnelStrings; benchmark: LocalizedText }) {
  const swatch = (children: React.ReactNode) => (
    <svg className="rch-legend__swatch" viewBox="-12 -8 24 16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
  return (
    <ul className="rch-legend rch-funnel__legend" aria-label={s.t('chart.legend')}>
      <li className="rch-funnel__legend-benchmark">
        {swatch(<line x1={-11} x2={11} y1={0} y2={0} />)}
        <Text value={benchmark} locale={s.locale} />
      </li>
      <li className="rch-funnel__legend-limit" data-level="95">
        {swatch(<line x1={-11} x2={11} y1={0} y2={0} />)}
        {f.l95}
      </li>
      <li className="rch-funnel__legend-limit" data-level="99.8">
        {swatch(<line x1={-11} x2={11} y1={0} y2={0} />)}
        {f.l998}
      </li>
      {(['within', 'above', 'below'] as const).map((k) => (
        <li key={k} className="rch-funnel__legend-point" data-side={k}>
          {swatch(<path d={SHAPES[k]} />)}
          {f[k]}
        </li>
      ))}
    </ul>
  );
}

