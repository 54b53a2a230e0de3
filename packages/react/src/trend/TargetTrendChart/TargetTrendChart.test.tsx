import * as React from 'react';
import { describe, it, expect, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/react';
import * as fc from 'fast-check';
import { format_value, type ChartSeries, type Observation } from '@rechesh/core';
import { TargetTrendChart, type TargetTrendChartProps } from './TargetTrendChart.js';
import { trendChartExamples as ex, invalidTrendChartExamples as bad } from './TargetTrendChart.examples.js';
import { detoxCompletion } from '../../indicators/IndicatorCard/IndicatorCard.examples.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, '');

/** Text and attribute values a person or a screen reader could get (SVG drawing numbers aside). */
function everything(root: HTMLElement): string {
  const parts: string[] = [root.textContent ?? ''];
  for (const el of Array.from(root.ownerDocument.body.querySelectorAll('*'))) {
    const svg = el.namespaceURI === 'http://www.w3.org/2000/svg';
    for (const attr of Array.from(el.attributes)) if (!svg || attr.name.startsWith('aria-')) parts.push(attr.value);
  }
  return plain(parts.join('\n'));
}

function chart(props: Omit<TargetTrendChartProps, 'ref'>) {
  return render(<TargetTrendChart {...props} />);
}

describe('given the absolute-target example in English', () => {
  it('is a figure named by the indicator, with a summary of the latest value, target, status and trend', () => {
    chart({ ...ex['absolute target, met in recent quarters'], locale: 'en' });
    const figure = screen.getByRole('figure', { name: 'Patients who completed physiological detox' });
    const summary = plain(figure.querySelector('.rch-trend__summary')?.textContent);
    expect(summary).toContain('Latest value: 89.2% in Q3 2025.');
    expect(summary).toContain('Target 75.0%: Meets the target.');
    expect(summary).toMatch(/From Q1 2023 to Q3 2025 \(11 periods\) the values rose/);
    expect(summary).toContain('That is the desired direction.');
  });

  it('draws the target line and labels it', () => {
    const { container } = chart({ ...ex['absolute target, met in recent quarters'], locale: 'en' });
    expect(container.querySelector('.rch-trend__target path')?.getAttribute('d')).toBeTruthy();
    expect(plain(container.querySelector('.rch-trend__target text')?.textContent)).toBe('Target');
  });

  it('marks the baseline and names it in the legend', () => {
    const { container } = chart({ ...ex['absolute target, met in recent quarters'], locale: 'en' });
    expect(container.querySelector('.rch-trend__baseline path')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Legend' }).textContent).toContain('Baseline');
  });
});

describe('target kinds', () => {
  it('draws a change target as the path it implies, rising each year', () => {
    const { container } = chart({ ...ex['change target: +10% a year from a baseline'], locale: 'en' });
    const d = container.querySelector('.rch-trend__target path')?.getAttribute('d') ?? '';
    const ys = [...d.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys.length).toBe(6);
    // SVG y grows downward: a rising target has falling y.
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeLessThan(ys[i - 1]!);
  });

  it('draws a benchmark-relative target from the benchmark series, period by period', () => {
    chart({ ...ex['relative to the national benchmark'], locale: 'en', defaultShowTable: true });
    const rows = screen.getAllByRole('row').slice(1);
    // National average 21.0 in the first quarter, target 10% lower: 18.9%.
    expect(plain(rows[0]!.textContent)).toContain('18.9%');
  });

  it('draws an own-past target only where the period a year earlier exists', () => {
    chart({ ...ex['relative to own past: 10% fewer than a year earlier'], locale: 'en', defaultShowTable: true });
    const rows = screen.getAllByRole('row').slice(1);
    const targetCell = (r: HTMLElement) => r.querySelectorAll('td')[1]!.textContent;
    expect(targetCell(rows[0]!)).toBe(''); // 2023-Q1 has no year-earlier value
    expect(plain(targetCell(rows[4]!))).not.toBe('');
  });

  it('gives each segment its own target (differential targets)', () => {
    const { container } = chart({ ...ex['differential targets per population segment'], locale: 'en' });
    expect(container.querySelectorAll('.rch-trend__target path').length).toBe(2);
  });

  it('labels a target without a basis as such, in the plot and the legend', () => {
    const { container } = chart({ ...ex['target without a basis'], locale: 'he' });
    expect(container.querySelector('.rch-trend__target[data-no-basis]')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'מקרא' }).textContent).toContain('יעד (לא צוין בסיס)');
  });
});

describe('events and definition changes', () => {
  it('draws the events on the time axis and lists them in the table', () => {
    const { container } = chart({ ...ex['events and a definition change'], locale: 'en', defaultShowTable: true });
    expect(container.querySelectorAll('.rch-trend__event').length).toBe(2);
    expect(screen.getByRole('table').textContent).toContain('Tender: New tender');
    expect(screen.getByRole('table').textContent).toContain('Operator change: Operator changed');
  });

  it('breaks the line at the revision and says the periods are not like-for-like', () => {
    const { container } = chart({ ...ex['events and a definition change'], locale: 'en' });
    expect(container.querySelectorAll('.rch-trend__series[data-series="0"] .rch-trend__line').length).toBe(2);
    expect(plain(container.querySelector('.rch-trend__summary')?.textContent)).toContain(
      'Definition changed from Q1 2025: periods before and after it are not like-for-like.',
    );
  });

  it('computes the trend only from the revised periods, and says when there are too few', () => {
    const { container } = chart({ ...ex['events and a definition change'], locale: 'en' });
    expect(plain(container.querySelector('.rch-trend__summary')?.textContent)).toContain(
      'A trend needs at least 5 comparable periods; there are 3.',
    );
  });
});

describe('suppression', () => {
  const example = ex['suppressed periods shown as gaps'];
  // 2 of 7 (28.6%) is hidden; 2 of 8 (25.0%) is hidden too but equals a shown value (3 of 12).
  const hidden = [format_value((100 * 2) / 7, 'percent', { locale: 'he' })];

  it('shows suppressed periods as gaps with the reason, never as values', () => {
    const { container } = chart({ ...example, locale: 'he', defaultShowTable: true });
    expect(container.querySelectorAll('.rch-trend__suppressed').length).toBe(2);
    const cells = Array.from(container.querySelectorAll('td[data-state="suppressed"]'));
    expect(cells.length).toBe(2);
    for (const c of cells) expect(c.textContent).toBe('מעט מדי מקרים להצגה');
    const all = everything(container);
    for (const h of hidden) expect(all).not.toContain(plain(h));
  });

  it('says in the summary how many values are hidden', () => {
    const { container } = chart({ ...example, locale: 'en' });
    expect(plain(container.querySelector('.rch-trend__summary')?.textContent)).toContain(
      '2 values are not shown because they are based on too few cases.',
    );
  });
});

describe('empty data and a single point', () => {
  it('says there is no data yet, without a plot or a table button', () => {
    const { container } = chart({ ...ex['no data yet'], locale: 'en' });
    expect(container.textContent).toContain('No data to show yet');
    expect(container.querySelector('svg')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('draws a single point and says a trend cannot be computed', () => {
    const { container } = chart({ ...ex['a single point'], locale: 'en' });
    expect(container.querySelectorAll('.rch-trend__point').length).toBe(1);
    expect(container.querySelector('.rch-trend__line')).toBeNull();
    expect(plain(container.querySelector('.rch-trend__summary')?.textContent)).toContain('A trend needs at least 5');
  });
});

describe('the data table alternative', () => {
  it('opens and closes with its button, which reports its state', () => {
    chart({ ...ex['absolute target, met in recent quarters'], locale: 'en' });
    const button = screen.getByRole('button', { name: 'Show as a table' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(screen.getByRole('table', { name: 'Patients who completed physiological detox: values by period' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hide the table' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('row')).toHaveLength(12);
  });

  it('opens with the T key from the chart', () => {
    chart({ ...ex['absolute target, met in recent quarters'], locale: 'en' });
    fireEvent.keyDown(screen.getByRole('application'), { key: 't' });
    expect(screen.getByRole('table')).toBeTruthy();
  });
});

describe('keyboard exploration', () => {
  it('announces the latest point on focus and moves with the arrows (time right to left in Hebrew)', () => {
    chart({ ...ex['absolute target, met in recent quarters'], locale: 'he' });
    const app = screen.getByRole('application');
    fireEvent.focus(app);
    const live = () => plain(document.querySelector('[aria-live="polite"]')?.textContent);
    expect(live()).toContain('רבעון 3 2025');
    expect(live()).toContain('89.2%');
    // In RTL time runs right to left, so ArrowRight goes back in time.
    fireEvent.keyDown(app, { key: 'ArrowRight' });
    expect(live()).toContain('רבעון 2 2025');
    fireEvent.keyDown(app, { key: 'Home' });
    expect(live()).toContain('רבעון 1 2023');
    expect(live()).toContain('תקופה 1 מתוך 11');
    fireEvent.keyDown(app, { key: 'ArrowLeft' });
    expect(live()).toContain('רבעון 2 2023');
  });

  it('moves between series with up and down', () => {
    chart({ ...ex['three operators with long Hebrew names'], locale: 'he' });
    const app = screen.getByRole('application');
    fireEvent.focus(app);
    const live = () => plain(document.querySelector('[aria-live="polite"]')?.textContent);
    expect(live()).toContain('דרך חדשה');
    fireEvent.keyDown(app, { key: 'ArrowDown' });
    expect(live()).toContain('בגליל המערבי');
    fireEvent.keyDown(app, { key: 'ArrowDown' });
    fireEvent.keyDown(app, { key: 'ArrowDown' });
    expect(live()).toContain('חברת שירותי טיפול');
  });

  it('announces a suppressed period with the reason, not a value', () => {
    chart({ ...ex['suppressed periods shown as gaps'], locale: 'en' });
    const app = screen.getByRole('application');
    fireEvent.focus(app);
    fireEvent.keyDown(app, { key: 'Home' });
    fireEvent.keyDown(app, { key: 'ArrowLeft' }); // en is LTR: ArrowLeft at the start stays
    fireEvent.keyDown(app, { key: 'ArrowRight' });
    fireEvent.keyDown(app, { key: 'ArrowRight' });
    expect(plain(document.querySelector('[aria-live="polite"]')?.textContent)).toContain(
      'Q3 2023: too few cases to show',
    );
  });
});

describe('given invalid data', () => {
  it.each(Object.keys(bad))('shows the error panel: %s', (name) => {
    render(<TargetTrendChart {...(bad[name] as unknown as TargetTrendChartProps)} locale="en" />);
    expect(screen.getByRole('group', { name: 'This component cannot be shown' })).toBeTruthy();
  });

  it('names the paths that are wrong', () => {
    render(<TargetTrendChart {...(bad['invalid data: values out of range and duplicated periods'] as unknown as TargetTrendChartProps)} locale="en" />);
    const paths = Array.from(document.querySelectorAll('[data-rch-error] code')).map((c) => c.textContent);
    expect(paths).toEqual(expect.arrayContaining(['series[0].observations[0].value', 'series[0].observations[1].period']));
  });
});

describe('property: random series', () => {
  const number = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, -5, 0, 100));
  const period = fc.oneof(fc.constantFrom('2024-Q1', '2024-Q2', '2024-Q3', '2025-Q1', '2025', '2024/25', '2025-13', ''), fc.string());
  const obs = fc.record({ period, value: fc.oneof(number, fc.constant(null)), n: fc.oneof(fc.nat({ max: 500 }), number) }, { requiredKeys: ['period'] });

  it('never throws: renders a chart or the error panel, and never needs the last-resort boundary', () => {
    // The boundary would catch a crash and show a generic panel; a crash still counts as a bug.
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    fc.assert(
      fc.property(fc.array(fc.array(obs, { maxLength: 10 }), { maxLength: 3 }), fc.constantFrom('he' as const, 'en' as const), (lists, locale) => {
        const series = lists.map((observations, i) => ({ id: `s${i}`, label: `סדרה ${i}`, observations })) as unknown as ChartSeries[];
        const { container, unmount } = render(<TargetTrendChart indicator={detoxCompletion} series={series} locale={locale} defaultShowTable />);
        const ok = container.querySelector('figure.rch-trend, [data-rch-error]');
        unmount();
        return ok !== null;
      }),
      { numRuns: 120 },
    );
    const crashes = spy.mock.calls.filter((c) => String(c[0]).includes('failed to render'));
    spy.mockRestore();
    expect(crashes).toEqual([]);
  });

  it('never shows a value from fewer than 10 cases, in the plot, summary, live text or table', () => {
    const periods = ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: periods.length - 1 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 49 }).chain((i) => fc.integer({ min: 1, max: 9 }).map((d) => i + d / 10)),
        fc.constantFrom('he' as const, 'ar' as const, 'en' as const),
        (at, n, hiddenValue, locale) => {
          const observations: Observation[] = periods.map((p, i) => (i === at ? { period: p, value: hiddenValue, n } : { period: p, value: 50 + i, n: 200 }));
          const { container, unmount } = render(
            <TargetTrendChart
              indicator={detoxCompletion}
              series={[{ id: 'a', label: 'א', observations }]}
              target={{ kind: 'relative-to-own-past', change: 5, changeUnit: 'points', lag: 1 }}
              locale={locale}
              defaultShowTable
            />,
          );
          const app = container.querySelector('[role="application"]')!;
          fireEvent.focus(app);
          for (let k = 0; k < periods.length; k++) fireEvent.keyDown(app, { key: locale === 'en' ? 'ArrowLeft' : 'ArrowRight' });
          const all = everything(container) + plain(document.querySelector('[aria-live]')?.textContent);
          unmount();
          return !all.includes(plain(format_value(hiddenValue, 'percent', { locale }))) && !all.includes(String(hiddenValue));
        },
      ),
      { numRuns: 80 },
    );
  }, 30_000); // 80 renders with keyboard walks took 4–11 s on the shared 2-core machine, before and after the update work: the 5 s default is too tight
});

describe('the table with differential targets', () => {
  it('has a target and a status column for each segment, named by the segment', () => {
    chart({ ...ex['differential targets per population segment'], locale: 'en', defaultShowTable: true });
    const headers = screen.getAllByRole('columnheader').map((h) => plain(h.textContent));
    expect(headers).toEqual(
      expect.arrayContaining([
        'Target: Admitted by age 15',
        'Compared with the target: Admitted by age 15',
        'Target: Admitted at 16 or older',
        'Compared with the target: Admitted at 16 or older',
      ]),
    );
    const last = screen.getAllByRole('row').at(-1)!;
    expect(plain(last.textContent)).toContain('60.0%');
    expect(plain(last.textContent)).toContain('40.0%');
  });
});

describe('wording overrides', () => {
  it('reach the summary from a provider as well as from the chart', async () => {
    const { RecheshProvider } = await import('../../provider/RecheshProvider.js');
    render(
      <RecheshProvider locale="en" messages={{ 'chart.summary.latest': 'Most recent: {value} ({period}).' }}>
        <TargetTrendChart {...ex['absolute target, met in recent quarters']} />
      </RecheshProvider>,
    );
    expect(plain(document.querySelector('.rch-trend__summary')?.textContent)).toContain('Most recent: 89.2% (Q3 2025).');
  });

  it('say "1 value" for a single hidden value', () => {
    const observations = ex['absolute target, met in recent quarters'].series[0]!.observations.map((o, i) => (i === 3 ? { ...o, n: 5 } : o));
    chart({ ...ex['absolute target, met in recent quarters'], series: [{ id: 'u', label: 'u', observations }], locale: 'en' });
    expect(plain(document.querySelector('.rch-trend__summary')?.textContent)).toContain('1 value is not shown because it is based on too few cases.');
  });
});

describe('privacy of values copied elsewhere in the data', () => {
  const hours = ex['change target: +10% a year from a baseline'].indicator;
  const observations = [
    { period: '2023', value: 4.3, n: 6 },
    { period: '2024', value: 4.9, n: 60 },
    { period: '2025', value: 5.2, n: 61 },
  ];

  it('does not draw or list a change target that starts from a hidden value, nor a baseline copying it', () => {
    const { container } = chart({
      indicator: hours,
      series: [{ id: 'a', label: 'a', observations }],
      target: { kind: 'change', change: 10, changeUnit: 'percent', per: 'year', from: { period: '2023', value: 4.3 }, basis: { kind: 'research' } },
      baseline: { period: '2023', value: 4.3 },
      locale: 'en',
      defaultShowTable: true,
    });
    const all = everything(container);
    expect(all).not.toContain('4.3');
    expect(all).not.toContain('4.73'); // 4.3 × 1.1, from which 4.3 could be worked back
    expect(container.querySelector('.rch-trend__baseline')).toBeNull();
  });

  it('keeps a stricter outer rule when a component passes an unusable one', async () => {
    const { RecheshProvider } = await import('../../provider/RecheshProvider.js');
    for (const bad of [Number.NaN, -5, '30' as unknown as number]) {
      const { container, unmount } = render(
        <RecheshProvider suppression={{ minN: 30 }}>
          <TargetTrendChart
            indicator={hours}
            suppression={{ minN: bad }}
            series={[{ id: 'a', label: 'a', observations: [{ period: '2024', value: 7.7, n: 15 }, { period: '2025', value: 8.8, n: 100 }] }]}
            locale="en"
            defaultShowTable
          />
        </RecheshProvider>,
      );
      expect(everything(container)).not.toContain('7.7');
      unmount();
    }
  });
});

describe('keyboard state when the data changes', () => {
  it('clamps the active point to the new, shorter data instead of going silent', () => {
    const long = ex['three operators with long Hebrew names'];
    const { rerender } = chart({ ...long, locale: 'en' });
    const app = screen.getByRole('application');
    fireEvent.focus(app);
    fireEvent.keyDown(app, { key: 'ArrowDown' });
    fireEvent.keyDown(app, { key: 'ArrowDown' });
    rerender(<TargetTrendChart {...ex['a single point']} locale="en" />);
    fireEvent.keyDown(screen.getByRole('application'), { key: 'ArrowLeft' });
    const live = plain(document.querySelector('[aria-live="polite"]')?.textContent);
    expect(live).toContain('Q3 2025');
  });

  it('leaves Alt+Arrow (browser Back) and an idle Escape to the page', () => {
    chart({ ...ex['absolute target, met in recent quarters'], locale: 'en' });
    const app = screen.getByRole('application');
    const alt = new KeyboardEvent('keydown', { key: 'ArrowLeft', altKey: true, bubbles: true, cancelable: true });
    app.dispatchEvent(alt);
    expect(alt.defaultPrevented).toBe(false);
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    app.dispatchEvent(esc);
    expect(esc.defaultPrevented).toBe(false);
  });

  it('opens the table with the T key on a Hebrew keyboard layout (key "א", code KeyT)', () => {
    chart({ ...ex['absolute target, met in recent quarters'], locale: 'he' });
    fireEvent.keyDown(screen.getByRole('application'), { key: 'א', code: 'KeyT' });
    expect(screen.getByRole('table')).toBeTruthy();
  });

  it('does not speak through the live region while the mouse moves', () => {
    chart({ ...ex['absolute target, met in recent quarters'], locale: 'en' });
    fireEvent.pointerMove(screen.getByRole('application'), { clientX: 100, clientY: 100 });
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe('');
    expect(document.querySelector('.rch-trend__tooltip')).toBeTruthy();
  });
});

describe('periods of different kinds', () => {
  it('are refused with a clear message: quarters and years on one axis would leave gaps and mislead the trend', () => {
    const quarterly = ex['relative to the national benchmark'];
    render(
      <TargetTrendChart
        {...quarterly}
        series={[quarterly.series[0]!, { id: 'national', role: 'benchmark', label: 'national', observations: [{ period: '2023', value: 20, n: 900 }] }]}
        locale="en"
      />,
    );
    const panel = screen.getByRole('group', { name: 'This component cannot be shown' });
    expect(plain(panel.textContent)).toContain('All periods must be of one kind');
    expect(plain(panel.textContent)).toContain('series[1].observations[0].period');
  });
});
