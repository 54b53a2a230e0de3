/** TargetTrendChart in real Chromium: keyboard exploration, table toggle, RTL geometry, reflow. */
import { describe, it, expect } from 'vitest';
import { render } from 'vitest-browser-react';
import { userEvent, page } from 'vitest/browser';
import { TargetTrendChart } from './TargetTrendChart.js';
import { trendChartExamples as ex } from './TargetTrendChart.examples.js';

const live = () => (document.querySelector('[aria-live="polite"]')?.textContent ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '');

describe('a keyboard user', () => {
  it('tabs into the chart, explores points with the arrows, Home and End, and opens the table with T', async () => {
    await render(<TargetTrendChart {...ex['absolute target, met in recent quarters']} locale="en" />);
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.getAttribute('role')).toBe('application');
    expect(live()).toContain('Q3 2025');
    await userEvent.keyboard('{ArrowLeft}');
    expect(live()).toContain('Q2 2025');
    await userEvent.keyboard('{Home}');
    expect(live()).toContain('Q1 2023');
    await userEvent.keyboard('{End}');
    expect(live()).toContain('Q3 2025');
    await userEvent.keyboard('t');
    await expect.element(page.getByRole('table')).toBeVisible();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.textContent).toBe('Hide the table');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('table')).not.toBeInTheDocument();
  });

  it('sees a focus ring on the chart and a marker on the active point', async () => {
    const screen = await render(<TargetTrendChart {...ex['absolute target, met in recent quarters']} locale="he" />);
    await userEvent.keyboard('{Tab}');
    const app = screen.container.querySelector('[role="application"]') as HTMLElement;
    expect(getComputedStyle(app).outlineStyle).toBe('solid');
    expect(screen.container.querySelector('.rch-trend__active circle')).toBeTruthy();
    await expect.element(page.getByText(/רבעון 3 2025/).first()).toBeVisible();
  });
});

describe('RTL geometry', () => {
  const lastAndFirst = (container: HTMLElement) => {
    const points = Array.from(container.querySelectorAll('.rch-trend__series[data-series="0"] .rch-trend__point'));
    const first = points[0]!.getBoundingClientRect();
    const last = points[points.length - 1]!.getBoundingClientRect();
    return { first, last };
  };

  it('in Hebrew, following the reading direction, the latest period is on the left and the value axis on the right', async () => {
    const screen = await render(<TargetTrendChart {...ex['absolute target, met in recent quarters']} locale="he" />);
    const { first, last } = lastAndFirst(screen.container);
    expect(last.left).toBeLessThan(first.left);
    const svg = screen.container.querySelector('svg.rch-trend__svg')!.getBoundingClientRect();
    const tick = screen.container.querySelector('.rch-trend__grid text')!.getBoundingClientRect();
    expect(tick.left).toBeGreaterThan(svg.left + svg.width / 2);
  });

  it('in Hebrew with timeDirection="ltr", the latest period is on the right and the value axis on the left', async () => {
    const screen = await render(<TargetTrendChart {...ex['absolute target, met in recent quarters']} locale="he" timeDirection="ltr" />);
    const { first, last } = lastAndFirst(screen.container);
    expect(last.left).toBeGreaterThan(first.left);
    const svg = screen.container.querySelector('svg.rch-trend__svg')!.getBoundingClientRect();
    const tick = screen.container.querySelector('.rch-trend__grid text')!.getBoundingClientRect();
    expect(tick.right).toBeLessThan(svg.left + svg.width / 2);
  });

  it('in English the latest period is on the right', async () => {
    const screen = await render(<TargetTrendChart {...ex['absolute target, met in recent quarters']} locale="en" />);
    const { first, last } = lastAndFirst(screen.container);
    expect(last.left).toBeGreaterThan(first.left);
  });

  it('keeps value-axis labels outside the plot, on the axis side (text-anchor from direction)', async () => {
    for (const locale of ['he', 'en'] as const) {
      const screen = await render(<TargetTrendChart {...ex['absolute target, met in recent quarters']} locale={locale} />);
      const axis = screen.container.querySelectorAll('.rch-trend__axis')[0]!.getBoundingClientRect();
      for (const t of Array.from(screen.container.querySelectorAll('.rch-trend__grid > g > text'))) {
        const r = t.getBoundingClientRect();
        if (locale === 'he') expect(r.left).toBeGreaterThanOrEqual(axis.right - 1);
        else expect(r.right).toBeLessThanOrEqual(axis.left + 1);
      }
      await screen.unmount();
    }
  });

  it('keeps a mixed Hebrew and number period label in reading order', async () => {
    const screen = await render(<TargetTrendChart {...ex['absolute target, met in recent quarters']} locale="he" />);
    const label = Array.from(screen.container.querySelectorAll('.rch-trend__grid > text')).find((t) => t.textContent?.includes('2025'))!;
    const range = document.createRange();
    const node = label.firstChild!;
    const text = node.textContent!;
    range.setStart(node, text.indexOf('רבעון'));
    range.setEnd(node, text.indexOf('רבעון') + 5);
    const word = range.getBoundingClientRect();
    range.setStart(node, text.indexOf('2025'));
    range.setEnd(node, text.indexOf('2025') + 4);
    const year = range.getBoundingClientRect();
    expect(word.left).toBeGreaterThan(year.right - 1); // "רבעון 3 2025" reads right to left
  });
});

describe('bidi of school years', () => {
  it('shows "2024–25" as written (not "25–2024") inside a Hebrew label', async () => {
    const screen = await render(<TargetTrendChart {...ex['differential targets per population segment']} locale="he" />);
    const label = Array.from(screen.container.querySelectorAll('.rch-trend__grid > text')).find((t) => t.textContent?.includes('2024–25'))!;
    const node = label.firstChild!;
    const text = node.textContent!;
    const range = document.createRange();
    range.setStart(node, text.indexOf('2024'));
    range.setEnd(node, text.indexOf('2024') + 4);
    const start = range.getBoundingClientRect();
    range.setStart(node, text.indexOf('–25') + 1);
    range.setEnd(node, text.indexOf('–25') + 3);
    const end = range.getBoundingClientRect();
    expect(start.right).toBeLessThanOrEqual(end.left + 1);
  });
});

describe('reflow', () => {
  it.each(['he', 'en'] as const)('[%s] fits a 320 px column with everything inside it', async (locale) => {
    const screen = await render(
      <div style={{ inlineSize: '320px' }}>
        <TargetTrendChart {...ex['three operators with long Hebrew names']} locale={locale} />
      </div>,
    );
    await new Promise((r) => setTimeout(r, 50)); // ResizeObserver
    const figure = screen.container.querySelector('figure')!;
    expect(figure.scrollWidth).toBeLessThanOrEqual(322);
    const svg = figure.querySelector('svg')!;
    expect(Number(svg.getAttribute('width'))).toBeLessThanOrEqual(320);
    // Period labels must not overlap each other.
    const labels = Array.from(figure.querySelectorAll('.rch-trend__grid > text')).map((t) => t.getBoundingClientRect());
    labels.sort((a, b) => a.left - b.left);
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.left).toBeGreaterThanOrEqual(labels[i - 1]!.right - 1);
  });

  it('shows the tooltip beside the active point, inside the chart', async () => {
    const screen = await render(<TargetTrendChart {...ex['absolute target, met in recent quarters']} locale="he" />);
    await userEvent.keyboard('{Tab}');
    const tip = screen.container.querySelector('.rch-trend__tooltip')!.getBoundingClientRect();
    const plot = screen.container.querySelector('.rch-trend__plot')!.getBoundingClientRect();
    expect(tip.left).toBeGreaterThanOrEqual(plot.left - 1);
    expect(tip.right).toBeLessThanOrEqual(plot.right + 1);
  });
});
