import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { trendChart_model, type ChartSeries } from '../../src/chart/trend.js';
import { series_trend } from '../../src/stats/trend.js';
import { comparison_classify } from '../../src/stats/compare.js';
import type { Indicator, Observation, Target } from '../../src/schema/types.js';

const indicator: Indicator = { id: 'i', name: 'I', kind: 'outcome', unit: 'count', polarity: 'higher-better' };
const months = Array.from({ length: 18 }, (_, i) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

const observation = (period: string) =>
  fc.record({
    period: fc.constant(period),
    value: fc.oneof(fc.double({ min: -100, max: 100, noNaN: true }), fc.constantFrom(null, NaN, Infinity, -0)),
    n: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(undefined)),
  }) as fc.Arbitrary<Observation>;

const series = fc.array(fc.tuple(...months.map(observation)), { minLength: 1, maxLength: 4 });

describe('trendChart_model', () => {
  it('gives the same model whether a series lists every period in order (no lookup) or not', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 17 }), (list, k) => {
        const inOrder = list.map((obs, i) => ({ id: `s${i}`, label: 'S', observations: obs }));
        // The same observations rotated: every period still there, no longer at its index.
        const rotated = list.map((obs, i) => ({ id: `s${i}`, label: 'S', observations: [...obs.slice(k), ...obs.slice(0, k)] }));
        const target = { kind: 'absolute', value: 12 } as const;
        const a = trendChart_model({ indicator, series: inOrder, target });
        const b = trendChart_model({ indicator, series: rotated, target });
        expect(b).toStrictEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it('has the extent of the shown values and the target, and counts suppressed values', () => {
    fc.assert(
      fc.property(series, (list) => {
        const model = trendChart_model({
          indicator,
          series: list.map((obs, i) => ({ id: `s${i}`, label: 'S', observations: obs })),
          target: { kind: 'absolute', value: 12 },
        });
        const shown = list.flat().filter((o) => Number.isFinite(o.value) && !(typeof o.n === 'number' && o.n < 10));
        const suppressed = list.flat().filter((o) => Number.isFinite(o.value) && typeof o.n === 'number' && o.n < 10);
        const values = [...shown.map((o) => o.value as number), 12];
        expect(model.extent).toStrictEqual([Math.min(...values), Math.max(...values)]);
        expect(model.suppressedCount).toBe(suppressed.length);
      }),
      { numRuns: 200 },
    );
  });

  // The model takes a fast route when every series lists the same periods in order (no sort, no
  // lookup table, the main trend from the points just built) and the general one otherwise.
  // Rotating a series' observations forces the general route without changing what they say.
  const rich = (period: string) =>
    fc.record(
      {
        period: fc.constant(period),
        value: fc.oneof(
          { weight: 6, arbitrary: fc.integer({ min: 0, max: 1000 }).map((v) => v / 10) },
          { weight: 1, arbitrary: fc.constantFrom(null, NaN, -0, 0) },
        ),
        n: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(undefined)),
        interval: fc.constantFrom(undefined, { lower: 1, upper: 90 }, { lower: 5, upper: 6, level: 0.9 }),
        quality: fc.constantFrom(undefined, ['estimated'] as Observation['quality']),
      },
      { requiredKeys: ['period', 'value'] },
    ) as fc.Arbitrary<Observation>;
  const quarters = Array.from({ length: 14 }, (_, i) => `${2019 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  const targets: (Target | undefined)[] = [
    undefined,
    { kind: 'absolute', value: 40 },
    { kind: 'absolute', value: 40, period: '2021-Q2' },
    { kind: 'change', change: 5, changeUnit: 'percent', per: 'year', from: { period: '2019-Q1', value: 30 } },
    { kind: 'relative-to-own-past', change: 2, changeUnit: 'points', lag: 4 },
  ] as (Target | undefined)[];
  const input = fc.record({
    list: fc.array(fc.tuple(...quarters.map(rich)), { minLength: 1, maxLength: 4 }),
    k: fc.integer({ min: 1, max: 13 }),
    target: fc.constantFrom(...targets),
    revisions: fc.constantFrom<Indicator['revisions']>(
      undefined,
      [{ date: '2020-05-01', note: 'r' }] as Indicator['revisions'],
      [{ date: '2019-01-01', period: '2021-Q1', note: 'r' }] as Indicator['revisions'],
    ),
    baseline: fc.constantFrom(undefined, { period: '2019-Q2', value: 20 }, { period: '2020-Q1', value: 35, n: 4 }),
    events: fc.constantFrom(undefined, [{ period: '2020-Q3', label: 'e' }, { period: '1999', label: 'outside' }]),
    rule: fc.constantFrom(undefined, { minN: 20, unstableN: 30 }),
    polarity: fc.constantFrom<Indicator['polarity']>('higher-better', 'lower-better', 'none'),
  });

  it('gives the same model on the fast route as on the general one (targets, revisions, baseline, events, rules)', () => {
    fc.assert(
      fc.property(input, ({ list, k, target, revisions, baseline, events, rule, polarity }) => {
        const ind = { ...indicator, polarity, ...(revisions ? { revisions } : {}) } as Indicator;
        const make = (rotate: boolean): ChartSeries[] =>
          list.map((obs, i) => ({
            id: `s${i}`,
            label: 'S',
            role: i === list.length - 1 && i > 0 ? 'benchmark' : undefined,
            observations: rotate ? [...obs.slice(k), ...obs.slice(0, k)] : obs,
          }));
        const options = { indicator: ind, target, baseline, events, rule } as const;
        const fast = trendChart_model({ ...options, series: make(false) });
        const general = trendChart_model({ ...options, series: make(true) });
        expect(fast).toStrictEqual(general);
        // The extent covers every finite number drawn: values, intervals, targets, the baseline.
        const drawn = fast.series.flatMap((ser) => [
          ...ser.points.flatMap((p) => (p.state === 'shown' ? [p.value, p.interval?.lower, p.interval?.upper] : [])),
          ...(ser.target?.values ?? []),
        ]);
        if (fast.baseline) drawn.push(fast.baseline.value);
        const finite = drawn.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
        expect(fast.extent).toStrictEqual(finite.length ? [Math.min(...finite), Math.max(...finite)] : undefined);
        // Each status is what comparison_classify says of the point and its target.
        for (const series of fast.series) {
          for (const p of series.points) {
            const expected = p.state === 'shown' && p.target !== undefined ? comparison_classify({ value: p.value, interval: p.interval, reference: p.target, polarity }) : undefined;
            expect(p.status).toBe(expected);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the main series the trend series_trend finds in its observations, whichever route", () => {
    // Gaps, repeated periods, untrimmed labels and series that list periods in any order.
    const label = fc.constantFrom(...quarters.slice(0, 8), ' 2019-Q3', '2019', 'nonsense');
    const messy = fc.array(
      fc.record({ period: label, value: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(null)), n: fc.oneof(fc.nat(30), fc.constant(undefined)) }),
      { maxLength: 12 },
    ) as fc.Arbitrary<Observation[]>;
    fc.assert(
      fc.property(
        fc.oneof(messy, fc.tuple(...quarters.map(rich))),
        fc.array(messy, { maxLength: 2 }),
        fc.constantFrom(undefined, { minN: 20, unstableN: 20 }),
        fc.constantFrom<Indicator['revisions']>(undefined, [{ date: '2020-05-01', note: 'r' }] as Indicator['revisions']),
        (first, others, rule, revisions) => {
          const ind = { ...indicator, ...(revisions ? { revisions } : {}) } as Indicator;
          const series = [first, ...others].map((observations, i) => ({ id: `s${i}`, label: 'S', observations }));
          const model = trendChart_model({ indicator: ind, series, rule });
          const expected = series_trend(first, { rule, revisions, polarity: ind.polarity });
          expect(model.series[0]!.trend).toStrictEqual(expected);
          expect(model.series[0]!.trend).toStrictEqual(trendChart_model({ indicator: ind, series: [{ id: 's0', label: 'S', observations: first }], rule }).series[0]!.trend);
        },
      ),
      { numRuns: 400 },
    );
  });
});
