import * as React from 'react';
import { describe, it, expect, vi, afterEach } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import * as fc from 'fast-check';
import { text_get, type Service } from '@rechesh/core';
import { IndicatorSet, type IndicatorSetItem, type IndicatorSetProps } from './IndicatorSet.js';
import { indicatorSetExamples as ex } from './IndicatorSet.examples.js';
import { indicatorCardExamples as cards } from '../IndicatorCard/IndicatorCard.examples.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const detox = ex['detox unit: too many key indicators'];
const youth = ex['residential youth care: five key indicators'];

function set(props: Partial<IndicatorSetProps> & Pick<IndicatorSetProps, 'service' | 'items'>) {
  return render(<IndicatorSet {...props} />);
}

/** The gentle notice about the number of key indicators, if shown. */
function notice(container: HTMLElement): HTMLElement | null {
  return container.querySelector('[data-rch-notice="key-count"]');
}

/** `count` valid items with distinct ids and the given `key` flag. */
function items(count: number, key: boolean | undefined): IndicatorSetItem[] {
  const { indicator, observations, target } = cards['meets its target'];
  return Array.from({ length: count }, (_, i) => ({
    indicator: { ...indicator, id: `item-${i}`, key },
    observations,
    target,
  }));
}

describe('given the detox example (8 key indicators)', () => {
  it('renders a section named by the service, with one card per item', () => {
    set({ ...detox, locale: 'en' });
    const section = screen.getByRole('region', { name: 'Inpatient detox unit' });
    expect(within(section).getAllByRole('article')).toHaveLength(detox.items.length);
    expect(section.querySelectorAll(':scope > ul > li')).toHaveLength(detox.items.length);
    // Each cell holds exactly one card, in the order of the items.
    const names = within(section)
      .getAllByRole('article')
      .map((a) => a.querySelector('h3')?.textContent);
    expect(names).toEqual(detox.items.map((item) => text_get(item.indicator.name, 'en')));
  });

  it('uses the Hebrew service name and direction in Hebrew', () => {
    set({ ...detox, locale: 'he' });
    const section = screen.getByRole('region', { name: 'מחלקת גמילה באשפוז' });
    expect(section.getAttribute('dir')).toBe('rtl');
    expect(section.getAttribute('lang')).toBe('he');
    expect(section.textContent).toContain('בגירים המכורים לחומרים פסיכואקטיביים'); // target population
  });

  it('gives cards the heading level one below the set', () => {
    set({ ...detox, locale: 'en' });
    expect(screen.getByRole('heading', { level: 2, name: 'Inpatient detox unit' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(detox.items.length);
  });

  it('follows a custom heading level', () => {
    set({ ...detox, locale: 'en', headingLevel: 4 });
    expect(screen.getByRole('heading', { level: 4, name: 'Inpatient detox unit' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 5 })).toHaveLength(detox.items.length);
    expect(screen.queryAllByRole('heading', { level: 3 })).toHaveLength(0);
  });

  it('says gently in English that services usually have 4 to 7 key indicators, and that this one has 8', () => {
    const { container } = set({ ...detox, locale: 'en' });
    const text = notice(container)?.textContent ?? '';
    expect(text).toContain('4 to 7 key indicators');
    expect(text).toContain('This service has 8.');
  });

  it('says it in Hebrew too, with the count', () => {
    const { container } = set({ ...detox, locale: 'he' });
    const text = notice(container)?.textContent ?? '';
    expect(text).toContain('4 עד 7 מדדים מרכזיים');
    expect(text).toContain('לשירות זה הוגדרו 8.');
  });

  it('passes the set language to every card', () => {
    set({ ...detox, locale: 'ar' });
    for (const article of screen.getAllByRole('article')) {
      expect(article.getAttribute('lang')).toBe('ar');
      expect(article.getAttribute('dir')).toBe('rtl');
    }
  });
});

describe('counting key indicators', () => {
  it('shows no notice for the youth-care example (5 of its 6 items are key)', () => {
    const { container } = set({ ...youth, locale: 'en' });
    expect(screen.getAllByRole('article')).toHaveLength(6);
    expect(notice(container)).toBeNull();
    expect(container.textContent).not.toContain('key indicators, so the picture stays clear');
  });

  it('counts only the flagged items when some are flagged', () => {
    // 2 key + 4 not key = 6 items (inside 4–7), but only 2 are key: outside.
    const mixed = [...items(2, true), ...items(4, false).map((i, n) => ({ ...i, indicator: { ...i.indicator, id: `other-${n}` } }))];
    const { container } = set({ service: youth.service, items: mixed, locale: 'en' });
    expect(notice(container)?.textContent).toContain('This service has 2.');
  });

  it('counts every item when none is flagged key: 5 unflagged items are inside the range', () => {
    const { container } = set({ service: youth.service, items: items(5, undefined), locale: 'en' });
    expect(screen.getAllByRole('article')).toHaveLength(5);
    expect(notice(container)).toBeNull();
  });

  it('counts every item when none is flagged key: 3 or 9 unflagged items are outside, with that count', () => {
    const few = set({ service: youth.service, items: items(3, false), locale: 'en' });
    expect(notice(few.container)?.textContent).toContain('This service has 3.');
    few.unmount();
    const many = set({ service: youth.service, items: items(9, undefined), locale: 'he' });
    expect(notice(many.container)?.textContent).toContain('לשירות זה הוגדרו 9.');
  });

  it('respects a custom key range', () => {
    const wide = set({ ...detox, keyRange: [4, 8], locale: 'en' });
    expect(notice(wide.container)).toBeNull();
    wide.unmount();
    const strict = set({ ...youth, keyRange: [6, 10], locale: 'en' });
    expect(notice(strict.container)?.textContent).toContain('This service has 5.');
  });

  it('includes both ends of the range', () => {
    for (const [count, range] of [
      [4, [4, 7]],
      [7, [4, 7]],
      [3, [3, 3]],
    ] as const) {
      const { container, unmount } = set({ service: youth.service, items: items(count, true), keyRange: range, locale: 'en' });
      expect(notice(container)).toBeNull();
      unmount();
    }
  });
});

describe('an empty set', () => {
  it('says there are no indicators, without a notice or a grid', () => {
    const { container } = set({ ...ex['empty set'], locale: 'en' });
    const section = screen.getByRole('region', { name: 'Inpatient detox unit' });
    expect(section.textContent).toContain('No indicators to show');
    expect(within(section).queryByRole('list')).toBeNull();
    expect(notice(container)).toBeNull();
  });

  it('says it in Hebrew', () => {
    set({ ...ex['empty set'], locale: 'he' });
    expect(screen.getByRole('region').textContent).toContain('אין מדדים להצגה');
  });
});

describe('given invalid data', () => {
  it('shows the error panel, naming the missing service name', () => {
    const service = { id: 'no-name' } as unknown as Service;
    set({ service, items: detox.items, locale: 'en' });
    const panel = screen.getByRole('group', { name: 'This component cannot be shown' });
    expect(panel.getAttribute('data-component')).toBe('IndicatorSet');
    expect(Array.from(panel.querySelectorAll('code')).map((c) => c.textContent)).toContain('service.name');
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  it('shows the error panel in Hebrew when items is not a list', () => {
    set({ service: detox.service, items: 'not a list' as unknown as IndicatorSetItem[], locale: 'he' });
    const panel = screen.getByRole('group', { name: 'לא ניתן להציג את הרכיב' });
    expect(panel.getAttribute('dir')).toBe('rtl');
    expect(Array.from(panel.querySelectorAll('code')).map((c) => c.textContent)).toEqual(['items']);
  });

  it.each([
    ['service is null', { service: null, items: [] }],
    ['service is a string', { service: 'detox', items: [] }],
    ['items is missing', { service: detox.service }],
    ['items is an object', { service: detox.service, items: { length: 2 } }],
  ])('never throws: %s', (_, props) => {
    expect(() => render(<IndicatorSet {...(props as unknown as IndicatorSetProps)} locale="en" />)).not.toThrow();
    expect(screen.getByRole('group', { name: 'This component cannot be shown' })).toBeTruthy();
  });

  it('shows one invalid item as an error panel in its own cell, and the other cards still render', () => {
    const broken = { indicator: { ...cards['meets its target'].indicator, id: 'broken', kind: 'impact' }, observations: [] };
    const list = [items(1, true)[0], broken, null, items(3, true)[2]] as unknown as IndicatorSetItem[];
    set({ service: detox.service, items: list, locale: 'en' });
    const section = screen.getByRole('region', { name: 'Inpatient detox unit' });
    const cells = Array.from(section.querySelectorAll(':scope > ul > li'));
    expect(cells).toHaveLength(4);
    expect(within(cells[0] as HTMLElement).getByRole('article')).toBeTruthy();
    expect(within(cells[1] as HTMLElement).getByRole('group', { name: 'This component cannot be shown' })).toBeTruthy();
    expect(within(cells[1] as HTMLElement).queryByRole('article')).toBeNull();
    expect(within(cells[2] as HTMLElement).getByRole('group', { name: 'This component cannot be shown' })).toBeTruthy();
    expect(within(cells[3] as HTMLElement).getByRole('article')).toBeTruthy();
    expect(section.textContent).toContain('Inpatient detox unit');
  });
});

describe('when rendering throws anyway', () => {
  it('shows the error panel in place of the set and keeps its siblings', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const hostile = Object.defineProperty({}, 'indicator', {
      get() {
        throw new Error('getter exploded');
      },
    });
    render(
      <div>
        <IndicatorSet service={detox.service} items={[hostile] as unknown as IndicatorSetItem[]} locale="en" />
        <p>Sibling content</p>
      </div>,
    );
    const panel = screen.getByRole('group', { name: 'This component cannot be shown' });
    expect(panel.getAttribute('data-component')).toBe('IndicatorSet');
    expect(screen.getByText('Sibling content')).toBeTruthy();
    expect(error).toHaveBeenCalled();
  });
});

describe('two items with the same indicator (e.g. one per target segment)', () => {
  // Keyed by indicator id alone, React would see duplicate keys and keep a stale card.
  it('keeps exactly one cell per item when the list changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React's duplicate-key warning
    const whole = cards['meets its target'];
    const segment = { ...whole, observations: whole.observations.slice(0, 3) };
    const other = cards['no target set'];
    const { container, rerender } = set({ service: detox.service, items: [whole, segment, other], locale: 'en' });
    rerender(<IndicatorSet service={detox.service} items={[other]} locale="en" />);
    expect(container.querySelectorAll('section.rch-set > ul > li')).toHaveLength(1);
  });
});

describe('property: any input', () => {
  it('never throws for any service and items, and renders either the set or the error panel', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (service, list) => {
        const { container, unmount } = render(
          <IndicatorSet service={service as Service} items={list as IndicatorSetItem[]} locale="he" />,
        );
        const ok = container.querySelector('section.rch-set, [data-rch-error]');
        unmount();
        return ok !== null;
      }),
      { numRuns: 150 },
    );
  });

  it('with a valid service, renders one cell per item whatever the items hold', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 6 }), (list) => {
        const { container, unmount } = render(
          <IndicatorSet service={detox.service} items={list as IndicatorSetItem[]} locale="en" />,
        );
        const cells = Array.from(container.querySelectorAll('section.rch-set > ul > li'));
        const filled = cells.every((li) => li.querySelector('article.rch-card, [data-rch-error]') !== null);
        const empty = container.querySelector('section.rch-set')?.textContent?.includes('No indicators to show');
        unmount();
        return list.length === 0 ? empty === true : cells.length === list.length && filled;
      }),
      { numRuns: 150 },
    );
  });
});
