import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { trendChart_model } from '../../src/chart/trend.js';
import type { Indicator, Observation } from '../../src/schema/types.js';

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
});
