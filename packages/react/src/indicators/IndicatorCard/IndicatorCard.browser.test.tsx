/**
 * IndicatorCard in real Chromium: keyboard journeys, layout, bidi order and RTL geometry — what
 * happy-dom cannot tell us.
 */
import { describe, it, expect } from 'vitest';
import { render } from 'vitest-browser-react';
import { userEvent, page } from 'vitest/browser';
import { IndicatorCard } from './IndicatorCard.js';
import { indicatorCardExamples as ex } from './IndicatorCard.examples.js';
import { RecheshProvider } from '../../provider/RecheshProvider.js';

const active = () => document.activeElement as HTMLElement | null;

async function tabTo(predicate: (el: HTMLElement) => boolean, max = 15): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await userEvent.keyboard('{Tab}');
    const el = active();
    if (el && predicate(el)) return el;
  }
  throw new Error(`focus never reached the element; last focused: ${active()?.outerHTML.slice(0, 120)}`);
}

/** Screen rectangle of a substring inside an element's text. */
function rectOf(root: Element, needle: string): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const i = node.textContent?.indexOf(needle) ?? -1;
    if (i >= 0) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + needle.length);
      return range.getBoundingClientRect();
    }
  }
  throw new Error(`"${needle}" not found`);
}

describe('given a card, a keyboard user', () => {
  for (const locale of ['he', 'en'] as const) {
    it(`[${locale}] reaches the plan button, opens the dialog, stays trapped in it, closes it with Escape and lands back on the button`, async () => {
      await render(
        <RecheshProvider locale={locale}>
          <IndicatorCard {...ex['meets its target']} />
        </RecheshProvider>,
      );
      const button = await tabTo((el) => el.classList.contains('rch-button'));
      await userEvent.keyboard('{Enter}');
      const dialog = page.getByRole('dialog');
      await expect.element(dialog).toBeVisible();
      const dialogEl = dialog.element();
      expect(dialogEl.contains(active())).toBe(true);
      for (let i = 0; i < 6; i++) {
        await userEvent.keyboard('{Tab}');
        expect(dialogEl.contains(active())).toBe(true);
      }
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
      expect(dialogEl.contains(active())).toBe(true);
      await userEvent.keyboard('{Escape}');
      await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
      expect(active()).toBe(button);
    });
  }

  it('opens a caution badge with Enter and reads its explanation', async () => {
    await render(<IndicatorCard {...ex['unstable: between 10 and 19 cases']} locale="en" />);
    const summary = await tabTo((el) => el.tagName === 'SUMMARY');
    expect(summary.textContent).toBe('Few cases');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText(/Based on 14 cases \(fewer than 20\)/)).toBeVisible();
  });
});

describe('bidi: mixed Hebrew, numbers and Latin in right-to-left', () => {
  it('keeps the Hebrew words in right-to-left order around the Latin name and the number', async () => {
    const screen = await render(<IndicatorCard {...ex['name mixing Hebrew, numbers and Latin']} locale="he" />);
    const title = screen.container.querySelector('h3')!;
    const first = rectOf(title, 'שיעור'); // first word in logical order
    const latin = rectOf(title, 'CGAS');
    const number = rectOf(title, '60');
    // In RTL the first word sits furthest right; Latin and the number come after it, to its left.
    expect(first.left).toBeGreaterThan(latin.right);
    expect(first.left).toBeGreaterThan(number.right);
  });

  it('shows a signed change with its sign in front of the number, inside Hebrew text', async () => {
    const screen = await render(<IndicatorCard {...ex['meets its target']} locale="he" />);
    const delta = screen.container.querySelector('.rch-card__delta')!;
    const plus = rectOf(delta, '+');
    const digits = rectOf(delta, '4.2');
    expect(plus.right).toBeLessThanOrEqual(digits.left + 1);
  });

  it('shows a percentage with the digits before the percent sign (left to right), also in Arabic', async () => {
    for (const locale of ['he', 'ar'] as const) {
      const screen = await render(<IndicatorCard {...ex['meets its target']} locale={locale} />);
      const value = screen.container.querySelector('.rch-card__number bdi')!;
      expect(rectOf(value, '89').left).toBeLessThan(rectOf(value, '%').left);
      await screen.unmount();
    }
  });
});

describe('RTL geometry of the sparkline', () => {
  it.each([
    ['he', 'rtl', 'left'],
    ['en', 'ltr', 'right'],
  ] as const)('in %s (%s) the latest period sits at the %s end', async (locale, _dir, side) => {
    const screen = await render(<IndicatorCard {...ex['meets its target']} locale={locale} />);
    const svg = screen.container.querySelector('svg.rch-sparkline')!.getBoundingClientRect();
    const last = screen.container.querySelector('.rch-sparkline__last')!.getBoundingClientRect();
    const mid = svg.left + svg.width / 2;
    if (side === 'left') expect(last.right).toBeLessThan(mid);
    else expect(last.left).toBeGreaterThan(mid);
  });
});

describe('layout', () => {
  it.each(['he', 'ar', 'en'] as const)('[%s] fits a 320 px column without horizontal overflow', async (locale) => {
    const screen = await render(
      <div style={{ inlineSize: '320px' }}>
        <IndicatorCard {...ex['long Hebrew name']} locale={locale} />
      </div>,
    );
    const card = screen.container.querySelector('article')!;
    const box = card.getBoundingClientRect();
    expect(box.width).toBeLessThanOrEqual(320);
    expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
    for (const el of Array.from(card.querySelectorAll('h3, dd, .rch-card__number, button'))) {
      const r = el.getBoundingClientRect();
      expect(r.left).toBeGreaterThanOrEqual(box.left - 0.5);
      expect(r.right).toBeLessThanOrEqual(box.right + 0.5);
    }
  });

  it('aligns text to the start side: right in Hebrew, left in English', async () => {
    const he = await render(<IndicatorCard {...ex['meets its target']} locale="he" />);
    const heCard = he.container.querySelector('article')!.getBoundingClientRect();
    const heTitle = rectOf(he.container.querySelector('h3')!, 'שיעור');
    expect(heCard.right - heTitle.right).toBeLessThan(40);
    await he.unmount();
    const en = await render(<IndicatorCard {...ex['meets its target']} locale="en" />);
    const enCard = en.container.querySelector('article')!.getBoundingClientRect();
    const enTitle = rectOf(en.container.querySelector('h3')!, 'Patients');
    expect(enTitle.left - enCard.left).toBeLessThan(40);
  });

  it('centres the dialog in the viewport in right-to-left', async () => {
    await render(<IndicatorCard {...ex['meets its target']} locale="he" />);
    await page.getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await expect.element(dialog).toBeVisible();
    const r = dialog.element().getBoundingClientRect();
    expect(Math.abs(r.left - (window.innerWidth - r.right))).toBeLessThan(2);
    expect(r.top).toBeGreaterThanOrEqual(0);
    expect(r.bottom).toBeLessThanOrEqual(window.innerHeight);
  });
});
