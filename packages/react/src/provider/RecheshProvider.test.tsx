import * as React from 'react';
import { describe, it, expect } from 'vitest';
import { render, screen, act, waitFor } from '@testing-library/react';
import type { Locale } from '@rechesh/core';
import { RecheshProvider, useRechesh, type RecheshSettings } from './RecheshProvider.js';
import { IndicatorCard } from '../indicators/IndicatorCard/IndicatorCard.js';
import { indicatorCardExamples as ex } from '../indicators/IndicatorCard/IndicatorCard.examples.js';
import { indicatorsCatalog } from '../internal/catalogs.js';

/** Shows what useRechesh resolved, as data attributes a test can read. */
function Probe(props: RecheshSettings) {
  const s = useRechesh(props, indicatorsCatalog);
  return (
    <output
      data-testid="probe"
      data-locale={s.locale}
      data-dir={s.dir}
      data-theme={s.theme ?? ''}
      data-numbering={s.numberingSystem}
      data-min-n={s.suppression.minN}
      data-unstable-n={s.suppression.unstableN}
    >
      {s.t('card.openPlan')}
    </output>
  );
}

function probe() {
  const el = screen.getByTestId('probe');
  return {
    locale: el.getAttribute('data-locale'),
    dir: el.getAttribute('data-dir'),
    theme: el.getAttribute('data-theme'),
    numbering: el.getAttribute('data-numbering'),
    minN: Number(el.getAttribute('data-min-n')),
    unstableN: Number(el.getAttribute('data-unstable-n')),
    text: el.textContent,
  };
}

/** The wrapper div a provider renders. */
function wrappers(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll('div.rch-root'));
}

describe("the provider's wrapper", () => {
  it('carries dir, lang and data-rch-theme around its children', () => {
    const { container } = render(
      <RecheshProvider locale="en" theme="dark">
        <p>child</p>
      </RecheshProvider>,
    );
    const [root] = wrappers(container);
    expect(root).toBeDefined();
    expect(root!.getAttribute('dir')).toBe('ltr');
    expect(root!.getAttribute('lang')).toBe('en');
    expect(root!.getAttribute('data-rch-theme')).toBe('dark');
    expect(root!.contains(screen.getByText('child'))).toBe(true);
  });

  it.each([
    ['he', 'rtl'],
    ['ar', 'rtl'],
    ['en', 'ltr'],
  ] as const)('reads %s as %s', (locale: Locale, dir) => {
    const { container } = render(
      <RecheshProvider locale={locale}>
        <Probe />
      </RecheshProvider>,
    );
    expect(wrappers(container)[0]!.getAttribute('dir')).toBe(dir);
    expect(wrappers(container)[0]!.getAttribute('lang')).toBe(locale);
    expect(probe()).toMatchObject({ locale, dir });
  });

  it('defaults to Hebrew, right to left, with no theme attribute', () => {
    const { container } = render(
      <RecheshProvider>
        <Probe />
      </RecheshProvider>,
    );
    const [root] = wrappers(container);
    expect(root!.getAttribute('lang')).toBe('he');
    expect(root!.getAttribute('dir')).toBe('rtl');
    expect(root!.hasAttribute('data-rch-theme')).toBe(false);
    expect(probe()).toMatchObject({ locale: 'he', dir: 'rtl', theme: '' });
  });

  it('lets an explicit dir override the direction of the locale', () => {
    const { container } = render(
      <RecheshProvider locale="he" dir="ltr">
        <Probe />
        <IndicatorCard {...ex['meets its target']} />
      </RecheshProvider>,
    );
    expect(wrappers(container)[0]!.getAttribute('dir')).toBe('ltr');
    expect(probe()).toMatchObject({ locale: 'he', dir: 'ltr' });
    const article = screen.getByRole('article');
    expect(article.getAttribute('dir')).toBe('ltr');
    expect(article.getAttribute('lang')).toBe('he');
  });

  it('renders no wrapper with wrap={false}, and still passes its settings down', () => {
    const { container } = render(
      <RecheshProvider locale="ar" theme="high-contrast" wrap={false}>
        <Probe />
      </RecheshProvider>,
    );
    expect(wrappers(container)).toHaveLength(0);
    expect(container.firstElementChild?.tagName.toLowerCase()).toBe('output');
    expect(probe()).toMatchObject({ locale: 'ar', dir: 'rtl', theme: 'high-contrast' });
  });
});

describe('a provider without a locale, on a page with <html lang dir>', () => {
  it('lets its children follow the page', () => {
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'ltr';
    render(
      <RecheshProvider theme="dark">
        <Probe />
      </RecheshProvider>,
    );
    expect(probe()).toMatchObject({ locale: 'en', dir: 'ltr', theme: 'dark' });
  });

  it('marks its wrapper with the page language and direction, as its children resolve them', () => {
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'ltr';
    const { container } = render(
      <RecheshProvider theme="dark">
        <Probe />
      </RecheshProvider>,
    );
    const [root] = wrappers(container);
    expect({ lang: root!.getAttribute('lang'), dir: root!.getAttribute('dir') }).toEqual({ lang: 'en', dir: 'ltr' });
  });
});

describe('nested providers', () => {
  it('merge: the inner locale wins and the outer theme is kept', () => {
    const { container } = render(
      <RecheshProvider locale="he" theme="dark" numberingSystem="arab">
        <RecheshProvider locale="en">
          <Probe />
        </RecheshProvider>
      </RecheshProvider>,
    );
    const [outer, inner] = wrappers(container);
    expect(outer!.getAttribute('lang')).toBe('he');
    expect(inner!.getAttribute('lang')).toBe('en');
    expect(inner!.getAttribute('dir')).toBe('ltr');
    expect(inner!.getAttribute('data-rch-theme')).toBe('dark');
    expect(probe()).toMatchObject({ locale: 'en', dir: 'ltr', theme: 'dark', numbering: 'arab' });
  });

  it('keep the outer locale when the inner provider sets only a theme', () => {
    const { container } = render(
      <RecheshProvider locale="ar" theme="dark">
        <RecheshProvider theme="light">
          <Probe />
        </RecheshProvider>
      </RecheshProvider>,
    );
    const inner = wrappers(container)[1]!;
    expect(inner.getAttribute('lang')).toBe('ar');
    expect(inner.getAttribute('dir')).toBe('rtl');
    expect(inner.getAttribute('data-rch-theme')).toBe('light');
    expect(probe()).toMatchObject({ locale: 'ar', dir: 'rtl', theme: 'light' });
  });

  it('ignore an inner setting passed as undefined', () => {
    render(
      <RecheshProvider locale="en" theme="dark">
        <RecheshProvider locale={undefined} theme={undefined}>
          <Probe />
        </RecheshProvider>
      </RecheshProvider>,
    );
    expect(probe()).toMatchObject({ locale: 'en', theme: 'dark' });
  });
});

describe('a component prop', () => {
  it('overrides the provider', () => {
    render(
      <RecheshProvider locale="he" theme="dark">
        <Probe locale="en" theme="light" />
      </RecheshProvider>,
    );
    expect(probe()).toMatchObject({ locale: 'en', dir: 'ltr', theme: 'light' });
  });

  it('overrides the provider on a card: its language, direction and text', () => {
    render(
      <RecheshProvider locale="he">
        <IndicatorCard {...ex['meets its target']} locale="en" />
      </RecheshProvider>,
    );
    const article = screen.getByRole('article', { name: 'Patients who completed physiological detox' });
    expect(article.getAttribute('lang')).toBe('en');
    expect(article.getAttribute('dir')).toBe('ltr');
    expect(article.textContent).toContain('Meets the target');
  });

  it("brings its own locale's direction when it overrides the provider's locale", () => {
    render(
      <RecheshProvider locale="he">
        <Probe locale="en" />
      </RecheshProvider>,
    );
    expect(probe().dir).toBe('ltr');
  });
});

describe('without a provider', () => {
  it('defaults to Hebrew and right to left when the page says nothing', () => {
    render(<Probe />);
    expect(probe()).toMatchObject({ locale: 'he', dir: 'rtl', numbering: 'latn' });
  });

  it('follows <html lang dir>', () => {
    document.documentElement.lang = 'ar';
    document.documentElement.dir = 'rtl';
    render(<Probe />);
    expect(probe()).toMatchObject({ locale: 'ar', dir: 'rtl' });
  });

  it('resolves a regional tag such as en-GB, and takes the direction from the language when dir is absent', () => {
    document.documentElement.lang = 'en-GB';
    render(<Probe />);
    expect(probe()).toMatchObject({ locale: 'en', dir: 'ltr' });
  });

  it('respects an explicit <html dir> that differs from the language', () => {
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'rtl';
    render(<Probe />);
    expect(probe()).toMatchObject({ locale: 'en', dir: 'rtl' });
  });

  it('updates when <html lang dir> change', async () => {
    document.documentElement.lang = 'he';
    document.documentElement.dir = 'rtl';
    render(<Probe />);
    expect(probe()).toMatchObject({ locale: 'he', dir: 'rtl', text: 'תכנית מדידה' });
    await act(async () => {
      document.documentElement.lang = 'en';
      document.documentElement.dir = 'ltr';
    });
    await waitFor(() => expect(probe()).toMatchObject({ locale: 'en', dir: 'ltr', text: 'Measurement plan' }));
  });

  it('updates a card when <html lang> changes', async () => {
    document.documentElement.lang = 'he';
    render(<IndicatorCard {...ex['meets its target']} />);
    expect(screen.getByRole('article').getAttribute('lang')).toBe('he');
    await act(async () => {
      document.documentElement.lang = 'ar';
    });
    await waitFor(() => expect(screen.getByRole('article', { name: 'نسبة المتعالجين الذين أتمّوا الفطام الجسدي' })).toBeTruthy());
    expect(screen.getByRole('article').getAttribute('dir')).toBe('rtl');
  });

  it('ignores <html dir> when the component has its own locale', () => {
    document.documentElement.lang = 'he';
    document.documentElement.dir = 'rtl';
    render(<Probe locale="en" />);
    expect(probe()).toMatchObject({ locale: 'en', dir: 'ltr' });
  });
});

describe('the suppression rule from the provider', () => {
  it('completes a partial rule with the defaults', () => {
    render(
      <RecheshProvider suppression={{ minN: 15 }}>
        <Probe />
      </RecheshProvider>,
    );
    const { minN, unstableN } = probe();
    expect(minN).toBe(15);
    expect(unstableN).toBeGreaterThanOrEqual(15);
    expect(unstableN).toBe(20);
  });

  it('raises unstableN to minN, so a hidden value is never called unstable', () => {
    render(
      <RecheshProvider suppression={{ minN: 30 }}>
        <Probe />
      </RecheshProvider>,
    );
    expect(probe()).toMatchObject({ minN: 30, unstableN: 30 });
  });

  it('falls back to the defaults for unusable numbers', () => {
    render(
      <RecheshProvider suppression={{ minN: -1, unstableN: Number.NaN }}>
        <Probe />
      </RecheshProvider>,
    );
    expect(probe()).toMatchObject({ minN: 10, unstableN: 20 });
  });

  it('reaches a card: a value from 14 cases is hidden under minN 15', () => {
    render(
      <RecheshProvider locale="en" suppression={{ minN: 15 }}>
        <IndicatorCard {...ex['unstable: between 10 and 19 cases']} />
      </RecheshProvider>,
    );
    const article = screen.getByRole('article');
    expect(article.getAttribute('data-status')).toBe('suppressed');
    expect(article.textContent).toContain('Too few cases to show');
  });

  // Rules merge field by field: an inner `{ unstableN: 30 }` must not drop the outer, stricter
  // minN back to the default 10.
  it('is not weakened by an inner provider that sets only unstableN', () => {
    render(
      <RecheshProvider suppression={{ minN: 15 }}>
        <RecheshProvider suppression={{ unstableN: 30 }}>
          <Probe />
        </RecheshProvider>
      </RecheshProvider>,
    );
    expect(probe()).toMatchObject({ minN: 15, unstableN: 30 });
  });
});

describe('messages from the provider', () => {
  it("reach a card's text", () => {
    render(
      <RecheshProvider locale="en" messages={{ 'card.openPlan': 'How this is measured' }}>
        <IndicatorCard {...ex['meets its target']} />
      </RecheshProvider>,
    );
    // The button's accessible name starts with its visible text, reworded or not (WCAG 2.5.3).
    expect(screen.getByRole('button', { name: /^How this is measured/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Measurement plan/ })).toBeNull();
  });

  it('merge with a component’s own messages, the component winning on the same key', () => {
    render(
      <RecheshProvider locale="en" messages={{ 'card.openPlan': 'From provider', 'card.noTarget': 'None yet' }}>
        <IndicatorCard {...ex['no target set']} messages={{ 'card.openPlan': 'From card' }} />
      </RecheshProvider>,
    );
    const article = screen.getByRole('article');
    expect(screen.getByRole('button', { name: /^From card/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^From provider/ })).toBeNull();
    expect(article.textContent).toContain('None yet');
  });

  it('leave other strings in the catalog untouched', () => {
    render(
      <RecheshProvider locale="en" messages={{ 'card.openPlan': 'How this is measured' }}>
        <Probe />
        <IndicatorCard {...ex['no target set']} />
      </RecheshProvider>,
    );
    expect(probe().text).toBe('How this is measured');
    expect(screen.getByRole('article').textContent).toContain('No target set');
  });
});
