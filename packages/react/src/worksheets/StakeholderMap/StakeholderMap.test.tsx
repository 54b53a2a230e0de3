import * as React from 'react';
import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest';
import { render, screen, fireEvent, cleanup, act, waitFor, within } from '@testing-library/react';
import * as fc from 'fast-check';
import { stakeholderMap_rings, worksheet_empty, worksheet_parse, worksheet_serialize, worksheet_storageKey, type StakeholderMapState } from '@rechesh/core';
import { StakeholderMap } from './StakeholderMap.js';
import { completeMap, halfFilledMap, incompleteMap } from './StakeholderMap.examples.js';
import { map_layout, map_nav } from './layout.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, '');
const KEY = worksheet_storageKey('stakeholder-map', 'default');
const marks = (c: HTMLElement) => [...c.querySelectorAll<SVGGElement>('.rch-sm__svg .rch-sm__mark')];
const live = (c: HTMLElement) => plain(c.querySelector('.rch-sm__drawing [aria-live]')!.textContent);
const fieldsets = (c: HTMLElement) => [...c.querySelectorAll<HTMLFieldSetElement>('.rch-sm__stakeholder')];

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('given a complete map', { timeout: 20_000 }, () => {
  it('draws every stakeholder as a mark on its ring, labelled with its number and name, with a legend of levels in words', () => {
    const { container } = render(<StakeholderMap locale="en" autosave={false} defaultValue={completeMap} />);
    expect(marks(container)).toHaveLength(11);
    expect(container.querySelectorAll('.rch-sm__band')).toHaveLength(5);
    expect(marks(container).map((m) => m.dataset['level'])).toEqual(stakeholderMap_rings(completeMap).flatMap((r) => r.stakeholders.map((s) => s.level)));
    const names = [...container.querySelectorAll('.rch-sm__name')].map((t) => plain(t.textContent));
    expect(names).toContain('11. Matrix consulting');
    // A long name is cut short beside the drawing (the outline has it whole); each keeps its number.
    expect(names.map((n) => Number(n.split('.')[0])).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(plain(container.querySelector('.rch-sm__legend')!.textContent)).toBe('Level of participationInformation and dataConsultationCollaboration');
    expect(container.querySelector('.rch-sm__svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByRole('application').getAttribute('aria-label')).toBe('Stakeholder map: 11 stakeholders around the service recipients');
  });

  it('lists the same map as an outline, ring by ring, each stakeholder with its level, stages and tools', () => {
    const { container } = render(<StakeholderMap locale="en" autosave={false} defaultValue={completeMap} />);
    const outline = container.querySelector<HTMLElement>('.rch-sm__outline')!;
    expect([...outline.querySelectorAll('.rch-sm__rings > li > .rch-sm__ring-title')].map((p) => plain(p.textContent))).toEqual([
      'The commissioning ministry: 2',
      'Operators: 3',
      'Adjacent services: 2',
      'Complementary services: 2',
      'Others: 2',
    ]);
    const matrix = outline.querySelector('[data-id="stakeholder-11"]')!;
    expect(plain(matrix.textContent)).toBe('11. Matrix consulting, Others, Information and data. Stages: Forming the product. Tools: Round table.');
    expect(plain(outline.querySelector('[data-id="stakeholder-5"]')!.textContent)).toContain('Tools: In-depth interviews. Interview in Arabic, in Sakhnin');
  });

  it('shows the participation grid: levels by stages, with who is in each cell', () => {
    render(<StakeholderMap locale="en" autosave={false} defaultValue={completeMap} />);
    const table = screen.getByRole('table', { name: 'Who takes part, by level of participation and stage' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0]!).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Level of participation', 'Gathering information', 'Shaping goals', 'Forming alternatives', 'Forming the product', 'Implementation',
    ]);
    const collaboration = rows.find((r) => within(r).queryByRole('rowheader')?.textContent === 'Collaboration')!;
    const cells = within(collaboration).getAllByRole('cell');
    expect(plain(cells[3]!.textContent)).toBe('1. אגף אזרחים ותיקים, משרד הרווחה, 10. בני משפחה מטפלים');
    expect(plain(cells[4]!.textContent)).toBe('4. פורום המפעילים הארצי, 6. מחלקות הרווחה ברשויות המקומיות, 10. בני משפחה מטפלים');
  });

  it('in Hebrew, labels on the right half anchor at their start and those on the left at their end', () => {
    const { container } = render(<StakeholderMap locale="he" autosave={false} defaultValue={completeMap} />);
    const svg = container.querySelector('.rch-sm__svg')!;
    const cx = Number(svg.getAttribute('width')) / 2;
    for (const m of marks(container)) {
      const label = container.querySelector(`.rch-sm__name[data-id="${m.dataset['id']}"]`)!;
      const x = Number(/translate\(([-\d.]+)/.exec(m.getAttribute('transform')!)![1]);
      expect(m.dataset['side']).toBe(x > cx ? 'right' : x < cx ? 'left' : m.dataset['side']);
      expect(label.getAttribute('text-anchor')).toBe(m.dataset['side'] === 'right' ? 'start' : 'end');
      expect(Number(label.getAttribute('x')) > cx).toBe(m.dataset['side'] === 'right');
    }
  });
});

describe('the keyboard in the drawing', { timeout: 20_000 }, () => {
  it('one tab stop; arrows move along a ring and between rings; Home and End; each move is announced; Enter goes to the fields', () => {
    const { container } = render(<StakeholderMap locale="en" autosave={false} defaultValue={completeMap} />);
    const app = screen.getByRole('application');
    expect(app.tabIndex).toBe(0);
    expect(container.querySelectorAll('.rch-sm__svg [tabindex]')).toHaveLength(0);
    act(() => app.focus());
    expect(live(container)).toBe('1. אגף אזרחים ותיקים, משרד הרווחה, The commissioning ministry, Collaboration. Stages: Shaping goals, Forming alternatives, Forming the product. Tools: Stakeholder meeting, Round table.');
    expect(container.querySelector('.rch-sm__mark[data-active]')!.getAttribute('data-id')).toBe('stakeholder-1');
    fireEvent.keyDown(app, { key: 'ArrowRight' });
    expect(live(container)).toMatch(/^2\. ועדת המכרזים/);
    fireEvent.keyDown(app, { key: 'ArrowRight' });
    expect(live(container)).toMatch(/^1\. /);
    fireEvent.keyDown(app, { key: 'ArrowDown' });
    expect(container.querySelector('.rch-sm__mark[data-active]')!.closest('svg')).not.toBeNull();
    expect(live(container)).toMatch(/Operators/);
    fireEvent.keyDown(app, { key: 'ArrowUp' });
    fireEvent.keyDown(app, { key: 'ArrowUp' });
    expect(live(container)).toBe('No more stakeholders this way.');
    fireEvent.keyDown(app, { key: 'End' });
    expect(live(container)).toMatch(/^11\. Matrix consulting/);
    fireEvent.keyDown(app, { key: 'Home' });
    expect(live(container)).toMatch(/^1\. /);
    fireEvent.keyDown(app, { key: 'End' });
    fireEvent.keyDown(app, { key: 'Enter' });
    expect(document.activeElement).toBe(within(fieldsets(container)[10]!).getByLabelText('Stakeholder'));
  });

  it('in Hebrew the left arrow goes forward along the ring', () => {
    const { container } = render(<StakeholderMap locale="he" autosave={false} defaultValue={completeMap} />);
    const app = screen.getByRole('application');
    act(() => app.focus());
    fireEvent.keyDown(app, { key: 'ArrowLeft' });
    expect(live(container)).toMatch(/^2\. /);
  });

  it('an empty map has no tab stop, and says there is no one yet', () => {
    const { container } = render(<StakeholderMap locale="en" autosave={false} />);
    expect(screen.queryByRole('application')).toBeNull();
    expect(plain(container.querySelector('.rch-sm__none')!.textContent)).toBe('There are no stakeholders yet.');
  });
});

describe('editing the stakeholders', { timeout: 20_000 }, () => {
  it('each field changes the whole state through onChange, and the map follows', () => {
    const onChange = vi.fn();
    const { container } = render(<StakeholderMap locale="en" autosave={false} defaultValue={halfFilledMap} onChange={onChange} />);
    const fs = within(fieldsets(container)[1]!);
    const last = () => (onChange.mock.lastCall![0] as StakeholderMapState).stakeholders[1]!;
    fireEvent.change(fs.getByLabelText('Stakeholder'), { target: { value: 'Yad b’Yad' } });
    expect(last().name).toBe('Yad b’Yad');
    fireEvent.click(fs.getByLabelText('Complementary services'));
    expect(last().ring).toBe('complementary-services');
    fireEvent.click(fs.getByLabelText('Collaboration'));
    expect(last().level).toBe('collaboration');
    fireEvent.click(fs.getByLabelText('Implementation'));
    fireEvent.click(fs.getByLabelText('Gathering information'));
    expect(last().stages).toEqual(['alternatives', 'implementation']);
    fireEvent.click(fs.getByLabelText('Online arena'));
    expect(last().tools).toEqual(['interviews', 'focus-groups', 'online-arena']);
    fireEvent.change(fs.getByLabelText('Note (optional)'), { target: { value: 'Met in May' } });
    expect(last()).toMatchObject({ id: 'stakeholder-3', note: 'Met in May' });
    const mark = container.querySelector('.rch-sm__mark[data-id="stakeholder-3"]')!;
    expect(mark.getAttribute('data-level')).toBe('collaboration');
    expect(plain(container.querySelector('.rch-sm__rings [data-ring="complementary-services"] .rch-sm__ring-title')!.textContent)).toBe('Complementary services: 1');
    fireEvent.change(screen.getByLabelText('Name of the service'), { target: { value: 'Day centres' } });
    fireEvent.change(screen.getByLabelText('Service recipients'), { target: { value: 'Older people' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ serviceName: 'Day centres', recipients: 'Older people' }));
  });

  it('adds a stakeholder and moves focus to its name; removes one with a notice, and undo brings it back', () => {
    const { container } = render(<StakeholderMap locale="en" autosave={false} defaultValue={halfFilledMap} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a stakeholder' }));
    expect(fieldsets(container)).toHaveLength(5);
    expect(document.activeElement).toBe(within(fieldsets(container)[4]!).getByLabelText('Stakeholder'));
    expect(plain(fieldsets(container)[4]!.querySelector('legend')!.textContent)).toBe('Stakeholder 5 of 5: Stakeholder without a name');
    const name = halfFilledMap.stakeholders[1]!.name;
    fireEvent.click(screen.getByRole('button', { name: (n) => plain(n) === `Remove ${name}` }));
    expect(fieldsets(container)).toHaveLength(4);
    expect(marks(container)).toHaveLength(4);
    expect(plain(screen.getByRole('status').textContent)).toBe(`Removed: ${name}.`);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(fieldsets(container)).toHaveLength(5);
    expect(within(fieldsets(container)[1]!).getByLabelText<HTMLInputElement>('Stakeholder').value).toBe(name);
  });

  it('controlled: shows the value it is given and reports changes without keeping them', () => {
    const onChange = vi.fn();
    const { container, rerender } = render(<StakeholderMap locale="en" autosave={false} value={halfFilledMap} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a stakeholder' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ stakeholders: expect.arrayContaining([expect.objectContaining({ id: 'stakeholder-11' })]) }));
    expect(fieldsets(container)).toHaveLength(4);
    rerender(<StakeholderMap locale="en" autosave={false} value={onChange.mock.lastCall![0] as StakeholderMapState} onChange={onChange} />);
    expect(fieldsets(container)).toHaveLength(5);
  });

  it('a value that is not a stakeholder map shows the error panel and no form, and does not crash', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(<StakeholderMap locale="en" autosave={false} value={{ kind: 'roadmap', version: 2 } as unknown as StakeholderMapState} />);
    expect(plain(container.querySelector('[data-rch-error]')!.textContent)).toContain('not a stakeholder map file');
    expect(screen.queryByRole('button', { name: 'Add a stakeholder' })).toBeNull();
    expect(screen.getByLabelText('Import from a file')).toBeTruthy();
    errors.mockRestore();
  });
});

describe('checking the map', { timeout: 20_000 }, () => {
  it('shows an error summary that takes focus, each error linked to its field, with inline messages', () => {
    const { container } = render(<StakeholderMap locale="en" autosave={false} defaultValue={incompleteMap} />);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Check the map' }));
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => plain(a.textContent))).toEqual([
      'Write the name of stakeholder 2',
      'Choose at least one stage in which stakeholder 3 takes part',
      'Choose at least one participation tool for stakeholder 4',
    ]);
    const targets = links.map((a) => document.getElementById(a.getAttribute('href')!.slice(1)) as HTMLInputElement);
    expect(targets.map((el) => el.closest('.rch-sm__stakeholder') === fieldsets(container)[[1, 2, 3][targets.indexOf(el)]!])).toEqual([true, true, true]);
    fireEvent.click(links[0]!);
    expect(document.activeElement).toBe(within(fieldsets(container)[1]!).getByLabelText('Stakeholder'));
    expect(document.activeElement!.getAttribute('aria-invalid')).toBe('true');
    expect(targets[1]!.type).toBe('checkbox');
    expect(targets[1]!.labels![0]!.textContent).toBe('Gathering information');
    expect(container.querySelectorAll('.rch-ws__error')).toHaveLength(3);
    // Fixing them clears the summary; the check then says the map is complete.
    fireEvent.change(document.activeElement!, { target: { value: 'Operator C' } });
    fireEvent.click(targets[1]!);
    fireEvent.click(within(fieldsets(container)[3]!).getByLabelText('Focus groups'));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Check the map' }));
    expect(document.activeElement?.textContent).toBe('Every stakeholder has a name, a level, a stage and a tool.');
  });

  it('an empty map asks for a stakeholder, linked to the add button; in Hebrew and Arabic too', () => {
    const { unmount } = render(<StakeholderMap locale="en" autosave={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check the map' }));
    const link = within(screen.getByRole('alert')).getByRole('link');
    expect(plain(link.textContent)).toBe('Add at least one stakeholder to the map');
    fireEvent.click(link);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a stakeholder' }));
    unmount();
    const he = render(<StakeholderMap locale="he" autosave={false} defaultValue={incompleteMap} defaultShowErrors />);
    expect(plain(screen.getByRole('alert').textContent)).toContain('יש לכתוב את שמו של בעל העניין 2');
    he.unmount();
    render(<StakeholderMap locale="ar" autosave={false} defaultValue={incompleteMap} defaultShowErrors />);
    expect(plain(screen.getByRole('alert').textContent)).toContain('اكتبوا اسم صاحب المصلحة 2');
  });
});

describe('never losing the work', { timeout: 20_000 }, () => {
  it('autosaves after a pause, and a remount restores it with a notice', async () => {
    vi.useFakeTimers();
    const { unmount } = render(<StakeholderMap locale="en" autosaveDelay={300} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a stakeholder' }));
    fireEvent.change(screen.getByLabelText('Stakeholder'), { target: { value: 'Parents’ committee' } });
    expect(localStorage.getItem(KEY)).toBeNull();
    act(() => void vi.advanceTimersByTime(400));
    const saved = worksheet_parse(localStorage.getItem(KEY), { kind: 'stakeholder-map' });
    expect(saved.ok && saved.value.stakeholders.map((s) => s.name)).toEqual(['Parents’ committee']);
    unmount();
    vi.useRealTimers();
    const { container } = render(<StakeholderMap locale="en" />);
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Stakeholder').value).toBe('Parents’ committee'));
    expect(marks(container)).toHaveLength(1);
    expect(plain(screen.getByRole('status').textContent)).toMatch(/^We restored your work from /);
  });

  it('export → import round trip gives the same map back', async () => {
    let exported: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      exported = b as Blob;
      return 'blob:x';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const { unmount } = render(<StakeholderMap locale="en" autosave={false} defaultValue={completeMap} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export to a file (JSON)' }));
    const text = await exported!.text();
    expect(JSON.parse(text)).toMatchObject({ kind: 'stakeholder-map', version: 2 });
    unmount();
    const onChange = vi.fn();
    const { container } = render(<StakeholderMap locale="en" autosave={false} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Import from a file'), { target: { files: [new File([text], 'map.json', { type: 'application/json' })] } });
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    const { savedAt: _a, ...got } = onChange.mock.lastCall![0] as StakeholderMapState;
    expect(got).toEqual(completeMap);
    expect(marks(container)).toHaveLength(11);
    expect(plain(screen.getByRole('status').textContent)).toBe('The file map.json was imported.');
  });

  it('a corrupt file or a file of another worksheet is refused, and the work is untouched', async () => {
    const onChange = vi.fn();
    const { container } = render(<StakeholderMap locale="en" autosave={false} defaultValue={halfFilledMap} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Import from a file'), { target: { files: [new File(['{"kind":"stakeholder-map",'], 'broken.json')] } });
    await waitFor(() => expect(plain(document.querySelector('.rch-ws__notice')?.textContent)).toBe('The file broken.json could not be imported. Your current work has not changed.'));
    fireEvent.change(screen.getByLabelText('Import from a file'), { target: { files: [new File([worksheet_serialize(worksheet_empty('diagnosis'))], 'diagnosis.json')] } });
    await waitFor(() => expect(plain(document.querySelector('.rch-ws__reasons')!.textContent)).toBe('This is a diagnosis and planning file, not a stakeholder map file'));
    expect(onChange).not.toHaveBeenCalled();
    expect(fieldsets(container)).toHaveLength(4);
    expect(marks(container)).toHaveLength(4);
  });
});

describe('property: whatever is in local storage, the map renders', () => {
  const stakeholder = fc.record(
    {
      id: fc.oneof(fc.constantFrom('stakeholder-1', 'stakeholder-2', 'a b', ''), fc.string()),
      name: fc.oneof(fc.string(), fc.integer()),
      ring: fc.oneof(fc.constantFrom('ministry', 'operators', 'adjacent-services', 'complementary-services', 'other'), fc.string()),
      level: fc.oneof(fc.constantFrom('information', 'consultation', 'collaboration'), fc.anything()),
      stages: fc.oneof(fc.subarray(['gathering-information', 'shaping-goals', 'alternatives', 'product', 'implementation']), fc.anything()),
      tools: fc.oneof(fc.subarray(['interviews', 'focus-groups', 'online-arena']), fc.anything()),
      note: fc.oneof(fc.string(), fc.anything()),
    },
    { requiredKeys: [] },
  );
  const saved = fc.oneof(
    fc.string(),
    fc.json(),
    fc
      .record({ kind: fc.constantFrom('stakeholder-map', 'roadmap', 'x'), version: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.double()), serviceName: fc.anything(), recipients: fc.anything(), stakeholders: fc.oneof(fc.array(stakeholder, { maxLength: 14 }), fc.anything()) }, { requiredKeys: ['kind'] })
      .map((v) => JSON.stringify(v) ?? '{}'),
  );

  it('never throws; shows the restored map, a notice, or an empty one', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fc.assert(
      fc.asyncProperty(saved, async (text) => {
        localStorage.setItem(KEY, text);
        const { container, unmount } = render(<StakeholderMap locale="en" />);
        await act(async () => {});
        expect(container.querySelector('[data-rch-error]')).toBeNull();
        expect(container.querySelectorAll('.rch-sm__band')).toHaveLength(5);
        const read = worksheet_parse(text, { kind: 'stakeholder-map' });
        expect(marks(container)).toHaveLength(read.ok ? read.value.stakeholders.length : 0);
        unmount();
        expect(localStorage.getItem(KEY)).toBe(text);
      }),
      { numRuns: 40 },
    );
    expect(errors).not.toHaveBeenCalled();
  }, 120_000);
});

describe('map_layout and map_nav', () => {
  const rings = stakeholderMap_rings(completeMap);
  const numbers = new Map(completeMap.stakeholders.map((s, i) => [s.id, i + 1]));
  const options = { numbers, ringLabel: (r: string) => r, name: (id: string) => id, centre: 'Service recipients' };

  it('mirrors the map in RTL: the same stakeholder sits on the other side, its label anchored the other way', () => {
    const ltr = map_layout(rings, { ...options, width: 800, dir: 'ltr' });
    const rtl = map_layout(rings, { ...options, width: 800, dir: 'rtl' });
    ltr.marks.forEach((m, i) => {
      const r = rtl.marks[i]!;
      expect(r.x).toBeCloseTo(800 - m.x, 0);
      expect(r.side).toBe(m.side === 'left' ? 'right' : 'left');
      expect(r.label!.anchor).toBe(m.label!.anchor === 'start' ? 'end' : 'start');
    });
  });

  it('keeps labels at least a line apart on each side, inside the drawing', () => {
    const l = map_layout(rings, { ...options, width: 700, dir: 'rtl' });
    for (const side of ['left', 'right'] as const) {
      const ys = l.marks.filter((m) => m.side === side).map((m) => m.label!.y).sort((a, b) => a - b);
      ys.forEach((y, i) => {
        expect(y).toBeGreaterThan(0);
        expect(y).toBeLessThan(l.height);
        if (i > 0) expect(y - ys[i - 1]!).toBeGreaterThanOrEqual(19.9);
      });
    }
  });

  it('on a narrow drawing, numbers beside the marks instead of names', () => {
    const l = map_layout(rings, { ...options, width: 300, dir: 'rtl' });
    expect(l.compact).toBe(true);
    expect(l.marks.every((m) => m.tag && !m.label)).toBe(true);
    expect(l.marks.every((m) => m.x > 0 && m.x < 300)).toBe(true);
  });

  it('walks rings round and round, in and out to the nearest, and stops at the edges', () => {
    const l = map_layout(rings, { ...options, width: 800, dir: 'ltr' });
    expect(map_nav(l.marks, 'stakeholder-1', 'next')).toBe('stakeholder-2');
    expect(map_nav(l.marks, 'stakeholder-2', 'next')).toBe('stakeholder-1');
    expect(map_nav(l.marks, 'stakeholder-3', 'previous')).toBe('stakeholder-5');
    expect(map_nav(l.marks, 'stakeholder-1', 'inward')).toBeUndefined();
    expect(map_nav(l.marks, 'stakeholder-10', 'outward')).toBeUndefined();
    expect(l.marks.filter((m) => m.depth === 2).map((m) => m.id)).toContain(map_nav(l.marks, 'stakeholder-1', 'outward'));
    expect(map_nav(l.marks, 'x', 'last')).toBe('stakeholder-11');
    expect(map_nav([], 'x', 'first')).toBeUndefined();
  });
});
