import { describe, it, expect } from 'vitest';
import {
  diagnosis_answer, diagnosis_setAnswer, diagnosis_nextUnanswered, workPlan_toggle, workPlan_setSuperOutcome,
  roadmap_addAction, roadmap_updateAction, roadmap_removeAction, roadmap_moveAction, roadmap_addMilestone, roadmap_updateMilestone, roadmap_removeMilestone,
  stakeholderMap_add, stakeholderMap_update, stakeholderMap_remove,
} from '../../src/worksheet/edit.js';
import { stakeholderMap_rings, stakeholderMap_grid } from '../../src/worksheet/stakeholders.js';
import { worksheet_empty } from '../../src/worksheet/storage.js';
import { worksheet_parse } from '../../src/worksheet/parse.js';
import { workPlan_issues } from '../../src/worksheet/form.js';
import { diagnosis, roadmap, principles } from './fixtures.js';

describe('diagnosis edits', () => {
  it('reads answers as own properties only', () => {
    expect(diagnosis_answer(diagnosis, 'tender-operator-voice')).toEqual({ status: 'partly', note: 'Only in the pilot' });
    expect(diagnosis_answer(diagnosis, 'toString')).toBeUndefined();
  });
  it('sets and clears an answer without changing the old state', () => {
    const next = diagnosis_setAnswer(diagnosis, 'manage-joint-forum', { status: 'in-place', note: '' });
    expect(diagnosis_answer(next, 'manage-joint-forum')).toEqual({ status: 'in-place' });
    expect(diagnosis_answer(diagnosis, 'manage-joint-forum')).toEqual({ status: 'not-yet' });
    expect(diagnosis_answer(diagnosis_setAnswer(next, 'manage-joint-forum', undefined), 'manage-joint-forum')).toBeUndefined();
  });
  it('finds where to pick up: the first item not answered, in order', () => {
    const items = principles.map((p) => ({ principleId: p.id, itemIds: p.itemIds! }));
    expect(diagnosis_nextUnanswered(diagnosis, items)).toEqual({ principleId: 'results-oriented-management', itemId: 'tender-outcome-indicators' });
    expect(diagnosis_nextUnanswered(diagnosis, items.slice(0, 1))).toBeUndefined();
  });
  it('refuses a hostile item id', () => {
    expect(diagnosis_setAnswer(diagnosis, '__proto__', { status: 'in-place' })).toBe(diagnosis);
  });
  it('chooses and un-chooses principles; the step is complete with two and a super-outcome each', () => {
    let d = worksheet_empty('diagnosis');
    d = workPlan_toggle(d, 'operator-as-partner');
    d = workPlan_toggle(d, 'recipients-at-centre');
    d = workPlan_toggle(d, 'results-oriented-management');
    d = workPlan_toggle(d, 'recipients-at-centre');
    expect(d.workPlan.focus.map((f) => f.principleId)).toEqual(['operator-as-partner', 'results-oriented-management']);
    d = workPlan_setSuperOutcome(d, 'operator-as-partner', 'continuous-professional-dialogue');
    d = workPlan_setSuperOutcome(d, 'results-oriented-management', 'aims-at-defined-outcomes', 'Outcomes are not defined yet');
    d = { ...d, workPlan: { ...d.workPlan, why: 'Because' } };
    expect(workPlan_issues(d, { locale: 'en', principles })).toEqual([]);
    expect(d.workPlan.focus[1]).toEqual({ principleId: 'results-oriented-management', superOutcomeId: 'aims-at-defined-outcomes', superOutcomeWhy: 'Outcomes are not defined yet' });
    expect(worksheet_parse(d).ok).toBe(true);
  });
  it('leaves the state as it was for a super-outcome of a principle not chosen', () => {
    expect(workPlan_setSuperOutcome(diagnosis, 'recipients-at-centre', 'service-fits-all-needs')).toBe(diagnosis);
  });
});

describe('roadmap edits', () => {
  it('adds an action with a fresh id, after a given one', () => {
    const next = roadmap_addAction(roadmap, { principleId: 'operator-as-partner' }, 'action-1');
    expect(next.actions.map((a) => a.id)).toEqual(['action-1', 'action-4', 'action-2', 'action-3']);
    expect(next.actions[1]).toEqual({ id: 'action-4', title: '', owner: '', start: '', end: '', status: 'not-started', aspect: 'improve', milestones: [], principleId: 'operator-as-partner' });
    expect(worksheet_parse(next).ok).toBe(true);
  });
  it('updates fields but never the id, and leaves the state as it was for an unknown id', () => {
    const next = roadmap_updateAction(roadmap, 'action-3', { start: '2026-Q4', id: 'x' } as never);
    expect(next.actions[2]).toMatchObject({ id: 'action-3', start: '2026-Q4' });
    expect(roadmap_updateAction(roadmap, 'nope', { title: 'x' })).toBe(roadmap);
  });
  it('removes and moves actions, clamped at the ends', () => {
    expect(roadmap_removeAction(roadmap, 'action-2').actions.map((a) => a.id)).toEqual(['action-1', 'action-3']);
    expect(roadmap_moveAction(roadmap, 'action-3', -1).actions.map((a) => a.id)).toEqual(['action-1', 'action-3', 'action-2']);
    expect(roadmap_moveAction(roadmap, 'action-1', -1)).toBe(roadmap);
    expect(roadmap_moveAction(roadmap, 'action-1', 10).actions.map((a) => a.id)).toEqual(['action-2', 'action-3', 'action-1']);
  });
  it('adds, updates and removes milestones', () => {
    let r = roadmap_addMilestone(roadmap, 'action-1', { title: 'Review', date: '2027-Q1' });
    expect(r.actions[0]!.milestones.map((m) => m.id)).toEqual(['m-1', 'm-2']);
    r = roadmap_updateMilestone(r, 'action-1', 'm-2', { done: true });
    expect(r.actions[0]!.milestones[1]).toEqual({ id: 'm-2', title: 'Review', date: '2027-Q1', done: true });
    r = roadmap_removeMilestone(r, 'action-1', 'm-1');
    expect(r.actions[0]!.milestones.map((m) => m.id)).toEqual(['m-2']);
    expect(roadmap_removeMilestone(r, 'action-1', 'm-9')).toBe(r);
    expect(roadmap.actions[0]!.milestones).toHaveLength(1);
  });
});

describe('the stakeholder map', () => {
  let map = worksheet_empty('stakeholder-map');
  map = stakeholderMap_add(map, { name: 'Welfare ministry', ring: 'ministry', level: 'collaboration', stages: ['shaping-goals', 'product'] });
  map = stakeholderMap_add(map, { name: 'Operator A', ring: 'operators', level: 'consultation', stages: ['gathering-information'], tools: ['focus-groups'] });
  map = stakeholderMap_add(map, { name: 'Operator B', ring: 'operators' });
  it('gives fresh ids and reads back', () => {
    expect(map.stakeholders.map((s) => s.id)).toEqual(['stakeholder-1', 'stakeholder-2', 'stakeholder-3']);
    expect(worksheet_parse(map).ok).toBe(true);
  });
  it('groups stakeholders by ring, inner to outer, empty rings too', () => {
    expect(stakeholderMap_rings(map).map((r) => [r.ring, r.depth, r.stakeholders.map((s) => s.id)])).toEqual([
      ['ministry', 1, ['stakeholder-1']],
      ['operators', 2, ['stakeholder-2', 'stakeholder-3']],
      ['adjacent-services', 3, []],
      ['complementary-services', 4, []],
      ['other', 5, []],
    ]);
  });
  it('places stakeholders in the grid of levels by stages', () => {
    const grid = stakeholderMap_grid(map);
    expect(grid).toHaveLength(3);
    expect(grid[0]).toHaveLength(5);
    expect(grid[2]![1]).toEqual({ level: 'collaboration', stage: 'shaping-goals', stakeholderIds: ['stakeholder-1'] });
    expect(grid[1]![0]!.stakeholderIds).toEqual(['stakeholder-2']);
  });
  it('updates and removes', () => {
    const next = stakeholderMap_update(map, 'stakeholder-3', { level: 'collaboration' });
    expect(next.stakeholders[2]!.level).toBe('collaboration');
    expect(stakeholderMap_remove(next, 'stakeholder-1').stakeholders).toHaveLength(2);
    expect(stakeholderMap_remove(next, 'nope')).toBe(next);
  });
});
