import { describe, it, expect } from 'vitest';
import { logicModel_layout } from '../../src/logic-model/layout.js';
import { logicModel_nav, type LogicModelMove } from '../../src/logic-model/nav.js';
import { detox, grid } from './fixtures.js';

const layout = logicModel_layout(detox(), { size: () => ({ width: 100, height: 40 }) });
const column = (i: number) => layout.columns[i]!.boxIds;

describe('logicModel_nav', () => {
  it('given the layout, columns read top to bottom as the tests expect', () => {
    expect(column(0)).toEqual(['staff', 'beds']);
    expect(column(1)).toEqual(['referrals', 'sessions']);
    expect(column(2)).toEqual(['rehab', 'detox-done']);
  });

  it('forward follows the first outgoing link (nearest column, then top first) and says which of how many', () => {
    expect(logicModel_nav(layout, 'staff', 'forward')).toEqual({ boxId: 'referrals', moved: true, via: { link: 2, direction: 'forward', position: 1, count: 2 } });
    // beds → sessions (next column) comes before beds → detox-done (skips a column).
    expect(logicModel_nav(layout, 'beds', 'forward').boxId).toBe('sessions');
  });

  it('next-link cycles through the targets of the box you came from, and previous-link goes back', () => {
    const first = logicModel_nav(layout, 'staff', 'forward');
    const second = logicModel_nav(layout, first, 'next-link');
    expect(second).toEqual({ boxId: 'sessions', moved: true, via: { link: 0, direction: 'forward', position: 2, count: 2 } });
    expect(logicModel_nav(layout, second, 'next-link').boxId).toBe('referrals');
    expect(logicModel_nav(layout, first, 'previous-link').boxId).toBe('sessions');
  });

  it('backward follows incoming links, and next-link then cycles among the sources', () => {
    const back = logicModel_nav(layout, 'sessions', 'backward');
    expect(back).toEqual({ boxId: 'staff', moved: true, via: { link: 0, direction: 'backward', position: 1, count: 2 } });
    expect(logicModel_nav(layout, back, 'next-link').boxId).toBe('beds');
  });

  it('next-link without an arrival link cycles the current box outgoing links', () => {
    expect(logicModel_nav(layout, 'staff', 'next-link').boxId).toBe('referrals');
    expect(logicModel_nav(layout, 'staff', 'previous-link').boxId).toBe('sessions');
    // A stale `via` (not ending at this box) is ignored.
    expect(logicModel_nav(layout, { boxId: 'beds', via: { link: 2, direction: 'forward', position: 1, count: 2 } }, 'next-link').boxId).toBe('sessions');
  });

  it('moves within a column and to its ends, without wrapping', () => {
    expect(logicModel_nav(layout, 'staff', 'down')).toEqual({ boxId: 'beds', moved: true });
    expect(logicModel_nav(layout, 'beds', 'down')).toEqual({ boxId: 'beds', moved: false });
    expect(logicModel_nav(layout, 'staff', 'up').moved).toBe(false);
    expect(logicModel_nav(layout, 'rehab', 'last').boxId).toBe('detox-done');
    expect(logicModel_nav(layout, 'detox-done', 'first').boxId).toBe('rehab');
  });

  it('goes to the model start and end, and across columns by height', () => {
    expect(logicModel_nav(layout, 'rehab', 'start').boxId).toBe('staff');
    expect(logicModel_nav(layout, 'staff', 'end').boxId).toBe('detox-done');
    const sessions = layout.boxes.find((b) => b.id === 'sessions')!;
    const nearest = [...column(2)].sort(
      (a, b) => Math.abs(layout.boxes.find((x) => x.id === a)!.block - sessions.block) - Math.abs(layout.boxes.find((x) => x.id === b)!.block - sessions.block),
    )[0];
    expect(logicModel_nav(layout, 'sessions', 'column-forward').boxId).toBe(nearest);
    expect(logicModel_nav(layout, 'staff', 'column-backward').moved).toBe(false);
  });

  it('stays put when there is no link, and skips empty columns', () => {
    const m = grid([['a'], [], ['b', 'c']], [['a', 'c']]);
    const l = logicModel_layout(m);
    expect(logicModel_nav(l, 'b', 'forward')).toEqual({ boxId: 'b', moved: false });
    expect(logicModel_nav(l, 'a', 'column-forward').moved).toBe(true);
    expect(logicModel_nav(l, 'b', 'column-backward').boxId).toBe('a');
  });

  it('lands on the first box from an unknown box, and stays in an empty layout', () => {
    expect(logicModel_nav(layout, 'ghost', 'down')).toEqual({ boxId: 'staff', moved: true });
    const empty = logicModel_layout({ id: 'e', title: 'e', columns: [], boxes: [], links: [] });
    expect(logicModel_nav(empty, 'x', 'forward')).toEqual({ boxId: 'x', moved: false });
    expect(logicModel_nav(layout, 'staff', 'sideways' as LogicModelMove).moved).toBe(false);
  });
});
