import { describe, it, expect } from 'vitest';
import { comparison_classify, type Comparison } from '../../src/stats/compare.js';
import type { Polarity } from '../../src/schema/types.js';

const REF = 50;
type Side = 'above' | 'below' | 'equal';
const expected: Record<Polarity, Record<Side, Comparison>> = {
  'higher-better': { above: 'better', below: 'worse', equal: 'similar' },
  'lower-better': { above: 'worse', below: 'better', equal: 'similar' },
  none: { above: 'higher', below: 'lower', equal: 'similar' },
};
const pointFor: Record<Side, number> = { above: 60, below: 40, equal: 50 };
const intervalFor: Record<Side, { lower: number; upper: number }> = {
  above: { lower: 55, upper: 65 },
  below: { lower: 35, upper: 45 },
  equal: { lower: 45, upper: 55 },
};

describe('comparison_classify', () => {
  for (const polarity of Object.keys(expected) as Polarity[]) {
    for (const side of ['above', 'below', 'equal'] as Side[]) {
      it(`with polarity ${polarity}, a point value ${side} the reference is ${expected[polarity][side]}`, () => {
        expect(comparison_classify({ value: pointFor[side], reference: REF, polarity })).toBe(expected[polarity][side]);
      });
      it(`with polarity ${polarity}, an interval ${side === 'equal' ? 'spanning' : side} the reference is ${expected[polarity][side]}`, () => {
        const value = (intervalFor[side].lower + intervalFor[side].upper) / 2;
        expect(comparison_classify({ value, interval: intervalFor[side], reference: REF, polarity })).toBe(
          expected[polarity][side],
        );
      });
    }
  }

  it('given a value above the reference but an interval reaching it, the values are similar', () => {
    expect(comparison_classify({ value: 62, interval: { lower: 50, upper: 74 }, reference: 50, polarity: 'higher-better' })).toBe(
      'similar',
    );
  });

  it('given an interval just above the reference, the value is better', () => {
    expect(comparison_classify({ value: 62, interval: { lower: 50.01, upper: 74 }, reference: 50, polarity: 'higher-better' })).toBe(
      'better',
    );
  });

  it('given requireInterval and no interval, the values are not comparable', () => {
    expect(comparison_classify({ value: 90, reference: 50, polarity: 'higher-better', requireInterval: true })).toBe('not-comparable');
    expect(comparison_classify({ value: 90, interval: null, reference: 50, polarity: 'none', requireInterval: true })).toBe(
      'not-comparable',
    );
  });

  it('given requireInterval and an interval, the interval decides', () => {
    expect(
      comparison_classify({ value: 90, interval: { lower: 80, upper: 95 }, reference: 50, polarity: 'lower-better', requireInterval: true }),
    ).toBe('worse');
  });

  it.each([
    ['a missing value', { value: null, reference: 50 }],
    ['a NaN value', { value: NaN, reference: 50 }],
    ['an infinite reference', { value: 50, reference: Infinity }],
    ['a missing reference', { value: 50, reference: undefined }],
    ['an interval with a NaN bound', { value: 50, reference: 40, interval: { lower: NaN, upper: 60 } }],
    ['an interval whose bounds are reversed', { value: 50, reference: 40, interval: { lower: 60, upper: 45 } }],
  ])('given %s, the values are not comparable', (_, input) => {
    expect(comparison_classify({ polarity: 'higher-better', ...input } as Parameters<typeof comparison_classify>[0])).toBe(
      'not-comparable',
    );
  });

  it('given an unknown polarity, the comparison makes no value judgement', () => {
    expect(comparison_classify({ value: 60, reference: 50, polarity: 'up' as Polarity })).toBe('higher');
  });

  it('given no input at all, the values are not comparable', () => {
    expect(comparison_classify(undefined as unknown as Parameters<typeof comparison_classify>[0])).toBe('not-comparable');
  });
});
