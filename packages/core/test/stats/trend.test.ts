import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  normal_cdf,
  series_trend,
  trend_assess,
  values_mannKendall,
  values_senSlope,
  type Trend,
  type TrendComputed,
} from '../../src/stats/trend.js';
import type { Observation, Revision } from '../../src/schema/types.js';

/** Yearly observations from 2015 on, one per value, with enough cases to be shown. */
const yearly = (values: Array<number | null>, from = 2015): Observation[] =>
  values.map((value, i) => ({ period: String(from + i), value, n: 100 }));

const computed = (t: Trend): TrendComputed => {
  expect(t.status).toBe('computed');
  return t as TrendComputed;
};

describe('normal_cdf', () => {
  it('matches standard normal tables (Abramowitz & Stegun 1964, table 26.1)', () => {
    expect(normal_cdf(0)).toBeCloseTo(0.5, 6);
    expect(normal_cdf(1)).toBeCloseTo(0.8413447461, 7);
    expect(normal_cdf(1.959963985)).toBeCloseTo(0.975, 7);
    expect(normal_cdf(-3)).toBeCloseTo(0.0013498980, 9);
    expect(normal_cdf(-8) / 6.220960574e-16).toBeCloseTo(1, 5);
  });
  it('is 0 and 1 at the infinities and NaN for NaN', () => {
    expect(normal_cdf(-Infinity)).toBe(0);
    expect(normal_cdf(Infinity)).toBe(1);
    expect(normal_cdf(NaN)).toBeNaN();
  });
});

describe('values_mannKendall', () => {
  it('given a strictly rising series of 5, S = 10, Var S = 5·4·15/18, Z = 9/√Var, p ≈ 0.0275', () => {
    const mk = values_mannKendall([1, 2, 3, 4, 5]);
    expect(mk.s).toBe(10);
    expect(mk.variance).toBeCloseTo((5 * 4 * 15) / 18, 12);
    expect(mk.z).toBeCloseTo(9 / Math.sqrt(50 / 3), 9);
    expect(mk.z).toBeCloseTo(2.2045, 4);
    expect(mk.pValue).toBeCloseTo(0.02749, 5);
  });

  // Worked example "A Mann-Kendall Example (By Hand)", Little, College of the Holy Cross
  // (mathcs.holycross.edu/~little/Montserrat/MannKendallByHand.txt): 14 values, one tied pair,
  // S = 54, V = (14·13·33 − 2·1·9)/18, Z = 2.9058; the page quotes the one-sided p ≈ .0018.
  it('reproduces a published worked example with one tie', () => {
    const mk = values_mannKendall([12.9, 14.8, 13.2, 15.7, 13.8, 15.6, 12.9, 11.0, 17.3, 15.9, 19.0, 18.3, 20.1, 21.7]);
    expect(mk.s).toBe(54);
    expect(mk.variance).toBeCloseTo((14 * 13 * 33 - 2 * 1 * 9) / 18, 10);
    expect(mk.z).toBeCloseTo(2.9058, 4);
    expect(mk.pValue / 2).toBeCloseTo(0.0018, 4);
  });

  // By hand for 10, 12, 12, 11, 15, 15. Pairs from each value to later ones:
  // 10: +5; 12: 0 − + + = +1; 12: − + + = +1; 11: +2; 15: 0. S = 9.
  // Ties: two pairs (12, 15), each t(t−1)(2t+5) = 2·1·9 = 18. Var = (6·5·17 − 36)/18 = 474/18.
  it('given ties, corrects the variance for each group of tied values', () => {
    const mk = values_mannKendall([10, 12, 12, 11, 15, 15]);
    expect(mk.s).toBe(9);
    expect(mk.variance).toBeCloseTo(474 / 18, 12);
    expect(mk.z).toBeCloseTo(8 / Math.sqrt(474 / 18), 10);
    expect(mk.pValue).toBeCloseTo(0.1190, 4);
  });

  it('given a constant series or too few values, gives S = 0, Z = 0 and p = 1 (no NaN)', () => {
    expect(values_mannKendall([7, 7, 7, 7, 7])).toEqual({ s: 0, variance: 0, z: 0, pValue: 1 });
    expect(values_mannKendall([7])).toEqual({ s: 0, variance: 0, z: 0, pValue: 1 });
    expect(values_mannKendall(null as never)).toEqual({ s: 0, variance: 0, z: 0, pValue: 1 });
  });

  it('skips values that are not finite numbers', () => {
    expect(values_mannKendall([1, NaN, 2, Infinity, 3, null, 4, '5', 5] as never)).toEqual(values_mannKendall([1, 2, 3, 4, 5]));
  });
});

describe('values_senSlope', () => {
  // Pairwise slopes of 1, 3, 2, 5, 4: 2, 0.5, 4/3, 0.75, −1, 1, 1/3, 3, 1, −1; sorted, the middle
  // two are 0.75 and 1.
  it('is the median of the pairwise slopes', () => expect(values_senSlope([1, 3, 2, 5, 4])).toBeCloseTo(0.875, 12));
  // 15 pairwise slopes of 10, 12, 12, 11, 15, 15: −1, −0.5, 0, 0, 1/3, 0.75, 1, 1, 1, 1, 1.25, 1.5, 2, 2, 4.
  it('given ties, takes the middle of an odd number of slopes', () => expect(values_senSlope([10, 12, 12, 11, 15, 15])).toBe(1));
  it('ignores one wild value, unlike least squares', () => expect(values_senSlope([10, 11, 12, 90, 14, 15])).toBe(1));
  it('needs two values', () => {
    expect(values_senSlope([3])).toBeUndefined();
    expect(values_senSlope([1, 4])).toBe(3);
  });
  it('does not overflow on extreme finite values', () => {
    expect(values_senSlope([-Number.MAX_VALUE, Number.MAX_VALUE])).toBe(Infinity);
    expect(values_senSlope([Number.MAX_VALUE, -Number.MAX_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE])).not.toBeNaN();
  });
});

describe('trend_assess', () => {
  it.each([
    ['increasing', 'higher-better', 'better'],
    ['increasing', 'lower-better', 'worse'],
    ['decreasing', 'higher-better', 'worse'],
    ['decreasing', 'lower-better', 'better'],
    ['increasing', 'none', 'none'],
    ['no-clear-trend', 'higher-better', 'none'],
  ] as const)('calls %s with %s polarity %s', (direction, polarity, expected) => {
    expect(trend_assess(direction, polarity)).toBe(expected);
  });
});

describe('series_trend', () => {
  it('given five rising years, finds an increasing trend of one per year', () => {
    const t = computed(series_trend(yearly([40, 41, 42, 43, 44]), { polarity: 'higher-better' }));
    expect(t).toMatchObject({ direction: 'increasing', assessment: 'better', slope: 1, s: 10, points: 5, from: '2015', to: '2019' });
    expect(t.pValue).toBeCloseTo(0.0275, 4);
    expect(t.brokenBy).toBeUndefined();
  });

  it('for a lower-better indicator, a rise is worse', () => {
    expect(computed(series_trend(yearly([40, 41, 42, 43, 44]), { polarity: 'lower-better' })).assessment).toBe('worse');
  });

  it('given a stricter alpha, calls the same five years no clear trend', () => {
    const t = computed(series_trend(yearly([40, 41, 42, 43, 44]), { alpha: 0.01, polarity: 'higher-better' }));
    expect(t).toMatchObject({ direction: 'no-clear-trend', assessment: 'none', slope: 1 });
  });

  it('given a constant series, finds no clear trend, with slope 0 and no NaN', () => {
    const t = computed(series_trend(yearly([5, 5, 5, 5, 5, 5])));
    expect(t).toMatchObject({ direction: 'no-clear-trend', assessment: 'none', slope: 0, s: 0, z: 0, pValue: 1 });
  });

  it('given ties, uses the tie-corrected variance', () => {
    const t = computed(series_trend(yearly([10, 12, 12, 11, 15, 15])));
    expect(t).toMatchObject({ s: 9, slope: 1, direction: 'no-clear-trend' });
    expect(t.pValue).toBeCloseTo(0.1190, 4);
  });

  it('skips suppressed, unmeasured and non-finite values, and closes the gap', () => {
    const obs = yearly([40, 41, 99, 42, null, 43, NaN, 44]);
    obs[2] = { ...obs[2]!, n: 4 };
    const t = computed(series_trend(obs));
    expect(t).toMatchObject({ points: 5, s: 10, slope: 1, from: '2015', to: '2022' });
  });

  it('given a stricter suppression rule, uses fewer periods', () => {
    const obs = yearly([40, 41, 42, 43, 44, 45]).map((o, i) => ({ ...o, n: i === 0 ? 15 : 100 }));
    expect(computed(series_trend(obs)).points).toBe(6);
    expect(computed(series_trend(obs, { rule: { minN: 20, unstableN: 20 } })).points).toBe(5);
  });

  it('sorts unordered input by period', () => {
    const t = computed(series_trend([...yearly([40, 41, 42, 43, 44])].reverse()));
    expect(t).toMatchObject({ direction: 'increasing', from: '2015', to: '2019', slope: 1 });
  });

  it('drops a period listed twice, keeping neither value', () => {
    const obs = [...yearly([40, 41, 42, 43, 44, 45]), { period: ' 2020 ', value: 10, n: 100 }];
    const t = computed(series_trend(obs));
    expect(t).toMatchObject({ points: 5, s: 10, slope: 1 });
  });

  it('given fewer usable periods than required, says how many there are', () => {
    expect(series_trend(yearly([1, 2, 3, 4]))).toEqual({ status: 'insufficient', points: 4, required: 5, reason: 'too-few-points' });
    expect(series_trend(yearly([1, 2, 3]), { minPoints: 3 }).status).toBe('computed');
    expect(series_trend(yearly([1, 2]), { minPoints: 1 })).toMatchObject({ status: 'insufficient', required: 3 });
  });

  describe('across a definition revision', () => {
    const series = yearly([40, 41, 42, 43, 44, 30, 31, 32, 33, 34]); // 2015–2024, new tool in 2020
    const revision: Revision = { date: '2020-01-01', period: '2020', note: 'שאלון מעודכן' };

    it('uses only the periods from the revision on, and says where it cut', () => {
      const t = computed(series_trend(series, { revisions: [revision] }));
      expect(t).toMatchObject({ from: '2020', to: '2024', points: 5, s: 10, slope: 1, brokenBy: revision });
    });

    it('without the revision, would have mixed two definitions', () => {
      expect(computed(series_trend(series)).points).toBe(10);
    });

    it('finds the revision by its date when it has no period', () => {
      const t = computed(series_trend(series, { revisions: [{ date: '2020-06-15' }] }));
      expect(t).toMatchObject({ from: '2020', brokenBy: { date: '2020-06-15' } });
    });

    it('given a revision in a missing period, starts at the next one', () => {
      const gappy = series.filter((o) => o.period !== '2020');
      const t = series_trend(gappy, { revisions: [revision] });
      expect(t).toMatchObject({ status: 'insufficient', points: 4, reason: 'definition-changed', brokenBy: revision });
    });

    it('given several revisions, cuts at the latest inside the series', () => {
      const later: Revision = { date: '2022-09-01', period: '2022' };
      const t = series_trend(series, { revisions: [later, revision, { date: '2031-01-01' }] });
      expect(t).toEqual({ status: 'insufficient', points: 3, required: 5, reason: 'definition-changed', brokenBy: later });
    });

    it('ignores revisions before the first period, after the last, or unreadable', () => {
      const t = computed(series_trend(series, { revisions: [{ date: '2010-01-01' }, { date: '2030-01-01', period: '2030' }, { date: 'soon' }, null as never] }));
      expect(t.points).toBe(10);
      expect(t.brokenBy).toBeUndefined();
    });

    it('given a revision inside a year, does not count that mixed year as revised', () => {
      const t = series_trend(series, { revisions: [{ date: '2019-07-01', period: '2019-H2' }], minPoints: 3 });
      expect(t).toMatchObject({ status: 'computed', from: '2020', points: 5 });
    });
  });

  it('given garbage, is insufficient rather than throwing', () => {
    expect(series_trend(null as never)).toMatchObject({ status: 'insufficient', points: 0 });
    expect(series_trend([null, 3, 'x', { period: 'soon', value: 1 }] as never, null)).toMatchObject({ points: 0 });
  });
});

describe('series_trend with random input', () => {
  const years = Array.from({ length: 12 }, (_, i) => String(2014 + i));
  const value = fc.oneof(
    fc.double(),
    fc.constantFrom(NaN, Infinity, -Infinity, null, -0),
    fc.integer({ min: -1000, max: 1000 }),
  );
  const observation = fc.record(
    {
      period: fc.oneof(fc.constantFrom(...years), fc.constantFrom('2020-Q1', '2020/21', ' 2016 '), fc.string()),
      value,
      n: fc.oneof(fc.integer({ min: -5, max: 60 }), fc.constantFrom(NaN, Infinity)),
    },
    { requiredKeys: ['period', 'value'] },
  );
  const revision = fc.record({ date: fc.constantFrom('2017-05-01', '2020-13-01', 'x'), period: fc.constantFrom('2019', '2022-Q3', 'later') }, { requiredKeys: ['date'] });

  it('never throws, and a computed result is finite with p in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 5, arbitrary: observation }, { weight: 1, arbitrary: fc.anything() }), { maxLength: 40 }),
        fc.array(revision, { maxLength: 3 }),
        fc.option(fc.double(), { nil: undefined }),
        fc.option(fc.double(), { nil: undefined }),
        (obs, revisions, minPoints, alpha) => {
          const t = series_trend(obs as Observation[], { revisions: revisions as Revision[], minPoints, alpha });
          if (t.status === 'insufficient') {
            expect(t.points).toBeLessThan(t.required);
            return;
          }
          expect(t.pValue).toBeGreaterThanOrEqual(0);
          expect(t.pValue).toBeLessThanOrEqual(1);
          expect(Number.isFinite(t.z)).toBe(true);
          expect(Number.isNaN(t.slope)).toBe(false);
        },
      ),
    );
  });

  it('reversing time flips the direction and the slope, and keeps the p-value', () => {
    // A drift plus noise, so that many samples have a clear trend; some values unusable, some
    // periods duplicated.
    const point = (drift: number) =>
      fc.record({
        year: fc.integer({ min: 0, max: years.length - 1 }),
        noise: fc.oneof(fc.double({ min: -5, max: 5, noNaN: true }), fc.constantFrom(NaN, null)),
        n: fc.integer({ min: 0, max: 60 }),
      }).map(({ year, noise, n }) => ({ year, n, value: noise === null ? null : drift * year + noise }));
    const series = (drift: number) =>
      fc
        .tuple(fc.uniqueArray(point(drift), { selector: (p) => p.year, maxLength: years.length }), fc.array(point(drift), { maxLength: 2 }))
        .map(([unique, extra]) => [...unique, ...extra]);
    const flip = { increasing: 'decreasing', decreasing: 'increasing', 'no-clear-trend': 'no-clear-trend' } as const;
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }).chain((d) => series(d)), (points) => {
        const forward = points.map((p) => ({ period: years[p.year]!, value: p.value, n: p.n }));
        const backward = points.map((p) => ({ period: years[years.length - 1 - p.year]!, value: p.value, n: p.n }));
        const f = series_trend(forward, { minPoints: 3 });
        const b = series_trend(backward, { minPoints: 3 });
        expect(b.status).toBe(f.status);
        if (f.status !== 'computed' || b.status !== 'computed') return;
        seen.add(f.direction).add(b.direction);
        expect(b.direction).toBe(flip[f.direction]);
        expect(b.s + f.s).toBe(0);
        expect(b.pValue).toBe(f.pValue);
        expect(b.slope === -f.slope).toBe(true);
      }),
      { numRuns: 300 },
    );
    // The property was exercised on clear trends too, not only on noise.
    expect([...seen].sort()).toEqual(['decreasing', 'increasing', 'no-clear-trend']);
  });
});

describe('values_senSlope on long and awkward series', () => {
  const naive = (xs: number[]) => {
    const slopes: number[] = [];
    for (let i = 0; i < xs.length - 1; i++) for (let j = i + 1; j < xs.length; j++) slopes.push((xs[j]! - xs[i]!) / (j - i));
    slopes.sort((a, b) => a - b);
    const m = slopes.length >> 1;
    return slopes.length % 2 ? slopes[m]! : (slopes[m - 1]! + slopes[m]!) / 2;
  };

  it('equals the median of all pairwise slopes (checked against a plain sort)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 60 }), (xs) => {
        expect(values_senSlope(xs)).toBeCloseTo(naive(xs), 9);
      }),
      { numRuns: 300 },
    );
  });

  it('handles many ties and already sorted or reversed input', () => {
    const flat = Array.from({ length: 200 }, () => 5);
    expect(values_senSlope(flat)).toBe(0);
    const up = Array.from({ length: 300 }, (_, i) => i * 2);
    expect(values_senSlope(up)).toBe(2);
    expect(values_senSlope([...up].reverse())).toBe(-2);
  });

  it('copes with 2,000 points (two million pairwise slopes)', () => {
    const xs = Array.from({ length: 2000 }, (_, i) => Math.sin(i / 50) * 10 + i * 0.01);
    const slope = values_senSlope(xs)!;
    expect(Number.isFinite(slope)).toBe(true);
  });
});

describe('values_mannKendall in O(n log n)', () => {
  /** S by its definition, comparing every pair: the reference the merge-sort count must equal. */
  const pairwiseS = (xs: readonly number[]): number => {
    const v = xs.filter((x) => Number.isFinite(x));
    let s = 0;
    for (let i = 0; i < v.length - 1; i++) for (let j = i + 1; j < v.length; j++) s += Math.sign(v[j]! - v[i]!);
    return s;
  };

  it('gives exactly the S of the pairwise definition on random data with many ties', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { weight: 6, arbitrary: fc.integer({ min: -5, max: 5 }) },
            { weight: 3, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
            { weight: 1, arbitrary: fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1e308, -1e308, 5e-324) },
          ),
          { maxLength: 300 },
        ),
        (xs) => {
          const mk = values_mannKendall(xs);
          expect(mk.s).toBe(pairwiseS(xs) + 0);
          expect(Object.is(mk.s, -0)).toBe(false);
          expect(Number.isFinite(mk.z) && mk.pValue >= 0 && mk.pValue <= 1).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('matches the pairwise S on 2,000 one-decimal values (the benchmark shape: many ties)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const xs = Array.from({ length: 2000 }, () => Math.round(rand() * 1000) / 10);
    expect(values_mannKendall(xs).s).toBe(pairwiseS(xs));
    const sorted = [...xs].sort((a, b) => a - b);
    expect(values_mannKendall(sorted).s).toBe(pairwiseS(sorted));
    expect(values_mannKendall(sorted.reverse()).s).toBe(pairwiseS(sorted));
  });
});
