/** FunnelPlot in real Chromium: keyboard exploration in screen direction, selection, table, RTL geometry. */
import { describe, it, expect, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { userEvent, page } from 'vitest/browser';
import { FunnelPlot } from './FunnelPlot.js';
import { funnelPlotExamples as ex } from './FunnelPlot.examples.js';

const live = () => (document.querySelector('[aria-live="polite"]')?.textContent ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '');
const activeX = () => document.querySelector('.rch-funnel__point[data-active]')!.getBoundingClientRect().left;

describe('a keyboard user', () => {
  it('in English: tabs in, ArrowRight moves right to a larger n, Enter selects, T opens the table', async () => {
    const onChange = vi.fn();
    await render(<FunnelPlot {...ex['twelve operators, two outside the limits']} locale="en" onSelectedIdChange={onChange} />);
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.getAttribute('role')).toBe('application');
    expect(live()).toContain('New Way'); // smallest n first
    const x0 = activeX();
    await userEvent.keyboard('{ArrowRight}');
    expect(activeX()).toBeGreaterThan(x0);
    await userEvent.keyboard('{End}');
    expect(live()).toContain('Ofek Centre: 82.5% of 400 cases, above the 99.8% limits');
    await userEvent.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith('op-01');
    await userEvent.keyboard('t');
    await expect.element(page.getByRole('table')).toBeVisible();
  });

  it('in Hebrew: ArrowLeft moves left, to a larger n', async () => {
    await render(<FunnelPlot {...ex['twelve operators, two outside the limits']} locale="he" />);
    await userEvent.keyboard('{Tab}');
    const x0 = activeX();
    await userEvent.keyboard('{ArrowLeft}');
    expect(activeX()).toBeLessThan(x0);
    await userEvent.keyboard('{ArrowRight}');
    expect(activeX()).toBe(x0);
  });
});

describe('RTL geometry', () => {
  it('in Hebrew a larger n is further left, and the value axis is on the right', async () => {
    const screen = await render(<FunnelPlot {...ex['twelve operators, two outside the limits']} locale="he" />);
    const big = screen.container.querySelector('.rch-funnel__point[data-position="above-99.8"]')!.getBoundingClientRect();
    const small = Array.from(screen.container.querySelectorAll('.rch-funnel__point'))
      .map((p) => p.getBoundingClientRect())
      .reduce((a, b) => (b.left > a.left ? b : a));
    expect(big.left).toBeLessThan(small.left);
    const svg = screen.container.querySelector('svg.rch-funnel__svg')!.getBoundingClientRect();
    const tick = screen.container.querySelector('.rch-funnel__grid text')!.getBoundingClientRect();
    expect(tick.left).toBeGreaterThan(svg.left + svg.width / 2);
  });

  it('in English a larger n is further right', async () => {
    const screen = await render(<FunnelPlot {...ex['twelve operators, two outside the limits']} locale="en" />);
    const big = screen.container.querySelector('.rch-funnel__point[data-position="above-99.8"]')!.getBoundingClientRect();
    const others = Array.from(screen.container.querySelectorAll('.rch-funnel__point')).map((p) => p.getBoundingClientRect().left);
    expect(big.left).toBe(Math.max(...others));
  });
});
