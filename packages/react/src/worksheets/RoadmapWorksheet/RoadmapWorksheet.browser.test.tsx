/**
 * RoadmapWorksheet in real Chromium: the keyboard-only journey of the worksheets issue (a diagnosis
 * with two principles, a roadmap of three actions, a reload that finds everything restored), the
 * timeline's geometry in both directions, reflow at 320 px, and an export → import round trip.
 */
import * as React from 'react';
import { describe, it, expect, beforeEach } from 'vitest';
import { render } from 'vitest-browser-react';
import { page, userEvent } from 'vitest/browser';
import { principles, toolsMenu } from '@rechesh/content';
import { text_get, worksheet_parse, worksheet_storageKey, type DiagnosisState, type RoadmapState } from '@rechesh/core';
import { DiagnosisWorksheet } from '../DiagnosisWorksheet/DiagnosisWorksheet.js';
import { diagnosisPrinciples } from '../DiagnosisWorksheet/DiagnosisWorksheet.examples.js';
import { RoadmapWorksheet } from './RoadmapWorksheet.js';
import { completeRoadmap, roadmapToday } from './RoadmapWorksheet.examples.js';

const ID = 'journey-roadmap';
const DKEY = worksheet_storageKey('diagnosis', ID);
const RKEY = worksheet_storageKey('roadmap', ID);
const active = () => document.activeElement as HTMLElement | null;
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2066-\u2069]/g, '');
const labelOf = (el: HTMLElement | null) => plain((el as HTMLInputElement | null)?.labels?.[0]?.textContent);
const [p1, , p3] = diagnosisPrinciples;

async function tabTo(match: (el: HTMLElement) => boolean, max = 400): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await userEvent.keyboard('{Tab}');
    const el = active();
    if (el && match(el)) return el;
  }
  throw new Error('never reached by Tab');
}

/** The page a portal would build: the diagnosis, and the roadmap that can start from its focus. */
function Planning() {
  const [diagnosis, setDiagnosis] = React.useState<DiagnosisState | undefined>(undefined);
  return (
    <>
      <DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" storageId={ID} autosaveDelay={50} onChange={setDiagnosis} />
      <RoadmapWorksheet principles={principles} tools={toolsMenu} diagnosis={diagnosis} locale="en" storageId={ID} autosaveDelay={50} today={roadmapToday} />
    </>
  );
}

beforeEach(() => {
  localStorage.removeItem(DKEY);
  localStorage.removeItem(RKEY);
});

describe('a keyboard-only user', () => {
  it('fills a diagnosis, picks two principles, builds a roadmap of three actions, reloads and finds everything restored', { timeout: 120_000 }, async () => {
    const first = await render(<Planning />);
    // The diagnosis: the service, one item, two principles with a reason and a super-outcome each.
    await tabTo((el) => labelOf(el) === 'Name of the service');
    await userEvent.keyboard('Day care for toddlers');
    await tabTo((el) => el.getAttribute('type') === 'radio' && el.closest('.rch-dw__item') !== null);
    await userEvent.keyboard(' ');
    await tabTo((el) => el.getAttribute('type') === 'checkbox');
    await userEvent.keyboard(' ');
    await tabTo((el) => labelOf(el) === text_get(p3!.name, 'en'), 10);
    await userEvent.keyboard(' ');
    await tabTo((el) => labelOf(el).startsWith('Why did you choose'), 10);
    await userEvent.keyboard('Most room to improve');
    await tabTo((el) => el.getAttribute('type') === 'radio' && el.closest(`.rch-dw__focus[data-principle="${p1!.id}"]`) !== null, 10);
    await userEvent.keyboard(' ');
    await tabTo((el) => el.getAttribute('type') === 'radio' && el.closest(`.rch-dw__focus[data-principle="${p3!.id}"]`) !== null, 10);
    await userEvent.keyboard(' ');

    // The roadmap: three actions, each added with the keyboard.
    const plans = [
      { tool: true, title: '', owner: 'Noa', start: '2026-Q4', end: '2027-Q2' },
      { tool: false, title: 'Parents’ forum', owner: 'Ahmad', start: '2027-Q1', end: '2027-Q4' },
      { tool: false, title: 'Keep the transport service', owner: 'Dana', start: '2026-09-01', end: '' },
    ];
    for (const [i, plan] of plans.entries()) {
      await tabTo((el) => el.textContent === 'Add an action');
      await userEvent.keyboard('{Enter}');
      // Focus lands on the new action's first field, the tool menu.
      expect(labelOf(active())).toBe('Tool from the menu');
      expect(active()!.closest('.rch-rw__action')).toBe(document.querySelectorAll('.rch-rw__action')[i]);
      if (plan.tool) await userEvent.keyboard('{ArrowDown}');
      await userEvent.keyboard('{Tab}');
      if (plan.title) await userEvent.keyboard(plan.title);
      await userEvent.keyboard('{Tab}');
      expect(labelOf(active())).toBe('Principle');
      await userEvent.keyboard('{ArrowDown}');
      await userEvent.keyboard('{Tab}');
      await userEvent.keyboard('{ArrowDown}');
      await tabTo((el) => labelOf(el) === 'Who leads it', 3);
      await userEvent.keyboard(plan.owner);
      await userEvent.keyboard('{Tab}');
      await userEvent.keyboard(plan.start);
      await userEvent.keyboard('{Tab}');
      if (plan.end) await userEvent.keyboard(plan.end);
    }
    // The third action preserves: Tab to its aspect radios, choose "Preserve".
    await tabTo((el) => el.getAttribute('type') === 'radio' && labelOf(el) === 'Improve', 5);
    await userEvent.keyboard('{ArrowLeft}');
    if (labelOf(active()) !== 'Preserve') await userEvent.keyboard('{ArrowRight}');
    expect(labelOf(active())).toBe('Preserve');
    await tabTo((el) => el.getAttribute('type') === 'submit' && el.textContent === 'Check the roadmap');
    await userEvent.keyboard('{Enter}');
    expect(active()?.textContent).toBe('Every action has a name, and all its times can be read.');

    // The timeline: one tab stop; arrows move between the actions; Enter goes to the editor.
    const bars = () => [...document.querySelectorAll<HTMLButtonElement>('.rch-rw__bar')];
    expect(bars()).toHaveLength(3);
    bars()[0]!.focus();
    expect(plain(active()!.getAttribute('aria-label'))).toMatch(/^Keep the transport service: 1 Sept 2026 to 1 Sept 2026, Not started; Preserve/);
    await userEvent.keyboard('{ArrowDown}');
    expect(plain(active()!.getAttribute('aria-label'))).toMatch(/: Q4 2026 to Q2 2027, Not started; Improve$/);
    await userEvent.keyboard('{Enter}');
    expect(labelOf(active())).toBe('Tool from the menu');
    expect(active()!.closest('.rch-rw__action')).toBe(document.querySelectorAll('.rch-rw__action')[0]);

    // Reload: unmount, read storage, mount again.
    const roadmapBefore = worksheet_parse(localStorage.getItem(RKEY), { kind: 'roadmap' });
    await first.unmount();
    const roadmapSaved = worksheet_parse(localStorage.getItem(RKEY), { kind: 'roadmap' });
    const diagnosisSaved = worksheet_parse(localStorage.getItem(DKEY), { kind: 'diagnosis' });
    expect(roadmapSaved.ok && diagnosisSaved.ok).toBe(true);
    if (!roadmapSaved.ok || !diagnosisSaved.ok || !roadmapBefore.ok) return;
    const actions = (roadmapSaved.value as RoadmapState).actions;
    expect(actions.map((a) => [a.title, a.owner, a.start, a.end, a.aspect])).toEqual([
      ['', 'Noa', '2026-Q4', '2027-Q2', 'improve'],
      ['Parents’ forum', 'Ahmad', '2027-Q1', '2027-Q4', 'improve'],
      ['Keep the transport service', 'Dana', '2026-09-01', '', 'preserve'],
    ]);
    expect(actions[0]!.toolId).toBeDefined();
    expect(actions.every((a) => a.principleId !== undefined && a.superOutcomeId !== undefined)).toBe(true);
    expect((diagnosisSaved.value as DiagnosisState).workPlan.focus.map((f) => f.principleId)).toEqual([p1!.id, p3!.id]);

    await render(<Planning />);
    await expect.poll(() => document.querySelectorAll('.rch-rw__action').length).toBe(3);
    const inputs = [...document.querySelectorAll<HTMLInputElement>('.rch-rw__action input[type="text"]')].map((i) => i.value);
    expect(inputs).toEqual(expect.arrayContaining(['Parents’ forum', 'Ahmad', '2027-Q1', '2027-Q4', 'Keep the transport service', 'Dana', '2026-09-01', 'Noa', '2026-Q4', '2027-Q2']));
    expect(document.querySelector<HTMLInputElement>('.rch-dw__details input')?.value).toBe('Day care for toddlers');
    const notices = [...document.querySelectorAll('.rch-ws__live')].map((n) => plain(n.textContent));
    expect(notices).toEqual([expect.stringMatching(/^We restored your work from /), expect.stringMatching(/^We restored your work from /)]);
    expect(document.querySelectorAll('.rch-rw__bar')).toHaveLength(3);
  });
});

describe('the timeline', () => {
  const barBox = (title: string) => {
    const bar = [...document.querySelectorAll<HTMLButtonElement>('.rch-rw__bar')].find((b) => plain(b.getAttribute('aria-label')).startsWith(title))!;
    return bar.getBoundingClientRect();
  };
  const earliest = 'שמירה על רצף הטיפול במעבר בין מפעילים';
  const latest = 'Consulting operators';

  it('in Hebrew, time runs right to left: the earliest action on the right, labels on the right, today between', async () => {
    await render(<RoadmapWorksheet principles={principles} tools={toolsMenu} today={roadmapToday} locale="he" autosave={false} defaultValue={completeRoadmap} />);
    const first = barBox(earliest);
    const consult = [...document.querySelectorAll<HTMLButtonElement>('.rch-rw__bar')].at(-1)!.getBoundingClientRect();
    expect(first.left).toBeGreaterThan(consult.right);
    const label = document.querySelector('.rch-rw__label')!.getBoundingClientRect();
    const track = document.querySelector('.rch-rw__track')!.getBoundingClientRect();
    expect(label.left).toBeGreaterThan(track.right - 1);
    const today = document.querySelector('.rch-rw__today')!.getBoundingClientRect();
    expect(today.left).toBeLessThan(first.left);
    expect(today.left).toBeGreaterThan(consult.right);
    const ticks = [...document.querySelectorAll('.rch-rw__tick')].map((t) => t.getBoundingClientRect().right);
    expect(ticks).toEqual([...ticks].sort((a, b) => b - a));
  });

  it('in English, time runs left to right', async () => {
    await render(<RoadmapWorksheet principles={principles} tools={toolsMenu} today={roadmapToday} locale="en" autosave={false} defaultValue={completeRoadmap} />);
    expect(barBox(earliest).right).toBeLessThan(barBox(latest).left);
    const label = document.querySelector('.rch-rw__label')!.getBoundingClientRect();
    const track = document.querySelector('.rch-rw__track')!.getBoundingClientRect();
    expect(label.right).toBeLessThan(track.left + 1);
  });

  it('at 320 px (400% zoom) in Arabic the labels stack above their tracks and nothing scrolls sideways', async () => {
    await page.viewport(320, 800);
    try {
      const r = await render(<RoadmapWorksheet principles={principles} tools={toolsMenu} today={roadmapToday} locale="ar" autosave={false} defaultValue={completeRoadmap} defaultShowErrors />);
      const root = r.container.querySelector<HTMLElement>('.rch-rw')!;
      const outside = [...root.querySelectorAll<HTMLElement>('*')].filter((el) => {
        const b = el.getBoundingClientRect();
        return b.width > 0 && (b.right > 320.5 || b.left < -0.5);
      });
      expect(outside.map((el) => el.className)).toEqual([]);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      const label = root.querySelector('.rch-rw__label')!.getBoundingClientRect();
      const track = root.querySelector('.rch-rw__track')!.getBoundingClientRect();
      expect(label.bottom).toBeLessThanOrEqual(track.top + 1);
    } finally {
      await page.viewport(1024, 768);
    }
  });
});

describe('files', () => {
  it('export → import round trip gives the same roadmap back', async () => {
    const create = URL.createObjectURL;
    let exported: Blob | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      exported = b as Blob;
      return 'blob:roadmap';
    };
    try {
      const states: RoadmapState[] = [];
      const a = await render(<RoadmapWorksheet principles={principles} tools={toolsMenu} today={roadmapToday} locale="en" autosave={false} defaultValue={completeRoadmap} />);
      await page.getByRole('button', { name: 'Export to a file (JSON)' }).click();
      await expect.poll(() => exported).toBeDefined();
      const text = await exported!.text();
      await a.unmount();
      await render(<RoadmapWorksheet principles={principles} tools={toolsMenu} today={roadmapToday} locale="en" autosave={false} onChange={(s) => states.push(s)} />);
      await page.getByLabelText('Import from a file').upload(new File([text], 'roadmap.json', { type: 'application/json' }));
      await expect.poll(() => states.length).toBe(1);
      const { savedAt: _, ...got } = states[0]!;
      expect(got).toEqual(completeRoadmap);
      expect(document.querySelectorAll('.rch-rw__action')).toHaveLength(5);
    } finally {
      URL.createObjectURL = create;
    }
  });
});
