import { describe, it, expect } from 'vitest';
import { logicModel_paths, logicModel_tender, logicModel_diff, logicModel_collapse } from '../../src/logic-model/graph.js';
import { validate_logicModel } from '../../src/logic-model/validate.js';
import { logicModel_layout } from '../../src/logic-model/layout.js';
import { detox, grid, overlaps } from './fixtures.js';

describe('logicModel_paths', () => {
  it('gives what leads to a box and what it leads to, transitively, with link indices', () => {
    const p = logicModel_paths(detox(), 'sessions');
    expect(p.upstream).toEqual({ boxIds: ['staff', 'beds'], links: [0, 1] });
    expect(p.downstream).toEqual({ boxIds: ['detox-done'], links: [3] });
    expect(logicModel_paths(detox(), 'staff').downstream).toEqual({ boxIds: ['sessions', 'referrals', 'detox-done', 'rehab'], links: [0, 2, 3, 4] });
  });

  it('gives empty paths for an unknown id, and stops at cycles', () => {
    expect(logicModel_paths(detox(), 'nope')).toEqual({ upstream: { boxIds: [], links: [] }, downstream: { boxIds: [], links: [] } });
    const loop = grid([['a'], ['b']], [['a', 'b'], ['b', 'a']]);
    expect(logicModel_paths(loop, 'a').downstream).toEqual({ boxIds: ['b'], links: [0, 1] });
  });
});

describe('logicModel_tender', () => {
  it('keeps selected boxes and everything they connect to, and says what was left out', () => {
    const t = logicModel_tender(detox(), { boxIds: ['referrals'] });
    expect(t.model.boxes.map((b) => b.id)).toEqual(['staff', 'referrals', 'rehab']);
    expect(t.model.links).toEqual([{ from: 'staff', to: 'referrals' }, { from: 'referrals', to: 'rehab' }]);
    expect([t.shown, t.total]).toEqual([3, 6]);
    expect(t.omittedBoxIds).toEqual(['beds', 'sessions', 'detox-done']);
    expect(t.omittedLinks).toEqual([0, 1, 3, 5]);
    expect(t.model.columns).toHaveLength(3);
    expect(t.model.indicators).toEqual([]);
    expect(validate_logicModel(t.model).ok).toBe(true);
  });

  it('can follow one direction only', () => {
    expect(logicModel_tender(detox(), { boxIds: ['sessions'], direction: 'downstream' }).model.boxes.map((b) => b.id)).toEqual(['sessions', 'detox-done']);
  });

  it('keeps key boxes and the boxes on paths between them', () => {
    const m = detox();
    m.boxes[0]!.key = true; // staff, and detox-done is key too
    const t = logicModel_tender(m, { keyOnly: true });
    expect(t.model.boxes.map((b) => b.id)).toEqual(['staff', 'sessions', 'detox-done']);
    expect(t.seeds).toEqual(['staff', 'detox-done']);
    expect(t.model.indicators!.map((i) => i.id)).toEqual(['hours', 'completion']);
  });

  it('ignores unknown selected ids', () => {
    expect(logicModel_tender(detox(), { boxIds: ['ghost'] }).shown).toBe(0);
  });
});

describe('logicModel_diff', () => {
  it('finds added, removed and changed boxes and links between revisions', () => {
    const a = detox();
    const b = detox();
    b.boxes = b.boxes.filter((x) => x.id !== 'rehab');
    b.boxes.push({ id: 'peer', column: 'outputs', label: 'Peer support' });
    b.boxes[0]!.responsibility = 'shared';
    b.boxes[2]!.label = { he: 'מפגשים טיפוליים', en: 'Therapy sessions' };
    b.boxes[2]!.indicatorIds = ['hours', 'completion'];
    b.boxes[1]!.column = 'outputs';
    b.links = b.links.filter((l) => l.to !== 'rehab');
    b.links.push({ from: 'peer', to: 'detox-done' });
    const d = logicModel_diff(a, b);
    expect(d.added).toEqual(['peer']);
    expect(d.removed).toEqual(['rehab']);
    expect(d.changed).toEqual([
      { id: 'staff', fields: ['responsibility'] },
      { id: 'beds', fields: ['column'] },
      { id: 'sessions', fields: ['label', 'indicators'] },
    ]);
    expect(d.addedLinks).toEqual([{ from: 'peer', to: 'detox-done' }]);
    expect(d.removedLinks).toEqual([{ from: 'referrals', to: 'rehab' }]);
    expect(d.addedColumns).toEqual([]);
  });

  it('finds nothing between equal models, and ignores indicator order and spaces around labels', () => {
    const b = detox();
    b.boxes[4]!.indicatorIds = ['completion', 'completion'];
    b.boxes[0]!.label = { he: ' צוות רפואי ', en: 'Medical staff' };
    expect(logicModel_diff(detox(), b)).toEqual({ added: [], removed: [], changed: [], addedLinks: [], removedLinks: [], addedColumns: [], removedColumns: [] });
  });
});

describe('logicModel_collapse', () => {
  it('hides a column and bridges the links through it, remembering the hidden boxes', () => {
    const c = logicModel_collapse(detox(), ['outputs']);
    expect(c.model.boxes.map((b) => b.id)).toEqual(['staff', 'beds', 'detox-done', 'rehab']);
    expect(c.model.columns.map((x) => x.id)).toEqual(['inputs', 'outputs', 'outcomes']);
    expect(c.collapsed).toEqual([{ columnId: 'outputs', boxIds: ['sessions', 'referrals'] }]);
    const links = c.model.links.map((l, i) => `${l.from}>${l.to} via ${c.via[i]!.join(',')}`);
    expect(links).toEqual(['staff>detox-done via sessions', 'staff>rehab via referrals', 'beds>detox-done via sessions']);
    expect(validate_logicModel(c.model).ok).toBe(true);
    const layout = logicModel_layout(c.model, { collapsedColumns: ['outputs'] });
    expect(layout.columns[1]!.width).toBe(32);
    expect(overlaps(layout)).toEqual([]);
  });

  it('bridges through several collapsed columns in a row and keeps only boxes on the way', () => {
    const m = grid([['a'], ['p', 'q'], ['r', 's'], ['z', 'y']], [['a', 'p'], ['p', 'r'], ['p', 's'], ['r', 'z'], ['s', 'y'], ['a', 'q']]);
    const c = logicModel_collapse(m, ['c1', 'c2']);
    expect(c.model.links.map((l, i) => `${l.from}>${l.to} via ${c.via[i]!.join(',')}`)).toEqual(['a>z via p,r', 'a>y via p,s']);
  });

  it('collapsing nothing keeps the model', () => {
    const c = logicModel_collapse(detox(), []);
    expect(c.model.boxes).toEqual(detox().boxes);
    expect(c.model.links).toHaveLength(6);
    expect(c.via.every((v) => v.length === 0)).toBe(true);
  });
});
