import * as React from 'react';
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { render, screen, within, fireEvent, act } from '@testing-library/react';
import * as fc from 'fast-check';
import { format_value, type Indicator, type Observation } from '@rechesh/core';
import { RecheshProvider } from '../../provider/RecheshProvider.js';
import { IndicatorCard, type IndicatorCardProps } from './IndicatorCard.js';
import { indicatorCardExamples as ex, invalidIndicatorCardExamples as bad, detoxCompletion } from './IndicatorCard.examples.js';

// SVG drawing attributes are numbers too (coordinates, stroke widths); that no suppressed value
// is drawn is checked by the Sparkline's own gap tests. SVG aria text is checked here.

/** Everything a person or a screen reader could get from the rendered tree: text and attributes. */
function everything(container: HTMLElement): string {
  const parts: string[] = [container.textContent ?? ''];
  for (const el of Array.from(container.ownerDocument.body.querySelectorAll('*'))) {
    const svg = el.namespaceURI === 'http://www.w3.org/2000/svg';
    for (const attr of Array.from(el.attributes)) if (!svg || attr.name.startsWith('aria-')) parts.push(attr.value);
  }
  return parts.join('\n');
}

/** Visible text without the invisible bidi isolates and marks. */
function plain(el: Element): string {
  return (el.textContent ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '');
}

function card(props: Partial<IndicatorCardProps> & Pick<IndicatorCardProps, 'indicator' | 'observations'>) {
  return render(<IndicatorCard {...props} />);
}

describe('given the example "meets its target" in Hebrew', () => {
  it('shows the name, the latest value, the target and the status in words', () => {
    card({ ...ex['meets its target'], locale: 'he' });
    const article = screen.getByRole('article', { name: 'שיעור המטופלים שהשלימו גמילה פיזיולוגית' });
    expect(article.getAttribute('dir')).toBe('rtl');
    expect(article.textContent).toContain('89.2%'); // 74 / 83
    expect(article.textContent).toContain('75.0%');
    expect(article.textContent).toContain('עומד ביעד');
    expect(article.textContent).toContain('רבעון 3 2025');
  });

  it('shows how far the value is from the target in percentage points', () => {
    card({ ...ex['meets its target'], locale: 'en' });
    expect(plain(screen.getByRole('article'))).toContain('14.2 pts from the target');
  });

  it('shows the change from the previous period with its sign', () => {
    card({ ...ex['meets its target'], locale: 'en' });
    // 68/80 = 85.0 → 74/83 = 89.2
    expect(plain(screen.getByRole('article'))).toContain('+4.2 pts');
  });

  it('shows n, the confidence interval and the baseline', () => {
    card({ ...ex['meets its target'], locale: 'en' });
    const text = screen.getByRole('article').textContent ?? '';
    expect(text).toContain('Cases (n)83');
    expect(text).toMatch(/95% confidence interval\d+(\.\d)?%–\d+(\.\d)?%/);
    expect(text).toContain('66.4%');
  });

  it('describes the sparkline in words for screen readers', () => {
    card({ ...ex['meets its target'], locale: 'en' });
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toBe('Last 7 periods. From 66.7% in Q1 2024 to 89.2% in Q3 2025');
  });
});

describe('given an indicator where lower is better', () => {
  it('says the target is not met when the value is above it', () => {
    card({ ...ex['lower is better and the target is missed'], locale: 'he' });
    expect(screen.getByRole('article').textContent).toContain('אינו עומד ביעד');
    expect(screen.getByRole('article').getAttribute('data-status')).toBe('worse');
  });
});

describe('given an indicator with no preferred direction', () => {
  it('says above or below the target, without a value judgement', () => {
    card({ ...ex['no preferred direction'], locale: 'en' });
    const article = screen.getByRole('article');
    expect(article.textContent).toContain('Above the target');
    expect(article.textContent).not.toContain('Meets the target');
  });
});

describe('given a value from fewer than 10 cases', () => {
  const example = ex['suppressed because fewer than 10 cases'];
  const hidden = format_value((100 * 2) / 7, 'percent', { locale: 'he' }); // 28.6%

  it('says there are too few cases to show, and states the rule', () => {
    card({ ...example, locale: 'he' });
    const article = screen.getByRole('article');
    expect(article.textContent).toContain('מעט מדי מקרים להצגה');
    expect(article.textContent).toContain('פחות מ-10 מקרים');
  });

  it('never puts the value, its interval or its n anywhere in the page', () => {
    const { container } = card({ ...example, locale: 'he' });
    const all = everything(container);
    expect(all).not.toContain(hidden);
    expect(all).not.toContain('28.6');
    expect(all).not.toContain('מספר מקרים (n)');
  });

  it('does not show a status against the target or a change from the previous period', () => {
    card({ ...example, locale: 'en' });
    const text = screen.getByRole('article').textContent ?? '';
    expect(text).not.toMatch(/Meets the target|Does not meet the target|pts from the target/);
    expect(text).toContain('No comparable previous period');
  });

  it('honours a stricter rule from the provider', () => {
    render(
      <RecheshProvider locale="en" suppression={{ minN: 15 }}>
        <IndicatorCard {...ex['unstable: between 10 and 19 cases']} />
      </RecheshProvider>,
    );
    expect(screen.getByRole('article').textContent).toContain('Too few cases to show');
    expect(screen.getByRole('article').textContent).toContain('fewer than 15 cases');
  });
});

describe('caution badges', () => {
  const kinds = (container: HTMLElement) =>
    Array.from(container.querySelectorAll('[data-caution]')).map((el) => el.getAttribute('data-caution'));

  it('flag an unstable value from 10 to 19 cases, with the n and the threshold', () => {
    const { container } = card({ ...ex['unstable: between 10 and 19 cases'], locale: 'en' });
    expect(kinds(container)).toContain('unstable');
    expect(screen.getByText(/Based on 14 cases \(fewer than 20\)/)).toBeTruthy();
  });

  it('flag an experimental indicator whose definition changed in the shown period', () => {
    const { container } = card({ ...ex['experimental indicator whose definition changed this period'], locale: 'en' });
    expect(kinds(container)).toEqual(expect.arrayContaining(['experimental', 'definition-changed']));
  });

  it('break the sparkline at the revision and say so in its description', () => {
    const example = ex['experimental indicator whose definition changed this period'];
    const { container } = card({ ...example, period: '2025-Q3', locale: 'en' });
    expect(container.querySelector('.rch-sparkline__line')!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Definition changed: Q1 2025');
  });

  it('hide a change target\'s starting value and a baseline that copy a hidden measurement', () => {
    const observations = [
      { period: '2024', value: 4.3, n: 6 },
      { period: '2025', value: 5.2, n: 60 },
    ];
    const { container } = card({
      indicator: { ...detoxCompletion, unit: 'hours', decimals: 1 },
      observations,
      target: { kind: 'change', change: 10, changeUnit: 'percent', from: { period: '2024', value: 4.3 }, basis: { kind: 'research' } },
      baseline: { period: '2024', value: 4.3 },
      locale: 'en',
    });
    fireEvent.click(screen.getByRole('button', { name: /Measurement plan/ }));
    expect(screen.getByRole('dialog').textContent?.replace(/[\u2066-\u2069]/g, '')).toContain('Target: change of +10% from Too few cases to show');
    // The dialog is portalled to <body>: check the whole page.
    expect(everything(document.body)).not.toContain('4.3');
    expect(everything(container)).not.toContain('4.73');
  });

  it('flag a target without a basis', () => {
    const { container } = card({ ...ex['target without a basis'], locale: 'he' });
    expect(kinds(container)).toContain('target-without-basis');
    expect(screen.getByText('יעד ללא בסיס')).toBeTruthy();
  });

  it('name the data-quality flags in words', () => {
    card({ ...ex['flagged for data quality'], locale: 'en' });
    expect(screen.getByText(/incomplete data, reported late/)).toBeTruthy();
  });

  it('are absent when nothing calls for caution', () => {
    const { container } = card({ ...ex['meets its target'], locale: 'en' });
    expect(kinds(container)).toEqual([]);
  });
});

describe('language and direction', () => {
  it('uses the translated name when the data has one, and marks a Hebrew-only name with lang="he"', () => {
    card({ ...ex['meets its target'], locale: 'ar' });
    expect(screen.getByRole('article', { name: 'نسبة المتعالجين الذين أتمّوا الفطام الجسدي' })).toBeTruthy();
    const { container } = card({ ...ex['no target set'], locale: 'en' });
    const heading = container.querySelector('h3 span[lang="he"]');
    expect(heading?.textContent).toBe('מספר אנשי צוות טיפולי במשמרת לילה');
    expect(heading?.getAttribute('dir')).toBe('rtl');
  });

  it('follows <html lang dir> when there is no provider', () => {
    document.documentElement.lang = 'ar';
    document.documentElement.dir = 'rtl';
    card({ ...ex['meets its target'] });
    const article = screen.getByRole('article');
    expect(article.getAttribute('lang')).toBe('ar');
    expect(article.getAttribute('dir')).toBe('rtl');
    expect(article.textContent).toContain('يحقق الهدف');
  });

  it('uses Latin digits in Arabic by default and Arabic-Indic digits when asked', () => {
    const { unmount } = card({ ...ex['meets its target'], locale: 'ar' });
    expect(screen.getByRole('article').textContent).toContain('89.2');
    unmount();
    card({ ...ex['meets its target'], locale: 'ar', numberingSystem: 'arab' });
    expect(screen.getByRole('article').textContent).toContain('٨٩٫٢');
  });

  it('lets a portal reword any string', () => {
    card({ ...ex['meets its target'], locale: 'he', messages: { 'card.openPlan': 'פרטי המדד' } });
    // The reworded label stays at the start of the button's accessible name (WCAG 2.5.3).
    const button = screen.getByRole('button', { name: /^פרטי המדד\s*:\s*שיעור המטופלים שהשלימו גמילה פיזיולוגית$/ });
    expect(button.textContent).toContain('פרטי המדד');
    expect(screen.queryByRole('button', { name: /תכנית מדידה/ })).toBeNull();
  });
});

describe('the measurement plan dialog', () => {
  it('opens from the button and shows formula, source, collector, frequency, responsibility, target basis and revisions', () => {
    card({ ...ex['meets its target'], locale: 'en' });
    fireEvent.click(screen.getByRole('button', { name: /^Measurement plan\s*:\s*Patients who completed physiological detox$/ }));
    const dialog = screen.getByRole('dialog');
    const text = dialog.textContent ?? '';
    expect(text).toContain('Patients who finished physiological detox as planned');
    expect(text).toContain('All patients admitted to the unit in the quarter');
    expect(text).toContain("The unit's medical records");
    expect(text).toContain('Quarterly extract from the electronic record');
    expect(text).toContain("The operator's measurement coordinator");
    expect(text).toContain('Quarterly');
    expect(text).toContain('Mainly the operator');
    expect(text).toContain('Based on a previous measurement');
    expect(text).toContain('Planned revision at the end of the first contract year');
  });

  it('carries the direction and language into the portal', () => {
    card({ ...ex['meets its target'], locale: 'he' });
    fireEvent.click(screen.getByRole('button', { name: /תכנית מדידה/ }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('dir')).toBe('rtl');
    expect(dialog.closest('[lang]')?.getAttribute('lang')).toBe('he');
  });

  it('says plainly when a target has no basis', () => {
    card({ ...ex['target without a basis'], locale: 'en' });
    fireEvent.click(screen.getByRole('button', { name: /Measurement plan/ }));
    expect(within(screen.getByRole('dialog')).getByText('No basis was given for this target')).toBeTruthy();
  });

  it('closes with Escape', () => {
    card({ ...ex['meets its target'], locale: 'en' });
    fireEvent.click(screen.getByRole('button', { name: /Measurement plan/ }));
    act(() => {
      fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('given invalid data', () => {
  it.each(Object.keys(bad))('shows the error panel instead of crashing: %s', (name) => {
    render(<IndicatorCard {...(bad[name] as unknown as IndicatorCardProps)} locale="en" />);
    const panel = screen.getByRole('group', { name: 'This component cannot be shown' });
    expect(panel.querySelectorAll('li').length).toBeGreaterThan(0);
  });

  it('names the field and the problem in the user language', () => {
    render(<IndicatorCard {...(bad['invalid data: unknown kind, value not a number, impossible period'] as unknown as IndicatorCardProps)} locale="he" />);
    const panel = screen.getByRole('group', { name: 'לא ניתן להציג את הרכיב' });
    const paths = Array.from(panel.querySelectorAll('code')).map((c) => c.textContent);
    expect(paths).toEqual(expect.arrayContaining(['indicator.kind', 'observations[0].period', 'observations[1].value']));
  });

  it('keeps the rest of the page working', () => {
    render(
      <div>
        <IndicatorCard {...(bad['invalid data: missing indicator'] as unknown as IndicatorCardProps)} locale="en" />
        <IndicatorCard {...ex['meets its target']} locale="en" />
      </div>,
    );
    expect(screen.getByRole('group', { name: 'This component cannot be shown' })).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Patients who completed physiological detox' })).toBeTruthy();
  });
});

describe('property: any input', () => {
  // The boundary would catch a crash and show a generic panel; a crash still counts as a bug.
  let spy: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    const crashes = spy.mock.calls.filter((c: unknown[]) => String(c[0]).includes('failed to render'));
    spy.mockRestore();
    expect(crashes).toEqual([]);
  });

  it('never throws out of the card, and renders either a card or the error panel', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (indicator, observations, target) => {
        const { container, unmount } = render(
          <IndicatorCard
            indicator={indicator as Indicator}
            observations={observations as Observation[]}
            target={target as never}
            locale="he"
          />,
        );
        const ok = container.querySelector('article.rch-card, [data-rch-error]');
        unmount();
        return ok !== null;
      }),
      { numRuns: 150 },
    );
  });

  it('never throws for valid indicators with malformed observations (NaN, Infinity, negatives, duplicates)', () => {
    const number = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 0, 1e308));
    const obs = fc.record(
      {
        period: fc.oneof(fc.constantFrom('2025-Q1', '2025-Q2', '2025-Q5', '2025', '2024/25', ''), fc.string()),
        value: fc.oneof(number, fc.constant(null)),
        n: fc.oneof(fc.nat(), number),
        interval: fc.record({ lower: number, upper: number }),
      },
      { requiredKeys: ['period'] },
    );
    fc.assert(
      fc.property(fc.array(obs, { maxLength: 12 }), (observations) => {
        const { container, unmount } = render(
          <IndicatorCard indicator={detoxCompletion} observations={observations as Observation[]} locale="en" />,
        );
        const ok = container.querySelector('article.rch-card, [data-rch-error]');
        unmount();
        return ok !== null;
      }),
      { numRuns: 150 },
    );
  });

  it('never shows a value from fewer than 10 cases, for any series', () => {
    // Showable periods hold whole numbers 50–60 (formatted "55.0%"); the suppressed period holds a
    // value with a non-zero tenth, so its formatted form cannot collide with anything else shown.
    const periods = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: periods.length - 1 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 49 }).chain((i) => fc.integer({ min: 1, max: 9 }).map((d) => i + d / 10)),
        fc.array(fc.integer({ min: 50, max: 60 }), { minLength: periods.length, maxLength: periods.length }),
        fc.constantFrom('he' as const, 'ar' as const, 'en' as const),
        (hiddenAt, n, hiddenValue, others, locale) => {
          const observations: Observation[] = periods.map((period, i) =>
            i === hiddenAt ? { period, value: hiddenValue, n } : { period, value: others[i]!, n: 200 },
          );
          const { container, unmount } = render(
            <IndicatorCard
              indicator={detoxCompletion}
              observations={observations}
              target={{ kind: 'relative-to-own-past', change: 5, changeUnit: 'points', lag: 1 }}
              locale={locale}
            />,
          );
          const all = everything(container);
          unmount();
          const shown = format_value(hiddenValue, 'percent', { locale });
          return !all.includes(shown) && !all.includes(String(hiddenValue));
        },
      ),
      { numRuns: 120 },
    );
  });
});
