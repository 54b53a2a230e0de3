/** StakeholderMap in real Chromium: a keyboard-only journey, the map's geometry in Hebrew, a remount that restores the work, reflow at 320 px. */
import { describe, it, expect, beforeEach } from 'vitest';
import { render } from 'vitest-browser-react';
import { page, userEvent } from 'vitest/browser';
import { worksheet_parse, worksheet_storageKey } from '@rechesh/core';
import { StakeholderMap } from './StakeholderMap.js';
import { completeMap, incompleteMap } from './StakeholderMap.examples.js';

const KEY = worksheet_storageKey('stakeholder-map', 'journey');
const active = () => document.activeElement as HTMLElement | null;
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2066-\u2069]/g, '');
const live = () => plain(document.querySelector('.rch-sm__drawing [aria-live]')?.textContent);
const activeMark = () => document.querySelector<SVGGElement>('.rch-sm__svg .rch-sm__mark[data-active]')?.dataset['id'];

/** Presses Tab until the focused element matches, at most `max` times. */
async function tabTo(match: (el: HTMLElement) => boolean, max = 200): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await userEvent.keyboard('{Tab}');
    const el = active();
    if (el && match(el)) return el;
  }
  throw new Error('never reached by Tab');
}

beforeEach(() => localStorage.removeItem(KEY));

describe('a keyboard-only user', () => {
  it('tabs into the map once, walks it with the arrows, Home and End, and Enter takes them to the stakeholder’s name', async () => {
    await render(<StakeholderMap locale="en" autosave={false} defaultValue={completeMap} />);
    const app = await tabTo((el) => el.getAttribute('role') === 'application');
    expect(activeMark()).toBe('stakeholder-1');
    await expect.poll(live).toMatch(/^1\. אגף אזרחים ותיקים/);
    await userEvent.keyboard('{ArrowRight}');
    expect(activeMark()).toBe('stakeholder-2');
    await userEvent.keyboard('{ArrowDown}');
    expect(['stakeholder-3', 'stakeholder-4', 'stakeholder-5']).toContain(activeMark());
    await expect.poll(live).toMatch(/Operators, /);
    await userEvent.keyboard('{End}');
    expect(activeMark()).toBe('stakeholder-11');
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(live).toBe('No more stakeholders this way.');
    expect(active()).toBe(app);
    // The marks are not tab stops: the next Tab leaves the map.
    await userEvent.keyboard('{Tab}');
    expect(app.contains(active())).toBe(false);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(active()).toBe(app);
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('{Enter}');
    expect(active()?.id).toMatch(/stakeholders-0-name$/);
    expect((active() as HTMLInputElement).value).toBe(completeMap.stakeholders[0]!.name);
  });

  it('adds a stakeholder, names it, picks its ring, level, a stage and a tool, checks the map, remounts and finds it restored', async () => {
    const first = await render(<StakeholderMap locale="en" storageId="journey" autosaveDelay={100} />);
    await tabTo((el) => el.textContent === 'Add a stakeholder');
    await userEvent.keyboard('{Enter}');
    expect((active() as HTMLInputElement).labels?.[0]?.textContent).toBe('Stakeholder');
    await userEvent.keyboard('Parents’ committee');
    // The ring: Tab into the group, the arrows choose (the first option is checked by default).
    await tabTo((el) => el.getAttribute('type') === 'radio');
    expect((active() as HTMLInputElement).value).toBe('other');
    await userEvent.keyboard('{ArrowUp}');
    expect((active() as HTMLInputElement).value).toBe('complementary-services');
    await tabTo((el) => el.getAttribute('type') === 'radio' && (el as HTMLInputElement).name.endsWith('level'));
    await userEvent.keyboard('{ArrowDown}');
    expect((active() as HTMLInputElement).value).toBe('consultation');
    await tabTo((el) => el.getAttribute('type') === 'checkbox');
    await userEvent.keyboard(' ');
    await tabTo((el) => el.getAttribute('type') === 'checkbox' && (el as HTMLInputElement).value === 'focus-groups');
    await userEvent.keyboard(' ');
    await tabTo((el) => el.getAttribute('type') === 'submit');
    await userEvent.keyboard('{Enter}');
    expect(active()?.textContent).toBe('Every stakeholder has a name, a level, a stage and a tool.');
    await expect.poll(() => document.querySelectorAll('.rch-sm__svg .rch-sm__mark').length).toBe(1);

    await first.unmount();
    const saved = worksheet_parse(localStorage.getItem(KEY), { kind: 'stakeholder-map' });
    expect(saved.ok && saved.value.stakeholders).toEqual([
      { id: 'stakeholder-1', name: 'Parents’ committee', ring: 'complementary-services', level: 'consultation', stages: ['gathering-information'], tools: ['focus-groups'] },
    ]);
    await render(<StakeholderMap locale="en" storageId="journey" />);
    await expect.poll(() => document.querySelector<HTMLInputElement>('.rch-sm__stakeholder input[type="text"]')?.value).toBe('Parents’ committee');
    expect(document.querySelector('.rch-ws__live')?.textContent).toMatch(/^We restored your work from /);
    expect(document.querySelector('.rch-sm__svg .rch-sm__mark')?.getAttribute('data-level')).toBe('consultation');
    expect(plain(document.querySelector('.rch-sm__rings [data-ring="complementary-services"] .rch-sm__ring-title')?.textContent)).toBe('Complementary services: 1');
  });
});

describe('geometry in Hebrew', () => {
  it('the legend sits on the right of the drawing, the outline starts at the right, and labels grow away from the circle', async () => {
    await page.viewport(1100, 900);
    try {
      const r = await render(<StakeholderMap locale="he" autosave={false} defaultValue={completeMap} />);
      const root = r.container.querySelector<HTMLElement>('.rch-sm')!;
      const legend = root.querySelector('.rch-sm__legend')!.getBoundingClientRect();
      const svg = root.querySelector('.rch-sm__svg')!;
      const drawing = svg.getBoundingClientRect();
      expect(legend.left).toBeGreaterThanOrEqual(drawing.right - 1);
      const outline = root.querySelector('.rch-sm__outline')!.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(root.querySelector('.rch-sm__rings .rch-sm__ring-title')!);
      const firstRing = range.getBoundingClientRect();
      expect(outline.right - firstRing.right).toBeLessThan(40);
      expect(firstRing.left - outline.left).toBeGreaterThan(40);
      const cx = drawing.left + drawing.width / 2;
      const marks = [...root.querySelectorAll<SVGGElement>('.rch-sm__svg .rch-sm__mark')];
      expect(marks).toHaveLength(11);
      for (const m of marks) {
        const mb = m.getBoundingClientRect();
        const label = root.querySelector<SVGTextElement>(`.rch-sm__name[data-id="${m.dataset['id']}"]`)!;
        const lb = label.getBoundingClientRect();
        if (mb.left + mb.width / 2 > cx + 1) {
          expect(label.getAttribute('text-anchor')).toBe('start');
          expect(lb.left).toBeGreaterThan(mb.right);
        } else if (mb.left + mb.width / 2 < cx - 1) {
          expect(label.getAttribute('text-anchor')).toBe('end');
          expect(lb.right).toBeLessThan(mb.left);
        }
        // Every label stays inside the drawing.
        expect(lb.left).toBeGreaterThanOrEqual(drawing.left - 1);
        expect(lb.right).toBeLessThanOrEqual(drawing.right + 1);
      }
      // Labels on one side never overlap.
      const boxes = [...root.querySelectorAll('.rch-sm__name')].map((t) => t.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap).toBe(false);
        }
      }
    } finally {
      await page.viewport(1024, 768);
    }
  });

  it('in English the legend is on the left and the map mirrored', async () => {
    await page.viewport(1100, 900);
    try {
      const r = await render(<StakeholderMap locale="en" autosave={false} defaultValue={completeMap} />);
      const legend = r.container.querySelector('.rch-sm__legend')!.getBoundingClientRect();
      const drawing = r.container.querySelector('.rch-sm__svg')!.getBoundingClientRect();
      expect(legend.right).toBeLessThanOrEqual(drawing.left + 1);
    } finally {
      await page.viewport(1024, 768);
    }
  });
});

describe('reflow', () => {
  it('at 320 px (400% zoom) in Hebrew, the map shows numbers beside the marks and nothing scrolls sideways but the grid', async () => {
    await page.viewport(320, 800);
    try {
      const r = await render(<StakeholderMap locale="he" autosave={false} defaultValue={incompleteMap} defaultShowErrors />);
      const root = r.container.querySelector<HTMLElement>('.rch-sm')!;
      await expect.poll(() => root.querySelectorAll('.rch-sm__num').length).toBe(4);
      expect(root.querySelectorAll('.rch-sm__name')).toHaveLength(0);
      const outside = [...root.querySelectorAll<HTMLElement>('*')].filter((el) => {
        if (el.closest('.rch-sm__grid-scroll table')) return false;
        const b = el.getBoundingClientRect();
        return b.right > 320.5 || b.left < -0.5;
      });
      expect(outside.map((el) => el.getAttribute('class'))).toEqual([]);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1024, 768);
    }
  });
});
