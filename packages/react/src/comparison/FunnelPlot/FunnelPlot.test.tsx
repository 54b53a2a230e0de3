import * as React from 'react';
import { describe, it, expect, vi, afterEach } from 'vitest';
import { render, screen, fireEvent, cleanup } from '@testing-library/react';
import * as fc from 'fast-check';
import { format_value } from '@rechesh/core';
import { FunnelPlot, type FunnelOperator, type FunnelPlotProps } from './FunnelPlot.js';
import { funnelPlotExamples as ex, invalidFunnelPlotExamples as bad, twelveOperators } from './FunnelPlot.examples.js';

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

const live = (c: HTMLElement) => plain(c.querySelector('[aria-live="polite"]')?.textContent);
const plot = (c: HTMLElement) => c.querySelector('[role="application"]') as HTMLElement;

function funnel(props: Omit<FunnelPlotProps, 'ref'>) {
  return render(<FunnelPlot width={640} {...props} />);
}

afterEach(() => cleanup());

describe('the worked example (12 operators around a 70% benchmark), in English', () => {
  it('summarises how many are within, above and below the limits, in polarity words, with the benchmark', () => {
    const { container } = funnel({ ...ex['twelve operators, two outside the limits'], locale: 'en' });
    const summary = plain(container.querySelector('.rch-funnel__summary')?.textContent);
    expect(summary).toContain('Operators compared: 12. Benchmark: National average (70.0%).');
    expect(summary).toContain('Within the 95% limits (similar to the benchmark, given their number of cases): 10.');
    expect(summary).toContain('Above the 95% limits (better than the benchmark): 1, of them above the 99.8% limits: 1.');
    expect(summary).toContain('Below the 95% limits (worse than the benchmark): 1, of them below the 99.8% limits: 0.');
    expect(summary).toContain('No overdispersion adjustment');
  });

  it('draws one point per operator with shapes by side, and the two limit levels and the benchmark', () => {
    const { container } = funnel({ ...ex['twelve operators, two outside the limits'], locale: 'en' });
    const points = container.querySelectorAll('.rch-funnel__point');
    expect(points.length).toBe(12);
    expect(container.querySelectorAll('.rch-funnel__point[data-side="within"]').length).toBe(10);
    const above = container.querySelector('.rch-funnel__point[data-side="above"] path')?.getAttribute('d');
    const within = container.querySelector('.rch-funnel__point[data-side="within"] path')?.getAttribute('d');
    expect(above).not.toBe(within);
    for (const level of ['95', '99.8']) {
      const paths = container.querySelectorAll(`.rch-funnel__limit[data-level="${level}"] path`);
      expect(paths.length).toBe(2);
      for (const p of Array.from(paths)) expect(p.getAttribute('d')).toMatch(/^M/);
    }
    expect(container.querySelector('.rch-funnel__benchmark')).toBeTruthy();
    const legend = screen.getByRole('list', { name: 'Legend' }).textContent;
    expect(legend).toContain('95% control limits');
    expect(legend).toContain('99.8% control limits');
    expect(legend).toContain('National average');
  });

  it('labels the point above the 99.8% limits, and the point below, but not the ones within', () => {
    const { container } = funnel({ ...ex['twelve operators, two outside the limits'], locale: 'en' });
    const labels = Array.from(container.querySelectorAll('.rch-funnel__label')).map((t) => plain(t.textContent));
    expect(labels.sort()).toEqual(['Beit Dror', 'Ofek Centre']);
    const top = container.querySelector('.rch-funnel__point[data-position="above-99.8"] .rch-funnel__label');
    expect(plain(top?.textContent)).toBe('Ofek Centre');
    expect(['start', 'end']).toContain(top?.getAttribute('text-anchor'));
  });

  it('announces the point above the 99.8% limits when reached with the keyboard', () => {
    const { container } = funnel({ ...ex['twelve operators, two outside the limits'], locale: 'en' });
    const app = plot(container);
    fireEvent.focus(app);
    // Ofek Centre has the largest n: End reaches it.
    fireEvent.keyDown(app, { key: 'End' });
    expect(live(container)).toBe('Ofek Centre: 82.5% of 400 cases, above the 99.8% limits (better than the benchmark)');
    fireEvent.keyDown(app, { key: 'Home' });
    expect(live(container)).toContain('New Way: 71.4% of 35 cases, within the 95% limits');
  });

  it('says nothing in the live region for pointer hovering', () => {
    const { container } = funnel({ ...ex['twelve operators, two outside the limits'], locale: 'en' });
    fireEvent.pointerMove(plot(container), { clientX: 10, clientY: 10 });
    expect(live(container)).toBe('');
  });

  it('uses words for the lower-is-better polarity', () => {
    const { container } = funnel({ ...ex['lower is better: readmission'], locale: 'en' });
    const summary = plain(container.querySelector('.rch-funnel__summary')?.textContent);
    expect(summary).toContain('Above the 95% limits (worse than the benchmark): 1');
    expect(summary).toContain('Below the 95% limits (better than the benchmark): 1');
  });

  it('says the overdispersion adjustment and φ when it is on', () => {
    const { container } = funnel({ ...ex['overdispersion adjustment on'], locale: 'en' });
    expect(plain(container.querySelector('.rch-funnel__summary')?.textContent)).toMatch(/widened for overdispersion \(φ = \d\.\d\d\)/);
  });

  it('speaks Hebrew by default', () => {
    const { container } = funnel(ex['twelve operators, two outside the limits']);
    expect(container.querySelector('figure')?.getAttribute('dir')).toBe('rtl');
    expect(plain(container.querySelector('.rch-funnel__summary')?.textContent)).toContain('מספר המפעילים שהושוו: 12.');
  });
});

describe('the table alternative', () => {
  it('opens with the button or T and lists operator, n, rate and position in words', () => {
    const { container } = funnel({ ...ex['a suppressed and a new operator'], locale: 'en' });
    const button = screen.getByRole('button', { name: 'Show as a table' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(plot(container), { key: 'ה', code: 'KeyT' });
    expect(screen.getByRole('button', { name: 'Hide the table' }).getAttribute('aria-expanded')).toBe('true');
    const rows = screen.getAllByRole('row').slice(1).map((r) => plain(r.textContent));
    expect(rows.find((r) => r.startsWith('Ofek Centre'))).toBe('Ofek Centre40082.5%above the 99.8% limits (better than the benchmark)');
    expect(rows.find((r) => r.startsWith('Small Centre'))).toBe('Small CentreToo few cases to showToo few cases');
    // The new operator comes last, apart, and is not compared.
    expect(rows[rows.length - 1]).toContain('New northern operator');
    expect(rows[rows.length - 1]).toContain('New operator, not compared');
    fireEvent.click(screen.getByRole('button', { name: 'Hide the table' }));
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('suppression and new operators', () => {
  it('does not draw a suppressed operator nor a new one', () => {
    const { container } = funnel({ ...ex['a suppressed and a new operator'], locale: 'en' });
    expect(container.querySelectorAll('.rch-funnel__point').length).toBe(8);
    expect(plain(container.querySelector('.rch-funnel__new')?.textContent)).toBe('New operators (not compared): New northern operator');
    const summary = plain(container.querySelector('.rch-funnel__summary')?.textContent);
    expect(summary).toContain('Operators compared: 8.');
    expect(summary).toContain('Operators with too few cases to show: 1.');
    expect(summary).toContain('New operators, listed apart and not compared: 1.');
  });

  it('never shows the proportion or n of a suppressed operator, anywhere (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.nat(),
        fc.constantFrom<'he' | 'ar' | 'en'>('he', 'ar', 'en'),
        (n, e, locale) => {
          const events = e % (n + 1);
          const secret: FunnelOperator = { id: 'secret', label: 'Hidden operator', events, n };
          const { container, unmount } = render(
            <FunnelPlot
              {...ex['twelve operators, two outside the limits']}
              operators={[...twelveOperators, secret]}
              locale={locale}
              width={640}
              defaultShowTable
            />,
          );
          const text = everything(container);
          const fmt = { locale, numberingSystem: 'latn' as const };
          const forbidden = [0, 1, 2].map((d) => format_value((100 * events) / n, 'percent', { ...fmt, decimals: d }));
          // Other operators' values can coincide by chance; check the secret's row and aria instead.
          const row = Array.from(container.querySelectorAll('tr')).find((r) => r.textContent?.includes('Hidden operator'));
          expect(row).toBeTruthy();
          const rowText = plain(row!.textContent);
          for (const f of forbidden) expect(rowText).not.toContain(plain(f));
          expect(rowText).not.toMatch(new RegExp(`(^|\\D)${n}(\\D|$)`));
          expect(container.querySelectorAll('.rch-funnel__point').length).toBe(12);
          // Exploring every point never reaches it.
          const app = plot(container);
          fireEvent.focus(app);
          for (let i = 0; i < 13; i++) {
            expect(live(container)).not.toContain('Hidden operator');
            fireEvent.keyDown(app, { key: locale === 'en' ? 'ArrowRight' : 'ArrowLeft' });
          }
          expect(text.includes('Hidden operator')).toBe(true); // listed, as "too few cases"
          unmount();
        },
      ),
      { numRuns: 25 },
    );
  }, 30_000);
});

describe('anonymised', () => {
  it('shows no original name anywhere, and its labels are stable across renders and input order', () => {
    const { container, rerender } = funnel({ ...ex['anonymised for publication'], locale: 'en', defaultShowTable: true });
    const dump = JSON.stringify(everything(container));
    for (const o of twelveOperators) {
      for (const name of Object.values(o.label as Record<string, string>)) expect(dump).not.toContain(name);
      expect(dump).not.toContain(o.id);
    }
    const labels = () => Array.from(container.querySelectorAll('.rch-funnel__label')).map((t) => plain(t.textContent)).sort();
    const first = labels();
    expect(first.every((l) => /^[A-L]$/.test(l))).toBe(true);
    rerender(<FunnelPlot {...ex['anonymised for publication']} operators={[...twelveOperators].reverse()} locale="en" width={640} defaultShowTable />);
    expect(labels()).toEqual(first);
  });
});

describe('selection', () => {
  it('uncontrolled: Enter selects the active operator and reports its id', () => {
    const onChange = vi.fn();
    const { container } = funnel({ ...ex['twelve operators, two outside the limits'], locale: 'en', onSelectedIdChange: onChange });
    const app = plot(container);
    fireEvent.focus(app);
    fireEvent.keyDown(app, { key: 'End' });
    fireEvent.keyDown(app, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('op-01');
    expect(container.querySelector('.rch-funnel__point[data-selected]')?.getAttribute('data-position')).toBe('above-99.8');
    expect(live(container)).toContain('(selected)');
  });

  it('controlled: follows selectedId and does not change it by itself', () => {
    const onChange = vi.fn();
    const props = { ...ex['twelve operators, two outside the limits'], locale: 'en' as const, width: 640, onSelectedIdChange: onChange };
    const { container, rerender } = render(<FunnelPlot {...props} selectedId="op-02" />);
    const selected = () => container.querySelector('.rch-funnel__point[data-selected]')?.getAttribute('data-position');
    expect(selected()).toBe('below-95');
    const app = plot(container);
    fireEvent.focus(app);
    fireEvent.keyDown(app, { key: 'End' });
    fireEvent.keyDown(app, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('op-01');
    expect(selected()).toBe('below-95');
    rerender(<FunnelPlot {...props} selectedId="op-01" />);
    expect(selected()).toBe('above-99.8');
  });

  it('defaultSelectedId marks the row in the table', () => {
    funnel({ ...ex['twelve operators, two outside the limits'], locale: 'en', defaultSelectedId: 'op-03', defaultShowTable: true });
    const row = screen.getAllByRole('row').find((r) => r.hasAttribute('data-selected'));
    expect(plain(row?.textContent)).toContain('Neve Shalom');
  });
});

describe('invalid props', () => {
  it('shows the error panel with paths into the data', () => {
    const { container } = funnel({ ...bad['events above n, a duplicate id, a benchmark out of range'], locale: 'en' });
    const panel = container.querySelector('[data-rch-error]');
    expect(panel?.getAttribute('data-component')).toBe('FunnelPlot');
    const text = plain(panel?.textContent);
    expect(text).toContain('operators[1].events');
    expect(text).toContain('operators[2].id');
    expect(text).toContain('operators[2].events');
    expect(text).toContain('benchmark.value');
    expect(container.querySelector('[role="application"]')).toBeNull();
  });

  it('rejects a non-percent indicator and infinite n', () => {
    const { container } = funnel({
      ...ex['twelve operators, two outside the limits'],
      indicator: { ...ex['twelve operators, two outside the limits'].indicator, unit: 'count' },
      operators: [{ id: 'x', label: 'x', events: 1, n: Number.POSITIVE_INFINITY }],
      locale: 'en',
    });
    const text = plain(container.querySelector('[data-rch-error]')?.textContent);
    expect(text).toContain('indicator.unit');
    expect(text).toContain('operators[0].n');
  });

  it('shows the summary and no plot when there are no operators', () => {
    const { container } = funnel({ ...ex['no operators yet'], locale: 'en' });
    expect(plain(container.querySelector('.rch-funnel__summary')?.textContent)).toBe('No operator has enough cases to compare.');
    expect(container.querySelector('[role="application"]')).toBeNull();
  });
});

describe('robustness', () => {
  it('never throws nor fails to render on random operators', () => {
    const spy = vi.spyOn(console, 'error');
    const opArb = fc.record({
      events: fc.oneof(fc.nat(2000), fc.double({ noNaN: false })),
      n: fc.oneof(fc.nat(2000), fc.double({ noNaN: false })),
      isNew: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 30 }),
        fc.double({ min: -10, max: 110, noNaN: true }),
        fc.boolean(),
        fc.boolean(),
        (ops, bench, overdispersion, anonymise) => {
          const operators = ops.map((o, i) => ({ id: `o${i}`, label: `Op ${i}`, ...o }));
          const { container, unmount } = render(
            <FunnelPlot
              {...ex['twelve operators, two outside the limits']}
              operators={operators}
              benchmark={{ value: bench, label: 'B' }}
              overdispersion={overdispersion}
              anonymise={anonymise}
              locale="en"
              width={500}
              defaultShowTable
            />,
          );
          expect(container.querySelector('figure, [data-rch-error]')).toBeTruthy();
          const app = container.querySelector('[role="application"]');
          if (app) {
            fireEvent.focus(app);
            fireEvent.keyDown(app, { key: 'End' });
            fireEvent.keyDown(app, { key: 'ArrowLeft' });
            fireEvent.keyDown(app, { key: 'Enter' });
          }
          unmount();
        },
      ),
      { numRuns: 60 },
    );
    const failures = spy.mock.calls.filter((c) => String(c[0]).includes('[rechesh]') && String(c[0]).includes('failed to render'));
    expect(failures).toEqual([]);
    spy.mockRestore();
  });
});

describe('wording', () => {
  it('comes from the comparison catalog, so a portal can reword it with messages', () => {
    const [first] = Object.values(ex);
    render(<FunnelPlot {...(first as FunnelPlotProps)} locale="en" messages={{ 'funnel.summaryCaution': 'Read with care.' }} />);
    expect(document.querySelector('.rch-funnel__summary')?.textContent).toContain('Read with care.');
  });
});
