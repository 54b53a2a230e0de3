import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { interval_wilson, interval_wilsonPercent, normal_quantile } from '../../src/stats/wilson.js';

const Z95 = 1.959963984540054;

describe('normal_quantile', () => {
  it('gives the familiar z values for common confidence levels', () => {
    // Reference values from standard normal tables (Abramowitz & Stegun 1964, table 26.5);
    // Acklam's approximation is good to a relative 1.15e-9.
    expect(normal_quantile(0.975)).toBeCloseTo(Z95, 8);
    expect(normal_quantile(0.5)).toBeCloseTo(0, 12);
    expect(normal_quantile(0.95)).toBeCloseTo(1.644853627, 8);
    expect(normal_quantile(0.995)).toBeCloseTo(2.575829304, 8);
    expect(normal_quantile(0.01)).toBeCloseTo(-2.326347874, 8);
  });

  it('is not a number outside the open interval (0, 1)', () => {
    for (const p of [0, 1, -0.1, 1.2, NaN]) expect(normal_quantile(p)).toBeNaN();
  });
});

describe('interval_wilson', () => {
  // Worked examples from Newcombe R.G. (1998), "Two-sided confidence intervals for the single
  // proportion: comparison of seven methods", Statistics in Medicine 17:857–872, Table II,
  // method 3 (Wilson score interval without continuity correction), 95 % level, 4 decimals.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('given %i of %i at 95 %%, the interval matches Newcombe (1998)', (s, n, lower, upper) => {
    const w = interval_wilson(s, n)!;
    expect(w.lower).toBeCloseTo(lower, 4);
    expect(w.upper).toBeCloseTo(upper, 4);
    expect(w.point).toBeCloseTo(s / n, 12);
  });

  // At the edges the Wilson bounds have closed forms: 0/n → [0, z²/(n+z²)], n/n → [n/(n+z²), 1].
  it('given no successes, the interval runs from exactly 0 to z²/(n+z²)', () => {
    expect(interval_wilson(0, 10)).toEqual({ lower: 0, upper: expect.closeTo((Z95 ** 2) / (10 + Z95 ** 2), 8), point: 0 });
  });

  it('given all successes, the interval runs from n/(n+z²) to exactly 1', () => {
    expect(interval_wilson(10, 10)).toEqual({ lower: expect.closeTo(10 / (10 + Z95 ** 2), 8), upper: 1, point: 1 });
    expect(interval_wilson(1, 1)).toEqual({ lower: expect.closeTo(1 / (1 + Z95 ** 2), 8), upper: 1, point: 1 });
  });

  it('gets wider as the confidence level rises', () => {
    const w90 = interval_wilson(30, 100, 0.9)!;
    const w99 = interval_wilson(30, 100, 0.99)!;
    expect(w99.upper - w99.lower).toBeGreaterThan(w90.upper - w90.lower);
  });

  it.each([
    [1, 0],
    [-1, 10],
    [11, 10],
    [NaN, 10],
    [1, Infinity],
    [1, -5],
  ])('given %s successes of %s, there is no interval', (s, n) => {
    expect(interval_wilson(s, n)).toBeUndefined();
  });

  it('given a confidence level outside (0, 1), there is no interval', () => {
    expect(interval_wilson(5, 10, 1)).toBeUndefined();
    expect(interval_wilson(5, 10, 0)).toBeUndefined();
    expect(interval_wilson(5, 10, 95)).toBeUndefined();
    expect(interval_wilson(5, 10, NaN)).toBeUndefined();
  });

  it('given values of the wrong type, there is no interval', () => {
    expect(interval_wilson('5' as unknown as number, 10)).toBeUndefined();
    expect(interval_wilson(5, null as unknown as number)).toBeUndefined();
  });

  it('always contains the point, stays in 0..1, is symmetric, and solves the score equation', () => {
    const counts = fc.integer({ min: 1, max: 5000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(counts, ([s, n]) => {
        const w = interval_wilson(s, n)!;
        expect(w.lower).toBeGreaterThanOrEqual(0);
        expect(w.upper).toBeLessThanOrEqual(1);
        expect(w.lower).toBeLessThanOrEqual(w.point);
        expect(w.point).toBeLessThanOrEqual(w.upper);
        const mirror = interval_wilson(n - s, n)!;
        expect(w.lower).toBeCloseTo(1 - mirror.upper, 12);
        // The Wilson bounds are the roots π of (p − π)² = z² π (1 − π) / n. Acklam's z is good to
        // about 1e-9, so the check is to 8 decimals.
        for (const pi of [w.lower, w.upper]) {
          expect((w.point - pi) ** 2).toBeCloseTo((Z95 ** 2 * pi * (1 - pi)) / n, 8);
        }
      }),
    );
  });
});

describe('interval_wilsonPercent', () => {
  it('gives the same interval in percent units', () => {
    const w = interval_wilsonPercent(81, 263)!;
    expect(w.lower).toBeCloseTo(25.53, 2);
    expect(w.upper).toBeCloseTo(36.62, 2);
    expect(w.point).toBeCloseTo(30.8, 1);
  });

  it('given an empty denominator, there is no interval', () => {
    expect(interval_wilsonPercent(0, 0)).toBeUndefined();
  });
});
