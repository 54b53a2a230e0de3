import { describe, it, expect } from 'vitest';
import {
  isoDate_parse,
  period_compare,
  period_containsDate,
  period_parse,
  period_shift,
  period_yearsBetween,
  target_appliesTo,
  target_series,
  target_valueFor,
} from '../../src/stats/target.js';
import type { Observation, Target } from '../../src/schema/types.js';

describe('period_parse', () => {
  it.each([
    ['2025', 'year', 2025, 2026],
    ['2025-H2', 'half', 2025.5, 2026],
    ['2025-Q3', 'quarter', 2025.5, 2025.75],
    ['2025-03', 'month', 2025 + 2 / 12, 2025 + 3 / 12],
    ['2024/25', 'school-year', 2024 + 8 / 12, 2025 + 8 / 12],
    ['1999/00', 'school-year', 1999 + 8 / 12, 2000 + 8 / 12],
  ])('reads %s as a %s from %d to %d', (label, kind, start, end) => {
    const p = period_parse(label)!;
    expect(p.kind).toBe(kind);
    expect(p.start).toBeCloseTo(start, 12);
    expect(p.end).toBeCloseTo(end, 12);
  });

  it('ignores surrounding whitespace', () => expect(period_parse(' 2025-Q1 ')?.label).toBe('2025-Q1'));

  it.each(['2025-13', '2025-00', '2025-Q5', '2025-H3', '2024/26', '2024/2025', '25', '2025-3', '', 'Q1 2025'])(
    'does not accept %j',
    (label) => expect(period_parse(label)).toBeUndefined(),
  );

  it('does not accept non-strings', () => {
    expect(period_parse(2025)).toBeUndefined();
    expect(period_parse(null)).toBeUndefined();
  });
});

describe('period_compare, period_yearsBetween and period_shift', () => {
  it('sorts periods by start, a containing period before its parts', () => {
    expect(['2025-Q3', '2025-01', '2025', '2024/25', '2025-Q1', '2024'].sort(period_compare)).toEqual([
      '2024',
      '2024/25',
      '2025',
      '2025-Q1',
      '2025-01',
      '2025-Q3',
    ]);
  });

  it('gives NaN for labels it cannot read', () => expect(period_compare('2025', 'soon')).toBeNaN());

  it('counts years between period starts', () => {
    expect(period_yearsBetween('2023', '2025')).toBe(2);
    expect(period_yearsBetween('2025', '2025-Q3')).toBe(0.5);
    expect(period_yearsBetween('2025', '2023')).toBe(-2);
    expect(period_yearsBetween('2025', 'x')).toBeUndefined();
  });

  it('shifts a period by whole periods of its own kind', () => {
    expect(period_shift('2025-Q1', -4)).toBe('2024-Q1');
    expect(period_shift('2025-Q1', -1)).toBe('2024-Q4');
    expect(period_shift('2025-H1', -1)).toBe('2024-H2');
    expect(period_shift('2025-01', -1)).toBe('2024-12');
    expect(period_shift('2025', 2)).toBe('2027');
    expect(period_shift('2000/01', -1)).toBe('1999/00');
    expect(period_shift('2025', 0.5)).toBeUndefined();
    expect(period_shift('nope', 1)).toBeUndefined();
  });
});

describe('isoDate_parse and period_containsDate', () => {
  it('accepts real dates only', () => {
    expect(isoDate_parse('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(isoDate_parse('2000-02-29')).toBeDefined();
    expect(isoDate_parse('1900-02-29')).toBeUndefined();
    expect(isoDate_parse('2025-02-29')).toBeUndefined();
    expect(isoDate_parse('2025-04-31')).toBeUndefined();
    expect(isoDate_parse('2025-13-01')).toBeUndefined();
    expect(isoDate_parse('2025-1-01')).toBeUndefined();
  });

  it('knows which period a date falls in', () => {
    expect(period_containsDate('2024/25', '2025-03-01')).toBe(true);
    expect(period_containsDate('2024/25', '2025-09-01')).toBe(false);
    expect(period_containsDate('2025-Q2', '2025-06-30')).toBe(true);
    expect(period_containsDate('2025-Q2', '2025-07-01')).toBe(false);
  });
});

describe('target_appliesTo', () => {
  it('given a target without a period, it applies to every period', () => {
    expect(target_appliesTo({ kind: 'absolute', value: 1 }, '2031-Q2')).toBe(true);
  });
  it('given a target for 2025, it applies to 2025 only', () => {
    const t: Target = { kind: 'absolute', value: 1, period: '2025' };
    expect(target_appliesTo(t, '2025')).toBe(true);
    expect(target_appliesTo(t, '2025-Q1')).toBe(false);
    expect(target_appliesTo(t, '2024')).toBe(false);
  });
  it('given no target, nothing applies', () => expect(target_appliesTo(undefined, '2025')).toBe(false));
});

describe('target_valueFor', () => {
  const ctx = (period: string, observations: Observation[] = []) => ({ period, observations });

  describe('an absolute target', () => {
    it('is its value', () => expect(target_valueFor({ kind: 'absolute', value: 10000 }, ctx('2025'))).toBe(10000));
    it('is undefined in a period it is not for', () => {
      expect(target_valueFor({ kind: 'absolute', value: 75, period: '2026' }, ctx('2025'))).toBeUndefined();
    });
    it('is undefined when its value is not finite', () => {
      expect(target_valueFor({ kind: 'absolute', value: NaN }, ctx('2025'))).toBeUndefined();
    });
  });

  describe('a change target', () => {
    const from = { period: '2023', value: 100 };
    it('applied once, adds a relative percent', () => {
      expect(target_valueFor({ kind: 'change', change: 10, changeUnit: 'percent', from }, ctx('2025'))).toBeCloseTo(110, 10);
    });
    it('applied once, adds points', () => {
      expect(target_valueFor({ kind: 'change', change: 5, changeUnit: 'points', from: { period: '2023', value: 60 } }, ctx('2025'))).toBe(65);
    });
    it('per year, compounds over whole years since the base period', () => {
      const t: Target = { kind: 'change', change: 10, changeUnit: 'percent', per: 'year', from };
      expect(target_valueFor(t, ctx('2023'))).toBeCloseTo(100, 10);
      expect(target_valueFor(t, ctx('2024'))).toBeCloseTo(110, 10);
      expect(target_valueFor(t, ctx('2025'))).toBeCloseTo(121, 10);
      expect(target_valueFor(t, ctx('2026'))).toBeCloseTo(133.1, 10);
    });
    it('per year, counts only whole years (2023 to 2025-Q3 is two steps)', () => {
      const t: Target = { kind: 'change', change: 10, changeUnit: 'percent', per: 'year', from };
      expect(target_valueFor(t, ctx('2025-Q3'))).toBeCloseTo(121, 10);
    });
    it('per year in points, adds the change once a year', () => {
      const t: Target = { kind: 'change', change: 2, changeUnit: 'points', per: 'year', from: { period: '2022/23', value: 50 } };
      expect(target_valueFor(t, ctx('2025/26'))).toBe(56);
    });
    it('per year, is undefined before the base period or for an unreadable period', () => {
      const t: Target = { kind: 'change', change: 10, changeUnit: 'percent', per: 'year', from };
      expect(target_valueFor(t, ctx('2022'))).toBeUndefined();
      expect(target_valueFor(t, ctx('later'))).toBeUndefined();
    });
    it('for a lower-better indicator, takes a negative change as given (10 % fewer)', () => {
      expect(target_valueFor({ kind: 'change', change: -10, changeUnit: 'percent', from }, ctx('2025'))).toBeCloseTo(90, 10);
    });
    it('without a usable base value, falls back to the baseline', () => {
      const t = { kind: 'change', change: 10, changeUnit: 'percent', from: { period: '2023', value: NaN } } as Target;
      expect(target_valueFor(t, { period: '2025', baseline: { period: '2022', value: 50 } })).toBeCloseTo(55, 10);
      expect(target_valueFor(t, { period: '2025' })).toBeUndefined();
    });
    it('with an unknown change unit, is undefined', () => {
      const t = { kind: 'change', change: 10, changeUnit: 'ratio', from } as unknown as Target;
      expect(target_valueFor(t, ctx('2025'))).toBeUndefined();
    });
  });

  describe('a benchmark target', () => {
    it('is the benchmark changed by a percent', () => {
      const t: Target = { kind: 'relative-to-benchmark', change: 10, changeUnit: 'percent', benchmark: { label: 'ממוצע ארצי', value: 50 } };
      expect(target_valueFor(t, ctx('2025'))).toBeCloseTo(55, 10);
    });
    it('is the benchmark plus points', () => {
      const t: Target = { kind: 'relative-to-benchmark', change: -3, changeUnit: 'points', benchmark: { label: 'x', value: 50 } };
      expect(target_valueFor(t, ctx('2025'))).toBe(47);
    });
    it('without a benchmark value, is undefined', () => {
      const t: Target = { kind: 'relative-to-benchmark', change: 10, changeUnit: 'percent', benchmark: { label: 'x' } };
      expect(target_valueFor(t, ctx('2025'))).toBeUndefined();
    });

    describe('with a benchmark series', () => {
      const t: Target = { kind: 'relative-to-benchmark', change: 10, changeUnit: 'percent', benchmark: { label: 'ממוצע ארצי', value: 50 } };
      const national: Observation[] = [
        { period: '2023', value: 40, n: 5000 },
        { period: '2024', value: 60 },
        { period: '2025', value: 70, n: 8 },
        { period: '2026', value: null, n: 5000 },
        { period: '2027', value: 44, n: 5000 },
        { period: ' 2027', value: 45, n: 5000 },
      ];
      const at = (period: string) => ({ period, benchmarkSeries: national });
      it('takes the benchmark of the same period', () => {
        expect(target_valueFor(t, at('2023'))).toBeCloseTo(44, 10);
        expect(target_valueFor(t, at('2024'))).toBeCloseTo(66, 10);
      });
      it('given no benchmark for the period, falls back to the benchmark value', () => {
        expect(target_valueFor(t, at('2022'))).toBeCloseTo(55, 10);
        expect(target_valueFor(t, at('2026'))).toBeCloseTo(55, 10);
      });
      it('given a suppressed benchmark for the period, does not derive a target from it', () => {
        expect(target_valueFor(t, at('2025'))).toBeCloseTo(55, 10);
        expect(target_valueFor(t, { ...at('2023'), rule: { minN: 10000 } })).toBeCloseTo(55, 10);
      });
      it('given two benchmarks for the period, does not guess between them', () => {
        expect(target_valueFor(t, at('2027'))).toBeCloseTo(55, 10);
      });
      it('without a fallback value, is undefined where the series has nothing', () => {
        const bare: Target = { ...t, benchmark: { label: 'x' } };
        expect(target_valueFor(bare, at('2024'))).toBeCloseTo(66, 10);
        expect(target_valueFor(bare, at('2022'))).toBeUndefined();
      });
      it('ignores a benchmark series that is not a list', () => {
        expect(target_valueFor(t, { period: '2024', benchmarkSeries: 'x' as never })).toBeCloseTo(55, 10);
      });
    });
  });

  describe('an own-past target', () => {
    const yearAgo: Target = { kind: 'relative-to-own-past', change: 10, changeUnit: 'percent', lag: 4 };
    const quarters: Observation[] = [
      { period: '2024-Q1', value: 40, n: 200 },
      { period: '2024-Q2', value: 42, n: 6 },
      { period: '2024-Q3', value: null, n: 200 },
      { period: '2024-Q4', value: 45, n: 15 },
      { period: '2025-Q1', value: 47, n: 210 },
    ];
    it('is the value lag periods earlier, changed', () => {
      expect(target_valueFor(yearAgo, ctx('2025-Q1', quarters))).toBeCloseTo(44, 10);
    });
    it('works for a future period with no observation yet', () => {
      expect(target_valueFor({ ...yearAgo, lag: 1 }, ctx('2025-Q1', quarters.slice(0, 4)))).toBeCloseTo(49.5, 10);
    });
    it('finds the period by label, so a missing quarter does not shift "a year ago"', () => {
      const gappy = quarters.filter((o) => o.period !== '2024-Q3');
      expect(target_valueFor(yearAgo, ctx('2025-Q1', gappy))).toBeCloseTo(44, 10);
    });
    it('given a suppressed past value, is undefined, because the target would leak it', () => {
      expect(target_valueFor(yearAgo, ctx('2025-Q2', quarters))).toBeUndefined();
    });
    it('given a stricter suppression rule, hides a past value that would otherwise be used', () => {
      expect(target_valueFor({ ...yearAgo, lag: 1 }, ctx('2025-Q1', quarters))).toBeCloseTo(49.5, 10);
      expect(target_valueFor({ ...yearAgo, lag: 1 }, { ...ctx('2025-Q1', quarters), rule: { minN: 20 } })).toBeUndefined();
    });
    it('given a past period that was not measured or is missing, is undefined', () => {
      expect(target_valueFor(yearAgo, ctx('2025-Q3', quarters))).toBeUndefined();
      expect(target_valueFor(yearAgo, ctx('2023-Q1', quarters))).toBeUndefined();
    });
    it('given two observations for the past period, is undefined rather than guess', () => {
      expect(target_valueFor(yearAgo, ctx('2025-Q1', [...quarters, { period: '2024-Q1', value: 41, n: 200 }]))).toBeUndefined();
    });
    it('given a lag that is not a positive whole number, is undefined', () => {
      expect(target_valueFor({ ...yearAgo, lag: 0 }, ctx('2025-Q1', quarters))).toBeUndefined();
      expect(target_valueFor({ ...yearAgo, lag: 1.5 }, ctx('2025-Q1', quarters))).toBeUndefined();
    });
    it('in points, adds the change to the past value', () => {
      const t: Target = { kind: 'relative-to-own-past', change: 5, changeUnit: 'points', lag: 1 };
      expect(target_valueFor(t, ctx('2025', [{ period: '2024', value: 60, n: 200 }]))).toBe(65);
    });
  });

  it('given garbage, is undefined', () => {
    expect(target_valueFor(null, ctx('2025'))).toBeUndefined();
    expect(target_valueFor({ kind: 'mystery' } as unknown as Target, ctx('2025'))).toBeUndefined();
    expect(target_valueFor({ kind: 'absolute', value: 1 }, null as never)).toBeUndefined();
  });
});

describe('target_series', () => {
  const years = ['2022', '2023', '2024', '2025', '2026'];
  const values = (r: Array<{ value: number | undefined }>) => r.map((x) => (x.value === undefined ? undefined : Math.round(x.value * 1000) / 1000));

  it('gives one entry per period, in the order given', () => {
    const r = target_series({ kind: 'absolute', value: 75 }, ['2025', '2023'], {});
    expect(r).toEqual([{ period: '2025', value: 75 }, { period: '2023', value: 75 }]);
  });

  it('given a yearly change target, draws a compounding path from its base period', () => {
    const t: Target = { kind: 'change', change: 10, changeUnit: 'percent', per: 'year', from: { period: '2023', value: 100 } };
    expect(values(target_series(t, years, {}))).toEqual([undefined, 100, 110, 121, 133.1]);
  });

  it('given an own-past target, draws the series lagged and changed, with holes where the past is hidden', () => {
    const t: Target = { kind: 'relative-to-own-past', change: 5, changeUnit: 'points', lag: 1 };
    const observations: Observation[] = [
      { period: '2022', value: 60, n: 100 },
      { period: '2023', value: 62, n: 5 },
      { period: '2024', value: 65, n: 100 },
    ];
    expect(values(target_series(t, years, { observations }))).toEqual([undefined, 65, undefined, 70, undefined]);
  });

  it('given a benchmark target, follows the benchmark series', () => {
    const t: Target = { kind: 'relative-to-benchmark', change: -2, changeUnit: 'points', benchmark: { label: 'x', value: 50 } };
    const benchmarkSeries: Observation[] = [
      { period: '2023', value: 40 },
      { period: '2024', value: 42 },
    ];
    expect(values(target_series(t, years, { benchmarkSeries }))).toEqual([48, 38, 40, 48, 48]);
  });

  it('given a target for one period, has a value in that period only', () => {
    expect(values(target_series({ kind: 'absolute', value: 9, period: '2024' }, years, {}))).toEqual([undefined, undefined, 9, undefined, undefined]);
  });

  it('given garbage, never throws', () => {
    expect(target_series(null, years, {}).every((x) => x.value === undefined)).toBe(true);
    expect(target_series({ kind: 'absolute', value: 1 }, null as never, {})).toEqual([]);
    expect(target_series({ kind: 'absolute', value: 1 }, ['2025', 7 as never], null)).toEqual([
      { period: '2025', value: 1 },
      { period: 7, value: 1 },
    ]);
  });
});
