import * as React from 'react';
import { describe, it, expect, afterEach, vi } from 'vitest';
import { render, screen, fireEvent, cleanup, within, waitFor } from '@testing-library/react';
import * as fc from 'fast-check';
import { logicModel_outline, text_get, type LogicModel as Model } from '@rechesh/core';
import { detoxInpatientModel, fullLogicModel, residentialYouthCareModel } from '@rechesh/content';
import { LogicModel, logicModel_svg, logicModel_view } from './LogicModel.js';
import { logicModelExamples as ex, invalidLogicModelExamples as bad } from './LogicModel.examples.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, '');
const boxes = (c: HTMLElement) => Array.from(c.querySelectorAll<HTMLElement>('.rch-lm__box'));
const live = (c: HTMLElement) => plain(c.querySelector('[data-live]')?.textContent);

afterEach(() => cleanup());

describe('given the detox model in English', () => {
  it('draws every box once with its label, its responsibility in words, and the links', () => {
    const { container } = render(<LogicModel model={detoxInpatientModel} locale="en" />);
    expect(boxes(container)).toHaveLength(detoxInpatientModel.boxes.length);
    const operator = container.querySelector('[data-box-id="detox-physiological-detox"]')!;
    expect(operator.textContent).toContain('operator');
    const adjacent = detoxInpatientModel.boxes.filter((b) => b.responsibility === 'adjacent');
    for (const b of adjacent) expect(container.querySelector(`[data-box-id="${b.id}"]`)!.textContent).toContain('adjacent service');
    expect(container.querySelectorAll('.rch-lm__links .rch-lm__link')).toHaveLength(detoxInpatientModel.links.length);
  });

  it('shows the target population, assumptions, external factors, a summary and a legend in words', () => {
    const { container } = render(<LogicModel model={detoxInpatientModel} locale="en" />);
    expect(container.querySelector('[data-panel="population"]')!.textContent).toContain('Target population');
    expect(container.querySelector('[data-panel="assumptions"] li')).not.toBeNull();
    expect(container.querySelector('[data-panel="external"] li')).not.toBeNull();
    expect(plain(container.querySelector('.rch-lm__summary')?.textContent)).toContain(`Boxes: ${detoxInpatientModel.boxes.length}.`);
    const legend = container.querySelector('.rch-lm__legend')!.textContent!;
    for (const w of ['operator', 'ministry', 'adjacent service', 'Key outcome']) expect(legend).toContain(w);
  });

  it('gives the diagram one tab stop (roving tabindex on the boxes)', () => {
    const { container } = render(<LogicModel model={detoxInpatientModel} locale="en" />);
    expect(boxes(container).filter((b) => b.tabIndex === 0)).toHaveLength(1);
    expect(container.querySelectorAll('.rch-lm__badge[tabindex="0"]')).toHaveLength(0);
  });

  it('highlights the upstream and downstream paths of a hovered box', () => {
    const { container } = render(<LogicModel model={detoxInpatientModel} locale="en" />);
    fireEvent.mouseEnter(container.querySelector('[data-box-id="detox-physiological-detox"]')!);
    const path = (id: string) => container.querySelector(`[data-box-id="${id}"]`)!.getAttribute('data-path');
    expect(path('detox-physiological-detox')).toBe('self');
    expect(path('detox-supervised-withdrawal')).toBe('upstream');
    expect(path('detox-long-term-recovery')).toBe('downstream');
    expect(path('detox-discharge-plan')).toBe('other');
  });

  it('moves along links with the arrow in the reading direction and announces where it is', () => {
    const { container } = render(<LogicModel model={detoxInpatientModel} locale="en" />);
    const first = boxes(container).find((b) => b.tabIndex === 0)!;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    const now = boxes(container).find((b) => b.tabIndex === 0)!;
    expect(now).not.toBe(first);
    expect(live(container)).toMatch(/link 1 of \d/);
    expect(live(container)).toContain('in Outputs');
    fireEvent.keyDown(now, { key: 'ArrowLeft' });
    expect(boxes(container).find((b) => b.tabIndex === 0)!.closest('[data-box-id]')!.getAttribute('data-box-id')).toBe(
      first.getAttribute('data-box-id'),
    );
  });

  it('opens a box’s details with Enter and returns with Escape', () => {
    const { container } = render(<LogicModel model={detoxInpatientModel} locale="en" />);
    const first = boxes(container).find((b) => b.tabIndex === 0)!;
    first.focus();
    fireEvent.keyDown(first, { key: 'Enter' });
    const details = container.querySelector<HTMLElement>('.rch-lm__details')!;
    expect(details).not.toBeNull();
    expect(details.textContent).toContain('Leads to');
    fireEvent.keyDown(details, { key: 'Escape' });
    expect(container.querySelector('.rch-lm__details')).toBeNull();
  });

  it('collapses a column, saying how many boxes it hides', () => {
    const { container } = render(<LogicModel model={detoxInpatientModel} locale="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse the column Outputs' }));
    expect(container.querySelector('[data-box-id="detox-supervised-withdrawal"]')).toBeNull();
    expect(container.querySelector('[data-column-id="outputs"]')!.textContent).toContain('3 boxes hidden');
    expect(screen.getByRole('button', { name: 'Expand the column Outputs' }).getAttribute('aria-expanded')).toBe('false');
  });
});

describe('the outline alternative', () => {
  it.each([
    ['detox', detoxInpatientModel],
    ['youth care', residentialYouthCareModel],
    ['full model', fullLogicModel],
  ])('carries the same boxes, columns, responsibility, links and indicators as the diagram (%s)', (_, model) => {
    const { container } = render(<LogicModel model={model} locale="en" />);
    const drawn = new Map(boxes(container).map((b) => [b.getAttribute('data-box-id')!, b]));
    fireEvent.click(screen.getByRole('button', { name: 'Show as an outline' }));
    const outline = container.querySelector<HTMLElement>('.rch-lm__outline')!;
    const items = Array.from(outline.querySelectorAll<HTMLElement>('li[data-box-id]'));
    expect(items.map((i) => i.getAttribute('data-box-id')).sort()).toEqual([...drawn.keys()].sort());
    const expected = logicModel_outline(model, 'en');
    for (const col of expected.columns) {
      const li = outline.querySelector(`li[data-column-id="${col.id}"]`)!;
      expect(li.textContent).toContain(col.label.text);
      for (const b of col.boxes) {
        const item = within(li as HTMLElement).getByText(b.label.text, { selector: '.rch-lm__outline-box bdi' }).closest('li')!;
        const text = plain(item.textContent);
        expect(text).toContain(plain(drawn.get(b.id)!.querySelector('.rch-lm__resp')!.textContent));
        for (const e of [...b.incoming, ...b.outgoing]) expect(text).toContain(e.label.text);
        for (const i of b.indicators) expect(text).toContain(i.name.text);
        const badge = drawn.get(b.id)!.querySelector('.rch-lm__badge span')?.textContent ?? '0';
        expect(Number(badge)).toBe(b.indicators.length);
      }
    }
    expect(container.querySelector('.rch-lm__boxes')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show the diagram' }));
    expect(container.querySelector('.rch-lm__boxes')).not.toBeNull();
  });

  it('opens with the O key from the diagram', () => {
    const { container } = render(<LogicModel model={detoxInpatientModel} locale="en" />);
    const first = boxes(container).find((b) => b.tabIndex === 0)!;
    fireEvent.keyDown(first, { key: 'o' });
    expect(container.querySelector('.rch-lm__outline')).not.toBeNull();
  });
});

describe('the tender view', () => {
  it('shows the narrower model with a notice that it is part of the full model, and toggles to the full one', () => {
    const props = ex['tender view: key outcomes of the full model'];
    const { container } = render(<LogicModel {...props} locale="en" />);
    const shown = boxes(container).length;
    expect(shown).toBeLessThan(fullLogicModel.boxes.length);
    expect(plain(container.querySelector('[data-notice="tender"]')?.textContent)).toBe(
      `Part of the full model: ${shown} of ${fullLogicModel.boxes.length} boxes shown`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show the full model' }));
    expect(boxes(container)).toHaveLength(fullLogicModel.boxes.length);
    expect(container.querySelector('[data-notice="tender"]')).toBeNull();
  });
});

describe('the revision comparison', () => {
  it('marks added, removed and changed boxes in words (and by data-rev for the pattern), with a summary', () => {
    const { container } = render(<LogicModel {...ex['revision: detox 2025 compared with 2026']} locale="en" />);
    const box = (id: string) => container.querySelector(`[data-box-id="${id}"]`)!;
    expect(box('detox-community-follow-up').getAttribute('data-rev')).toBe('added');
    expect(box('detox-community-follow-up').textContent).toContain('added');
    expect(box('detox-group-sessions').getAttribute('data-rev')).toBe('removed');
    expect(box('detox-group-sessions').textContent).toContain('removed');
    expect(box('detox-physiological-detox').textContent).toContain('changed: responsibility');
    const notice = plain(container.querySelector('[data-notice="revision"]')?.textContent);
    expect(notice).toContain('Changes from 2025 to 2026');
    expect(notice).toContain('Boxes added: 1, removed: 1, changed: 1.');
    expect(container.querySelectorAll('.rch-lm__link[data-rev="removed"]').length).toBe(2);
  });

  it('says in the outline which links were removed or added, as the drawing shows by dashes', () => {
    render(<LogicModel {...ex['revision: detox 2025 compared with 2026']} locale="en" defaultShowOutline />);
    const removedBox = document.querySelector('.rch-lm__outline [data-box-id="detox-group-sessions"]')!;
    const ends = Array.from(removedBox.querySelectorAll('.rch-lm__ends li')).map((li) => plain(li.textContent));
    expect(ends.length).toBeGreaterThan(0);
    for (const end of ends) expect(end).toContain('(removed)');
    const addedBox = document.querySelector('.rch-lm__outline [data-box-id="detox-community-follow-up"]')!;
    expect(Array.from(addedBox.querySelectorAll('.rch-lm__ends li')).some((li) => plain(li.textContent).includes('(added)'))).toBe(true);
  });
});

describe('indicator badges', () => {
  it('open a dialog with the IndicatorCard of each indicator, which opens its measurement plan', async () => {
    const { container } = render(<LogicModel model={residentialYouthCareModel} locale="en" />);
    const withInd = residentialYouthCareModel.boxes.find((b) => (b.indicatorIds?.length ?? 0) > 0)!;
    const badge = container.querySelector<HTMLButtonElement>(`[data-box-id="${withInd.id}"] .rch-lm__badge`)!;
    expect(badge.textContent).toContain('Indicators: 1. Open the measurement plan');
    fireEvent.click(badge);
    const dialog = await screen.findByRole('dialog');
    const ind = residentialYouthCareModel.indicators!.find((i) => i.id === withInd.indicatorIds![0])!;
    expect(within(dialog).getByRole('heading', { name: text_get(ind.name, 'en') })).toBeTruthy();
    expect(within(dialog).getAllByRole('button', { name: /measurement plan/i }).length).toBeGreaterThan(0);
  });

  it('return focus to the box on close, so the arrow keys go on from there', async () => {
    const { container } = render(<LogicModel model={residentialYouthCareModel} locale="en" />);
    const withInd = residentialYouthCareModel.boxes.find((b) => (b.indicatorIds?.length ?? 0) > 0)!;
    fireEvent.click(container.querySelector<HTMLButtonElement>(`[data-box-id="${withInd.id}"] .rch-lm__badge`)!);
    fireEvent.click(within(await screen.findByRole('dialog')).getAllByRole('button', { name: /close/i }).pop()!);
    await waitFor(() => expect((document.activeElement as HTMLElement | null)?.getAttribute('data-box-id')).toBe(withInd.id));
  });

  it('keep the diagram\'s suppression rule inside the dialog: values from too few cases never show', async () => {
    const withInd = residentialYouthCareModel.boxes.find((b) => (b.indicatorIds?.length ?? 0) > 0)!;
    const id = withInd.indicatorIds![0]!;
    const observations = { [id]: [{ period: '2025-Q1', value: 41.9, n: 24 }, { period: '2025-Q2', value: 37.3, n: 25 }] };
    const { container } = render(<LogicModel model={residentialYouthCareModel} observations={observations} suppression={{ minN: 50 }} locale="en" />);
    fireEvent.click(container.querySelector<HTMLButtonElement>(`[data-box-id="${withInd.id}"] .rch-lm__badge`)!);
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).not.toMatch(/37\.3|41\.9|4\.6/);
  });
});

describe('bad data', () => {
  it('a cycle and a dangling link: the error panel with the logic-model sentences, beside the valid part', () => {
    const { container } = render(<LogicModel {...bad['a cycle and a dangling link']} locale="en" />);
    const panel = container.querySelector('[data-rch-error]')!;
    expect(panel).not.toBeNull();
    expect(panel.textContent).toMatch(/circle/i);
    expect(panel.textContent).toContain('links[');
    expect(boxes(container)).toHaveLength(detoxInpatientModel.boxes.length);
    expect(container.querySelector('.rch-lm__partial')).not.toBeNull();
  });

  it('an unknown column and a self-link: the error panel, the rest drawn', () => {
    const { container } = render(<LogicModel {...bad['a box in an unknown column and a self-link']} locale="en" />);
    expect(container.querySelector('[data-rch-error]')).not.toBeNull();
    expect(boxes(container)).toHaveLength(residentialYouthCareModel.boxes.length);
  });

  it('not even a model: an error panel, no throw', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(<LogicModel model={null as unknown as Model} locale="en" />);
    expect(container.querySelector('[data-rch-error]')).not.toBeNull();
    spy.mockRestore();
  });
});

describe('export', () => {
  it('the SVG has every box label and a path per link, in the reading direction', () => {
    const view = logicModel_view(detoxInpatientModel, { locale: 'he', dir: 'rtl', tenderView: false, collapsed: [], boxWidth: 200 });
    const svg = logicModel_svg(view, { locale: 'he', dir: 'rtl', t: (k) => k });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect((svg.match(/marker-end="url\(#a\)"/g) ?? []).length).toBe(detoxInpatientModel.links.length);
    expect(svg).toContain('text-anchor="end"');
  });

  it('keeps the revision marks: removed links dotted, and boxes saying added, removed or changed', () => {
    const r = ex['revision: detox 2025 compared with 2026'];
    const view = logicModel_view(r.model, { locale: 'en', dir: 'ltr', tenderView: false, collapsed: [], boxWidth: 200, compareWith: r.compareWith });
    const svg = logicModel_svg(view, { locale: 'en', dir: 'ltr', t: (k) => k });
    expect((svg.match(/stroke-dasharray="2 4"/g) ?? []).length).toBe(2);
    expect(svg).toContain('logicModel.rev.removed');
    expect(svg).toContain('logicModel.rev.added');
    expect(svg).toContain('logicModel.rev.changed');
  });
});

/* ---- Property-based: random graphs never throw — a drawing or an error panel ------------------ */

const arbModel = fc
  .record({
    columns: fc.integer({ min: 0, max: 6 }),
    boxes: fc.array(fc.record({ col: fc.integer({ min: -1, max: 7 }), id: fc.integer({ min: 0, max: 40 }) }), { maxLength: 40 }),
    links: fc.array(fc.tuple(fc.integer({ min: 0, max: 45 }), fc.integer({ min: 0, max: 45 })), { maxLength: 80 }),
  })
  .map(({ columns, boxes: bs, links }): Model => ({
    id: 'random',
    title: 'Random',
    columns: Array.from({ length: columns }, (_, i) => ({ id: `c${i}`, label: `Column ${i}` })),
    boxes: bs.map((b) => ({ id: `b${b.id}`, column: `c${b.col}`, label: `Box ${b.id} with some longer text to wrap` })),
    links: links.map(([a, b]) => ({ from: `b${a}`, to: `b${b}` })),
  }));

describe('random graphs (cycles, self-links, missing boxes, empty columns)', () => {
  it('never throw: each renders a drawing or an error panel', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    fc.assert(
      fc.property(arbModel, (model) => {
        const { container, unmount } = render(<LogicModel model={model} locale="en" />);
        const ok = container.querySelector('.rch-lm') !== null || container.querySelector('[data-rch-error]') !== null;
        expect(container.querySelector('[data-component="LogicModel"][data-rch-error] li')?.textContent ?? '').not.toMatch(/unknown error/i);
        unmount();
        return ok;
      }),
      { numRuns: 40 },
    );
    expect(spy).not.toHaveBeenCalledWith(expect.stringContaining('failed to render'), expect.anything());
    spy.mockRestore();
  });

  it('500 boxes and 1000 links render', () => {
    const columns = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, label: `Column ${i}` }));
    const bs = Array.from({ length: 500 }, (_, i) => ({ id: `b${i}`, column: `c${i % 6}`, label: `Box ${i}` }));
    const links = Array.from({ length: 1000 }, (_, i) => ({ from: `b${(i * 7) % 500}`, to: `b${(i * 13 + 1) % 500}` }));
    const { container } = render(<LogicModel model={{ id: 'big', title: 'Big', columns, boxes: bs, links }} locale="en" />);
    expect(boxes(container)).toHaveLength(500);
    expect(container.querySelector('[data-rch-error]')).not.toBeNull(); // backward links reported
  });
});

describe('random graphs up to 500 boxes, through the view model and the SVG export', () => {
  const big = fc
    .record({
      columns: fc.integer({ min: 0, max: 8 }),
      boxes: fc.integer({ min: 0, max: 500 }),
      links: fc.array(fc.tuple(fc.nat(520), fc.nat(520)), { maxLength: 1000 }),
      collapse: fc.array(fc.nat(9), { maxLength: 3 }),
      tender: fc.boolean(),
    })
    .map(({ columns, boxes: n, links, collapse, tender }) => ({
      model: {
        id: 'big',
        title: 'Big',
        columns: Array.from({ length: columns }, (_, i) => ({ id: `c${i}`, label: `Column ${i}` })),
        boxes: Array.from({ length: n }, (_, i) => ({ id: `b${i}`, column: `c${(i * 7) % (columns + 1)}`, label: `Box ${i}`, key: i % 11 === 0 })),
        links: links.map(([a, b]) => ({ from: `b${a}`, to: `b${b}` })),
      } as Model,
      collapse: collapse.map((c) => `c${c}`),
      tender,
    }));

  it('never throw, and boxes in a column never overlap', () => {
    fc.assert(
      fc.property(big, ({ model, collapse, tender }) => {
        for (const dir of ['rtl', 'ltr'] as const) {
          const view = logicModel_view(model, { locale: 'he', dir, tender: { keyOnly: true }, tenderView: tender, collapsed: collapse, boxWidth: 200 });
          logicModel_svg(view, { locale: 'he', dir, t: (k) => k });
          const byColumn = new Map<string, typeof view.physical.boxes>();
          view.physical.boxes.forEach((b, i) => {
            const c = view.layout.boxes[i]!.column;
            byColumn.set(c, [...(byColumn.get(c) ?? []), b]);
          });
          for (const list of byColumn.values()) {
            const sorted = [...list].sort((a, b) => a.y - b.y);
            for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.y).toBeGreaterThanOrEqual(sorted[i - 1]!.y + sorted[i - 1]!.height);
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});
