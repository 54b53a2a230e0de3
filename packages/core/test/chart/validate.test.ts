import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validate_trendChart } from '../../src/chart/validate.js';
import { validate_observations } from '../../src/schema/validate.js';
import type { Indicator } from '../../src/schema/types.js';

const indicator = (unit: Indicator['unit']): Indicator => ({
  id: 'i',
  name: { en: 'Indicator' },
  kind: 'outcome',
  unit,
  polarity: 'higher-better',
});

/**
 * validate_trendChart checks well-formed observation lists on a fast path and everything else with
 * valibot (validate_observations). What it returns must not tell the two apart: the same cleaned
 * copy when the list is good, the same issues (under the series' path) when it is not.
 */
function expectSameAsValibot(observations: unknown, unit: Indicator['unit']) {
  const chart = validate_trendChart({ indicator: indicator(unit), series: [{ id: 'a', label: 'A', observations }] });
  const plain = validate_observations(observations, { unit });
  if (plain.ok) {
    expect(chart.ok).toBe(true);
    if (chart.ok) {
      expect(chart.value.series[0]!.observations).toStrictEqual(plain.value);
      // A copy, never the caller's own objects.
      if (Array.isArray(observations) && observations.length > 0) {
        expect(chart.value.series[0]!.observations[0]).not.toBe(observations[0]);
      }
    }
  } else {
    expect(chart.ok).toBe(false);
    const at = (path: string) => (!path ? 'series[0].observations' : path.startsWith('[') ? `series[0].observations${path}` : `series[0].observations.${path}`);
    expect(chart.issues).toStrictEqual(plain.issues.map((i) => ({ ...i, path: at(i.path) })));
  }
}

const months = Array.from({ length: 24 }, (_, i) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const count = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 1.5, NaN, Infinity, null, undefined, '12', -0) },
);
const observation = fc.record(
  {
    period: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...months) }, { weight: 1, arbitrary: fc.constantFrom(' 2020-01', '2020-13', '', 2020, null) }),
    value: fc.oneof(
      { weight: 6, arbitrary: fc.double({ min: -10, max: 110, noNaN: true }) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 100 }) },
      { weight: 1, arbitrary: fc.constantFrom(null, undefined, NaN, Infinity, -0, '40') },
    ),
    n: count,
    numerator: count,
    denominator: count,
    note: fc.constantFrom('a note', { en: 'note' }, 7),
    interval: fc.constantFrom({ lower: 1, upper: 2 }, { lower: 3, upper: 2 }, null),
    quality: fc.constantFrom(['estimated'], ['bogus']),
    extra: fc.constant(true),
  },
  { requiredKeys: [] },
);

describe('validate_trendChart on its fast path', () => {
  it('returns the same copy and the same issues as valibot, for random observation lists', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 12, arbitrary: observation }, { weight: 1, arbitrary: fc.anything() }), { maxLength: 30 }),
        fc.constantFrom<Indicator['unit']>('percent', 'count'),
        (observations, unit) => expectSameAsValibot(observations, unit),
      ),
      { numRuns: 500 },
    );
  });

  it('returns the same for well-formed lists (the case the fast path takes)', () => {
    const good = fc
      .uniqueArray(fc.constantFrom(...months), { maxLength: 24 })
      .chain((periods) =>
        fc.tuple(
          ...periods.map((period) =>
            fc.record(
              {
                period: fc.constant(period),
                value: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(null)),
                n: fc.nat(500),
                numerator: fc.nat(50),
                denominator: fc.integer({ min: 50, max: 500 }),
              },
              { requiredKeys: ['period', 'value'] },
            ),
          ),
        ),
      );
    fc.assert(fc.property(good, fc.constantFrom<Indicator['unit']>('percent', 'count'), (obs, unit) => expectSameAsValibot(obs, unit)));
  });

  it('gives the same issues for duplicates, counts out of order, untrimmed periods and throwing getters', () => {
    const throwing = { period: '2020-01', n: 5 };
    Object.defineProperty(throwing, 'value', { enumerable: true, get: () => { throw new Error('no'); } });
    const inherited = Object.assign(Object.create({ n: 3 }), { period: '2020-01', value: 4 });
    const cases: unknown[] = [
      [{ period: '2020-01', value: 1 }, { period: '2020-01', value: 2 }],
      [{ period: '2020-01', value: 1, numerator: 5, denominator: 4 }],
      [{ period: ' 2020-01', value: 1 }],
      [{ period: '2020-01', value: 101 }],
      [{ period: '2020-01' }],
      [throwing],
      [inherited],
      [{ period: '2020-01', value: 1, n: undefined }],
      [{ period: '2020-01', value: 1, n: null }],
      new Array(3),
      Array.from({ length: 10_001 }, (_, i) => ({ period: '2020-01', value: i })),
    ];
    for (const c of cases) {
      expectSameAsValibot(c, 'percent');
      expectSameAsValibot(c, 'count');
    }
  });

  it('accepts 5 series × 2,000 months and copies them exactly', () => {
    const periods = Array.from({ length: 2000 }, (_, i) => `${1860 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const observations = periods.map((period, i) => ({ period, value: (i * 7) % 101, n: 200 }));
    expectSameAsValibot(observations, 'percent');
  });

  it('reports mixed period kinds across and within series exactly as the valibot route does', () => {
    // A note on every observation sends its list to valibot; without one the fast path takes it.
    const labels = ['2020', '2021', '2020-Q1', '2020-Q2', '2020-01', '2020-02', '2020-H1', '2020/21'];
    const list = fc.uniqueArray(fc.constantFrom(...labels), { maxLength: 5 }).map((periods) => periods.map((period, i) => ({ period, value: i })));
    fc.assert(
      fc.property(fc.array(list, { maxLength: 4 }), (lists) => {
        const fast = validate_trendChart({ indicator: indicator('count'), series: lists.map((observations, i) => ({ id: `s${i}`, label: 'S', observations })) });
        const slow = validate_trendChart({
          indicator: indicator('count'),
          series: lists.map((observations, i) => ({ id: `s${i}`, label: 'S', observations: observations.map((o) => ({ ...o, note: 'n' })) })),
        });
        expect(fast.issues).toStrictEqual(slow.issues);
        expect(fast.ok).toBe(slow.ok);
      }),
      { numRuns: 300 },
    );
  });

  it('checks a series that follows another with the same periods exactly as on its own', () => {
    // The fast path reuses the previous list's parsed periods where the labels match.
    const first = months.map((period, i) => ({ period, value: i }));
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 12, arbitrary: observation }, { weight: 1, arbitrary: fc.anything() }), { maxLength: 30 }), (second) => {
        const both = validate_trendChart({ indicator: indicator('count'), series: [{ id: 'a', label: 'A', observations: first }, { id: 'b', label: 'B', observations: second }] });
        const alone = validate_trendChart({ indicator: indicator('count'), series: [{ id: 'b', label: 'B', observations: second }] });
        expect(both.issues).toStrictEqual(alone.issues.map((i) => ({ ...i, path: i.path.replace(/^series\[0\]/, 'series[1]') })));
        if (both.ok && alone.ok) expect(both.value.series[1]).toStrictEqual(alone.value.series[0]);
      }),
      { numRuns: 300 },
    );
  });
});
