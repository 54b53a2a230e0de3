import { describe, it, expect } from 'vitest';
import { logicModel_layout, layout_box } from '../../src/logic-model/layout.js';
import { text_wrap, logicModel_boxSize } from '../../src/logic-model/text.js';
import { layout_physical } from '../../src/logic-model/physical.js';
import { detox, grid, overlaps } from './fixtures.js';

const fixed = { size: () => ({ width: 100, height: 40 }), columnGap: 50, boxGap: 10, padding: 20 };

describe('logicModel_layout, a small 3-column model', () => {
  const layout = logicModel_layout(detox(), fixed);

  it('puts column 0 at the inline start (after the padding), and columns in data order', () => {
    expect(layout.columns.map((c) => [c.id, c.inline, c.width])).toEqual([
      ['inputs', 20, 100],
      ['outputs', 170, 100],
      ['outcomes', 320, 100],
    ]);
    expect(layout.inlineSize).toBe(440);
    expect(layout_box(layout, 'staff')!.inline).toBe(20);
    expect(layout_box(layout, 'rehab')!.inline).toBe(320);
  });

  it('places every box within its column band, without overlaps, inside the total size', () => {
    expect(overlaps(layout)).toEqual([]);
    for (const b of layout.boxes) {
      const band = layout.columns[b.columnIndex]!;
      expect(b.inline).toBeGreaterThanOrEqual(band.inline);
      expect(b.inline + b.width).toBeLessThanOrEqual(band.inline + band.width);
      expect(b.block).toBeGreaterThanOrEqual(20);
      expect(b.block + b.height).toBeLessThanOrEqual(layout.blockSize - 20);
    }
    expect(layout.boxes.filter((b) => b.block === 20).length).toBeGreaterThan(0);
  });

  it('lists each column top to bottom, matching the boxes order', () => {
    for (const c of layout.columns) {
      const blocks = c.boxIds.map((id) => layout_box(layout, id)!.block);
      expect([...blocks].sort((a, b) => a - b)).toEqual(blocks);
      c.boxIds.forEach((id, i) => expect(layout_box(layout, id)!.order).toBe(i));
    }
  });

  it('routes links from the inline-end edge of the source to the inline-start edge of the target', () => {
    const link = layout.links.find((l) => l.from === 'staff' && l.to === 'sessions')!;
    const staff = layout_box(layout, 'staff')!;
    const sessions = layout_box(layout, 'sessions')!;
    expect(link.kind).toBe('forward');
    expect(link.start.inline).toBe(staff.inline + staff.width);
    expect(link.end.inline).toBe(sessions.inline);
    expect(link.start.block).toBeGreaterThan(staff.block);
    expect(link.start.block).toBeLessThan(staff.block + staff.height);
    expect(link.waypoints).toEqual([]);
  });

  it('keeps link indices from the model', () => {
    expect(layout.links.map((l) => l.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('a link that skips a column', () => {
  const layout = logicModel_layout(detox(), fixed);
  const skip = layout.links.find((l) => l.from === 'beds' && l.to === 'detox-done')!;

  it('passes the skipped column through a gap, entering and leaving the band at one height', () => {
    const band = layout.columns[1]!;
    expect(skip.waypoints).toHaveLength(2);
    expect(skip.waypoints[0]!.inline).toBe(band.inline);
    expect(skip.waypoints[1]!.inline).toBe(band.inline + band.width);
    expect(skip.waypoints[0]!.block).toBe(skip.waypoints[1]!.block);
    const y = skip.waypoints[0]!.block;
    for (const id of band.boxIds) {
      const b = layout_box(layout, id)!;
      expect(y < b.block || y > b.block + b.height).toBe(true);
    }
  });
});

describe('crossing reduction', () => {
  // In input order, a→y and b→x cross, and c→z / d→w cross: 2 crossings; a good order has none.
  const model = grid(
    [
      ['a', 'b', 'c', 'd'],
      ['x', 'y', 'w', 'z'],
    ],
    [
      ['a', 'y'],
      ['b', 'x'],
      ['c', 'z'],
      ['d', 'w'],
    ],
  );

  it('reduces the crossings of a known case to none', () => {
    const layout = logicModel_layout(model, fixed);
    expect(layout.crossings).toEqual({ before: 2, after: 0 });
    expect(layout.columns[1]!.boxIds).toEqual(['y', 'x', 'z', 'w']);
  });

  it('breaks ties by input order: an already crossing-free model keeps its order', () => {
    const layout = logicModel_layout(grid([['a', 'b'], ['x', 'y']], [['a', 'x'], ['b', 'y']]), fixed);
    expect(layout.columns.map((c) => c.boxIds)).toEqual([['a', 'b'], ['x', 'y']]);
    expect(layout.crossings).toEqual({ before: 0, after: 0 });
  });

  it('counts crossings of long links through the columns they pass', () => {
    const layout = logicModel_layout(grid([['a', 'b'], ['m'], ['x', 'y']], [['a', 'y'], ['b', 'x'], ['a', 'm'], ['m', 'x']]), fixed);
    expect(layout.crossings.after).toBeLessThanOrEqual(layout.crossings.before);
    expect(overlaps(layout)).toEqual([]);
  });
});

describe('layout robustness and options', () => {
  it('is deterministic', () => {
    expect(logicModel_layout(detox(), fixed)).toEqual(logicModel_layout(detox(), fixed));
  });

  it('uses the default estimate when size is missing, throws or returns garbage', () => {
    const est = logicModel_boxSize(detox().boxes[0]!);
    const a = logicModel_layout(detox());
    const b = logicModel_layout(detox(), { size: () => { throw new Error('no DOM'); } });
    const c = logicModel_layout(detox(), { size: () => ({ width: NaN, height: -1 }) });
    for (const l of [a, b, c]) expect([l.boxes[0]!.width, l.boxes[0]!.height]).toEqual([est.width, est.height]);
  });

  it('leaves out boxes in unknown columns, duplicate ids, self and dangling links; keeps backward links marked', () => {
    const m = detox();
    m.boxes.push({ id: 'staff', column: 'outcomes', label: 'dup' }, { id: 'lost', column: 'nowhere', label: 'x' });
    m.links.push({ from: 'rehab', to: 'rehab' }, { from: 'staff', to: 'ghost' }, { from: 'rehab', to: 'beds' }, { from: 'staff', to: 'beds' });
    const layout = logicModel_layout(m, fixed);
    expect(layout.boxes.map((b) => b.id)).toEqual(['staff', 'beds', 'sessions', 'referrals', 'detox-done', 'rehab']);
    expect(layout.links.slice(6).map((l) => [l.index, l.kind])).toEqual([
      [8, 'backward'],
      [9, 'same-column'],
    ]);
    expect(overlaps(layout)).toEqual([]);
  });

  it('draws an empty column as a band of the minimum width, and a collapsed one narrow', () => {
    const m = grid([['a'], [], ['b']], [['a', 'b']]);
    expect(logicModel_layout(m, { ...fixed, columnMinWidth: 60 }).columns[1]!.width).toBe(60);
    const collapsed = logicModel_layout(m, { ...fixed, collapsedColumns: ['c1'], collapsedWidth: 24 });
    expect(collapsed.columns[1]!.width).toBe(24);
    expect(collapsed.links[0]!.waypoints.map((p) => p.inline)).toEqual([170, 194]);
  });

  it('lays out an empty model', () => {
    expect(logicModel_layout({ id: 'e', title: 'e', columns: [], boxes: [], links: [] })).toMatchObject({ boxes: [], links: [], inlineSize: 32, blockSize: 32 });
  });
});

describe('text_wrap and logicModel_boxSize', () => {
  it('wraps at spaces within the limit', () => {
    expect(text_wrap('Fewer readmissions within a year', 12)).toEqual(['Fewer', 'readmissions', 'within a', 'year']);
    expect(text_wrap('ירידה באשפוזים חוזרים בתוך שנה', 10)).toEqual(['ירידה', 'באשפוזים', 'חוזרים', 'בתוך שנה']);
  });
  it('cuts a word longer than a line, and counts code points', () => {
    expect(text_wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(text_wrap('😀😀😀', 2)).toEqual(['😀😀', '😀']);
  });
  it('handles empty text and bad limits', () => {
    expect(text_wrap('', 10)).toEqual([]);
    expect(text_wrap('  ', 10)).toEqual([]);
    expect(text_wrap('ab', NaN)).toEqual(['a', 'b']);
  });
  it('estimates more height for a longer label', () => {
    const short = logicModel_boxSize({ id: 'a', column: 'c', label: 'Detox completed' });
    const long = logicModel_boxSize({ id: 'a', column: 'c', label: 'Continues treatment in a rehab community or a methadone centre within a month of discharge' });
    expect(short).toEqual({ width: 200, height: 82 });
    expect(long.height).toBeGreaterThan(short.height);
    expect(logicModel_boxSize({ id: 'a', column: 'c', label: { he: 'קצר', en: 'A much longer English label that wraps onto several lines' } }, { locale: 'en' }).height).toBeGreaterThan(82);
  });
});

describe('layout_physical', () => {
  const layout = logicModel_layout(detox(), fixed);

  it('keeps LTR as is', () => {
    const ltr = layout_physical(layout, 'ltr');
    expect(ltr.boxes[0]).toEqual({ id: 'staff', x: 20, y: layout.boxes[0]!.block, width: 100, height: 40 });
    expect(ltr.links[0]!.points[0]).toEqual([120, layout.links[0]!.start.block]);
  });

  it('mirrors RTL: the first column at the right edge, links running right to left', () => {
    const rtl = layout_physical(layout, 'rtl');
    expect(rtl.columns.map((c) => c.x)).toEqual([320, 170, 20]);
    expect(rtl.boxes[0]!.x + rtl.boxes[0]!.width).toBe(layout.inlineSize - 20);
    for (const l of rtl.links) expect(l.points[0]![0]).toBeGreaterThan(l.points[l.points.length - 1]![0]);
    expect(overlaps(layout)).toEqual([]);
  });
});

describe('a hostile but valid model', () => {
  it('does not allocate without bound: 10,000 columns and links spanning all of them', () => {
    const columns = Array.from({ length: 10_000 }, (_, i) => ({ id: `c${i}`, label: `C${i}` }));
    const boxes = Array.from({ length: 20 }, (_, i) => ({ id: `b${i}`, column: i % 2 === 0 ? 'c0' : 'c9999', label: `B${i}` }));
    const links = Array.from({ length: 10 }, (_, i) => ({ from: `b${2 * i}`, to: `b${2 * i + 1}` }));
    const t = performance.now();
    const layout = logicModel_layout({ id: 'h', title: 'h', columns, boxes, links }, fixed);
    expect(performance.now() - t).toBeLessThan(5000);
    // 5 × 9,998 virtual points fit the budget of 50,000; the other links are drawn straight.
    expect(layout.links.map((l) => l.waypoints.length > 0)).toEqual([true, true, true, true, true, false, false, false, false, false]);
    expect(overlaps(layout)).toEqual([]);
  });
});

describe('room for column headings', () => {
  it('starts the boxes below the padding and the heading space', () => {
    const layout = logicModel_layout(detox(), { ...fixed, headerSize: 30 });
    expect(Math.min(...layout.boxes.map((b) => b.block))).toBe(50);
    expect(layout.blockSize).toBe(logicModel_layout(detox(), fixed).blockSize + 30);
    expect(logicModel_layout(grid([[]], []), { headerSize: 30, padding: 10 }).blockSize).toBe(50);
  });
});
