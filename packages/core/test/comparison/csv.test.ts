import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { comparison_csv, csv_neutralise, csv_number, csv_quote, type CsvOptions } from '../../src/comparison/csv.js';
import { comparison_cells, operators_anonymise, type OperatorBenchmark, type OperatorRow } from '../../src/comparison/operators.js';
import type { Indicator, Observation } from '../../src/schema/types.js';

/**
 * A strict RFC 4180 reader: fields separated by `sep`, records ended by CRLF, quoted fields may
 * hold the separator, CR, LF and doubled quotes. A bare CR or LF, or a quote inside an unquoted
 * field, is an error — so a test passes only when the writer follows the RFC.
 */
function csv_parse(text: string, sep: ',' | ';' = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== sep && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === sep) i++;
    else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else if (i < text.length) throw new Error(`bare line break or stray character at ${i}`);
  }
  if (record.length > 0) throw new Error('last record has no CRLF');
  return records;
}

/** The records of a CSV written by `comparison_csv`, without its byte-order mark. */
function records(csv: string, sep: ',' | ';' = ','): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return csv_parse(csv.slice(1), sep);
}

const completion: Indicator = { id: 'completion', name: { he: 'השלמת גמילה', en: 'Completion' }, kind: 'outcome', unit: 'percent', polarity: 'higher-better' };
const dropout: Indicator = { id: 'dropout', name: 'Dropout', kind: 'outcome', unit: 'percent', polarity: 'lower-better' };
const indicators = [completion, dropout];
const benchmark: Record<string, OperatorBenchmark> = {
  completion: { value: 55, label: 'national', population: { highNeed: 0.3 } },
  dropout: { value: 20, label: 'national' },
};
const rule = { minN: 10, unstableN: 20 };
const rows: OperatorRow[] = [
  {
    operatorId: 'or',
    name: { he: 'עמותת אור', en: 'Or charity' },
    region: { he: 'צפון', en: 'North' },
    population: { highNeed: 0.6 },
    values: {
      completion: { period: '2024', value: 62.5, n: 240, interval: { lower: 58.25, upper: 66.75 } },
      dropout: { period: '2024', value: -3.5, n: 15 },
    },
  },
  { operatorId: 'tiny', name: 'Tiny, "small" one', values: { completion: { period: '2024', value: 77.7, n: 4, interval: { lower: 31.1, upper: 99.9 } } } },
];
const write = (r: OperatorRow[], options: Partial<CsvOptions> = {}) =>
  comparison_csv(r, indicators, comparison_cells(r, indicators, benchmark, { rule, populationThreshold: 0.1 }), { locale: 'en', ...options });
const columns = ['value', 'n', 'lower', 'upper', 'comparison', 'cautions'];

describe('comparison_csv', () => {
  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    const csv = write(rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').replace(/"[^"]*"/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes a header, then name, region and six fields per indicator for each operator', () => {
    expect(records(write(rows))).toEqual([
      ['operator', 'region', ...columns.map((c) => `Completion: ${c}`), ...columns.map((c) => `Dropout: ${c}`)],
      ['Or charity', 'North', '62.5', '240', '58.25', '66.75', 'better', 'population-mix', '-3.5', '15', '', '', 'not-comparable', 'unstable'],
      ['Tiny, "small" one', '', 'suppressed', '', '', '', 'not-comparable', 'suppressed', '', '', '', '', 'not-comparable', ''],
    ]);
  });

  it('writes the negative numbers it formats itself as plain, unquoted numbers', () => {
    expect(write(rows)).toContain(',-3.5,15,');
  });

  it('never writes a suppressed value, its n or its interval, for any input', () => {
    const suppressedRow = fc.record({
      value: fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      n: fc.integer({ min: 0, max: rule.minN - 1 }),
      lower: fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      width: fc.double({ min: 0, max: 1e9, noNaN: true }),
      useDenominator: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(suppressedRow, { minLength: 1, maxLength: 8 }), fc.boolean(), (specs, anonymised) => {
        const input: OperatorRow[] = specs.map((s, i) => {
          const obs: Observation = s.useDenominator
            ? { period: '2024', value: s.value, denominator: s.n, numerator: 0 }
            : { period: '2024', value: s.value, n: s.n, interval: { lower: s.lower, upper: s.lower + s.width } };
          return { operatorId: `op${i}`, name: `Operator ${'x'.repeat(i + 1)}`, region: 'Somewhere', values: { completion: obs, dropout: obs } };
        });
        const csv = write(input, { anonymised });
        const [, ...data] = records(csv);
        expect(data).toHaveLength(input.length);
        for (const record of data) {
          expect(record.slice(2, 6)).toEqual(['suppressed', '', '', '']);
          expect(record.slice(8, 12)).toEqual(['suppressed', '', '', '']);
        }
        // Names, words and labels here have no digits, so any digit in the data would be a leak.
        expect(data.flat().join('|')).not.toMatch(/\d/);
      }),
    );
  });

  it('neutralises every text cell that could start a formula, for any text', () => {
    const danger = /^[=+\-@\t\r]/;
    const text = fc.oneof(fc.string(), fc.constantFrom('=1+1', '+1', '-2', '@SUM(A1)', '\t=x', '\r=x', '=HYPERLINK("http://x")'));
    fc.assert(
      fc.property(text, text, text, text, text, (name, region, indicatorName, suppressedText, header) => {
        const r: OperatorRow[] = [{ operatorId: 'a', name, region, values: { completion: { period: '2024', value: 1, n: 2 } } }];
        const ind: Indicator[] = [{ ...completion, name: indicatorName }];
        const cells = comparison_cells(r, ind, benchmark, { rule });
        const csv = comparison_csv(r, ind, cells, { locale: 'en', suppressedText, headers: { operator: header }, comparisonText: { 'not-comparable': header } });
        const parsed = records(csv);
        for (const cell of parsed.flat()) expect(cell).not.toMatch(danger);
        const expected = (s: string) => (danger.test(s) ? `'${s}` : s);
        expect(parsed[1]!.slice(0, 3)).toEqual([expected(name), expected(region), expected(suppressedText)]);
        expect(parsed[0]![0]).toBe(expected(header));
      }),
    );
  });

  it('quotes fields as RFC 4180 asks, so any text reads back as it was written', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('a', ',', ';', '"', '\r', '\n', ' ', 'א') }));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 5 }), fc.constantFrom<',' | ';'>(',', ';'), (names, separator) => {
        const r: OperatorRow[] = names.map(([name, region], i) => ({ operatorId: `op${i}`, name, region, values: {} }));
        const parsed = records(write(r, { separator }), separator);
        expect(parsed).toHaveLength(r.length + 1);
        parsed.forEach((record) => expect(record).toHaveLength(2 + 6 * indicators.length));
        names.forEach(([name, region], i) => expect(parsed[i + 1]!.slice(0, 2)).toEqual([csv_neutralise(name), csv_neutralise(region)]));
      }),
    );
  });

  it('with a semicolon separator, quotes semicolons and leaves commas alone', () => {
    const csv = write([{ operatorId: 'x', name: 'a;b, c', values: {} }], { separator: ';' });
    expect(csv).toContain('\r\n"a;b, c";;');
  });

  it('writes localized words and names in the locale asked for', () => {
    const csv = write(rows, {
      locale: 'he',
      suppressedText: 'מעט מדי מקרים',
      headers: { operator: 'מפעיל', region: 'אזור', value: 'ערך' },
      comparisonText: { better: 'טוב יותר' },
    });
    const [header, or, tiny] = records(csv);
    expect(header!.slice(0, 3)).toEqual(['מפעיל', 'אזור', 'השלמת גמילה: ערך']);
    expect(or!.slice(0, 3)).toEqual(['עמותת אור', 'צפון', '62.5']);
    expect(or![6]).toBe('טוב יותר');
    expect(tiny![2]).toBe('מעט מדי מקרים');
  });

  describe('anonymised', () => {
    it('writes labels instead of names, no regions, and lists rows in label order', () => {
      const mapping = operators_anonymise(rows, 'seed').mapping;
      const [, ...data] = records(write(rows, { anonymised: true, seed: 'seed' }));
      expect(data.map((r) => r.slice(0, 2))).toEqual([['A', ''], ['B', '']]);
      const or = data.find((r) => r[0] === mapping.get('or'))!;
      expect(or.slice(2, 4)).toEqual(['62.5', '240']);
      expect(JSON.stringify(data)).not.toMatch(/Or charity|North|Tiny/);
    });

    it('uses the labels it is given and leaves out rows without one', () => {
      const [, ...data] = records(write(rows, { anonymised: true, labels: new Map([['tiny', 'Q']]) }));
      expect(data.map((r) => r[0])).toEqual(['Q']);
    });
  });

  it('given an operator without cells, leaves its fields empty', () => {
    const csv = comparison_csv(rows, indicators, [], { locale: 'en' });
    expect(records(csv)[1]!.slice(2)).toEqual(Array(12).fill(''));
  });

  it('never writes the numbers of a cell that is not shown, even if a caller put them there', () => {
    const forged = [{ operatorId: 'or', cells: [{ indicatorId: 'completion', state: 'suppressed' as const, value: 12, n: 3, interval: { lower: 1, upper: 30 }, comparison: 'not-comparable' as const, cautions: [] }] }];
    expect(records(comparison_csv(rows.slice(0, 1), [completion], forged, { locale: 'en' }))[1]).toEqual(['Or charity', 'North', 'suppressed', '', '', '', 'not-comparable', '']);
  });

  it('given no rows or indicators, writes just the header', () => {
    expect(comparison_csv(undefined as never, undefined as never, undefined as never, { locale: 'en' })).toBe('\uFEFFoperator,region\r\n');
  });
});

describe('csv_number', () => {
  it.each([
    [62.5, '62.5'],
    [-3.5, '-3.5'],
    [0.1 + 0.2, '0.3'],
    [-0, '0'],
    [-1e-12, '0'],
    [1.5e-7, '0.00000015'],
    [1e21, '1000000000000000000000'],
    [1234567.891, '1234567.891'],
    [NaN, ''],
    [Infinity, ''],
  ])('writes %s as %s', (x, s) => {
    expect(csv_number(x)).toBe(s);
  });
});

describe('csv_neutralise', () => {
  it.each(['=1+1', '+1', '-1', '@A1', '\tx', '\rx'])('prefixes %j with an apostrophe', (s) => {
    expect(csv_neutralise(s)).toBe(`'${s}`);
  });

  it('leaves other text alone', () => {
    expect(csv_neutralise('עמותה = טובה')).toBe('עמותה = טובה');
    expect(csv_neutralise('')).toBe('');
  });
});

describe('csv_quote', () => {
  it.each([
    ['plain', ',', 'plain'],
    ['a,b', ',', '"a,b"'],
    ['a,b', ';', 'a,b'],
    ['a;b', ';', '"a;b"'],
    ['say "hi"', ',', '"say ""hi"""'],
    ['two\nlines', ',', '"two\nlines"'],
    ['cr\r', ',', '"cr\r"'],
  ] as const)('quotes %j with separator %j as %j', (field, sep, out) => {
    expect(csv_quote(field, sep)).toBe(out);
  });
});
