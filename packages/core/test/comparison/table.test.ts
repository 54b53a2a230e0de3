import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { operatorCaution_text, validate_comparisonTable } from '../../src/comparison/table.js';
import { comparison_cells, type OperatorRow } from '../../src/comparison/operators.js';
import { translator } from '../../src/i18n/catalog.js';
import { validate_observations } from '../../src/schema/validate.js';
import type { Indicator } from '../../src/schema/types.js';

const completion: Indicator = { id: 'completion', name: 'Completion', kind: 'outcome', unit: 'percent', polarity: 'higher-better' };
const benchmark = { completion: { value: 70, label: 'National average', population: { highNeed: 0.3 } } };
const row = (extra: Partial<OperatorRow> = {}): OperatorRow => ({
  operatorId: 'a',
  name: 'A',
  values: { completion: { period: '2025', value: 72, n: 100, interval: { lower: 63, upper: 80 } } },
  ...extra,
});
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

describe('validate_comparisonTable', () => {
  it('accepts well-formed input, an empty operator list included', () => {
    expect(validate_comparisonTable({ indicators: [completion], operators: [row()], benchmark })).toEqual([]);
    expect(validate_comparisonTable({ indicators: [completion], operators: [], benchmark })).toEqual([]);
  });

  it('names each problem with a path into the input', () => {
    const issues = validate_comparisonTable({
      indicators: [completion, { ...completion }],
      operators: [
        row(),
        row({ name: '' }),
        { ...row(), operatorId: 'b', population: { highNeed: 1.2 }, isNew: 'yes' as never, externalFactors: [3 as never] },
        { ...row(), operatorId: 'c', values: { completion: { period: '2025', value: 120, n: -1 } } },
        'x',
      ],
      benchmark: { completion: { value: Number.NaN, label: '' } },
    });
    const at = issues.map((i) => `${i.path} ${i.code}`);
    expect(at).toEqual(
      expect.arrayContaining([
        'indicators[1].id duplicate-id',
        'benchmark.completion.value not-finite',
        'benchmark.completion.label required',
        'operators[1].operatorId duplicate-id',
        'operators[1].name required',
        'operators[2].isNew type',
        'operators[2].population.highNeed out-of-range',
        'operators[2].externalFactors[0] type',
        'operators[3].values.completion.n negative',
        'operators[4] type',
      ]),
    );
    expect(at.some((a) => a.startsWith('operators[3].values.completion.value'))).toBe(true);
  });

  it('requires the lists and the benchmark, and ignores values of indicators the table does not show', () => {
    expect(validate_comparisonTable({ indicators: undefined, operators: null, benchmark: undefined }).map((i) => i.path)).toEqual(['indicators', 'benchmark', 'operators']);
    expect(validate_comparisonTable({ indicators: [completion], operators: [row({ values: { other: 'junk' as never } })], benchmark })).toEqual([]);
  });

  it('takes a fast path for well-formed values that agrees with the full check, for any value', () => {
    const num = fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: -5, max: 120 }), fc.constant(null), fc.constant(undefined), fc.string({ maxLength: 2 }));
    const obs = fc.record(
      {
        period: fc.oneof(fc.constantFrom('2025', '2025-Q3', '2025-q3', ' 2025', '2024/25', '2025-13', ''), fc.integer()),
        value: num,
        numerator: num,
        denominator: num,
        n: num,
        interval: fc.oneof(fc.record({ lower: num, upper: num }, { requiredKeys: [] }), fc.record({ lower: num, upper: num, level: num }), num),
        quality: fc.oneof(fc.array(fc.constantFrom('estimated', 'late', 'bogus', 3)), num),
        note: fc.oneof(fc.string(), num),
        extra: num,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(obs, fc.constantFrom('percent', 'count', 'days'), (o, unit) => {
        const indicator = { ...completion, unit } as Indicator;
        const issues = validate_comparisonTable({ indicators: [indicator], operators: [row({ values: { completion: o as never } })], benchmark });
        expect(issues.length === 0).toBe(validate_observations([o], { unit: unit as never }).ok);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (indicators, operators, benchmark) => {
        expect(Array.isArray(validate_comparisonTable({ indicators, operators, benchmark }))).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(Array.isArray(validate_comparisonTable(null as never))).toBe(true);
  });
});

describe('operatorCaution_text', () => {
  it('explains every caution kind in words, with numbers formatted and the data owner\'s names', () => {
    const t = translator('en');
    const cells = comparison_cells(
      [
        row({ operatorId: 'small', values: { completion: { period: '2025', value: 72, n: 14 } } }),
        row({ operatorId: 'hidden', values: { completion: { period: '2025', value: 72, n: 4 } } }),
        row({ operatorId: 'mix', population: { highNeed: 0.45 }, externalFactors: ['A strike in March'], values: { completion: { period: '2025', value: 72, n: 100, quality: ['estimated', 'late'] } } }),
      ],
      [completion],
      benchmark,
      { rule: { minN: 10, unstableN: 20 } },
    );
    const texts = cells.flatMap((r) => r.cells[0]!.cautions.map((c) => plain(operatorCaution_text(c, { t, locale: 'en', features: { highNeed: { en: 'High-need recipients' } } }))));
    expect(texts).toEqual([
      'Only 14 cases (fewer than 20): the value is unstable, so it is not compared.',
      'Fewer than 10 cases: the value, the number of cases and the interval are hidden so that no service recipient can be identified.',
      'The data owner flagged this value: estimated, reported late.',
      'High-need recipients: 45% of this operator’s population against 30% in the benchmark population. A difference may come from who is served.',
      'Reported external factor: A strike in March',
    ]);
  });

  it('speaks Hebrew and Arabic, and says nothing for an unknown kind rather than throwing', () => {
    expect(operatorCaution_text({ kind: 'new-operator' }, { t: translator('he'), locale: 'he' })).toContain('מפעיל חדש');
    expect(operatorCaution_text({ kind: 'new-operator' }, { t: translator('ar'), locale: 'ar' })).toContain('مشغّل جديد');
    expect(operatorCaution_text({ kind: 'nope' } as never, { t: translator('en'), locale: 'en' })).toBe('');
    expect(operatorCaution_text(null as never, { t: translator('en'), locale: 'en' })).toBe('');
  });
});
