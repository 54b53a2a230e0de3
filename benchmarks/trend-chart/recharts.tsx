import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { SERIES, TARGET, type ChartLib } from './data.ts';

type Row = { period: string } & Record<string, number | string>;

// Series colours: Recharts has no defaults, so five distinct ones (cost is the same whatever they are).
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e'];
const keys = Array.from({ length: SERIES }, (_, s) => `s${s}`);

/** Recharts LineChart: fixed 900 × 300, five lines without dots or animation, grid, axes, tooltip, legend, target line. */
export const recharts: ChartLib<Row[]> = {
  name: 'recharts',
  prepare: (walks, periods) =>
    periods.map((period, i) => {
      const row: Row = { period };
      walks.forEach((values, s) => (row[`s${s}`] = values[i]!));
      return row;
    }),
  element: (data) => (
    <LineChart width={900} height={300} data={data}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="period" />
      <YAxis />
      <Tooltip />
      <Legend />
      <ReferenceLine y={TARGET} stroke="#555" strokeDasharray="4 4" label="Target" />
      {keys.map((key, s) => (
        <Line key={key} dataKey={key} name={`Series ${s + 1}`} stroke={COLORS[s]} dot={false} isAnimationActive={false} />
      ))}
    </LineChart>
  ),
  complete: (c) =>
    [...c.querySelectorAll('.recharts-line-curve')].filter((p) => (p.getAttribute('d') ?? '').length > 0).length >= 5 &&
    c.querySelector('.recharts-reference-line') !== null &&
    c.querySelectorAll('.recharts-cartesian-axis-tick').length > 2,
};
