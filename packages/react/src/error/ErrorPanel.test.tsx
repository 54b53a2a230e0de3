import * as React from 'react';
import { describe, it, expect, vi, afterEach } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import * as fc from 'fast-check';
import { issue_message, issue_codes, type Locale, type ValidationIssue } from '@rechesh/core';
import { RecheshProvider } from '../provider/RecheshProvider.js';
import { ErrorPanel, SafeBoundary } from './ErrorPanel.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const titles: Record<Locale, string> = {
  he: 'לא ניתן להציג את הרכיב',
  ar: 'لا يمكن عرض هذا المكوّن',
  en: 'This component cannot be shown',
};

const issues: ValidationIssue[] = [
  { path: 'indicator.kind', code: 'enum', params: { allowed: 'input, output, outcome' } },
  { path: 'observations[1].value', code: 'not-finite' },
  { path: 'observations[0].interval', code: 'interval-order' },
  { path: 'indicator.decimals', code: 'out-of-range', params: { min: 0, max: 20 } },
  { path: 'target.value', code: 'type', params: { expected: 'number' } },
];

/** `count` distinct issues, each with its own path. */
function many(count: number): ValidationIssue[] {
  return Array.from({ length: count }, (_, i) => ({ path: `observations[${i}].n`, code: 'negative' }));
}

/** Visible text without the invisible bidi isolates and marks. */
function plain(el: Element | null): string {
  return (el?.textContent ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '');
}

function items(panel: HTMLElement): HTMLElement[] {
  return within(panel).getAllByRole('listitem');
}

describe.each(['he', 'ar', 'en'] as const)('in %s', (locale) => {
  it('is a group named by the localized title', () => {
    render(<ErrorPanel issues={issues} locale={locale} />);
    expect(screen.getByRole('group', { name: titles[locale] })).toBeTruthy();
  });

  it('lists each issue as its localized sentence, in order', () => {
    render(<ErrorPanel issues={issues} locale={locale} />);
    const listed = items(screen.getByRole('group'));
    expect(listed).toHaveLength(issues.length);
    listed.forEach((li, i) => {
      const sentence = issue_message(issues[i]!, locale);
      expect(li.textContent?.startsWith(sentence)).toBe(true);
    });
  });

  it('shows where each issue is as its path in left-to-right code', () => {
    render(<ErrorPanel issues={issues} locale={locale} />);
    items(screen.getByRole('group')).forEach((li, i) => {
      const code = li.querySelectorAll('code');
      expect(code).toHaveLength(1);
      expect(code[0]!.textContent).toBe(issues[i]!.path);
      expect(code[0]!.getAttribute('dir')).toBe('ltr');
    });
  });

  it('takes dir and lang from the locale', () => {
    render(<ErrorPanel issues={issues} locale={locale} />);
    const panel = screen.getByRole('group');
    expect(panel.getAttribute('lang')).toBe(locale);
    expect(panel.getAttribute('dir')).toBe(locale === 'en' ? 'ltr' : 'rtl');
  });
});

describe('the issue list', () => {
  it('fills params into the sentence (the allowed values, the range, the expected type)', () => {
    render(<ErrorPanel issues={issues} locale="en" />);
    const text = plain(screen.getByRole('group'));
    expect(text).toContain('The value is not one of the allowed values: input, output, outcome');
    expect(text).toContain('The value must be between 0 and 20');
    expect(text).toContain('The value must be a number');
  });

  it('leaves out the location when an issue has no path', () => {
    render(<ErrorPanel issues={[{ path: '', code: 'required' }]} locale="en" />);
    const [li] = items(screen.getByRole('group'));
    expect(plain(li!)).toBe('A required value is missing');
    expect(li!.querySelector('code')).toBeNull();
  });

  it('shows a path as text, never as markup', () => {
    const path = 'observations[0]["<b>x</b>"]';
    render(<ErrorPanel issues={[{ path, code: 'required' }]} locale="en" />);
    const code = screen.getByRole('group').querySelector('code');
    expect(code?.textContent).toBe(path);
    expect(code?.querySelector('b')).toBeNull();
  });

  it('names which component could not render for developers', () => {
    render(<ErrorPanel issues={issues} component="IndicatorCard" locale="en" />);
    expect(screen.getByRole('group').getAttribute('data-component')).toBe('IndicatorCard');
  });
});

describe('a long list of issues', () => {
  it('shows the first 5 by default and says how many more there are', () => {
    const list = many(8);
    render(<ErrorPanel issues={list} locale="en" />);
    const panel = screen.getByRole('group');
    expect(items(panel).map((li) => li.querySelector('code')?.textContent)).toEqual(list.slice(0, 5).map((i) => i.path));
    expect(plain(panel)).toContain('and 3 more');
  });

  it.each([
    ['he', 'ועוד 4'],
    ['ar', 'و4 أخرى'],
    ['en', 'and 4 more'],
  ] as const)('caps the list at maxIssues and says "and N more" in %s', (locale, more) => {
    render(<ErrorPanel issues={many(7)} maxIssues={3} locale={locale} />);
    const panel = screen.getByRole('group');
    expect(items(panel)).toHaveLength(3);
    expect(plain(panel)).toContain(more);
  });

  it('says nothing about more when every issue fits', () => {
    const { container } = render(<ErrorPanel issues={many(5)} locale="en" />);
    expect(items(screen.getByRole('group'))).toHaveLength(5);
    expect(container.querySelector('.rch-error__more')).toBeNull();
    expect(plain(container)).not.toMatch(/and \d+ more/);
  });

  it('always shows at least one issue, even with maxIssues 0', () => {
    render(<ErrorPanel issues={many(3)} maxIssues={0} locale="en" />);
    const panel = screen.getByRole('group');
    expect(items(panel)).toHaveLength(1);
    expect(plain(panel)).toContain('and 2 more');
  });

  it('property: shown + "more" always accounts for every issue', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: -3, max: 40 }), (count, max) => {
        const { container, unmount } = render(<ErrorPanel issues={many(count)} maxIssues={max} locale="en" />);
        const shown = container.querySelectorAll('li').length;
        const more = /and (\d+) more/.exec(plain(container));
        unmount();
        return shown >= 1 && shown <= Math.max(1, max) && shown + (more ? Number(more[1]) : 0) === count && (more === null || Number(more[1]) > 0);
      }),
      { numRuns: 100 },
    );
  });
});

describe('settings', () => {
  it('follows the provider when it has no locale of its own', () => {
    render(
      <RecheshProvider locale="ar">
        <ErrorPanel issues={issues} />
      </RecheshProvider>,
    );
    const panel = screen.getByRole('group', { name: titles.ar });
    expect(panel.getAttribute('dir')).toBe('rtl');
    expect(items(panel)[0]!.textContent).toContain(issue_message(issues[0]!, 'ar'));
  });

  it('lets an explicit dir win over the locale', () => {
    render(<ErrorPanel issues={issues} locale="he" dir="ltr" />);
    expect(screen.getByRole('group').getAttribute('dir')).toBe('ltr');
  });

  it('has a sentence for every issue code in every locale', () => {
    const all = issue_codes.map((code) => ({ path: code, code }));
    for (const locale of ['he', 'ar', 'en'] as const) {
      const { unmount } = render(<ErrorPanel issues={all} maxIssues={all.length} locale={locale} />);
      const listed = items(screen.getByRole('group'));
      expect(listed).toHaveLength(all.length);
      listed.forEach((li, i) => expect(li.textContent).toContain(issue_message(all[i]!, locale)));
      unmount();
    }
  });
});

describe('SafeBoundary', () => {
  function Boom(): React.ReactNode {
    throw new Error('render failed');
  }

  it('shows the error panel in place of a child that throws, and keeps its siblings', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <main>
        <p>Before</p>
        <SafeBoundary component="Chart" settings={{ locale: 'en' }}>
          <Boom />
        </SafeBoundary>
        <p>After</p>
      </main>,
    );
    const panel = screen.getByRole('group', { name: titles.en });
    expect(panel.getAttribute('data-component')).toBe('Chart');
    expect(panel.textContent).toContain(issue_message({ code: 'unknown' }, 'en'));
    expect(screen.getByText('Before')).toBeTruthy();
    expect(screen.getByText('After')).toBeTruthy();
    expect(error).toHaveBeenCalledWith('[rechesh] Chart failed to render', expect.any(Error));
  });

  it('speaks the language of its settings', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <SafeBoundary component="Chart" settings={{ locale: 'he' }}>
        <Boom />
      </SafeBoundary>,
    );
    const panel = screen.getByRole('group', { name: titles.he });
    expect(panel.getAttribute('dir')).toBe('rtl');
    expect(panel.textContent).toContain(issue_message({ code: 'unknown' }, 'he'));
  });

  it('contains the failure: a sibling boundary keeps rendering its child', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <div>
        <SafeBoundary component="A" settings={{ locale: 'en' }}>
          <Boom />
        </SafeBoundary>
        <SafeBoundary component="B" settings={{ locale: 'en' }}>
          <p>B is fine</p>
        </SafeBoundary>
      </div>,
    );
    expect(screen.getAllByRole('group')).toHaveLength(1);
    expect(screen.getByText('B is fine')).toBeTruthy();
  });

  it('renders its children untouched when nothing throws', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <SafeBoundary component="Chart" settings={{ locale: 'en' }}>
        <p>All good</p>
      </SafeBoundary>,
    );
    expect(screen.getByText('All good')).toBeTruthy();
    expect(screen.queryByRole('group')).toBeNull();
    expect(error).not.toHaveBeenCalled();
  });
});

describe('given a boundary whose child failed, when the data is corrected', () => {
  it('shows the component again without a remount', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Fragile({ data }: { data: { ok: boolean } }) {
      if (!data.ok) throw new Error('bad');
      return <p>shown</p>;
    }
    const bad = { ok: false };
    const good = { ok: true };
    const { rerender } = render(
      <SafeBoundary component="Fragile" settings={{ locale: 'en' }} resetKeys={[bad]}>
        <Fragile data={bad} />
      </SafeBoundary>,
    );
    expect(screen.getByRole('group', { name: 'This component cannot be shown' })).toBeTruthy();
    rerender(
      <SafeBoundary component="Fragile" settings={{ locale: 'en' }} resetKeys={[good]}>
        <Fragile data={good} />
      </SafeBoundary>,
    );
    expect(screen.getByText('shown')).toBeTruthy();
    expect(screen.queryByRole('group')).toBeNull();
  });
});
