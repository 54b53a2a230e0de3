/** OperatorComparisonTable in real Chromium: keyboard grid journey, sorting announcements, CSV, RTL geometry, virtualization. */
import * as React from 'react';
import { describe, it, expect, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { userEvent, page } from 'vitest/browser';
import { OperatorComparisonTable } from './OperatorComparisonTable.js';
import { FunnelPlot } from '../FunnelPlot/FunnelPlot.js';
import { eightOperators, manyOperators, operatorComparisonTableExamples as ex } from './OperatorComparisonTable.examples.js';
import { detoxCompletion } from '../../indicators/IndicatorCard/IndicatorCard.examples.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '');
const live = () => plain(document.querySelector('.rch-ct [aria-live="polite"]')?.textContent);
const activeCell = () => (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-rc]');
const activeText = () => plain(activeCell()?.textContent);
const rect = (el: Element | null | undefined) => (el as Element).getBoundingClientRect();

describe('a keyboard user', () => {
  it('tabs into the grid, moves by arrows, sorts from a header, opens a cell\'s cautions and comes back', async () => {
    await render(
      <div>
        <button type="button">before</button>
        <OperatorComparisonTable {...ex['eight operators on four indicators']} locale="en" />
      </div>,
    );
    (document.querySelector('button') as HTMLButtonElement).focus();
    // Through the toolbar (filter, two checkboxes, columns, download) into the grid: one tab stop.
    for (let i = 0; i < 6; i += 1) await userEvent.keyboard('{Tab}');
    expect(activeCell()?.getAttribute('data-rc')).toBe('0:0');
    await userEvent.keyboard('{Tab}');
    expect(activeCell()).toBeFalsy(); // one Tab leaves the grid again
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{ArrowDown}');
    expect(activeText()).toBe('Al-Amal');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(activeCell()?.getAttribute('data-col')).toBe('detox-completion');
    // Up to the header and sort by it with Enter: announced, with the "not a ranking" caveat.
    await userEvent.keyboard('{ArrowUp}{Enter}');
    expect(document.querySelector('th[data-col="detox-completion"]')?.getAttribute('aria-sort')).toBe('ascending');
    expect(live()).toContain('Sorted by Patients who completed physiological detox, ascending.');
    expect(live()).toContain('this is not a ranking');
    await userEvent.keyboard('{Enter}');
    expect(live()).toContain('descending');
    // Largest first: Ofek Centre (82.5%).
    await userEvent.keyboard('{ArrowDown}{Home}');
    expect(activeText()).toBe('Ofek Centre');
    // Find Galilee Centre's detox cell (an external-factor badge), open and close its explanation.
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    for (let i = 0; i < 8 && !activeText().startsWith('Galilee'); i += 1) await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement?.tagName).toBe('BUTTON');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('dialog')).toBeVisible();
    expect(document.querySelector('dialog')?.textContent).toContain('The ward was renovated');
    await userEvent.keyboard('{Escape}');
    expect(document.querySelector('dialog')?.open).toBe(false);
    expect(activeCell()?.getAttribute('data-col')).toBe('detox-completion');
    expect(document.querySelectorAll('.rch-ct__grid [tabindex="0"]').length).toBe(1);
  });

  it('selects with Space, and the funnel plot beside it follows the same selection', async () => {
    function Linked() {
      const [selected, setSelected] = React.useState<string | null>(null);
      const ops = eightOperators.flatMap((o) => {
        const v = o.values['detox-completion'];
        return v?.numerator !== undefined && v.n !== undefined ? [{ id: o.operatorId, label: o.name, events: v.numerator, n: v.n, isNew: o.isNew }] : [];
      });
      return (
        <>
          <OperatorComparisonTable {...ex['eight operators on four indicators']} locale="en" selectedId={selected} onSelectedIdChange={setSelected} />
          <FunnelPlot locale="en" indicator={detoxCompletion} operators={ops} benchmark={{ value: 70, label: 'National average' }} selectedId={selected} onSelectedIdChange={setSelected} width={600} />
        </>
      );
    }
    await render(<Linked />);
    (document.querySelector('th[data-col="name"] button') as HTMLButtonElement).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ }');
    const row = activeCell()?.closest('tr');
    expect(row?.getAttribute('aria-selected')).toBe('true');
    expect(document.querySelector('.rch-funnel__point[data-selected]')).toBeTruthy();
    // Beit Dror (second by name) is selected in both.
    expect(plain(row?.querySelector('th')?.textContent)).toContain('Beit Dror');
    // Beit Dror is outside the limits, so its funnel point carries its name.
    expect(plain(document.querySelector('.rch-funnel__point[data-selected] text')?.textContent)).toBe('Beit Dror');
  });
});

describe('CSV download', () => {
  it('downloads a file with no suppressed value and no live formula', async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const operators = [
      ...eightOperators,
      { ...eightOperators[0]!, operatorId: 'evil', name: '=HYPERLINK("http://x","click")', region: '+cmd' },
    ];
    await render(<OperatorComparisonTable {...ex['eight operators on four indicators']} operators={operators} locale="en" />);
    await page.getByRole('button', { name: 'Download CSV' }).click();
    expect(blobs.length).toBe(1);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, so Excel reads Hebrew
    const text = new TextDecoder().decode(bytes);
    const lines = text.split('\r\n');
    const gesher = lines.find((l) => l.startsWith('Gesher'));
    expect(gesher).toContain('Too few cases to show');
    expect(text).not.toContain('16.7');
    expect(lines.find((l) => l.includes('HYPERLINK'))).toMatch(/^"'=HYPERLINK/);
    expect(lines.find((l) => l.includes('cmd'))).toContain(",'+cmd,");
    expect(click).toHaveBeenCalled();
    create.mockRestore();
    click.mockRestore();
  });
});

describe('RTL geometry', () => {
  it('in Hebrew the operator column is at the right, numbers align to the left end, and the first column sticks when scrolled', async () => {
    await render(
      <div style={{ inlineSize: '520px' }}>
        <OperatorComparisonTable {...ex['eight operators on four indicators']} locale="he" />
      </div>,
    );
    const name = document.querySelector('th[data-col="name"]');
    const region = document.querySelector('th[data-col="region"]');
    expect(rect(name).left).toBeGreaterThan(rect(region).left);
    const cell = document.querySelector('td[data-col="detox-completion"]') as HTMLElement;
    const value = cell.querySelector('.rch-ct__value bdi') as HTMLElement;
    expect(rect(value).left - rect(cell).left).toBeLessThan(rect(cell).right - rect(value).right);
    const scroller = document.querySelector('.rch-ct__scroll') as HTMLElement;
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    const before = rect(name).right;
    scroller.scrollLeft = -200; // RTL scrolls toward negative offsets
    await new Promise((r) => requestAnimationFrame(r));
    expect(Math.abs(rect(name).right - before)).toBeLessThan(1);
    expect(rect(document.querySelector('tbody th[data-col="name"]')).right).toBeCloseTo(before, 0);
  });

  it('in English the operator column is at the left', async () => {
    await render(<OperatorComparisonTable {...ex['eight operators on four indicators']} locale="en" />);
    expect(rect(document.querySelector('th[data-col="name"]')).left).toBeLessThan(rect(document.querySelector('th[data-col="region"]')).left);
  });
});

describe('5,000 operators', () => {
  // First of the long tables in this file: the virtualizer is downloaded once per page, so only
  // here does it come in after the first render.
  it('keeps the cell a keyboard user is on when the virtualizer comes in after the first paint', async () => {
    await render(<OperatorComparisonTable {...ex['eight operators on four indicators']} operators={manyOperators(5000)} locale="en" maxHeight={480} />);
    const rows = () => document.querySelectorAll('.rch-ct__grid tbody tr[aria-rowindex]').length;
    const before = rows();
    // At once, before the virtualizer is in: onto the grid and down to the third operator.
    (document.querySelector('th[data-col="name"] button') as HTMLButtonElement).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    const cell = document.activeElement;
    expect(cell?.closest('tr')?.getAttribute('aria-rowindex')).toBe('4');
    // A short scroll, with that row still in view: once the virtualizer is in, more rows are drawn below.
    const scroller = document.querySelector('.rch-ct__scroll') as HTMLElement;
    await expect
      .poll(async () => {
        scroller.scrollTop = 150;
        await new Promise((r) => setTimeout(r, 50));
        return rows();
      })
      .toBeGreaterThan(before);
    // The same element, still focused: the swap rebuilt no row.
    expect(document.activeElement).toBe(cell);
  });

  it('renders a window of rows, keeps the header in view, and Ctrl+End reaches the last row', async () => {
    await render(<OperatorComparisonTable {...ex['eight operators on four indicators']} operators={manyOperators(5000)} locale="en" maxHeight={480} />);
    const rows = () => document.querySelectorAll('.rch-ct__grid tbody tr[aria-rowindex]').length;
    const firstShown = () => Number(document.querySelector('.rch-ct__grid tbody tr[aria-rowindex]')?.getAttribute('aria-rowindex'));
    // The first rows come at once, with the whole list's scroll height.
    expect(rows()).toBeGreaterThan(3);
    expect(rows()).toBeLessThan(60);
    const header = document.querySelector('.rch-ct__grid thead th') as HTMLElement;
    const scroller = document.querySelector('.rch-ct__scroll') as HTMLElement;
    expect(scroller.scrollHeight).toBeGreaterThan(5000 * 40);
    // The virtualizer loads just after the first paint; a scroll then shows the rows scrolled to.
    await expect
      .poll(async () => {
        scroller.scrollTop = 20_000;
        await new Promise((r) => setTimeout(r, 50));
        return firstShown();
      })
      .toBeGreaterThan(100);
    // The header sticks to the top of the scrolling area (the caption scrolls away).
    expect(rect(header).top - rect(scroller).top).toBeLessThan(2);
    expect(rows()).toBeGreaterThan(3);
    expect(rows()).toBeLessThan(60);
    (document.querySelector('th[data-col="name"] button') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect.poll(() => activeCell()?.closest('tr')?.getAttribute('aria-rowindex')).toBe('5002');
    expect(activeCell()?.closest('tr')?.hasAttribute('data-new')).toBe(true);
  });

  it('scrolls a grid wider than its box inside the box, in Hebrew and English, never widening the page', async () => {
    for (const locale of ['he', 'en'] as const) {
      document.documentElement.dir = locale === 'he' ? 'rtl' : 'ltr';
      const screen = await render(
        <div style={{ inlineSize: '480px' }}>
          <OperatorComparisonTable {...ex['eight operators on four indicators']} operators={manyOperators(300)} locale={locale} maxHeight={400} />
        </div>,
      );
      const scroller = document.querySelector('.rch-ct__scroll') as HTMLElement;
      expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth + 100);
      // The visually hidden text in the cells once made the page itself scroll sideways.
      expect(document.documentElement.scrollWidth).toBe(document.documentElement.clientWidth);
      await screen.unmount();
    }
    document.documentElement.dir = '';
  });

  it('after scrolling far down, a filter shows the matching rows in view, not an empty window', async () => {
    await render(<OperatorComparisonTable {...ex['eight operators on four indicators']} operators={manyOperators(5000)} locale="en" maxHeight={480} />);
    const scroller = document.querySelector('.rch-ct__scroll') as HTMLElement;
    const indexes = () => [...document.querySelectorAll('.rch-ct__grid tbody tr[aria-rowindex]')].map((r) => Number(r.getAttribute('aria-rowindex')));
    scroller.scrollTop = 3000 * 84;
    await expect.poll(() => Math.min(...indexes())).toBeGreaterThan(2000);
    // 500 of the 5,000 are "Carmel …": the scroll position is past the end of the filtered list.
    await userEvent.fill(document.querySelector('input[type="search"]') as HTMLInputElement, 'Carmel');
    const rowcount = () => Number(document.querySelector('.rch-ct__grid')?.getAttribute('aria-rowcount'));
    await expect.poll(rowcount).toBeLessThan(600);
    await expect.poll(() => indexes().length).toBeGreaterThan(3);
    expect(Math.max(...indexes())).toBeLessThanOrEqual(rowcount());
    const names = [...document.querySelectorAll('.rch-ct__grid tbody th[data-col="name"]')].map((th) => th.textContent ?? '');
    expect(names.every((n) => n.includes('Carmel'))).toBe(true);
    // Rows are where the scrolling area shows them, not above or below it.
    const box = scroller.getBoundingClientRect();
    await expect
      .poll(() => [...document.querySelectorAll('.rch-ct__grid tbody tr[aria-rowindex]')].some((r) => {
        const b = r.getBoundingClientRect();
        return b.bottom > box.top + 60 && b.top < box.bottom;
      }))
      .toBe(true);
  });

  it('keeps one tab stop when the active row scrolls out of the rendered window', async () => {
    await render(
      <div>
        <OperatorComparisonTable {...ex['eight operators on four indicators']} operators={manyOperators(500)} locale="en" maxHeight={400} />
        <button type="button">after</button>
      </div>,
    );
    // Rows scrolled to are shown once the virtualizer is in (just after the first paint).
    const scroller = document.querySelector('.rch-ct__scroll') as HTMLElement;
    await expect
      .poll(async () => {
        scroller.scrollTop = 2_000;
        await new Promise((r) => setTimeout(r, 50));
        return Number(document.querySelector('.rch-ct__grid tbody tr[aria-rowindex]')?.getAttribute('aria-rowindex'));
      })
      .toBeGreaterThan(5);
    scroller.scrollTop = 0;
    await new Promise((r) => setTimeout(r, 50));
    (document.querySelector('th[data-col="name"] button') as HTMLButtonElement).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    (document.querySelector('.rch-ct__scroll') as HTMLElement).scrollTop = 20_000;
    await new Promise((r) => setTimeout(r, 150));
    await expect.poll(() => document.querySelectorAll('.rch-ct__grid [tabindex="0"]').length).toBe(1);
    (document.querySelectorAll('button'))[document.querySelectorAll('button').length - 1]!.focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(activeCell()?.closest('.rch-ct__grid')).toBeTruthy();
  });
});
