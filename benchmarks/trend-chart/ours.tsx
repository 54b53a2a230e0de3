import { TargetTrendChart } from '@rechesh/react/trend';
import type { ChartSeries, Indicator, Target } from '@rechesh/core';
import { TARGET, type ChartLib } from './data.ts';

const indicator: Indicator = {
  id: 'bench',
  name: { en: 'Benchmark indicator (5 series × 2,000 months)' },
  kind: 'outcome',
  unit: 'percent',
  polarity: 'higher-better',
};
const target: Target = { kind: 'absolute', value: TARGET, basis: { kind: 'research' } };

/** Rechesh TargetTrendChart: 900px wide (given, as Recharts' width is), 300px high, English. */
export const ours: ChartLib<ChartSeries[]> = {
  name: 'ours',
  prepare: (walks, periods) =>
    walks.map((values, s) => ({
      id: `s${s}`,
      label: { en: `Series ${s + 1}` },
      // n = 200 so no value is suppressed or flagged unstable.
      observations: values.map((value, i) => ({ period: periods[i]!, value, n: 200 })),
    })),
  element: (series) => (
    <div style={{ width: 900 }}>
      <TargetTrendChart indicator={indicator} series={series} target={target} locale="en" width={900} height={300} />
    </div>
  ),
  complete: (c) =>
    c.querySelectorAll('.rch-trend__line').length >= 5 &&
    c.querySelector('.rch-trend__target path') !== null &&
    c.querySelectorAll('.rch-trend__tick').length > 2,
};
