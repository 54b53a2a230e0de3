/** DiagnosisWorksheet in real Chromium: a keyboard-only journey with a reload that finds everything restored; files exported and imported. */
import { describe, it, expect, beforeEach } from 'vitest';
import { render } from 'vitest-browser-react';
import { page, userEvent } from 'vitest/browser';
import { text_get, worksheet_parse, worksheet_serialize, worksheet_storageKey } from '@rechesh/core';
import { DiagnosisWorksheet } from './DiagnosisWorksheet.js';
import { completeDiagnosis, diagnosisPrinciples, incompleteWorkPlan } from './DiagnosisWorksheet.examples.js';

const KEY = worksheet_storageKey('diagnosis', 'journey');
const active = () => document.activeElement as HTMLElement | null;
const labelOf = (el: HTMLElement | null) => ((el as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
const [p1, , p3] = diagnosisPrinciples;

/** Presses Tab until the focused element matches, at most `max` times. */
async function tabTo(match: (el: HTMLElement) => boolean, max = 400): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await userEvent.keyboard('{Tab}');
    const el = active();
    if (el && match(el)) return el;
  }
  throw new Error('never reached by Tab');
}

beforeEach(() => localStorage.removeItem(KEY));

describe('a keyboard-only user', () => {
  it('names the service, answers items, picks two principles and their super-outcomes, reloads and finds it all restored', async () => {
    const first = await render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" storageId="journey" autosaveDelay={100} />);
    // Service name.
    const service = await tabTo((el) => labelOf(el) === 'Name of the service');
    await userEvent.keyboard('Day care for toddlers');
    expect((service as HTMLInputElement).value).toBe('Day care for toddlers');

    // First item: Tab reaches the group's first radio; arrows choose within the group.
    await tabTo((el) => el.getAttribute('type') === 'radio' && el.closest('.rch-dw__item') !== null);
    await userEvent.keyboard(' '); // in place
    const item0 = p1!.items[0]!.id;
    await userEvent.keyboard('{ArrowRight}'); // partly (arrows move by group order, in either direction)
    const chosen0 = (active() as HTMLInputElement).value;
    expect(['partly', 'in-place']).toContain(chosen0);
    // The note appears after the status; Tab reaches it, type a note.
    const note = await tabTo((el) => el.tagName === 'TEXTAREA');
    await userEvent.keyboard('Only in the pilot');
    expect((note as HTMLTextAreaElement).value).toBe('Only in the pilot');
    // Second item: Tab, then ArrowDown twice → "not yet" from "in place".
    await tabTo((el) => el.getAttribute('type') === 'radio');
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect((active() as HTMLInputElement).value).toBe('not-yet');
    const item1 = p1!.items[1]!.id;

    // The work plan: principles 1 and 3 by Space on their checkboxes.
    await tabTo((el) => el.getAttribute('type') === 'checkbox');
    await userEvent.keyboard(' ');
    await tabTo((el) => labelOf(el) === text_get(p3!.name, 'en'), 10);
    await userEvent.keyboard(' ');
    const why = await tabTo((el) => labelOf(el).startsWith('Why did you choose'), 10);
    await userEvent.keyboard('Most room to improve');
    expect((why as HTMLTextAreaElement).value).toBe('Most room to improve');
    // A super-outcome for each chosen principle: Tab into the group, Space on the first option.
    await tabTo((el) => el.getAttribute('type') === 'radio' && el.closest('.rch-dw__focus[data-principle="' + p1!.id + '"]') !== null, 10);
    await userEvent.keyboard(' ');
    await tabTo((el) => el.getAttribute('type') === 'radio' && el.closest('.rch-dw__focus[data-principle="' + p3!.id + '"]') !== null, 10);
    await userEvent.keyboard('{ArrowDown}');
    const so3 = (active() as HTMLInputElement).value;
    expect(p3!.superOutcomes.map((o) => o.id)).toContain(so3);
    // Check: Tab to the button and press Enter; the plan is complete.
    await tabTo((el) => el.getAttribute('type') === 'submit', 10);
    await userEvent.keyboard('{Enter}');
    expect(active()?.textContent).toBe('The work plan is complete.');

    // Reload: unmount and mount again, reading local storage.
    await first.unmount();
    const saved = worksheet_parse(localStorage.getItem(KEY), { kind: 'diagnosis' });
    expect(saved.ok).toBe(true);
    await render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" storageId="journey" />);
    await expect.poll(() => document.querySelector<HTMLInputElement>('.rch-dw__details input')?.value).toBe('Day care for toddlers');
    expect(document.querySelector('.rch-ws__live')?.textContent).toMatch(/^We restored your work from /);
    expect(document.querySelector<HTMLInputElement>(`.rch-dw__item input[name$="${item0.replace(/[^A-Za-z0-9]+/g, '-')}"][value="${chosen0}"]`)?.checked).toBe(true);
    expect(document.querySelector<HTMLInputElement>(`.rch-dw__item input[name$="${item1.replace(/[^A-Za-z0-9]+/g, '-')}"][value="not-yet"]`)?.checked).toBe(true);
    expect(document.querySelector<HTMLTextAreaElement>('.rch-dw__note textarea')?.value).toBe('Only in the pilot');
    const checked = [...document.querySelectorAll<HTMLInputElement>('.rch-dw__workplan input[type="checkbox"]:checked')].map((c) => labelOf(c));
    expect(checked).toEqual([text_get(p1!.name, 'en'), text_get(p3!.name, 'en')]);
    expect(document.querySelector<HTMLInputElement>(`.rch-dw__focus[data-principle="${p1!.id}"] input[value="${p1!.superOutcomes[0]!.id}"]`)?.checked).toBe(true);
    expect(document.querySelector<HTMLInputElement>(`.rch-dw__focus[data-principle="${p3!.id}"] input[value="${so3}"]`)?.checked).toBe(true);
    expect(document.querySelector<HTMLTextAreaElement>('.rch-dw__workplan textarea')?.value).toBe('Most room to improve');
  });
});

describe('files in real Chromium', () => {
  it('export → import round trip gives the same work; a corrupt file then leaves it untouched', async () => {
    let exported: Blob | undefined;
    const create = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      exported = b as Blob;
      return create.call(URL, b);
    };
    try {
      const a = await render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosave={false} defaultValue={completeDiagnosis} />);
      await a.getByRole('button', { name: 'Export to a file (JSON)' }).click();
      const text = await exported!.text();
      await a.unmount();
      const states: unknown[] = [];
      const b = await render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosave={false} onChange={(s) => states.push(s)} />);
      await userEvent.upload(b.getByLabelText('Import from a file'), new File([text], 'diagnosis.json', { type: 'application/json' }));
      await expect.poll(() => states.length).toBe(1);
      const strip = (s: unknown) => worksheet_serialize({ ...(s as typeof completeDiagnosis), savedAt: 'x' });
      expect(strip(states[0])).toBe(strip(completeDiagnosis));
      await userEvent.upload(b.getByLabelText('Import from a file'), new File(['{"kind": "diagnosis", "items": '], 'broken.json', { type: 'application/json' }));
      await expect.poll(() => document.querySelector('.rch-ws__notice')?.textContent?.replace(/[\u2066-\u2069]/g, '')).toBe('The file broken.json could not be imported. Your current work has not changed.');
      expect(states).toHaveLength(1);
      expect(document.querySelector<HTMLInputElement>('.rch-dw__details input')?.value).toBe(completeDiagnosis.serviceName);
    } finally {
      URL.createObjectURL = create;
    }
  });
});

describe('reflow', () => {
  it('at 320 px (400% zoom) in Hebrew nothing scrolls sideways, with errors showing', async () => {
    await page.viewport(320, 800);
    try {
      const r = await render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="he" autosave={false} defaultValue={incompleteWorkPlan} defaultShowErrors />);
      const root = r.container.querySelector<HTMLElement>('.rch-dw')!;
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
      const outside = [...root.querySelectorAll<HTMLElement>('*')].filter((el) => {
        const b = el.getBoundingClientRect();
        return b.right > 320.5 || b.left < -0.5;
      });
      expect(outside.map((el) => el.className)).toEqual([]);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1024, 768);
    }
  });
});
