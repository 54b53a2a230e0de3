import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { worksheet_parse } from '../../src/worksheet/parse.js';
import { worksheet_serialize, worksheet_history, worksheet_empty } from '../../src/worksheet/storage.js';
import { workPlan_issues } from '../../src/worksheet/form.js';
import { worksheet_summary, worksheet_summaryText, worksheet_summaryBars } from '../../src/worksheet/summary.js';
import { roadmap_issues, roadmap_sort, roadmap_timeline, roadmap_fromDiagnosis } from '../../src/worksheet/roadmap.js';
import {
  action_aspects, action_statuses, item_statuses, participation_levels, participation_stages, participation_tools, stakeholder_rings,
  type DiagnosisState, type RoadmapState, type StakeholderMapState, type WorksheetState,
} from '../../src/worksheet/types.js';
import { roadmap_addAction, roadmap_updateAction, roadmap_removeAction, roadmap_moveAction, roadmap_addMilestone, roadmap_removeMilestone, diagnosis_setAnswer, workPlan_toggle, workPlan_setSuperOutcome } from '../../src/worksheet/edit.js';
import { diagnosis, principles, roadmap } from './fixtures.js';

const garbage = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true });
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ');
const id = fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/), fc.constantFrom('operator-as-partner', 'results-oriented-management', 'recipients-at-centre'));
const text = fc.string({ maxLength: 40 });
const when = fc.oneof(fc.constant(''), fc.constantFrom('2026-Q1', '2026-Q3', '2027', '2026-H2', '2026/27', '2026-05', '2026-09-30', '2026-02-30', '2026-Q'), text);

const validDiagnosis: fc.Arbitrary<DiagnosisState> = fc.record({
  kind: fc.constant('diagnosis' as const),
  version: fc.constant(2),
  serviceName: text,
  tenderName: text,
  team: fc.array(text, { maxLength: 5 }),
  items: fc.dictionary(id, fc.record({ status: fc.constantFrom(...item_statuses), note: text }, { requiredKeys: ['status'] }), { maxKeys: 8 }),
  workPlan: fc.record({
    focus: fc.array(fc.record({ principleId: id, superOutcomeId: id, superOutcomeWhy: text }, { requiredKeys: ['principleId'] }), { maxLength: 6 }),
    why: text,
    hesitation: text,
  }),
});

const validRoadmap: fc.Arbitrary<RoadmapState> = fc.record({
  kind: fc.constant('roadmap' as const),
  version: fc.constant(2),
  serviceName: text,
  tenderName: text,
  actions: fc.uniqueArray(
    fc.record(
      {
        id,
        title: text,
        toolId: id,
        principleId: id,
        superOutcomeId: id,
        owner: text,
        start: when,
        end: when,
        status: fc.constantFrom(...action_statuses),
        aspect: fc.constantFrom(...action_aspects),
        milestones: fc.uniqueArray(fc.record({ id, title: text, date: when, done: fc.boolean() }), { selector: (m) => m.id, maxLength: 3 }),
        note: text,
      },
      { requiredKeys: ['id', 'title', 'owner', 'start', 'end', 'status', 'aspect', 'milestones'] },
    ),
    { selector: (a) => a.id, maxLength: 6 },
  ),
});

const validMap: fc.Arbitrary<StakeholderMapState> = fc.record({
  kind: fc.constant('stakeholder-map' as const),
  version: fc.constant(2),
  serviceName: text,
  recipients: text,
  stakeholders: fc.uniqueArray(
    fc.record({
      id,
      name: text,
      ring: fc.constantFrom(...stakeholder_rings),
      level: fc.constantFrom(...participation_levels),
      stages: fc.subarray([...participation_stages]),
      tools: fc.subarray([...participation_tools]),
    }),
    { selector: (s) => s.id, maxLength: 5 },
  ),
});

/** Empty optional texts are not saved (an empty note is no note): drop them before comparing. */
function normalise<T>(state: T): T {
  return JSON.parse(JSON.stringify(state, (k, v: unknown) => (['note', 'superOutcomeWhy', 'toolId', 'principleId', 'superOutcomeId'].includes(k) && v === '' ? undefined : v))) as T;
}

const valid: fc.Arbitrary<WorksheetState> = fc.oneof(validDiagnosis, validRoadmap, validMap);

/** A valid state with one field anywhere replaced by garbage or a hostile key. */
const mutated = fc.tuple(valid, garbage, hostileKey, fc.nat()).map(([state, junk, key, n]) => {
  const copy = JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
  const targets: Record<string, unknown>[] = [];
  const walk = (x: unknown) => {
    if (x && typeof x === 'object') {
      targets.push(x as Record<string, unknown>);
      for (const v of Object.values(x)) walk(v);
    }
  };
  walk(copy);
  const target = targets[n % targets.length]!;
  const keys = Object.keys(target);
  const field = n % 3 === 0 || keys.length === 0 ? key : keys[n % keys.length]!;
  Object.defineProperty(target, field, { value: junk, enumerable: true, configurable: true, writable: true });
  return copy;
});

/** JSON of a test input; garbage may hold BigInts, which JSON cannot write. */
const json_of = (x: unknown): string => {
  try {
    return JSON.stringify(x) ?? '';
  } catch {
    return '';
  }
};

const never_throws = (input: unknown) => {
  const read = worksheet_parse(input);
  expect(typeof read.ok).toBe('boolean');
  if (!read.ok) expect(read.issues.length).toBeGreaterThan(0);
  else expect(worksheet_parse(worksheet_serialize(read.value))).toEqual({ ok: true, value: read.value, issues: [] });
};

describe('given random and malformed saved states', () => {
  it('parse never throws on anything', () => {
    fc.assert(fc.property(garbage, never_throws), { numRuns: 500 });
  });
  it('parse never throws on random JSON text', () => {
    fc.assert(fc.property(fc.json(), never_throws), { numRuns: 300 });
    fc.assert(fc.property(fc.string(), never_throws), { numRuns: 300 });
  });
  it('parse never throws on truncated JSON of a valid state', () => {
    fc.assert(fc.property(valid, fc.nat(), (state, cut) => {
      const json = worksheet_serialize(state);
      never_throws(json.slice(0, cut % (json.length + 1)));
    }), { numRuns: 300 });
  });
  it('parse never throws on a valid state with one field broken or a hostile key added', () => {
    fc.assert(fc.property(mutated, (input) => {
      never_throws(input);
      never_throws(json_of(input));
    }), { numRuns: 500 });
  });
  it('parse refuses deep nesting and huge lists without trouble', () => {
    const deep = `{"kind":"roadmap","version":2,"actions":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(worksheet_parse(deep).ok).toBe(false);
    let nested: unknown = {};
    for (let i = 0; i < 100_000; i++) nested = { workPlan: nested, items: nested };
    never_throws({ kind: 'diagnosis', version: 2, workPlan: nested, items: nested });
    const huge = { kind: 'roadmap', version: 2, actions: new Array(10_000_000) };
    expect(worksheet_parse(huge).issues[0]).toMatchObject({ path: 'actions', code: 'too-many' });
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    expect(worksheet_parse({ kind: 'diagnosis', version: 2, team: sparse }).ok).toBe(false);
  });
  it('parse leaves Object.prototype untouched', () => {
    fc.assert(fc.property(fc.constantFrom('items', 'workPlan', 'actions', ''), garbage, (at, junk) => {
      const json = at === '' ? `{"__proto__":{"polluted":1},"kind":"roadmap","version":2}` : `{"kind":"diagnosis","version":2,"${at}":{"__proto__":{"polluted":${json_of(junk) || 1}}}}`;
      worksheet_parse(json);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }), { numRuns: 100 });
  });
});

describe('given valid states', () => {
  it('serialize then parse gives the same state', () => {
    fc.assert(fc.property(valid, (state) => {
      const expected = normalise(state);
      expect(worksheet_parse(worksheet_serialize(state))).toEqual({ ok: true, value: expected, issues: [] });
      expect(worksheet_serialize(expected)).toBe(worksheet_serialize(state));
    }), { numRuns: 300 });
  });
  it('the form checks, summary, timeline and sorting never throw', () => {
    fc.assert(fc.property(validDiagnosis, validRoadmap, fc.constantFrom('he', 'ar', 'en' as const), fc.date({ noInvalidDate: false }), (d, r, locale, today) => {
      workPlan_issues(d, { locale, principles });
      const summary = worksheet_summary(d, principles.map((p) => ({ principleId: p.id, itemIds: p.itemIds! })));
      for (const p of summary.principles) expect(p.share === undefined || (p.share >= 0 && p.share <= 1)).toBe(true);
      worksheet_summaryText(summary, { locale });
      worksheet_summaryBars(summary);
      const rf = roadmap_fromDiagnosis(d);
      expect(worksheet_parse(rf).ok).toBe(true);
      for (const issue of roadmap_issues(r, { locale, principles })) expect(issue.message).not.toBe('');
      const timeline = roadmap_timeline(r, today);
      expect(timeline.rows).toHaveLength(r.actions.length);
      for (const row of timeline.rows) if (row.startDay !== undefined) expect(row.endDay!).toBeGreaterThan(row.startDay);
      for (const key of ['start', 'end', 'title', 'owner', 'status', 'aspect', 'principle'] as const) expect(roadmap_sort(r.actions, key)).toHaveLength(r.actions.length);
    }), { numRuns: 200 });
  });
  it('reset then undo always gives back the work', () => {
    fc.assert(fc.property(valid, (state) => {
      const reset = worksheet_history({ state }, { type: 'reset' });
      expect(reset.state).toEqual(worksheet_empty(state.kind));
      expect(worksheet_history(reset, { type: 'undo' }).state).toBe(state);
    }));
  });
});

it('the fixtures are valid states', () => {
  expect(worksheet_parse(diagnosis, { principles }).ok).toBe(true);
  expect(worksheet_parse(roadmap, { principles }).ok).toBe(true);
});

describe('given any sequence of edits', () => {
  const actionId = fc.constantFrom('action-1', 'action-2', 'action-3', 'action-4', 'nope');
  const roadmapEdit = fc.oneof(
    fc.record({ op: fc.constant('add' as const), after: fc.option(actionId, { nil: undefined }) }),
    fc.record({ op: fc.constant('update' as const), id: actionId, start: when, end: when, title: text }),
    fc.record({ op: fc.constant('remove' as const), id: actionId }),
    fc.record({ op: fc.constant('move' as const), id: actionId, by: fc.integer({ min: -5, max: 5 }) }),
    fc.record({ op: fc.constant('milestone' as const), id: actionId, date: when }),
    fc.record({ op: fc.constant('unmilestone' as const), id: actionId, m: fc.constantFrom('m-1', 'm-2') }),
  );
  it('a roadmap stays a state that saves and reads back', () => {
    fc.assert(fc.property(fc.array(roadmapEdit, { maxLength: 25 }), (edits) => {
      let r = roadmap;
      for (const e of edits) {
        if (e.op === 'add') r = roadmap_addAction(r, {}, e.after);
        else if (e.op === 'update') r = roadmap_updateAction(r, e.id, { start: e.start, end: e.end, title: e.title });
        else if (e.op === 'remove') r = roadmap_removeAction(r, e.id);
        else if (e.op === 'move') r = roadmap_moveAction(r, e.id, e.by);
        else if (e.op === 'milestone') r = roadmap_addMilestone(r, e.id, { date: e.date });
        else r = roadmap_removeMilestone(r, e.id, e.m);
      }
      expect(worksheet_parse(worksheet_serialize(r))).toEqual({ ok: true, value: r, issues: [] });
    }), { numRuns: 200 });
  });
  it('a diagnosis stays a state that saves and reads back', () => {
    const edit = fc.oneof(
      fc.record({ op: fc.constant('answer' as const), id: fc.oneof(id, hostileKey), status: fc.option(fc.constantFrom(...item_statuses), { nil: undefined }), note: text }),
      fc.record({ op: fc.constant('toggle' as const), id: fc.oneof(id, hostileKey) }),
      fc.record({ op: fc.constant('outcome' as const), id, outcome: fc.option(id, { nil: undefined }) }),
    );
    fc.assert(fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
      let d = diagnosis;
      for (const e of edits) {
        if (e.op === 'answer') d = diagnosis_setAnswer(d, e.id, e.status ? { status: e.status, note: e.note } : undefined);
        else if (e.op === 'toggle') d = workPlan_toggle(d, e.id);
        else d = workPlan_setSuperOutcome(d, e.id, e.outcome);
      }
      expect(worksheet_parse(worksheet_serialize(d))).toEqual({ ok: true, value: d, issues: [] });
    }), { numRuns: 200 });
  });
});
