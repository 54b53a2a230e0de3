import { describe, it, expect } from 'vitest';
import * as fc from 'fast-check';
import { rows_sorted, type TableRow } from './model.js';

/** A stand-in row: a name, a region and one indicator's shown value (undefined when hidden or missing). */
const row = (name: string, region: string, v: number | undefined): TableRow =>
  ({ key: name, operatorId: name, row: {} as never, name, region, cells: {}, value: () => v }) as TableRow;

/**
 * The order TanStack Table's sorted row model gave (with `sortUndefined: 'last'`): a row without a
 * value last in both directions, the comparison turned round for descending, ties by position.
 */
function reference(rows: readonly TableRow[], id: string, desc: boolean, collator: Intl.Collator): TableRow[] {
  const key = (r: TableRow) => (id === 'name' ? r.name : id === 'region' ? r.region || undefined : r.value(id));
  return rows
    .map((r, i) => ({ r, i, k: key(r) }))
    .sort((a, b) => {
      if (a.k === undefined || b.k === undefined) return (a.k === undefined ? 1 : 0) - (b.k === undefined ? 1 : 0) || a.i - b.i;
      const c = typeof a.k === 'number' ? a.k - (b.k as number) : collator.compare(a.k, b.k as string);
      return (desc ? -c : c) || a.i - b.i;
    })
    .map((x) => x.r);
}

describe('rows_sorted', () => {
  const collator = new Intl.Collator('he');
  const rows = fc.array(
    fc.record({
      name: fc.constantFrom('אבן', 'Beit', 'גל', 'דרור', 'Ela', 'זית', 'אבן'),
      region: fc.constantFrom('', 'צפון', 'דרום', 'North'),
      value: fc.option(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1, max: 1, noNaN: true })), { nil: undefined }),
    }),
    { maxLength: 60 },
  );
  it('gives the order the TanStack comparator gave, for names, regions and values, in both directions', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom('name', 'region', 'v'), fc.boolean(), (list, id, desc) => {
        const table = list.map((x) => row(x.name, x.region, x.value));
        expect(rows_sorted(table, { id, desc }, collator)).toEqual(reference(table, id, desc, collator));
      }),
      { numRuns: 300 },
    );
  });
  it('keeps rows without a value last, and ties in their first order, when descending', () => {
    const table = [row('a', '', 2), row('b', '', undefined), row('c', '', 5), row('d', '', 2), row('e', '', undefined)];
    expect(rows_sorted(table, { id: 'v', desc: true }, collator).map((r) => r.name)).toEqual(['c', 'a', 'd', 'b', 'e']);
    expect(rows_sorted(table, undefined, collator)).toBe(table);
  });
});
