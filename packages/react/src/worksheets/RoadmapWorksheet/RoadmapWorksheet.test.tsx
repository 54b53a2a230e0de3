import * as React from 'react';
import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest';
import { render, screen, fireEvent, cleanup, act, waitFor, within } from '@testing-library/react';
import * as fc from 'fast-check';
import { principles, toolsMenu } from '@rechesh/content';
import { worksheet_empty, worksheet_serialize, worksheet_storageKey, type RoadmapState } from '@rechesh/core';
import { RoadmapWorksheet } from './RoadmapWorksheet.js';
import { completeRoadmap, roadmapToday, roadmapWithErrors, seededRoadmap } from './RoadmapWorksheet.examples.js';
import { completeDiagnosis } from '../DiagnosisWorksheet/DiagnosisWorksheet.examples.js';
import { timeline_axis, when_label } from './timeline.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, '');
const KEY = worksheet_storageKey('roadmap', 'default');
const base = { principles, tools: toolsMenu, today: roadmapToday, locale: 'en' as const };
const last = (fn: ReturnType<typeof vi.fn>) => fn.mock.lastCall![0] as RoadmapState;
const action = (n: number) => document.querySelectorAll<HTMLElement>('.rch-rw__action')[n]!;

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the time axis', () => {
  it('widens to whole quarters and labels each quarter in the language', () => {
    // 1 July 2026 to 1 January 2027: two quarters.
    const axis = timeline_axis([20635, 20819], 'en');
    expect(axis.ticks.map((t) => t.label)).toEqual(['Q3 2026', 'Q4 2026']);
    expect(axis.ticks.map((t) => t.at)).toEqual([0, 0.5]);
    expect(axis.at(20635 + 46)).toBeCloseTo(0.25, 1);
    expect(plain(timeline_axis([20635, 20819], 'he').ticks[0]!.label)).toBe('רבעון 3 2026');
  });
  it('switches to years for a long roadmap, and every other year for a very long one', () => {
    expect(timeline_axis([20454, 20454 + 365 * 4], 'en').ticks.map((t) => t.label)).toEqual(['2026', '2027', '2028', '2029']);
    expect(timeline_axis([20454, 20454 + 365 * 12], 'en').ticks.length).toBeLessThanOrEqual(8);
    // A mistyped year (2206) still gives a readable axis: ticks every 50 years.
    const far = timeline_axis([20454, 20454 + 365 * 180], 'en').ticks.map((t) => t.label);
    expect(far.length).toBeLessThanOrEqual(8);
    expect(far.slice(0, 2)).toEqual(['2000', '2050']);
  });
  it('says a time as words, and as typed when it cannot be read', () => {
    expect(when_label('2026-Q3', 'en')).toBe('Q3 2026');
    expect(when_label('2026-09-30', 'en')).toBe('30 Sept 2026');
    expect(when_label(' next spring ', 'en')).toBe('next spring');
  });
});

describe('the overview', { timeout: 20_000 }, () => {
  it('the timeline lists actions by start, each a button named with its title, times, status, aspect and milestones', () => {
    const { container } = render(<RoadmapWorksheet {...base} autosave={false} defaultValue={completeRoadmap} />);
    const bars = [...container.querySelectorAll<HTMLButtonElement>('.rch-rw__bar')];
    expect(bars).toHaveLength(5);
    const names = bars.map((b) => plain(b.getAttribute('aria-label')));
    expect(names[0]).toBe('שמירה על רצף הטיפול במעבר בין מפעילים: 1 Jan 2026 to 30 Jun 2026, In progress; Preserve; past its end and not done');
    expect(names[1]).toBe('Forming a theory of change and a logic model for the service: Q2 2026 to Q3 2026, Done; Improve; 1 milestones, 1 reached');
    expect(names[2]).toMatch(/^שיתוף הורים בעיצוב השירות: Q3 2026 to Q1 2027, In progress; Improve; 2 milestones, 1 reached$/);
    expect(plain(container.querySelector('.rch-rw__summary')!.textContent)).toBe(
      '5 actions, 5 of them with dates, from 1 Jan 2026 to 31 Mar 2028. Under way today: 2. Past their end and not done: 1.',
    );
    // One tab stop: the first bar.
    expect(bars.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    // Today (23 November 2026) is marked between the quarters of the axis.
    expect(container.querySelector('.rch-rw__today-label')!.textContent).toBe('Today');
    expect([...container.querySelectorAll('.rch-rw__tick')].map((t) => t.textContent)).toEqual(['2026', '2027', '2028']);
  });

  it('arrow keys, Home and End move between actions; Enter goes to the action to edit it', () => {
    const { container } = render(<RoadmapWorksheet {...base} autosave={false} defaultValue={completeRoadmap} />);
    const bars = () => [...container.querySelectorAll<HTMLButtonElement>('.rch-rw__bar')];
    bars()[0]!.focus();
    fireEvent.keyDown(bars()[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(bars()[1]);
    expect(bars()[1]!.tabIndex).toBe(0);
    fireEvent.keyDown(bars()[1]!, { key: 'End' });
    expect(document.activeElement).toBe(bars()[4]);
    fireEvent.keyDown(bars()[4]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(bars()[4]);
    fireEvent.keyDown(bars()[4]!, { key: 'Home' });
    expect(document.activeElement).toBe(bars()[0]);
    // The earliest action is the fourth of the roadmap: its first field takes focus.
    fireEvent.click(bars()[0]!);
    expect(document.activeElement).toBe(within(action(3)).getByLabelText('Tool from the menu'));
  });

  it('an action without a start is listed as undated; a roadmap without any start says the timeline is empty', () => {
    const { container, rerender } = render(<RoadmapWorksheet {...base} autosave={false} value={seededRoadmap} />);
    expect(plain(container.querySelector('.rch-rw__summary')!.textContent)).toBe('No action has a start yet, so there is nothing to draw on the timeline.');
    expect(container.querySelectorAll('.rch-rw__bar[data-undated]')).toHaveLength(seededRoadmap.actions.length);
    rerender(<RoadmapWorksheet {...base} autosave={false} value={worksheet_empty('roadmap')} />);
    expect(screen.getByText('There are no actions yet.')).toBeTruthy();
  });

  it('the table view: sortable columns announce their order; the title button goes to the editor', () => {
    const { container } = render(<RoadmapWorksheet {...base} autosave={false} defaultValue={completeRoadmap} defaultView="table" />);
    expect(screen.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).toBe('true');
    const table = screen.getByRole('table', { name: 'Actions of the roadmap' });
    const firstColumn = () => within(table).getAllByRole('rowheader').map((c) => plain(c.textContent).replace(/^Edit: /, ''));
    expect(firstColumn()[0]).toBe('שיתוף הורים בעיצוב השירות');
    // By action: the names shown (a tool's name when there is no title), not tool ids.
    const title = within(table).getByRole('button', { name: /^Action/ });
    fireEvent.click(title);
    expect(firstColumn()).toEqual(['Consulting operators', 'Forming a theory of change and a logic model for the service', 'Quarterly data meetings with each operator', 'שיתוף הורים בעיצוב השירות', 'שמירה על רצף הטיפול במעבר בין מפעילים']);
    fireEvent.click(title);
    fireEvent.click(title);
    const start = within(table).getByRole('button', { name: /^Start/ });
    fireEvent.click(start);
    expect(start.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    expect(firstColumn()[0]).toBe('שמירה על רצף הטיפול במעבר בין מפעילים');
    fireEvent.click(start);
    expect(start.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn()[0]).toBe('Consulting operators');
    fireEvent.click(start);
    expect(start.closest('th')!.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(table).getAllByRole('rowheader')[1]!.querySelector('button')!);
    expect(document.activeElement).toBe(within(action(1)).getByLabelText('Tool from the menu'));
    fireEvent.click(screen.getByRole('button', { name: 'Timeline' }));
    expect(container.querySelectorAll('.rch-rw__bar')).toHaveLength(5);
  });
});

describe('editing actions', { timeout: 20_000 }, () => {
  it('an empty roadmap starts from the diagnosis focus: actions per chosen principle with its super-outcome and tools', () => {
    const onChange = vi.fn();
    render(<RoadmapWorksheet {...base} autosave={false} diagnosis={completeDiagnosis} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start from the focus of the diagnosis' }));
    const state = last(onChange);
    expect(state.serviceName).toBe(completeDiagnosis.serviceName);
    expect(state.actions.map((a) => [a.principleId, a.superOutcomeId])).toEqual(seededRoadmap.actions.map((a) => [a.principleId, a.superOutcomeId]));
    expect(plain(screen.getByRole('status').textContent)).toBe(`The roadmap was started from the focus of the diagnosis, with ${state.actions.length} actions to fill in.`);
    expect(screen.queryByRole('button', { name: 'Start from the focus of the diagnosis' })).toBeNull();
  });

  it('every field of an action edits the whole state; super-outcomes follow the principle; tools for the principle come first', () => {
    const onChange = vi.fn();
    render(<RoadmapWorksheet {...base} autosave={false} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add an action' }));
    const tool = within(action(0)).getByLabelText<HTMLSelectElement>('Tool from the menu');
    expect(document.activeElement).toBe(tool);
    const principle = within(action(0)).getByLabelText<HTMLSelectElement>('Principle');
    const outcome = within(action(0)).getByLabelText<HTMLSelectElement>('Super-outcome');
    expect(outcome.options[0]!.textContent).toBe('Choose a principle first');
    fireEvent.change(principle, { target: { value: 'innovation-and-flexibility' } });
    expect([...outcome.options].map((o) => o.value)).toEqual(['', 'reflects-knowledge-frontier', 'flexible-to-changing-needs']);
    expect([...tool.options].slice(1, 4).map((o) => o.value)).toEqual(['cake-model', 'contract-change-clauses', 'experimental-indicators']);
    fireEvent.change(outcome, { target: { value: 'flexible-to-changing-needs' } });
    fireEvent.change(tool, { target: { value: 'contract-change-clauses' } });
    expect(within(action(0)).getByLabelText('Action (optional)')).toBeTruthy();
    fireEvent.change(within(action(0)).getByLabelText('Who leads it'), { target: { value: 'Dana' } });
    fireEvent.change(within(action(0)).getByLabelText('Start'), { target: { value: '2027-Q1' } });
    fireEvent.change(within(action(0)).getByLabelText('End'), { target: { value: '2027-06-30' } });
    fireEvent.change(within(action(0)).getByLabelText('Status'), { target: { value: 'in-progress' } });
    fireEvent.click(within(action(0)).getByLabelText('Preserve'));
    fireEvent.change(within(action(0)).getByLabelText('Note (optional)'), { target: { value: 'With legal' } });
    expect(last(onChange).actions[0]).toEqual({
      id: 'action-1',
      title: '',
      toolId: 'contract-change-clauses',
      principleId: 'innovation-and-flexibility',
      superOutcomeId: 'flexible-to-changing-needs',
      owner: 'Dana',
      start: '2027-Q1',
      end: '2027-06-30',
      status: 'in-progress',
      aspect: 'preserve',
      milestones: [],
      note: 'With legal',
    });
    expect(within(action(0)).getByLabelText('Start').getAttribute('aria-describedby')).toMatch(/when-hint/);
    // Changing the principle clears a super-outcome of the old one.
    fireEvent.change(principle, { target: { value: 'operator-as-partner' } });
    expect(last(onChange).actions[0]!.superOutcomeId).toBeUndefined();
  });

  it('milestones: add (focus moves to it), edit, mark reached, remove and undo', () => {
    const onChange = vi.fn();
    render(<RoadmapWorksheet {...base} autosave={false} defaultValue={completeRoadmap} onChange={onChange} />);
    const a = action(2);
    fireEvent.click(within(a).getByRole('button', { name: 'Add a milestone' }));
    const title = within(a).getByLabelText<HTMLInputElement>('Milestone 1');
    expect(document.activeElement).toBe(title);
    fireEvent.change(title, { target: { value: 'Indicators in the contract' } });
    fireEvent.change(within(a).getByLabelText('When'), { target: { value: '2027-Q2' } });
    fireEvent.click(within(a).getByLabelText('Reached'));
    expect(last(onChange).actions[2]!.milestones).toEqual([{ id: 'm-1', title: 'Indicators in the contract', date: '2027-Q2', done: true }]);
    fireEvent.click(within(a).getByRole('button', { name: /^Remove the milestone/ }));
    expect(last(onChange).actions[2]!.milestones).toEqual([]);
    expect(plain(screen.getByRole('status').textContent)).toBe('Removed: Indicators in the contract.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(last(onChange).actions[2]!.milestones).toHaveLength(1);
  });

  it('removing an action says so and can be undone, with everything typed in it', () => {
    const onChange = vi.fn();
    render(<RoadmapWorksheet {...base} autosave={false} defaultValue={completeRoadmap} onChange={onChange} />);
    fireEvent.click(within(action(0)).getByRole('button', { name: /^Remove the action/ }));
    expect(last(onChange).actions.map((a) => a.id)).toEqual(['action-2', 'action-3', 'action-4', 'action-5']);
    expect(plain(screen.getByRole('status').textContent)).toBe('Removed: שיתוף הורים בעיצוב השירות.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(last(onChange)).toEqual(completeRoadmap);
  });

  it('check: an error summary takes focus and links to each field; inline errors beside them; complete once fixed', () => {
    render(<RoadmapWorksheet {...base} autosave={false} defaultValue={roadmapWithErrors} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check the roadmap' }));
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => plain(l.textContent))).toEqual([
      'Write a name for the action or choose a tool from the tools menu',
      'The end 2027-Q1 is before the start 2027-Q3',
      'The time is not in a known form. Write a quarter like 2026-Q3 or a date like 2026-09-30',
      'The milestone on 2027-09-01 is outside the action’s time (2027-Q1 to 2027-Q2)',
    ]);
    fireEvent.click(links[1]!);
    const end = within(action(1)).getByLabelText('End');
    expect(document.activeElement).toBe(end);
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(plain(document.getElementById(`${end.id}-error`)!.textContent)).toBe('The end 2027-Q1 is before the start 2027-Q3');
    fireEvent.change(within(action(0)).getByLabelText('Action'), { target: { value: 'Parents’ forum' } });
    fireEvent.change(end, { target: { value: '2027-Q4' } });
    fireEvent.change(within(action(2)).getByLabelText('Start'), { target: { value: '2027-Q2' } });
    fireEvent.change(within(action(3)).getByLabelText('When'), { target: { value: '2027-05-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check the roadmap' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement!.textContent).toBe('Every action has a name, and all its times can be read.');
  });

  it('speaks the user’s language: the check in Hebrew and Arabic', () => {
    const { unmount } = render(<RoadmapWorksheet {...base} locale="he" autosave={false} defaultValue={roadmapWithErrors} defaultShowErrors />);
    expect(plain(within(screen.getByRole('alert')).getAllByRole('link')[1]!.textContent)).toBe('מועד הסיום 2027-Q1 מוקדם ממועד ההתחלה 2027-Q3');
    unmount();
    render(<RoadmapWorksheet {...base} locale="ar" autosave={false} defaultValue={roadmapWithErrors} defaultShowErrors />);
    expect(plain(screen.getByRole('heading', { level: 4 }).textContent)).not.toBe('There is a problem');
  });

  it('a principle, super-outcome or tool the lists do not have stays visible, so it can be changed; a malformed diagnosis offers no seeding', () => {
    const onChange = vi.fn();
    const gone = { ...completeRoadmap, actions: [{ ...completeRoadmap.actions[0]!, principleId: 'gone-principle', superOutcomeId: 'gone-outcome', toolId: 'gone-tool' }] };
    render(<RoadmapWorksheet {...base} autosave={false} defaultValue={gone} onChange={onChange} diagnosis={{ kind: 'diagnosis', workPlan: { focus: [null] } } as never} />);
    const principle = within(action(0)).getByLabelText<HTMLSelectElement>('Principle');
    expect(principle.value).toBe('gone-principle');
    expect(within(action(0)).getByLabelText<HTMLSelectElement>('Super-outcome').value).toBe('gone-outcome');
    expect(within(action(0)).getByLabelText<HTMLSelectElement>('Tool from the menu').value).toBe('gone-tool');
    fireEvent.change(principle, { target: { value: '' } });
    expect(last(onChange).actions[0]!.principleId).toBeUndefined();
    expect(screen.queryByRole('button', { name: 'Start from the focus of the diagnosis' })).toBeNull();
  });

  it('bad props show the error panel; a malformed value (a repeated id) shows the panel and no form that could report the work gone', () => {
    const { container, unmount } = render(<RoadmapWorksheet locale="en" principles={'six' as never} />);
    expect(container.querySelector('[data-rch-error]')).not.toBeNull();
    unmount();
    const onChange = vi.fn();
    const repeated = { ...completeRoadmap, actions: [completeRoadmap.actions[0]!, { ...completeRoadmap.actions[1]!, id: 'action-1' }] };
    const r = render(<RoadmapWorksheet {...base} autosave={false} value={repeated} onChange={onChange} />);
    expect(r.container.querySelector('[data-rch-error]')).not.toBeNull();
    expect(screen.queryByLabelText('Name of the service')).toBeNull();
    expect(r.container.querySelector('.rch-rw__actions')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('never losing the work', { timeout: 20_000 }, () => {
  it('autosaves, and a remount restores the roadmap with a notice', async () => {
    const { unmount } = render(<RoadmapWorksheet {...base} autosaveDelay={0} defaultValue={completeRoadmap} />);
    fireEvent.change(within(action(0)).getByLabelText('Who leads it'), { target: { value: 'Rana' } });
    await waitFor(() => expect(localStorage.getItem(KEY)).toContain('Rana'));
    unmount();
    render(<RoadmapWorksheet {...base} />);
    await waitFor(() => expect(within(action(0)).getByLabelText<HTMLInputElement>('Who leads it').value).toBe('Rana'));
    expect(plain(screen.getByRole('status').textContent)).toMatch(/^We restored your work from /);
    expect(document.querySelectorAll('.rch-rw__action')).toHaveLength(5);
  });

  it('a corrupt file and a diagnosis file are refused; the roadmap is untouched', async () => {
    const onChange = vi.fn();
    render(<RoadmapWorksheet {...base} autosave={false} defaultValue={completeRoadmap} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Import from a file'), { target: { files: [new File(['{"kind":"roadmap","actions":[{'], 'broken.json')] } });
    await waitFor(() => expect(plain(document.querySelector('.rch-ws__notice')?.textContent)).toBe('The file broken.json could not be imported. Your current work has not changed.'));
    fireEvent.change(screen.getByLabelText('Import from a file'), { target: { files: [new File([worksheet_serialize(completeDiagnosis)], 'diagnosis.json')] } });
    await waitFor(() => expect(plain(document.querySelector('.rch-ws__reasons')!.textContent)).toBe('This is a diagnosis and planning file, not a roadmap file'));
    expect(onChange).not.toHaveBeenCalled();
    expect(document.querySelectorAll('.rch-rw__action')).toHaveLength(5);
  });

  it('reset asks first, clears, and undo brings the actions back', () => {
    render(<RoadmapWorksheet {...base} autosave={false} defaultValue={completeRoadmap} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear the worksheet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear it' }));
    expect(document.querySelectorAll('.rch-rw__action')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(document.querySelectorAll('.rch-rw__action')).toHaveLength(5);
  });
});

describe('keeping the work when things go wrong (shared by every worksheet)', { timeout: 20_000 }, () => {
  const service = () => screen.getByLabelText<HTMLInputElement>('Name of the service');
  const tick = () => act(async () => void (await new Promise((r) => setTimeout(r, 30))));

  it('a save it cannot read (a newer version) is kept aside before anything is saved over it, and can be downloaded', async () => {
    const newer = JSON.stringify({ ...completeRoadmap, version: 3 });
    localStorage.setItem(KEY, newer);
    let file: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((file = b as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    render(<RoadmapWorksheet {...base} autosaveDelay={0} />);
    await screen.findByText(/could not be read/);
    expect(localStorage.getItem(`${KEY}:unreadable`)).toBe(newer);
    fireEvent.change(service(), { target: { value: 'x' } });
    await tick();
    expect(localStorage.getItem(KEY)).toContain('"serviceName":"x"');
    expect(localStorage.getItem(`${KEY}:unreadable`)).toBe(newer);
    fireEvent.click(screen.getByRole('button', { name: 'Download the saved copy' }));
    expect(await file!.text()).toBe(newer);
  });

  it('a reset or a removal is not saved while it can be undone: a reload brings the work back', async () => {
    const first = render(<RoadmapWorksheet {...base} autosaveDelay={0} defaultValue={completeRoadmap} />);
    fireEvent.change(service(), { target: { value: 'Before the reset' } });
    await tick();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the worksheet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear it' }));
    await tick();
    first.unmount();
    expect(localStorage.getItem(KEY)).toContain('Before the reset');
    render(<RoadmapWorksheet {...base} autosaveDelay={0} />);
    await waitFor(() => expect(service().value).toBe('Before the reset'));
    // Dismissing the notice of a reset makes it final.
    fireEvent.click(screen.getByRole('button', { name: 'Clear the worksheet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close the notice' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Export to a file (JSON)' }));
    await tick();
    expect(localStorage.getItem(KEY)).not.toContain('Before the reset');
  });

  it('another storageId is another worksheet: it does not show or save the last one’s work', async () => {
    const r = render(<RoadmapWorksheet {...base} autosaveDelay={0} storageId="tender-a" />);
    fireEvent.change(service(), { target: { value: 'Tender A work' } });
    await tick();
    r.rerender(<RoadmapWorksheet {...base} autosaveDelay={0} storageId="tender-b" />);
    await waitFor(() => expect(service().value).toBe(''));
    fireEvent.change(service(), { target: { value: 'Tender B work' } });
    await tick();
    expect(localStorage.getItem(worksheet_storageKey('roadmap', 'tender-a'))).toContain('Tender A work');
    expect(localStorage.getItem(worksheet_storageKey('roadmap', 'tender-b'))).toContain('Tender B work');
    r.rerender(<RoadmapWorksheet {...base} autosaveDelay={0} storageId="tender-a" />);
    await waitFor(() => expect(service().value).toBe('Tender A work'));
  });

  it('an older copy in this browser does not replace a newer one the portal gives', async () => {
    localStorage.setItem(KEY, worksheet_serialize({ ...completeRoadmap, serviceName: 'Old local copy' }, { savedAt: '2020-01-01T00:00:00Z' }));
    render(<RoadmapWorksheet {...base} defaultValue={{ ...completeRoadmap, serviceName: 'From the server', savedAt: '2026-11-20T09:00:00Z' }} />);
    await tick();
    expect(service().value).toBe('From the server');
    expect(document.querySelector('.rch-ws__notice')).toBeNull();
  });

  it('"start again instead" after a restore goes back to what the portal gave, not to nothing', async () => {
    localStorage.setItem(KEY, worksheet_serialize({ ...completeRoadmap, serviceName: 'Local copy' }, { savedAt: '2026-11-22T00:00:00Z' }));
    render(<RoadmapWorksheet {...base} defaultValue={{ ...completeRoadmap, serviceName: 'Given' }} />);
    await waitFor(() => expect(service().value).toBe('Local copy'));
    fireEvent.click(screen.getByRole('button', { name: 'Start again instead' }));
    expect(service().value).toBe('Given');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(service().value).toBe('Local copy');
  });

  it('a change saved in another tab pauses saving here until the person chooses a copy', async () => {
    render(<RoadmapWorksheet {...base} autosaveDelay={0} defaultValue={completeRoadmap} />);
    const other = worksheet_serialize({ ...completeRoadmap, serviceName: 'Typed in the other tab' }, { savedAt: '2026-11-23T10:00:00Z' });
    localStorage.setItem(KEY, other);
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: other })));
    expect(plain(document.querySelector('.rch-ws__notice')!.textContent)).toMatch(/^This worksheet was changed in another tab or window/);
    fireEvent.change(service(), { target: { value: 'Typed here' } });
    await tick();
    expect(localStorage.getItem(KEY)).toBe(other);
    fireEvent.click(screen.getByRole('button', { name: 'Load the other copy' }));
    expect(service().value).toBe('Typed in the other tab');
    fireEvent.change(service(), { target: { value: 'Both merged by hand' } });
    await tick();
    expect(localStorage.getItem(KEY)).toContain('Both merged by hand');
  });
});

describe('property: whatever is in local storage, the roadmap renders', () => {
  const when = fc.oneof(fc.constantFrom('', '2026-Q3', '2027-Q1', '2026-13-40', '2026-02-30', '2026', '2026/27', '2026-H2', 'x'), fc.string());
  const anAction = fc.record(
    {
      id: fc.oneof(fc.constantFrom('action-1', 'action-2', 'action-1'), fc.string()),
      title: fc.oneof(fc.string(), fc.anything()),
      toolId: fc.oneof(fc.constantFrom('cake-model', 'nope'), fc.anything()),
      principleId: fc.oneof(fc.constantFrom('operator-as-partner', 'nope'), fc.anything()),
      owner: fc.string(),
      start: when,
      end: when,
      status: fc.oneof(fc.constantFrom('done', 'in-progress', 'later'), fc.anything()),
      aspect: fc.constantFrom('preserve', 'improve', 'keep'),
      milestones: fc.oneof(fc.array(fc.record({ id: fc.string(), title: fc.string(), date: when, done: fc.anything() }), { maxLength: 3 }), fc.anything()),
    },
    { requiredKeys: ['id'] },
  );
  const saved = fc.oneof(
    fc.string(),
    fc.json(),
    fc.record({ kind: fc.constantFrom('roadmap', 'diagnosis'), version: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.double()), actions: fc.oneof(fc.array(anAction, { maxLength: 6 }), fc.anything()), serviceName: fc.anything() }, { requiredKeys: ['kind'] }).map((v) => JSON.stringify(v) ?? '{}'),
  );

  it('never throws; shows either the restored roadmap, a notice, or an empty one', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fc.assert(
      fc.asyncProperty(saved, async (text) => {
        localStorage.setItem(KEY, text);
        const { container, unmount } = render(<RoadmapWorksheet {...base} />);
        await act(async () => {});
        expect(container.querySelector('[data-rch-error]')).toBeNull();
        expect(container.querySelector('.rch-rw__actions')).not.toBeNull();
        fireEvent.click(screen.getByRole('button', { name: 'Table' }));
        fireEvent.click(screen.getByRole('button', { name: 'Check the roadmap' }));
        unmount();
      }),
      { numRuns: 30 },
    );
    expect(errors).not.toHaveBeenCalled();
  }, 120_000);
});
