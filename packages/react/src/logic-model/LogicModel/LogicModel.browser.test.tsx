/** LogicModel in real Chromium: keyboard journey along links, outline toggle, RTL geometry, no overlapping boxes. */
import { describe, it, expect, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { userEvent, page } from 'vitest/browser';
import { detoxInpatientModel } from '@rechesh/content';
import { LogicModel, type LogicModelProps } from './LogicModel.js';
import { logicModelExamples as ex, invalidLogicModelExamples as bad } from './LogicModel.examples.js';

const live = () => (document.querySelector('[data-live]')?.textContent ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '');
const focusedId = () => (document.activeElement as HTMLElement | null)?.dataset['boxId'];
const rect = (id: string) => document.querySelector(`[data-box-id="${id}"]`)!.getBoundingClientRect();
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('a keyboard user', () => {
  it('in Hebrew: tabs into the diagram once, ArrowLeft follows a link forward, N walks the sibling links, Enter opens details, Escape returns', async () => {
    await render(<LogicModel model={detoxInpatientModel} locale="he" />);
    const start = document.querySelector<HTMLElement>('.rch-lm__box[tabindex="0"]')!;
    start.focus();
    const first = focusedId()!;
    expect(first).toBe('detox-care-team');
    await userEvent.keyboard('{ArrowLeft}');
    const second = focusedId()!;
    expect(second).not.toBe(first);
    expect(detoxInpatientModel.links.some((l) => l.from === first && l.to === second)).toBe(true);
    expect(rect(second).left).toBeLessThan(rect(first).left); // forward is to the left in Hebrew
    expect(live()).toContain('קישור 1 מתוך 3');
    await userEvent.keyboard('n');
    const third = focusedId()!;
    expect(detoxInpatientModel.links.some((l) => l.from === first && l.to === third)).toBe(true);
    expect(third).not.toBe(second);
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedId()).toBe(first);
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedId()).not.toBe(first);
    expect(rect(focusedId()!).top).toBeGreaterThan(rect(first).top);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement?.classList.contains('rch-lm__details')).toBe(true);
    await userEvent.keyboard('{Escape}');
    expect(focusedId()).toBeDefined();
    // One tab stop: Tab leaves the diagram.
    await userEvent.keyboard('{Tab}');
    expect(focusedId()).toBeUndefined();
  });

  it('in English: ArrowRight follows a link forward, to the right', async () => {
    await render(<LogicModel model={detoxInpatientModel} locale="en" />);
    document.querySelector<HTMLElement>('.rch-lm__box[tabindex="0"]')!.focus();
    const first = focusedId()!;
    await userEvent.keyboard('{ArrowRight}');
    expect(rect(focusedId()!).left).toBeGreaterThan(rect(first).left);
  });

  it('O shows the outline and the button brings the diagram back', async () => {
    await render(<LogicModel model={detoxInpatientModel} locale="en" />);
    document.querySelector<HTMLElement>('.rch-lm__box[tabindex="0"]')!.focus();
    await userEvent.keyboard('o');
    await expect.element(page.getByRole('button', { name: 'Show the diagram' })).toBeVisible();
    expect(document.querySelectorAll('.rch-lm__outline li[data-box-id]')).toHaveLength(detoxInpatientModel.boxes.length);
    await page.getByRole('button', { name: 'Show the diagram' }).click();
    expect(document.querySelectorAll('.rch-lm__box')).toHaveLength(detoxInpatientModel.boxes.length);
  });
});

describe('RTL geometry', () => {
  it('the first column sits at the inline start: the right in Hebrew, the left in English', async () => {
    const screen = await render(<LogicModel model={detoxInpatientModel} locale="he" />);
    const he = { input: rect('detox-care-team'), outcome: rect('detox-long-term-recovery') };
    expect(he.input.left).toBeGreaterThan(he.outcome.left);
    const scroll = document.querySelector('.rch-lm__scroll')!.getBoundingClientRect();
    expect(he.input.right).toBeLessThanOrEqual(scroll.right + 1);
    await screen.unmount();
    await render(<LogicModel model={detoxInpatientModel} locale="en" />);
    expect(rect('detox-care-team').left).toBeLessThan(rect('detox-long-term-recovery').left);
  });
});

const all: Array<[string, LogicModelProps]> = [
  ...Object.entries(ex),
  ...Object.entries(bad),
].flatMap(([name, props]) =>
  (['he', 'ar', 'en'] as const).map((locale): [string, LogicModelProps] => [`${name} (${locale})`, { ...props, locale } as LogicModelProps]),
);

describe('no overlapping boxes, real DOM rects, every story’s data', () => {
  it.each(all)('%s', async (_, props) => {
    const screen = await render(<LogicModel {...props} />);
    await document.fonts.ready;
    await frame();
    await frame();
    const boxes = Array.from(document.querySelectorAll<HTMLElement>('.rch-lm__box')).map((el) => ({ id: el.dataset['boxId'], r: el.getBoundingClientRect() }));
    expect(boxes.length).toBeGreaterThan(0);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        if (overlap) throw new Error(`${boxes[i]!.id} overlaps ${boxes[j]!.id}`);
      }
    }
    // Nothing spills out of its box (text is wrapped inside, the box grows to fit).
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('.rch-lm__box'))) {
      expect(el.scrollHeight).toBeLessThanOrEqual(el.clientHeight + 1);
    }
    await screen.unmount();
  });
});

describe('at 320 px wide', () => {
  it('the diagram scrolls inside its frame instead of being cut off', async () => {
    await page.viewport(320, 640);
    await render(<LogicModel model={detoxInpatientModel} locale="he" />);
    const scroll = document.querySelector<HTMLElement>('.rch-lm__scroll')!;
    expect(scroll.scrollWidth).toBeGreaterThan(scroll.clientWidth);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(321);
    await page.viewport(1024, 768);
  });
});

describe('export', () => {
  it('saves an SVG and a PNG drawn on a canvas from it', async () => {
    const saved: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const toBlob = vi.spyOn(HTMLCanvasElement.prototype, 'toBlob');
    await render(<LogicModel model={detoxInpatientModel} locale="he" />);
    await page.getByRole('button', { name: 'ייצוא כ-SVG' }).click();
    await page.getByRole('button', { name: 'ייצוא כ-PNG' }).click();
    await expect.poll(() => saved.length, { timeout: 5000 }).toBe(2);
    expect(saved).toEqual([`${detoxInpatientModel.id}.svg`, `${detoxInpatientModel.id}.png`]);
    expect(toBlob).toHaveBeenCalled();
    click.mockRestore();
    toBlob.mockRestore();
  });
});
