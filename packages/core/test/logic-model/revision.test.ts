import { describe, it, expect } from 'vitest';
import { logicModel_revision } from '../../src/logic-model/revision.js';
import { logicModel_layout } from '../../src/logic-model/layout.js';
import { validate_logicModel } from '../../src/logic-model/validate.js';
import { detox, overlaps } from './fixtures.js';

describe('logicModel_revision', () => {
  const before = detox();
  const after = detox();
  after.version = '2026';
  after.boxes = after.boxes.filter((b) => b.id !== 'rehab');
  after.links = after.links.filter((l) => l.to !== 'rehab');
  after.boxes.push({ id: 'peer', column: 'outputs', label: 'Peer support' });
  after.links.push({ from: 'peer', to: 'detox-done' });
  after.boxes[0]!.responsibility = 'shared';
  const rev = logicModel_revision(before, after);

  it('holds both versions: the later one, then what it dropped', () => {
    expect(rev.model.version).toBe('2026');
    expect(rev.model.boxes.map((b) => b.id)).toEqual(['staff', 'beds', 'sessions', 'referrals', 'detox-done', 'peer', 'rehab']);
    expect(rev.model.links.map((l, i) => `${l.from}>${l.to}:${rev.links[i]}`)).toEqual([
      'staff>sessions:unchanged',
      'beds>sessions:unchanged',
      'staff>referrals:unchanged',
      'sessions>detox-done:unchanged',
      'beds>detox-done:unchanged',
      'peer>detox-done:added',
      'referrals>rehab:removed',
    ]);
    expect(validate_logicModel(rev.model).ok).toBe(true);
  });

  it('marks each box', () => {
    expect(rev.boxes.get('peer')).toEqual({ status: 'added', fields: [] });
    expect(rev.boxes.get('rehab')).toEqual({ status: 'removed', fields: [] });
    expect(rev.boxes.get('staff')).toEqual({ status: 'changed', fields: ['responsibility'] });
    expect(rev.boxes.get('beds')).toEqual({ status: 'unchanged', fields: [] });
  });

  it('puts a removed column back where it was, and the merged model lays out cleanly', () => {
    const b = detox();
    b.columns.splice(1, 1);
    b.boxes = b.boxes.filter((x) => x.column !== 'outputs');
    b.links = b.links.filter((l) => l.from !== 'sessions' && l.from !== 'referrals' && l.to !== 'sessions' && l.to !== 'referrals');
    b.columns.push({ id: 'impact', label: 'Impact' });
    const r = logicModel_revision(detox(), b);
    expect(r.model.columns.map((c) => `${c.id}:${r.columns.get(c.id)}`)).toEqual(['inputs:unchanged', 'outputs:removed', 'outcomes:unchanged', 'impact:added']);
    expect(r.links.filter((s) => s === 'removed')).toHaveLength(5);
    expect(overlaps(logicModel_layout(r.model))).toEqual([]);
  });

  it('does not throw on garbage', () => {
    expect(() => logicModel_revision(null as never, { columns: 3 } as never)).not.toThrow();
  });
});
