import * as React from 'react';
import { describe, it, expect, vi, afterEach } from 'vitest';
import { render, screen, fireEvent, cleanup, within, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import * as fc from 'fast-check';
import type { Indicator, OperatorRow } from '@rechesh/core';
import { OperatorComparisonTable, type OperatorComparisonTableProps } from './OperatorComparisonTable.js';
import {
  comparisonBenchmark,
  eightOperators,
  invalidOperatorComparisonTableExamples as bad,
  manyOperators,
  operatorComparisonTableExamples as ex,
} from './OperatorComparisonTable.examples.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, '');

/** Text and attribute values a person or a screen reader could get (SVG drawing numbers aside). */
function everything(): string {
  const parts: string[] = [document.body.textContent ?? ''];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const svg = el.namespaceURI === 'http://www.w3.org/2000/svg';
    for (const attr of Array.from(el.attributes)) if (!svg || attr.name.startsWith('aria-')) parts.push(attr.value);
  }
  return plain(parts.join('\n'));
}

const table = (props: Omit<OperatorComparisonTableProps, 'ref'>) => render(<OperatorComparisonTable {...props} />);
const grid = () => screen.getByRole('grid');
const rowHeaders = () => within(grid()).queryAllByRole('rowheader').map((h) => plain(h.textContent).replace(/ \(.*\)$/, ''));
const rowOf = (name: string) => within(grid()).getByRole('rowheader', { name: new RegExp(name) }).closest('tr') as HTMLTableRowElement;
const cellOf = (name: string, col: string) => rowOf(name).querySelector(`[data-col="${col}"]`) as HTMLElement;
const live = () => plain(document.querySelector('[aria-live="polite"]')?.textContent);
const en = { ...ex['eight operators on four indicators'], locale: 'en' as const };

afterEach(() => cleanup());

describe('the eight-operator example, in English', () => {
  it('lists established operators by name, never by rank, and new operators apart under their own heading', () => {
    table(en);
    expect(rowHeaders()).toEqual(['Al-Amal', 'Beit Dror', 'Galilee Centre', 'Gesher Association', 'Negev House', 'Neve Shalom', 'Ofek Centre', 'New Way']);
    const section = grid().querySelector('.rch-ct__section');
    expect(plain(section?.textContent)).toBe('New operators: no comparable history yet, so they are not compared');
    expect(rowOf('New Way').compareDocumentPosition(section as Node) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    // No rank numbers anywhere in the operator column.
    for (const name of rowHeaders()) expect(name).not.toMatch(/^\d/);
  });

  it('compares through the interval with polarity: better, worse, and higher/lower/similar without a good direction', () => {
    table(en);
    expect(plain(cellOf('Ofek Centre', 'detox-completion').textContent)).toContain('82.5%');
    expect(cellOf('Ofek Centre', 'detox-completion').querySelector('[data-status]')?.getAttribute('data-status')).toBe('better');
    expect(plain(cellOf('Beit Dror', 'detox-completion').textContent)).toContain('Worse');
    // Readmission is lower-better: Ofek's 13.7% against 18% is better.
    expect(plain(cellOf('Ofek Centre', 'readmission-90').textContent)).toContain('Better');
    // Community referral has no polarity: words without a value judgement.
    const referral = plain(cellOf('Ofek Centre', 'community-referral').textContent);
    expect(referral).toContain('Higher');
    expect(referral).not.toMatch(/Better|Worse/);
  });

  it('does not compare few cases or a new operator, and says so in words', () => {
    table(en);
    expect(plain(cellOf('Neve Shalom', 'detox-completion').textContent)).toContain('Not compared');
    expect(plain(cellOf('Neve Shalom', 'detox-completion').textContent)).toContain('Few cases');
    expect(plain(cellOf('New Way', 'detox-completion').textContent)).toContain('Not compared');
    expect(plain(cellOf('New Way', 'detox-completion').textContent)).toContain('New operator');
  });

  it('shows every caution kind as a badge, and a legend that explains each one present', () => {
    table(en);
    const kinds = new Set(Array.from(grid().querySelectorAll('.rch-ct__badge')).map((b) => b.getAttribute('data-kind')));
    expect([...kinds].sort()).toEqual(['data-quality', 'definition-changed', 'external-factor', 'new-operator', 'population-mix', 'suppressed', 'unstable']);
    const legend = screen.getByRole('region', { name: 'How to read this table' });
    for (const word of ['Hidden', 'New operator', 'Definition changed', 'Data quality', 'Few cases', 'Population mix', 'External factor']) {
      expect(legend.textContent).toContain(word);
    }
    expect(legend.textContent).toContain('National average');
  });

  it('hides a value from too few cases everywhere: its value, n and interval are in neither the page nor its attributes', () => {
    const onExport = vi.fn();
    table({ ...en, onExport });
    const cell = cellOf('Gesher Association', 'readmission-90');
    expect(plain(cell.textContent)).toContain('Too few cases to show');
    expect(cell.getAttribute('data-state')).toBe('suppressed');
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    fireEvent.click(within(cell).getByRole('button'));
    const text = everything();
    expect(text).not.toContain('16.7'); // 1 of 6
    expect(text).not.toContain('n = 6');
    const csv = onExport.mock.calls[0]?.[0] as string;
    expect(csv).not.toContain('16.7');
    expect(csv.split('\r\n').find((l) => l.startsWith('Gesher'))).toContain('Too few cases to show');
  });

  it('explains a cell\'s cautions in a dialog with the numbers and the data owner\'s words, and returns focus on close', () => {
    table(en);
    const button = within(cellOf('Galilee Centre', 'detox-completion')).getByRole('button');
    expect(plain(button.textContent)).toBe('1 caution: External factor (details)');
    button.focus();
    fireEvent.click(button);
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('Cautions: Galilee Centre, Patients who completed physiological detox');
    expect(dialog.textContent).toContain('The ward was renovated and ran at half capacity this quarter');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(document.activeElement).toBe(button);

    fireEvent.click(within(cellOf('Beit Dror', 'detox-completion')).getByRole('button'));
    expect(plain(screen.getByRole('dialog').textContent)).toContain('High-need patients: 48% of this operator’s population against 30% in the benchmark population');
  });

  it('sorts by a value on request, announces it as not a ranking, shows intervals, and keeps hidden values and new operators out of the order', () => {
    table(en);
    expect(grid().querySelector('.rch-ct__sub')?.textContent ?? '').not.toContain('CI');
    const header = screen.getByRole('columnheader', { name: /Readmission/ });
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(live()).toContain('Sorted by Readmission for detox within 90 days, ascending.');
    expect(live()).toContain('this is not a ranking');
    const names = rowHeaders();
    // Gesher's readmission is hidden: last of the established ones, whatever the direction; New Way stays apart.
    expect(names.slice(-2)).toEqual(['Gesher Association', 'New Way']);
    expect(plain(cellOf('Ofek Centre', 'readmission-90').textContent)).toMatch(/95% CI \d/);
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(rowHeaders().slice(-2)).toEqual(['Gesher Association', 'New Way']);
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBeNull();
    expect(live()).toBe('In the default order, by Operator.');
    expect(rowHeaders()[0]).toBe('Al-Amal');
  });

  it('filters by name or region and says how many are shown', () => {
    table(en);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter operators' }), { target: { value: 'north' } });
    expect(rowHeaders()).toEqual(['Galilee Centre', 'Ofek Centre']);
    expect(screen.getByRole('status').textContent).toBe('Showing 2 of 8 operators.');
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'zzz' } });
    expect(grid().textContent).toContain('No operator matches the filter.');
  });

  it('groups by region with a heading row per region and counts', () => {
    table({ ...en, defaultGroupByRegion: true });
    const groups = Array.from(grid().querySelectorAll('.rch-ct__group')).map((g) => plain(g.textContent));
    expect(groups).toEqual(['Centre: 1 operators', 'Jerusalem: 2 operators', 'North: 2 operators', 'South: 2 operators']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Group by region' }));
    expect(grid().querySelectorAll('.rch-ct__group').length).toBe(0);
  });

  it('hides and shows columns', () => {
    table(en);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Days waiting for admission (median)' }));
    expect(screen.queryByRole('columnheader', { name: /Days waiting/ })).toBeNull();
    expect(grid().getAttribute('aria-colcount')).toBe('5');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Region' }));
    expect(screen.queryByRole('columnheader', { name: 'Region' })).toBeNull();
  });

  it('selects an operator by click or Space and reports its id', () => {
    const onChange = vi.fn();
    table({ ...en, onSelectedIdChange: onChange });
    fireEvent.click(within(rowOf('Ofek Centre')).getByRole('rowheader'));
    expect(onChange).toHaveBeenLastCalledWith('op-01');
    expect(rowOf('Ofek Centre').getAttribute('aria-selected')).toBe('true');
    expect(rowOf('Al-Amal').getAttribute('aria-selected')).toBe('false');
    const header = within(rowOf('Beit Dror')).getByRole('rowheader');
    fireEvent.focus(header);
    fireEvent.keyDown(header, { key: ' ' });
    expect(onChange).toHaveBeenLastCalledWith('op-02');
  });

  it('moves one tab stop with the arrow keys, mirrored in right-to-left', () => {
    table(en);
    const first = within(grid()).getAllByRole('columnheader')[0]!.querySelector('button') as HTMLElement;
    expect(first.tabIndex).toBe(0);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(plain(document.activeElement?.textContent)).toBe('Al-Amal');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-col')).toBe('region');
    expect(grid().querySelectorAll('[tabindex="0"]').length).toBe(1);
    cleanup();
    table({ ...ex['eight operators on four indicators'], locale: 'he' });
    const start = within(grid()).getAllByRole('columnheader')[0]!.querySelector('button') as HTMLElement;
    start.focus();
    fireEvent.keyDown(start, { key: 'ArrowLeft' });
    expect(document.activeElement?.closest('[data-col]')?.getAttribute('data-col')).toBe('region');
    fireEvent.keyDown(document.activeElement as Element, { key: 'End', ctrlKey: true });
    expect(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex')).toBe(grid().getAttribute('aria-rowcount'));
  });
});

describe('anonymised mode', () => {
  it('shows labels A… in label order, no names, regions or free text anywhere, and the CSV follows', () => {
    const onExport = vi.fn();
    const onChange = vi.fn();
    table({ ...ex['anonymised for publication'], locale: 'en', onExport, onSelectedIdChange: onChange });
    expect(rowHeaders().slice(0, -1)).toEqual([...rowHeaders().slice(0, -1)].sort());
    expect(rowHeaders().every((n) => /^[A-H]$/.test(n))).toBe(true);
    expect(screen.queryByRole('columnheader', { name: 'Region' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const csv = onExport.mock.calls[0]?.[0] as string;
    const text = everything() + csv;
    for (const o of eightOperators) {
      expect(text).not.toContain((o.name as { en: string }).en);
      expect(text).not.toContain(o.operatorId);
    }
    expect(text).not.toContain('renovated');
    expect(text).not.toContain('North');
    // Selection still reports the real id to the portal (its own data), never into the page.
    fireEvent.click(within(grid()).getAllByRole('rowheader')[0]!);
    expect(onChange.mock.calls[0]?.[0]).toMatch(/^op-0\d$/);
  });

  it('keeps the same labels whatever the input order', () => {
    const labels = () => Object.fromEntries(Array.from(grid().querySelectorAll('th[scope="row"]')).map((th) => [th.textContent, plain(th.closest('tr')?.querySelector('[data-col="detox-completion"]')?.textContent)]));
    table({ ...ex['anonymised for publication'], locale: 'en' });
    const a = labels();
    cleanup();
    table({ ...ex['anonymised for publication'], locale: 'en', operators: [...eightOperators].reverse() });
    expect(labels()).toEqual(a);
  });
});

describe('review fixes', () => {
  it('an anonymised page never names an operator, even in its error panel', () => {
    table({ ...ex['anonymised for publication'], locale: 'en', operators: [eightOperators[0]!, { ...eightOperators[1]!, operatorId: 'op-01' }] });
    const panel = screen.getByRole('group', { name: /cannot be shown/ });
    expect(plain(panel.textContent)).toContain('operators[1].operatorId');
    expect(everything()).not.toContain('op-01');
  });

  it('hiding the sorted column goes back to the default order, so the sort can always be undone', () => {
    table({ ...en, defaultSort: { columnId: 'detox-completion', desc: true } });
    expect(screen.queryByText(/this is not a ranking/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Patients who completed physiological detox' }));
    expect(screen.queryByText(/this is not a ranking/)).toBeNull();
    expect(rowHeaders()[0]).toBe('Al-Amal');
    expect((screen.getByRole('checkbox', { name: 'Show confidence intervals' }) as HTMLInputElement).disabled).toBe(false);
  });

  it('counts the "nothing matches" row in aria-rowcount', () => {
    table(en);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'zzzz' } });
    const last = Array.from(grid().querySelectorAll('tr[aria-rowindex]')).pop();
    expect(grid().getAttribute('aria-rowcount')).toBe(last?.getAttribute('aria-rowindex'));
  });

  it('writes the caution words of the table\'s language in the CSV', () => {
    const onExport = vi.fn();
    table({ ...ex['eight operators on four indicators'], locale: 'he', onExport });
    fireEvent.click(screen.getByRole('button', { name: 'הורדת CSV' }));
    const csv = onExport.mock.calls[0]?.[0] as string;
    expect(csv).toContain('הרכב אוכלוסייה');
    expect(csv).not.toContain('population-mix');
  });
});

describe('languages', () => {
  it('speaks Hebrew and Arabic, right to left, with numbers isolated', () => {
    table({ ...ex['eight operators on four indicators'], locale: 'he' });
    expect(screen.getByRole('region', { name: /מפעילים/ }).getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('button', { name: 'הורדת CSV' })).toBeTruthy();
    expect(cellOf('מרכז אופק', 'detox-completion').querySelector('bdi')).toBeTruthy();
    cleanup();
    table({ ...ex['eight operators on four indicators'], locale: 'ar' });
    expect(screen.getByRole('columnheader', { name: 'المنطقة' })).toBeTruthy();
    expect(grid().textContent).toContain('مشغّلون جدد');
  });
});

describe('bad input', () => {
  it('shows a localized error panel naming each problem', () => {
    table({ ...(bad['a duplicate id, n below zero, a share above 1'] as unknown as OperatorComparisonTableProps), locale: 'en' });
    const panel = screen.getByRole('group', { name: /cannot be shown/ });
    const text = plain(panel.textContent);
    expect(text).toContain('operators[1].operatorId');
    expect(text).toContain('op-01');
    expect(text).toContain('operators[2].population.highNeed');
    expect(text).toContain('operators[2].values.detox-completion.n');
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('an empty list says there is nothing to compare yet', () => {
    table({ ...ex['no operators yet'], locale: 'en' });
    expect(grid().textContent).toContain('There are no operators to compare yet.');
  });

  it('never throws for random malformed props: a table or an error panel, always', () => {
    const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.double(), fc.string(), fc.boolean(), fc.constant({}), fc.constant([]), fc.constant(Number.NaN));
    const row = fc.record(
      {
        operatorId: fc.oneof(fc.string({ maxLength: 4 }), junk),
        name: fc.oneof(fc.string({ maxLength: 8 }), junk),
        region: fc.oneof(fc.string({ maxLength: 4 }), junk),
        isNew: fc.oneof(fc.boolean(), junk),
        population: fc.oneof(fc.dictionary(fc.string({ maxLength: 3 }), fc.oneof(fc.double(), junk)), junk),
        values: fc.oneof(
          fc.dictionary(
            fc.constantFrom('detox-completion', 'readmission-90', 'intake-days', 'x'),
            fc.oneof(fc.record({ period: fc.oneof(fc.constant('2025-Q3'), junk), value: fc.oneof(fc.double(), junk), n: fc.oneof(fc.integer({ min: -5, max: 500 }), junk) }, { requiredKeys: [] }), junk),
          ),
          junk,
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(row, { maxLength: 6 }), junk), fc.oneof(fc.constant(comparisonBenchmark), junk), (operators, benchmark) => {
        const { container, unmount } = render(
          <OperatorComparisonTable locale="en" indicators={ex['eight operators on four indicators'].indicators} operators={operators as never} benchmark={benchmark as never} />,
        );
        expect(container.querySelector('[role="grid"], .rch-error')).toBeTruthy();
        unmount();
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('never lets a suppressed value reach the page, its attributes, a dialog or the CSV, for any data', () => {
    const indicator: Indicator = { id: 'x', name: 'X', kind: 'outcome', unit: 'percent', polarity: 'higher-better', decimals: 3 };
    fc.assert(
      fc.property(
        fc.array(fc.record({ n: fc.integer({ min: 0, max: 60 }), k: fc.integer({ min: 0, max: 999 }), isNew: fc.boolean(), quality: fc.boolean() }), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (specs, anonymise) => {
          const onExport = vi.fn();
          // Suppressed values (n < 10) are 7.1xx; shown ones are whole numbers: any "7.1" is a leak.
          const operators: OperatorRow[] = specs.map((spec, i) => ({
            operatorId: `id-${i}`,
            name: `Op ${i}`,
            isNew: spec.isNew,
            values: {
              x: {
                period: '2025',
                value: spec.n < 10 ? 7.1 + spec.k / 10_000 : 40 + (spec.k % 50),
                n: spec.n,
                interval: spec.n < 10 ? { lower: 7.1, upper: 7.19 } : { lower: 30, upper: 60 },
                quality: spec.quality ? ['estimated'] : undefined,
              },
            },
          }));
          const { unmount } = render(
            <OperatorComparisonTable locale="en" indicators={[indicator]} operators={operators} benchmark={{ x: { value: 45, label: 'B' } }} anonymise={anonymise} onExport={onExport} defaultShowIntervals />,
          );
          fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
          for (const b of within(grid()).queryAllByRole('button', { name: /caution/ })) {
            fireEvent.click(b);
          }
          const csv = onExport.mock.calls[0]?.[0] as string;
          expect(everything()).not.toMatch(/7\.1/);
          expect(csv).not.toMatch(/7\.1/);
          unmount();
        },
      ),
      { numRuns: 40 },
    );
  }, 30_000);
});

describe('large lists', () => {
  it('renders only the rows in view of 5,000 operators but tells assistive technology the full count', () => {
    // Before layout (here, on the server) the first screenful is rendered; the browser test scrolls.
    const html = renderToString(<OperatorComparisonTable {...en} operators={manyOperators(5000)} />);
    const rendered = html.match(/<tr aria-rowindex=/g)?.length ?? 0;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(200);
    // Header + 4,900 established + the new-operators heading + 100 new.
    expect(html).toContain('aria-rowcount="5002"');
  });

  it('explains the badges of a long table too (worked out after the first paint) and exports every row', async () => {
    const onExport = vi.fn();
    table({ ...en, operators: manyOperators(400), onExport });
    const legend = screen.getByRole('region', { name: 'How to read this table' });
    await waitFor(() => expect(legend.textContent).toContain('Hidden'));
    expect(legend.textContent).toContain('Definition changed');
    expect(legend.textContent).toContain('New operator');
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const lines = (onExport.mock.calls[0]?.[0] as string).split('\r\n').filter((l) => l !== '');
    expect(lines.length).toBe(401); // header + 400 operators
  });
});
