import * as React from 'react';
import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest';
import { render, screen, fireEvent, cleanup, act, waitFor, within } from '@testing-library/react';
import * as fc from 'fast-check';
import { text_get, worksheet_empty, worksheet_parse, worksheet_serialize, worksheet_storageKey, type DiagnosisState } from '@rechesh/core';
import { DiagnosisWorksheet } from './DiagnosisWorksheet.js';
import { completeDiagnosis, diagnosisPrinciples, halfFilledDiagnosis } from './DiagnosisWorksheet.examples.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, '');
const KEY = worksheet_storageKey('diagnosis', 'default');
const [p1, p2] = diagnosisPrinciples;
const name = (p: (typeof diagnosisPrinciples)[number]) => text_get(p.name, 'en');

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** The first item's radio group, by its legend. */
function itemGroup(container: HTMLElement, index = 0): HTMLElement {
  return container.querySelectorAll<HTMLElement>('.rch-dw__item fieldset')[index]!;
}

describe('answering the diagnosis', { timeout: 20_000 }, () => {
  it('shows every principle with its items by stage, four statuses each', () => {
    const { container } = render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosave={false} />);
    const total = diagnosisPrinciples.reduce((n, p) => n + p.items.length, 0);
    expect(container.querySelectorAll('.rch-dw__item')).toHaveLength(total);
    expect(container.querySelectorAll('.rch-dw__principle')).toHaveLength(6);
    expect(within(itemGroup(container)).getAllByRole<HTMLInputElement>('radio').map((r) => r.labels?.[0]?.textContent)).toEqual(['In place', 'Partly', 'Not yet', 'Not relevant']);
    expect(plain(container.querySelector('.rch-dw__principle h3')!.textContent)).toBe(`Principle 1 of 6: ${name(p1!)}`);
    expect(screen.getByLabelText('Name of the service').getAttribute('maxLength')).toBe('500');
  });

  it('a status changes the whole state through onChange and the summary follows; a note appears once answered', () => {
    const onChange = vi.fn();
    const { container } = render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosave={false} onChange={onChange} />);
    const items = p1!.items.slice(0, 3);
    items.forEach((item, i) => {
      fireEvent.click(within(itemGroup(container, i)).getByLabelText('In place'));
      expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'diagnosis', items: expect.objectContaining({ [item.id]: { status: 'in-place' } }) }));
    });
    const summary = plain(container.querySelector(`[data-principle="${p1!.id}"] .rch-dw__principle-summary`)!.textContent);
    expect(summary).toContain('100% in place (3 in place, 0 partly, 0 not yet)');
    const note = screen.getAllByLabelText('Note (optional)')[0]!;
    fireEvent.change(note, { target: { value: 'Only in the pilot' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ items: expect.objectContaining({ [items[0]!.id]: { status: 'in-place', note: 'Only in the pilot' } }) }));
    expect(plain(container.querySelector('.rch-dw__overall')!.textContent)).toContain('Overall');
  });

  it('controlled: shows the value it is given and reports changes without keeping them', () => {
    const onChange = vi.fn();
    const { container, rerender } = render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosave={false} value={halfFilledDiagnosis} onChange={onChange} />);
    expect(screen.getByLabelText<HTMLInputElement>('Name of the service').value).toBe(halfFilledDiagnosis.serviceName);
    fireEvent.change(screen.getByLabelText('Name of the service'), { target: { value: 'Day care' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ serviceName: 'Day care' }));
    expect(screen.getByLabelText<HTMLInputElement>('Name of the service').value).toBe(halfFilledDiagnosis.serviceName);
    rerender(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosave={false} value={{ ...halfFilledDiagnosis, serviceName: 'Day care' }} onChange={onChange} />);
    expect(screen.getByLabelText<HTMLInputElement>('Name of the service').value).toBe('Day care');
    expect(container.querySelector('[data-rch-error]')).toBeNull();
  });

  it('adds and removes team members', () => {
    const onChange = vi.fn();
    render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosave={false} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Members of the planning team 1'), { target: { value: 'Noa' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a team member' }));
    fireEvent.change(screen.getByLabelText('Members of the planning team 2'), { target: { value: 'Ahmad' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ team: ['Noa', 'Ahmad'] }));
    fireEvent.click(screen.getByRole('button', { name: /Remove.*Noa/ }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ team: ['Ahmad'] }));
  });

  it('bad props: no principles shows the error panel; a malformed value shows the panel and no form, so no keystroke can report the work gone', () => {
    const { container, unmount } = render(<DiagnosisWorksheet principles={[]} locale="en" autosave={false} />);
    expect(container.querySelector('[data-rch-error]')).not.toBeNull();
    unmount();
    const { container: c2 } = render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosave={false} value={{ kind: 'roadmap', version: 2 } as unknown as DiagnosisState} />);
    expect(plain(c2.querySelector('[data-rch-error]')!.textContent)).toContain('not a diagnosis and planning file');
    expect(c2.querySelectorAll('.rch-dw__item')).toHaveLength(0);
    expect(screen.queryByLabelText('Name of the service')).toBeNull();
    // The work can still come back from a file.
    expect(screen.getByLabelText('Import from a file')).toBeTruthy();
  });
});

describe('the work-plan step', { timeout: 20_000 }, () => {
  it('check with nothing chosen: an error summary takes focus, each error links to its field, inline messages beside the fields', () => {
    const { container } = render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosave={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check the work plan' }));
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => plain(a.textContent))).toEqual(['Choose exactly two principles to focus on (chosen now: 0)', 'Write why you chose these principles']);
    for (const a of links) expect(document.getElementById(a.getAttribute('href')!.slice(1))).not.toBeNull();
    fireEvent.click(links[1]!);
    expect(document.activeElement).toBe(screen.getByLabelText('Why did you choose these principles? Why do they matter to you?'));
    expect(document.activeElement!.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelectorAll('.rch-ws__error')).toHaveLength(2);
  });

  it('two principles without super-outcomes: one error per principle, linked to its first option; complete after choosing', () => {
    render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosave={false} />);
    fireEvent.click(screen.getByLabelText(name(p1!)));
    fireEvent.click(screen.getByLabelText(name(p2!)));
    fireEvent.change(screen.getByLabelText(/Why did you choose/), { target: { value: 'Most room to improve' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check the work plan' }));
    const links = within(screen.getByRole('alert')).getAllByRole('link');
    expect(links.map((a) => plain(a.textContent))).toEqual([
      `Choose one super-outcome for the principle ${name(p1!)}`,
      `Choose one super-outcome for the principle ${name(p2!)}`,
    ]);
    const target = document.getElementById(links[0]!.getAttribute('href')!.slice(1)) as HTMLInputElement;
    expect(target.type).toBe('radio');
    expect(target.labels?.[0]?.textContent).toBe(text_get(p1!.superOutcomes[0]!.text, 'en'));
    fireEvent.click(screen.getByLabelText(text_get(p1!.superOutcomes[0]!.text, 'en')));
    fireEvent.click(screen.getByLabelText(text_get(p2!.superOutcomes[1]!.text, 'en')));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Check the work plan' }));
    expect(document.activeElement?.textContent).toBe('The work plan is complete.');
  });

  it('speaks the user’s language: the error summary in Hebrew and Arabic', () => {
    const { unmount } = render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="he" autosave={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'בדיקת תוכנית העבודה' }));
    expect(plain(screen.getByRole('alert').textContent)).toContain('יש לבחור בדיוק שני עקרונות');
    unmount();
    render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="ar" autosave={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'التحقق من خطة العمل' }));
    expect(plain(screen.getByRole('alert').textContent)).toContain('يجب اختيار مبدأين بالضبط');
  });
});

describe('never losing the work', { timeout: 20_000 }, () => {
  it('autosaves after a pause, and a remount restores it with a notice that can be dismissed', async () => {
    vi.useFakeTimers();
    const { unmount } = render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosaveDelay={300} />);
    fireEvent.change(screen.getByLabelText('Name of the service'), { target: { value: 'Day care' } });
    expect(localStorage.getItem(KEY)).toBeNull();
    act(() => void vi.advanceTimersByTime(400));
    const saved = worksheet_parse(localStorage.getItem(KEY), { kind: 'diagnosis' });
    expect(saved.ok && saved.value.serviceName).toBe('Day care');
    expect(saved.ok && typeof saved.value.savedAt).toBe('string');
    unmount();
    vi.useRealTimers();
    render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" />);
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Name of the service').value).toBe('Day care'));
    expect(plain(screen.getByRole('status').textContent)).toMatch(/^We restored your work from /);
    fireEvent.click(screen.getByRole('button', { name: 'Close the notice' }));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('flushes the last keystrokes on unmount, before the pause is over', () => {
    const { unmount } = render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosaveDelay={10_000} />);
    fireEvent.change(screen.getByLabelText('Name of the tender'), { target: { value: 'Tender 7' } });
    unmount();
    expect(localStorage.getItem(KEY)).toContain('Tender 7');
  });

  it('"continue where you left off" goes to the first unanswered item; "start again instead" clears the restored work, and undo brings it back', async () => {
    localStorage.setItem(KEY, worksheet_serialize(halfFilledDiagnosis, { savedAt: '2026-11-23T10:00:00Z' }));
    render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" />);
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Name of the service').value).toBe(halfFilledDiagnosis.serviceName));
    fireEvent.click(screen.getByRole('button', { name: 'Continue where you left off' }));
    const firstOpen = diagnosisPrinciples.flatMap((p) => p.items).find((i) => !halfFilledDiagnosis.items[i.id])!;
    expect((document.activeElement as HTMLInputElement).name).toMatch(new RegExp(`${firstOpen.id.replace(/[^A-Za-z0-9]+/g, '-')}$`));
    fireEvent.click(screen.getByRole('button', { name: 'Start again instead' }));
    expect(screen.getByLabelText<HTMLInputElement>('Name of the service').value).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByLabelText<HTMLInputElement>('Name of the service').value).toBe(halfFilledDiagnosis.serviceName);
  });

  it('controlled with autosave: the restored work comes through onChange; an old (version 1) save is migrated', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, service: 'Old day care', team: 'Noa, Ahmad', answers: { [p1!.items[0]!.id]: 'partly' } }));
    const onChange = vi.fn();
    render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" value={worksheet_empty('diagnosis')} onChange={onChange} />);
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(onChange.mock.lastCall![0]).toMatchObject({ kind: 'diagnosis', version: 2, serviceName: 'Old day care', items: { [p1!.items[0]!.id]: { status: 'partly' } } });
    expect(plain(screen.getByRole('status').textContent)).toBe('We restored your work from your last visit.');
  });

  it('autosave={false} neither writes nor restores', () => {
    localStorage.setItem(KEY, worksheet_serialize(halfFilledDiagnosis));
    const { unmount } = render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosave={false} />);
    expect(screen.getByLabelText<HTMLInputElement>('Name of the service').value).toBe('');
    fireEvent.change(screen.getByLabelText('Name of the service'), { target: { value: 'Other' } });
    unmount();
    expect(localStorage.getItem(KEY)).toBe(worksheet_serialize(halfFilledDiagnosis));
  });

  it('storage that throws (quota) says so and keeps the work on the page', async () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    vi.spyOn(window, 'localStorage', 'get').mockReturnValue(full);
    render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosaveDelay={0} />);
    fireEvent.change(screen.getByLabelText('Name of the service'), { target: { value: 'Day care' } });
    expect(await screen.findByText(/could not be saved in this browser/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Name of the service').value).toBe('Day care');
  });

  it('export → import round trip gives the same work back; the import can be undone', async () => {
    let exported: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      exported = b as Blob;
      return 'blob:x';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const onChange = vi.fn();
    const { unmount } = render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosave={false} defaultValue={completeDiagnosis} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export to a file (JSON)' }));
    const text = await exported!.text();
    expect(JSON.parse(text)).toMatchObject({ kind: 'diagnosis', version: 2 });
    unmount();
    render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosave={false} onChange={onChange} />);
    const input = screen.getByLabelText('Import from a file');
    fireEvent.change(input, { target: { files: [new File([text], 'diagnosis.json', { type: 'application/json' })] } });
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    const { savedAt: _a, ...got } = onChange.mock.lastCall![0] as DiagnosisState;
    const read = worksheet_parse(completeDiagnosis, { kind: 'diagnosis' });
    const { savedAt: _b, ...want } = read.ok ? read.value : completeDiagnosis;
    expect(got).toEqual(want);
    expect(plain(screen.getByRole('status').textContent)).toBe('The file diagnosis.json was imported.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo the import' }));
    expect(onChange).toHaveBeenLastCalledWith(worksheet_empty('diagnosis'));
  });

  it('a corrupt file is refused with a clear message and the work is untouched', async () => {
    const onChange = vi.fn();
    render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosave={false} defaultValue={halfFilledDiagnosis} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Import from a file'), { target: { files: [new File(['{"kind":"diagnosis",'], 'broken.json')] } });
    await waitFor(() => expect(plain(document.querySelector('.rch-ws__notice')?.textContent)).toBe('The file broken.json could not be imported. Your current work has not changed.'));
    expect(plain(document.querySelector('.rch-ws__reasons')!.textContent)).toBe('The file is not valid JSON, so it cannot be read');
    fireEvent.change(screen.getByLabelText('Import from a file'), { target: { files: [new File([worksheet_serialize(worksheet_empty('roadmap'))], 'roadmap.json')] } });
    await waitFor(() => expect(plain(document.querySelector('.rch-ws__reasons')!.textContent)).toBe('This is a roadmap file, not a diagnosis and planning file'));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByLabelText<HTMLInputElement>('Name of the service').value).toBe(halfFilledDiagnosis.serviceName);
  });

  it('reset asks first; cancel keeps the work; yes clears it; undo brings it back', () => {
    render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" autosave={false} defaultValue={halfFilledDiagnosis} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear the worksheet' }));
    expect(document.activeElement?.textContent).toBe('Clear everything in this worksheet? You can undo it right after.');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByLabelText<HTMLInputElement>('Name of the service').value).toBe(halfFilledDiagnosis.serviceName);
    fireEvent.click(screen.getByRole('button', { name: 'Clear the worksheet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear it' }));
    expect(screen.getByLabelText<HTMLInputElement>('Name of the service').value).toBe('');
    expect(plain(screen.getByRole('status').textContent)).toBe('The worksheet was cleared.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByLabelText<HTMLInputElement>('Name of the service').value).toBe(halfFilledDiagnosis.serviceName);
    expect(plain(screen.getByRole('status').textContent)).toBe('Your work is back.');
  });
});

describe('property: whatever is in local storage, the worksheet renders', () => {
  const saved = fc.oneof(
    fc.string(),
    fc.json(),
    fc.anything().map((v) => {
      try {
        return JSON.stringify(v) ?? 'undefined';
      } catch {
        return '{';
      }
    }),
    fc
      .record({ kind: fc.constantFrom('diagnosis', 'roadmap', 'x'), version: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.double()), items: fc.anything(), team: fc.anything(), workPlan: fc.anything(), serviceName: fc.anything() }, { requiredKeys: ['kind'] })
      .map((v) => JSON.stringify(v) ?? '{}'),
  );

  it('never throws; shows either the restored work, a notice, or an empty form', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fc.assert(
      fc.asyncProperty(saved, async (text) => {
        localStorage.setItem(KEY, text);
        const { container, unmount } = render(<DiagnosisWorksheet principles={diagnosisPrinciples} locale="en" />);
        await act(async () => {});
        expect(container.querySelector('[data-rch-error]')).toBeNull();
        expect(container.querySelectorAll('.rch-dw__item').length).toBeGreaterThan(0);
        unmount();
        // An unreadable save is left as it was: nothing was typed.
        expect(localStorage.getItem(KEY)).toBe(text);
      }),
      { numRuns: 25 },
    );
    expect(errors).not.toHaveBeenCalled();
  }, 120_000);
});
