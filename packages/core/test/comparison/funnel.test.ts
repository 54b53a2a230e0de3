import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  funnel_classify,
  funnel_curve,
  funnel_limits,
  funnel_status,
  overdispersion_phi,
  type FunnelPosition,
} from '../../src/comparison/funnel.js';
import type { Comparison } from '../../src/stats/compare.js';
import type { Polarity } from '../../src/schema/types.js';

// Two-sided normal quantiles from standard tables (Abramowitz & Stegun 1964, table 26.5).
const Z95 = 1.959963985;
const Z998 = 3.090232306;

describe('funnel_limits, normal approximation', () => {
  it('given p = 0.2 and n = 100, the 95 % limits are 0.2 ± 1.959964 × 0.04 = [0.1216, 0.2784]', () => {
    // s = sqrt(0.2 × 0.8 / 100) = sqrt(0.0016) = 0.04; z × s = 0.07839856.
    const [l] = funnel_limits(0.2, 100, { levels: [0.95] });
    expect(l).toEqual({ level: 0.95, lower: expect.closeTo(0.12160144, 7), upper: expect.closeTo(0.27839856, 7) });
  });

  it('gives the 95 % and 99.8 % limits by default, in that order', () => {
    // 99.8 %: 0.2 ± 3.090232 × 0.04 = 0.2 ± 0.12360929.
    const limits = funnel_limits(0.2, 100);
    expect(limits.map((l) => l.level)).toEqual([0.95, 0.998]);
    expect(limits[1]!.lower).toBeCloseTo(0.2 - Z998 * 0.04, 7);
    expect(limits[1]!.upper).toBeCloseTo(0.2 + Z998 * 0.04, 7);
  });

  it('given an over-dispersion factor φ, widens the limits by √φ', () => {
    // φ = 4: 0.2 ± 1.959964 × sqrt(4 × 0.0016) = 0.2 ± 1.959964 × 0.08.
    const [l] = funnel_limits(0.2, 100, { levels: [0.95], phi: 4 });
    expect(l!.upper).toBeCloseTo(0.2 + Z95 * 0.08, 7);
    expect(l!.lower).toBeCloseTo(0.2 - Z95 * 0.08, 7);
  });

  it('given a random-effects variance τ², adds it to the sampling variance', () => {
    // τ² = 0.0009: 0.2 ± 1.959964 × sqrt(0.0016 + 0.0009) = 0.2 ± 1.959964 × 0.05.
    const [l] = funnel_limits(0.2, 100, { levels: [0.95], tau2: 0.0009, method: 'exact' });
    expect(l!.upper).toBeCloseTo(0.2 + Z95 * 0.05, 7);
  });

  it('clips the limits to 0..1', () => {
    // 0.02 ± 1.959964 × sqrt(0.02 × 0.98 / 10) = 0.02 ± 0.0868: the lower limit would be negative.
    const [l] = funnel_limits(0.02, 10, { levels: [0.95] });
    expect(l!.lower).toBe(0);
    expect(l!.upper).toBeCloseTo(0.02 + Z95 * Math.sqrt(0.00196), 7);
  });

  it.each([
    ['a benchmark above 1', 1.2, 100],
    ['a negative benchmark', -0.1, 100],
    ['no cases', 0.2, 0],
    ['a NaN n', 0.2, NaN],
    ['an infinite n', 0.2, Infinity],
    ['a benchmark of the wrong type', '0.2' as unknown as number, 100],
  ])('given %s, there are no limits', (_, p, n) => {
    expect(funnel_limits(p, n)).toEqual([]);
  });

  it('drops unusable levels and counts an unusable φ as none', () => {
    expect(funnel_limits(0.2, 100, { levels: [0, 1, 95, NaN, 0.95] }).map((l) => l.level)).toEqual([0.95]);
    expect(funnel_limits(0.2, 100, { phi: -3 })).toEqual(funnel_limits(0.2, 100));
    expect(funnel_limits(0.2, 100, null)).toEqual(funnel_limits(0.2, 100));
  });
});

describe('funnel_limits, exact binomial (Spiegelhalter 2005, appendix A.1.1)', () => {
  // Bin(10, ½): cumulative counts out of 1024 for r = 0..10 are 1, 11, 56, 176, 386, 638, 848,
  // 968, 1013, 1023, 1024. r_q is the smallest r with F(r) ≥ q; α = (F(r) − q) / (F(r) − F(r − 1));
  // the limit is (r − α) / n.
  it('given p = 0.5 and n = 10, the 95 % limits match the hand computation', () => {
    // Upper, q = 0.975 = 998.4/1024: r = 8 (968 < 998.4 ≤ 1013), α = (1013 − 998.4)/45 = 0.32444…,
    // limit = (8 − 0.32444)/10 = 0.767556. Lower, q = 0.025 = 25.6/1024: r = 2 (11 < 25.6 ≤ 56),
    // α = (56 − 25.6)/45 = 0.675556, limit = (2 − 0.675556)/10 = 0.132444.
    const [l] = funnel_limits(0.5, 10, { levels: [0.95], method: 'exact' });
    expect(l!.upper).toBeCloseTo((8 - 14.6 / 45) / 10, 9);
    expect(l!.lower).toBeCloseTo((2 - 30.4 / 45) / 10, 9);
  });

  it('given p = 0.5 and n = 10, the 99.8 % limits match the hand computation', () => {
    // Upper, q = 0.999 = 1022.976/1024: r = 9, α = (1023 − 1022.976)/10 = 0.0024, limit = 0.89976.
    // Lower, q = 0.001 = 1.024/1024: r = 1, α = (11 − 1.024)/10 = 0.9976, limit = 0.00024.
    const [l] = funnel_limits(0.5, 10, { levels: [0.998], method: 'exact' });
    expect(l!.upper).toBeCloseTo(0.89976, 9);
    expect(l!.lower).toBeCloseTo(0.00024, 9);
  });

  it('given p = 0.5 and n = 4, clips a limit that interpolates below 0', () => {
    // Bin(4, ½) counts out of 16: 1, 5, 11, 15, 16. Upper, q = 15.6/16: r = 4, α = 0.4, limit 0.9.
    // Lower, q = 0.4/16: r = 0, α = (1 − 0.4)/(1 − 0) = 0.6, limit = −0.15 → 0.
    const [l] = funnel_limits(0.5, 4, { levels: [0.95], method: 'exact' });
    expect(l!.upper).toBeCloseTo(0.9, 9);
    expect(l!.lower).toBe(0);
  });

  it('given φ, widens the exact limits about the benchmark by √φ', () => {
    // φ = 1.21, √φ = 1.1: 0.5 + 1.1 × 0.267556 = 0.794311; 0.5 − 1.1 × 0.367556 = 0.095689.
    const [l] = funnel_limits(0.5, 10, { levels: [0.95], method: 'exact', phi: 1.21 });
    expect(l!.upper).toBeCloseTo(0.5 + 1.1 * ((8 - 14.6 / 45) / 10 - 0.5), 9);
    expect(l!.lower).toBeCloseTo(0.5 - 1.1 * (0.5 - (2 - 30.4 / 45) / 10), 9);
  });

  it('rounds n to whole cases', () => {
    expect(funnel_limits(0.5, 10.3, { method: 'exact' })).toEqual(funnel_limits(0.5, 10, { method: 'exact' }));
  });

  it('given a benchmark of 0 or 1, the limits collapse onto it', () => {
    expect(funnel_limits(0, 50, { levels: [0.95], method: 'exact' })).toEqual([{ level: 0.95, lower: 0, upper: 0 }]);
    expect(funnel_limits(1, 50, { levels: [0.95], method: 'exact' })).toEqual([{ level: 0.95, lower: 1, upper: 1 }]);
  });

  it('comes close to the normal approximation for many cases', () => {
    // The interpolation sits about half a case (0.5/n) below the continuous quantile.
    const exact = funnel_limits(0.3, 10_000, { method: 'exact' });
    const normal = funnel_limits(0.3, 10_000);
    exact.forEach((l, i) => {
      expect(Math.abs(l.lower - normal[i]!.lower)).toBeLessThan(2e-4);
      expect(Math.abs(l.upper - normal[i]!.upper)).toBeLessThan(2e-4);
    });
  });

  it('stays in 0..1 and nests: the 99.8 % limits contain the 95 % limits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom<'normal' | 'exact'>('normal', 'exact'),
        (p, n, method) => {
          const [l95, l998] = funnel_limits(p, n, { method });
          for (const l of [l95!, l998!]) {
            expect(l.lower).toBeGreaterThanOrEqual(0);
            expect(l.upper).toBeLessThanOrEqual(1);
            expect(l.lower).toBeLessThanOrEqual(l.upper);
          }
          expect(l998!.lower).toBeLessThanOrEqual(l95!.lower + 1e-12);
          expect(l998!.upper).toBeGreaterThanOrEqual(l95!.upper - 1e-12);
        },
      ),
    );
  });
});

describe('funnel_curve', () => {
  it('spaces the points evenly on a log scale between the ends', () => {
    const curve = funnel_curve(0.3, [10, 1000], { steps: 3 });
    expect(curve.map((p) => p.n)).toEqual([10, expect.closeTo(100, 9), 1000]);
    expect(curve[2]!.limits).toEqual(funnel_limits(0.3, 1000));
  });

  it('with the exact method, uses whole numbers of cases once each', () => {
    expect(funnel_curve(0.3, [1, 3], { steps: 10, method: 'exact' }).map((p) => p.n)).toEqual([1, 2, 3]);
  });

  it('draws 100 points by default', () => {
    expect(funnel_curve(0.3, [5, 500])).toHaveLength(100);
  });

  it.each([
    ['a reversed range', [100, 10]],
    ['a range from 0', [0, 10]],
    ['a range with NaN', [NaN, 10]],
    ['no range', undefined],
  ])('given %s, there is nothing to draw', (_, range) => {
    expect(funnel_curve(0.3, range as unknown as [number, number])).toEqual([]);
  });

  it('given an unusable benchmark, there is nothing to draw', () => {
    expect(funnel_curve(2, [10, 100])).toEqual([]);
  });
});

describe('overdispersion_phi', () => {
  // Ten units of 100 cases each against θ = 0.2, so s = sqrt(0.2 × 0.8 / 100) = 0.04 and
  // z = (events/100 − 0.2) / 0.04 = (events − 20) / 4.
  const events = [8, 12, 16, 18, 20, 20, 22, 24, 28, 36];
  const units = events.map((e) => ({ events: e, n: 100 }));

  it('gives the z-scores in input order, φ from Winsorized z-scores and τ², as computed by hand', () => {
    // z = [−3, −2, −1, −0.5, 0, 0, 0.5, 1, 2, 4]. Winsorizing 10 % of 10 units pulls in one at each
    // end: −3 → −2 and 4 → 2. Σz²_w = 4 + 4 + 1 + 0.25 + 0 + 0 + 0.25 + 1 + 4 + 4 = 18.5, φ = 1.85.
    // w = 1/s² = 625 each: Σw = 6250, Σw²/Σw = 10 × 625² / 6250 = 625, so the denominator is 5625
    // and τ² = (10 × 1.85 − 9) / 5625 = 9.5 / 5625 = 0.00168888…
    const result = overdispersion_phi(units, 0.2)!;
    expect(result.z.map((z) => Number(z.toFixed(12)))).toEqual([-3, -2, -1, -0.5, 0, 0, 0.5, 1, 2, 4]);
    expect(result.phi).toBeCloseTo(1.85, 12);
    expect(result.tau2).toBeCloseTo(9.5 / 5625, 12);
  });

  it('given winsorize 0, uses every z-score as it is', () => {
    // Σz² = 9 + 4 + 1 + 0.25 + 0 + 0 + 0.25 + 1 + 4 + 16 = 35.5, φ = 3.55.
    expect(overdispersion_phi(units, 0.2, { winsorize: 0 })!.phi).toBeCloseTo(3.55, 12);
  });

  it('weights units by their size in τ²', () => {
    // θ = 0.5. Unit 1: 60/100, s² = 0.25/100 = 0.0025, z = 0.1/0.05 = 2, w = 400. Unit 2: 180/400,
    // s² = 0.000625, z = −0.05/0.025 = −2, w = 1600. φ = (4 + 4)/2 = 4. Σw = 2000,
    // Σw² = 160000 + 2560000 = 2720000, Σw²/Σw = 1360, τ² = (2 × 4 − 1)/(2000 − 1360) = 7/640.
    const result = overdispersion_phi([{ events: 60, n: 100 }, { events: 180, n: 400 }], 0.5)!;
    expect(result.phi).toBeCloseTo(4, 12);
    expect(result.tau2).toBeCloseTo(7 / 640, 12);
  });

  it('without a benchmark, uses the pooled proportion', () => {
    // (10 + 30) / (100 + 100) = 0.2, so z = ±2.5 and φ = 6.25.
    const result = overdispersion_phi([{ events: 10, n: 100 }, { events: 30, n: 100 }])!;
    expect(result.z).toEqual([expect.closeTo(-2.5, 12), expect.closeTo(2.5, 12)]);
    expect(result.phi).toBeCloseTo(6.25, 12);
  });

  it('given less spread than chance, τ² is 0', () => {
    const result = overdispersion_phi(Array.from({ length: 10 }, () => ({ events: 20, n: 100 })), 0.2)!;
    expect(result.phi).toBe(0);
    expect(result.tau2).toBe(0);
  });

  it('leaves unusable units out and marks their z-score NaN', () => {
    const result = overdispersion_phi([{ events: 10, n: 100 }, { events: 5, n: 0 }, { events: 30, n: 100 }], 0.2)!;
    expect(result.z[1]).toBeNaN();
    expect(result.phi).toBeCloseTo(6.25, 12);
  });

  it.each([
    ['one unit', [{ events: 10, n: 100 }], 0.2],
    ['a benchmark of 0', [{ events: 0, n: 100 }, { events: 0, n: 50 }], 0],
    ['a benchmark of 1', [{ events: 10, n: 100 }, { events: 30, n: 100 }], 1],
    ['a NaN benchmark', [{ events: 10, n: 100 }, { events: 30, n: 100 }], NaN],
    ['no list', undefined, 0.2],
  ])('given %s, there is no estimate', (_, list, benchmark) => {
    expect(overdispersion_phi(list as { events: number; n: number }[], benchmark)).toBeUndefined();
  });
});

describe('funnel_classify', () => {
  // p = 0.2, n = 100: 95 % limits 0.1216–0.2784, 99.8 % limits 0.0764–0.3236.
  it.each([
    [33, 'above-99.8'],
    [32, 'above-95'],
    [28, 'above-95'],
    [27.8, 'within'],
    [20, 'within'],
    [12.2, 'within'],
    [12, 'below-95'],
    [8, 'below-95'],
    [7, 'below-99.8'],
  ] as const)('given %s of 100 against 0.2, the unit is %s', (events, position) => {
    expect(funnel_classify(events, 100, 0.2)).toBe(position);
  });

  it('just inside a limit is within, just outside is beyond', () => {
    const [l95] = funnel_limits(0.2, 100);
    expect(funnel_classify(l95!.upper * 100 - 1e-9, 100, 0.2)).toBe('within');
    expect(funnel_classify(l95!.upper * 100 + 1e-9, 100, 0.2)).toBe('above-95');
    expect(funnel_classify(l95!.lower * 100 + 1e-9, 100, 0.2)).toBe('within');
    expect(funnel_classify(l95!.lower * 100 - 1e-9, 100, 0.2)).toBe('below-95');
  });

  it('a value exactly on a limit is within', () => {
    // With a benchmark of 0 or 1 the limits are exactly 0 or 1.
    expect(funnel_classify(0, 50, 0)).toBe('within');
    expect(funnel_classify(50, 50, 1)).toBe('within');
  });

  it('given over-dispersion, fewer units fall outside', () => {
    // φ = 2: 95 % upper limit 0.2 + 1.959964 × 0.04 × √2 = 0.3109.
    expect(funnel_classify(30, 100, 0.2, { phi: 2 })).toBe('within');
  });

  it.each([
    ['more events than cases', 120, 100, 0.2],
    ['no cases', 0, 0, 0.2],
    ['negative events', -1, 100, 0.2],
    ['a NaN count', NaN, 100, 0.2],
    ['a benchmark outside 0..1', 20, 100, 1.5],
  ])('given %s, the unit is not compared', (_, events, n, benchmark) => {
    expect(funnel_classify(events, n, benchmark)).toBe('not-compared');
  });
});

describe('funnel_status', () => {
  const table: Record<FunnelPosition, Record<Polarity, Comparison>> = {
    'above-99.8': { 'higher-better': 'better', 'lower-better': 'worse', none: 'higher' },
    'above-95': { 'higher-better': 'better', 'lower-better': 'worse', none: 'higher' },
    within: { 'higher-better': 'similar', 'lower-better': 'similar', none: 'similar' },
    'below-95': { 'higher-better': 'worse', 'lower-better': 'better', none: 'lower' },
    'below-99.8': { 'higher-better': 'worse', 'lower-better': 'better', none: 'lower' },
    'not-compared': { 'higher-better': 'not-comparable', 'lower-better': 'not-comparable', none: 'not-comparable' },
  };
  for (const [position, byPolarity] of Object.entries(table)) {
    for (const [polarity, expected] of Object.entries(byPolarity)) {
      it(`a unit ${position} with polarity ${polarity} is ${expected}`, () => {
        expect(funnel_status(position as FunnelPosition, polarity as Polarity)).toBe(expected);
      });
    }
  }

  it('given an unknown position, the unit is not comparable', () => {
    expect(funnel_status('sideways' as FunnelPosition, 'higher-better')).toBe('not-comparable');
  });

  it('given an unknown polarity, makes no value judgement', () => {
    expect(funnel_status('above-95', 'up' as Polarity)).toBe('higher');
  });
});
