import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  collator_for,
  comparison_cautionKinds,
  comparison_cells,
  hash_fnv1a,
  label_forIndex,
  operators_anonymise,
  operators_order,
  population_mix,
  type ComparisonCellOptions,
  type OperatorBenchmark,
  type OperatorRow,
} from '../../src/comparison/operators.js';
import type { Indicator, Observation } from '../../src/schema/types.js';

const completion: Indicator = {
  id: 'completion',
  name: { he: 'שיעור השלמת גמילה', en: 'Detox completion rate' },
  kind: 'outcome',
  unit: 'percent',
  polarity: 'higher-better',
  revisions: [{ date: '2025-01-01', period: '2025' }],
};
const dropout: Indicator = { id: 'dropout', name: 'Dropout rate', kind: 'outcome', unit: 'percent', polarity: 'lower-better' };
const benchmark: Record<string, OperatorBenchmark> = {
  completion: { value: 55, label: 'ממוצע ארצי', population: { highNeed: 0.3, youth: 0.5 } },
  dropout: { value: 20, label: 'ממוצע ארצי' },
};
const rule = { minN: 10, unstableN: 20 };
const solid: Observation = { period: '2024', value: 62, n: 240, interval: { lower: 58, upper: 66 } };

function row(values: Record<string, Observation>, extra: Partial<OperatorRow> = {}): OperatorRow {
  return { operatorId: 'op-1', name: 'עמותת אור', values, ...extra };
}
function cell(r: OperatorRow, indicator: Indicator = completion, options: ComparisonCellOptions = { rule }) {
  return comparison_cells([r], [indicator], benchmark, options)[0]!.cells[0]!;
}
const kinds = (r: OperatorRow, indicator: Indicator = completion) => cell(r, indicator).cautions.map((c) => c.kind);

describe('comparison_cells', () => {
  it('given an interval above the benchmark, the operator is better and the cell shows value, n and interval', () => {
    expect(cell(row({ completion: solid }))).toEqual({
      indicatorId: 'completion',
      state: 'shown',
      value: 62,
      n: 240,
      interval: { lower: 58, upper: 66 },
      comparison: 'better',
      cautions: [],
    });
  });

  it('given an interval that reaches the benchmark, the operator is similar', () => {
    expect(cell(row({ completion: { ...solid, interval: { lower: 50, upper: 74 } } })).comparison).toBe('similar');
  });

  it('given a lower-better indicator above the benchmark, the operator is worse', () => {
    const obs = { period: '2024', value: 30, n: 300, interval: { lower: 25, upper: 35 } };
    expect(cell(row({ dropout: obs }), dropout).comparison).toBe('worse');
  });

  it('given no interval, the value is shown but not compared', () => {
    const c = cell(row({ completion: { period: '2024', value: 90, n: 500 } }));
    expect(c.state).toBe('shown');
    expect(c.comparison).toBe('not-comparable');
  });

  it('given few cases, the value is unstable and not compared', () => {
    const c = cell(row({ completion: { ...solid, n: 12 } }));
    expect(c.comparison).toBe('not-comparable');
    expect(c.cautions).toEqual([{ kind: 'unstable', params: { n: 12, unstableN: 20 } }]);
  });

  it('given too few cases, the cell is suppressed and carries no value, n, interval or case count', () => {
    const c = cell(row({ completion: { ...solid, n: 9 } }));
    expect(c).toEqual({
      indicatorId: 'completion',
      state: 'suppressed',
      comparison: 'not-comparable',
      cautions: [{ kind: 'suppressed', params: { minN: 10 } }],
    });
    expect(JSON.stringify(c)).not.toMatch(/62|58|66|"n"/);
  });

  it('suppresses by the denominator when n is absent', () => {
    expect(cell(row({ completion: { period: '2024', value: 40, numerator: 2, denominator: 5 } })).state).toBe('suppressed');
  });

  it('given no value, the cell is missing', () => {
    expect(cell(row({ completion: { period: '2024', value: null, n: 300 } })).state).toBe('missing');
    expect(cell(row({})).state).toBe('missing');
  });

  it('given no benchmark for the indicator, the value is not compared', () => {
    const other: Indicator = { ...completion, id: 'other', revisions: [] };
    expect(cell(row({ other: solid }), other).comparison).toBe('not-comparable');
  });

  it('never compares a new operator, whatever its values', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true })),
        (value, n, [lower, width]) => {
          const c = cell(row({ completion: { period: '2024', value, n, interval: { lower, upper: lower + width } } }, { isNew: true }));
          expect(c.comparison).toBe('not-comparable');
          expect(c.cautions.map((k) => k.kind)).toContain('new-operator');
        },
      ),
    );
  });

  it('shows a new operator’s value with a new-operator caution first among its notes', () => {
    const c = cell(row({ completion: { ...solid, n: 15 } }, { isNew: true }));
    expect(c.state).toBe('shown');
    expect(c.cautions.map((k) => k.kind)).toEqual(['new-operator', 'unstable']);
  });

  describe('population mix', () => {
    it('given a share more than 0.1 from the benchmark’s, warns with the feature and both shares', () => {
      expect(cell(row({ completion: solid }, { population: { highNeed: 0.41 } })).cautions).toEqual([
        { kind: 'population-mix', params: { feature: 'highNeed', operatorShare: 0.41, benchmarkShare: 0.3 } },
      ]);
    });

    it('given a share exactly 0.1 from the benchmark’s, does not warn (0.4 − 0.3 is not above 0.1)', () => {
      expect(kinds(row({ completion: solid }, { population: { highNeed: 0.4, youth: 0.6 } }))).toEqual([]);
      expect(kinds(row({ completion: solid }, { population: { highNeed: 0.2 } }))).toEqual([]);
    });

    it('follows the threshold it is given', () => {
      const r = row({ completion: solid }, { population: { highNeed: 0.36 } });
      expect(cell(r, completion, { rule, populationThreshold: 0.05 }).cautions.map((c) => c.kind)).toEqual(['population-mix']);
      expect(cell(r).cautions).toEqual([]);
    });

    it('compares only features both sides report, with shares in 0..1', () => {
      expect(population_mix({ highNeed: 0.9, other: 0.9 }, { other: Number.NaN, highNeed: 0.1, youth: 0.5 })).toEqual([
        { kind: 'population-mix', params: { feature: 'highNeed', operatorShare: 0.9, benchmarkShare: 0.1 } },
      ]);
      expect(population_mix({ highNeed: 1.5 }, { highNeed: 0.1 })).toEqual([]);
      expect(population_mix(undefined, { highNeed: 0.1 })).toEqual([]);
    });

    it('does not change the comparison', () => {
      expect(cell(row({ completion: solid }, { population: { highNeed: 0.9 } })).comparison).toBe('better');
    });
  });

  it('given a revision whose first period is the observation’s, the definition changed', () => {
    expect(cell(row({ completion: { ...solid, period: '2025' } })).cautions).toEqual([
      { kind: 'definition-changed', params: { date: '2025-01-01', period: '2025' } },
    ]);
    expect(kinds(row({ completion: solid }))).toEqual([]);
  });

  it('given a revision dated inside the observation’s period, the definition changed', () => {
    const revised: Indicator = { ...completion, revisions: [{ date: '2024-07-01' }] };
    expect(cell(row({ completion: solid }), revised).cautions).toEqual([{ kind: 'definition-changed', params: { date: '2024-07-01' } }]);
  });

  it('given quality flags, warns with the known flags once each', () => {
    const obs = { ...solid, quality: ['late', 'late', 'bogus'] } as Observation;
    expect(cell(row({ completion: obs })).cautions).toEqual([{ kind: 'data-quality', flags: ['late'] }]);
  });

  it('given external factors, warns with each text', () => {
    const factor = { he: 'שריפה במבנה', en: 'Fire in the building' };
    expect(cell(row({ completion: solid }, { externalFactors: [factor, '  '] })).cautions).toEqual([{ kind: 'external-factor', text: factor }]);
  });

  it('lists cautions from most to least severe', () => {
    const r = row(
      { completion: { ...solid, period: '2025', n: 15, quality: ['estimated'] } },
      { isNew: true, population: { highNeed: 0.9 }, externalFactors: ['strike'] },
    );
    expect(kinds(r)).toEqual(['new-operator', 'definition-changed', 'data-quality', 'unstable', 'population-mix', 'external-factor']);
  });

  it('gives one row per operator and one cell per indicator, in input order', () => {
    const rows = [row({ completion: solid }), { ...row({}), operatorId: 'op-2' }];
    const result = comparison_cells(rows, [completion, dropout], benchmark, { rule });
    expect(result.map((r) => [r.operatorId, r.cells.map((c) => `${c.indicatorId}:${c.state}`)])).toEqual([
      ['op-1', ['completion:shown', 'dropout:missing']],
      ['op-2', ['completion:missing', 'dropout:missing']],
    ]);
  });

  it('treats ids like __proto__ as data', () => {
    const proto: Indicator = { ...completion, id: '__proto__' };
    expect(cell(row({}), proto).state).toBe('missing');
    expect(cell(row({ constructor: solid } as never), { ...completion, id: 'toString' }).state).toBe('missing');
  });

  it('given rows or indicators that are not lists, there are no cells', () => {
    expect(comparison_cells(undefined as never, [completion], benchmark, { rule })).toEqual([]);
    expect(comparison_cells([row({})], null as never, benchmark, { rule })).toEqual([]);
    expect(comparison_cells([null, row({ completion: solid })] as never, [completion], null, null as never)).toHaveLength(1);
  });
});

describe('comparison_cautionKinds', () => {
  /** The kinds as a legend would gather them from the cells themselves. */
  const fromCells = (...args: Parameters<typeof comparison_cells>) => {
    const present = new Set(comparison_cells(...args).flatMap((r) => r.cells.flatMap((c) => c.cautions.map((k) => k.kind))));
    return ['suppressed', 'new-operator', 'definition-changed', 'data-quality', 'unstable', 'population-mix', 'external-factor'].filter((k) => present.has(k as never));
  };

  it('names each kind some cell carries, from most to least severe, and none that no cell carries', () => {
    const rows = [
      row({ completion: { ...solid, period: '2025', n: 15, quality: ['estimated'] } }, { population: { highNeed: 0.9 }, externalFactors: ['strike'] }),
      { ...row({ completion: { ...solid, n: 4 } }), operatorId: 'op-2' },
    ];
    expect(comparison_cautionKinds(rows, [completion], benchmark, { rule })).toEqual([
      'suppressed', 'definition-changed', 'data-quality', 'unstable', 'population-mix', 'external-factor',
    ]);
    expect(comparison_cautionKinds([row({ completion: solid })], [completion, dropout], benchmark, { rule })).toEqual([]);
  });

  it('gives a new operator’s kind even when it has no values, but not without indicators', () => {
    expect(comparison_cautionKinds([row({}, { isNew: true })], [dropout], benchmark, { rule })).toEqual(['new-operator']);
    expect(comparison_cautionKinds([row({}, { isNew: true })], [], benchmark, { rule })).toEqual([]);
  });

  it('never reads a hidden value’s other cautions: a suppressed cell is only "suppressed"', () => {
    const hidden = row({ completion: { ...solid, n: 3, quality: ['late'] } }, { population: { highNeed: 0.9 }, externalFactors: ['strike'] });
    expect(comparison_cautionKinds([hidden], [completion], benchmark, { rule })).toEqual(['suppressed']);
  });

  it('for any rows, finds exactly the kinds the cells carry (property)', () => {
    const obs = fc.record(
      {
        period: fc.constantFrom('2024', '2025', '2024-Q3', 'bad', 7),
        value: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(Number.NaN), fc.constant(null)),
        n: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(undefined), fc.constant(-1)),
        interval: fc.constantFrom({ lower: 50, upper: 60 }, { lower: 60, upper: 50 }, undefined),
        quality: fc.constantFrom(undefined, [], ['late'], ['bogus'], ['bogus', 'estimated'], 'late'),
      },
      { requiredKeys: [] },
    );
    const anyRow = fc.oneof(
      fc.record(
        {
          operatorId: fc.oneof(fc.string({ maxLength: 3 }), fc.constant(7)),
          name: fc.constant('x'),
          isNew: fc.oneof(fc.boolean(), fc.constant('yes')),
          population: fc.oneof(fc.constant(undefined), fc.dictionary(fc.constantFrom('highNeed', 'youth', 'other'), fc.double({ min: -0.5, max: 1.5, noNaN: true }))),
          externalFactors: fc.oneof(fc.constant(undefined), fc.array(fc.oneof(fc.constantFrom('', '  ', 'strike'), fc.constant({ en: 'Fire' }), fc.constant(3)), { maxLength: 2 })),
          values: fc.dictionary(fc.constantFrom('completion', 'dropout', 'other', '__proto__'), fc.oneof(obs, fc.constant(null)), { maxKeys: 3 }),
        },
        { requiredKeys: ['operatorId', 'values'] },
      ),
      fc.constantFrom(null, 3, 'row', []),
    );
    fc.assert(
      fc.property(
        fc.array(anyRow, { maxLength: 8 }),
        fc.subarray([completion, dropout, { ...completion, id: 'other', revisions: [{ date: '2024-08-01' }] } as Indicator]),
        fc.oneof(fc.constant(undefined), fc.double({ min: 0, max: 0.6, noNaN: true })),
        (rows, inds, populationThreshold) => {
          const options = { rule, populationThreshold };
          expect(comparison_cautionKinds(rows as OperatorRow[], inds, benchmark, options)).toEqual(fromCells(rows as OperatorRow[], inds, benchmark, options));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('collator_for', () => {
  it('orders by the locale, makes one collator per locale, and takes Hebrew’s for a malformed tag', () => {
    expect(['ב', 'א', 'ג'].sort(collator_for('he').compare)).toEqual(['א', 'ב', 'ג']);
    expect(collator_for('en')).toBe(collator_for('en'));
    expect(collator_for('x--bad' as never).resolvedOptions().locale).toBe(collator_for('he').resolvedOptions().locale);
  });
});

describe('hash_fnv1a', () => {
  it('matches the FNV-1a 32-bit reference vectors', () => {
    // Test vectors from the FNV reference code by Landon Curt Noll (test_fnv.c, FNV1a_32).
    expect(hash_fnv1a('')).toBe(0x811c9dc5);
    expect(hash_fnv1a('a')).toBe(0xe40c292c);
    expect(hash_fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('hashes the UTF-8 bytes of any text, Hebrew, emoji and lone surrogates included', () => {
    const reference = (text: string) => {
      let h = 0x811c9dc5;
      for (const b of new TextEncoder().encode(text)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
      return h;
    };
    expect(hash_fnv1a('עמותה 🙂 \ud800')).toBe(reference('עמותה 🙂 \ud800'));
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(hash_fnv1a(text)).toBe(reference(text));
      }),
    );
  });
});

describe('label_forIndex', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('labels index %i as %s', (i, label) => {
    expect(label_forIndex(i)).toBe(label);
  });

  it('gives no label to a negative or fractional index', () => {
    expect(label_forIndex(-1)).toBe('');
    expect(label_forIndex(1.5)).toBe('');
  });
});

describe('operators_anonymise', () => {
  const named = (i: number, name: string): OperatorRow => ({
    operatorId: `op-${i}`,
    name: { he: `עמותה ${name}`, en: `Charity ${name}` },
    region: `Region ${name}`,
    population: { highNeed: 0.2 },
    externalFactors: [`Strike at ${name}`],
    values: { completion: { ...solid, note: `Director ${name} says hi` } },
  });
  const ids = fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 40 });

  it('labels operators A, B, C… and returns the rows in label order', () => {
    const { rows, mapping } = operators_anonymise([named(1, 'x'), named(2, 'y'), named(3, 'z')], 'seed');
    expect([...mapping.values()].sort()).toEqual(['A', 'B', 'C']);
    expect(rows.map((r) => r.operatorId)).toEqual(['A', 'B', 'C']);
    expect(rows.map((r) => r.name)).toEqual(['A', 'B', 'C']);
  });

  it('gives the same mapping on every call and for any input order', () => {
    fc.assert(
      fc.property(ids, fc.string(), fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (list, seed, random) => {
        const rows = list.map((i) => named(i, String(i)));
        const shuffled = rows.map((r) => ({ r, k: random.next().value })).sort((a, b) => a.k - b.k).map((x) => x.r);
        const first = operators_anonymise(rows, seed);
        expect(operators_anonymise(rows, seed).mapping).toEqual(first.mapping);
        expect(operators_anonymise(shuffled, seed).mapping).toEqual(first.mapping);
        expect(operators_anonymise(shuffled, seed).rows).toEqual(first.rows);
      }),
    );
  });

  it('leaves no name, region, external factor, note or original id anywhere in the rows', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 20 }), fc.string(), (uuids, seed) => {
        const rows = uuids.map((u, i) => ({ ...named(i, u), operatorId: `id-${u}` }));
        const json = JSON.stringify(operators_anonymise(rows, seed).rows);
        for (const u of uuids) expect(json).not.toContain(u);
        expect(json).not.toMatch(/Charity|עמותה|Region|Strike|Director/);
      }),
    );
  });

  it('keeps what a comparison needs: values, population and the new-operator flag', () => {
    const { rows } = operators_anonymise([{ ...named(1, 'x'), isNew: true }]);
    expect(rows[0]).toEqual({ operatorId: 'A', name: 'A', isNew: true, population: { highNeed: 0.2 }, values: { completion: solid } });
  });

  it('gives a different mapping for a different seed', () => {
    const rows = Array.from({ length: 8 }, (_, i) => named(i, String(i)));
    const mappings = ['a', 'b', 'c'].map((seed) => JSON.stringify([...operators_anonymise(rows, seed).mapping]));
    expect(new Set(mappings).size).toBeGreaterThan(1);
  });

  it('given no list, there is nothing to label', () => {
    expect(operators_anonymise(undefined as never)).toEqual({ rows: [], mapping: new Map() });
  });
});

describe('operators_order', () => {
  const op = (id: string, name: string, extra: Partial<OperatorRow> = {}): OperatorRow => ({ operatorId: id, name, values: {}, ...extra });
  const ids = (rows: OperatorRow[]) => rows.map((r) => r.operatorId);

  it('orders by name with the locale’s collation', () => {
    expect(ids(operators_order([op('t', 'תמר'), op('a', 'אלף'), op('b', 'בית')], 'name', 'he'))).toEqual(['a', 'b', 't']);
    // Code-unit order would put "Beta" before "alpha".
    expect(ids(operators_order([op('b', 'Beta'), op('a', 'alpha')], 'name', 'en'))).toEqual(['a', 'b']);
  });

  it('orders by region, then name, with rows without a region last', () => {
    const rows = [op('x', 'Zeta', { region: 'North' }), op('y', 'Alpha'), op('z', 'Beta', { region: 'North' }), op('w', 'Gamma', { region: 'Centre' })];
    expect(ids(operators_order(rows, 'region', 'en'))).toEqual(['w', 'z', 'x', 'y']);
  });

  it('orders by value, then hidden values by name, then new operators apart by name', () => {
    const v = (value: number | null, n = 100) => ({ completion: { period: '2024', value, n } });
    const rows = [
      op('low', 'Delta', { values: v(40) }),
      op('hidden', 'Alpha', { values: v(99, 5) }),
      op('new', 'Zulu', { values: v(100), isNew: true }),
      op('high', 'Echo', { values: v(80) }),
      op('missing', 'Bravo', { values: v(null) }),
      op('new2', 'Charlie', { isNew: true }),
    ];
    const by = { indicatorId: 'completion', direction: 'desc' } as const;
    expect(ids(operators_order(rows, by, 'en', { rule }))).toEqual(['high', 'low', 'hidden', 'missing', 'new2', 'new']);
    expect(ids(operators_order(rows, { ...by, direction: 'asc' }, 'en', { rule }))).toEqual(['low', 'high', 'hidden', 'missing', 'new2', 'new']);
  });

  it('returns a new array and leaves the input as it was', () => {
    const rows = [op('b', 'B'), op('a', 'A')];
    const sorted = operators_order(rows, 'name', 'en');
    expect(sorted).not.toBe(rows);
    expect(ids(rows)).toEqual(['b', 'a']);
  });

  it('given no list, there is nothing to order', () => {
    expect(operators_order(undefined as never, 'name', 'he')).toEqual([]);
  });
});
