import { describe, it, expect } from 'vitest';
import { worksheet_parse, worksheet_migrations } from '../../src/worksheet/parse.js';
import { worksheet_serialize, worksheet_empty } from '../../src/worksheet/storage.js';
import { worksheet_limits, worksheet_version } from '../../src/worksheet/types.js';
import { diagnosis, roadmap, principles } from './fixtures.js';

describe('worksheet_parse', () => {
  describe('given a state this code wrote', () => {
    it.each([['diagnosis', diagnosis], ['roadmap', roadmap], ['empty stakeholder map', worksheet_empty('stakeholder-map')]] as const)('a %s reads back equal from its JSON', (_, state) => {
      const read = worksheet_parse(worksheet_serialize(state));
      expect(read).toEqual({ ok: true, value: state, issues: [] });
    });

    it('reads a value already parsed as well as a JSON text', () => {
      expect(worksheet_parse(roadmap)).toEqual({ ok: true, value: roadmap, issues: [] });
    });

    it('accepts what a form holds while a person is still typing', () => {
      const draft = {
        ...roadmap,
        actions: [{ ...roadmap.actions[0]!, start: '2026-Q', end: '2025-Q1', title: '' }],
      };
      expect(worksheet_parse(draft).ok).toBe(true);
      const oneChosen = { ...diagnosis, workPlan: { focus: [{ principleId: 'operator-as-partner' }], why: '', hesitation: '' } };
      expect(worksheet_parse(oneChosen).ok).toBe(true);
    });
  });

  describe('given a file that is not a worksheet', () => {
    it('refuses text that is not JSON', () => {
      expect(worksheet_parse('{"kind": "diagnosis", ')).toEqual({ ok: false, issues: [{ path: '', code: 'not-json' }] });
    });
    it('refuses a text over the size limit without parsing it', () => {
      const big = `{"kind":"roadmap","version":2,"serviceName":"${'x'.repeat(worksheet_limits.jsonChars)}"}`;
      expect(worksheet_parse(big)).toEqual({ ok: false, issues: [{ path: '', code: 'too-large', params: { max: worksheet_limits.jsonChars } }] });
    });
    it.each([[null], [42], ['"text"'], [[1, 2]]])('refuses %j as not a record', (input) => {
      expect(worksheet_parse(input).issues[0]).toMatchObject({ path: '', code: 'type' });
    });
    it('refuses a missing, newer, or impossible version', () => {
      expect(worksheet_parse({ kind: 'roadmap' }).issues).toEqual([{ path: 'version', code: 'required' }]);
      expect(worksheet_parse({ kind: 'roadmap', version: 99 }).issues).toEqual([{ path: 'version', code: 'version-unsupported', params: { found: 99, max: worksheet_version } }]);
      expect(worksheet_parse({ kind: 'roadmap', version: 0 }).issues[0]?.code).toBe('version-unsupported');
      expect(worksheet_parse({ kind: 'roadmap', version: '2' }).issues[0]?.code).toBe('type');
      expect(worksheet_parse({ kind: 'roadmap', version: 1.5 }).issues[0]?.code).toBe('not-integer');
    });
    it('refuses a worksheet of another kind than expected', () => {
      expect(worksheet_parse(roadmap, { kind: 'diagnosis' }).issues).toEqual([{ path: 'kind', code: 'kind-mismatch', params: { found: 'roadmap', expected: 'diagnosis' } }]);
    });
    it('names the path of every bad field', () => {
      const bad = {
        ...roadmap,
        actions: [{ ...roadmap.actions[0]!, status: 'finished', milestones: [{ id: 'm-1', title: 'x', date: '', done: 'yes' }] }, { ...roadmap.actions[1]!, id: 'action-1' }],
      };
      const read = worksheet_parse(bad);
      expect(read.ok).toBe(false);
      expect(read.issues.map((i) => [i.path, i.code])).toEqual([
        ['actions[0].status', 'enum'],
        ['actions[0].milestones[0].done', 'type'],
        ['actions[1].id', 'duplicate-id'],
      ]);
    });
    it('refuses lists and texts over their limits', () => {
      const many = { ...roadmap, actions: Array.from({ length: worksheet_limits.actions + 1 }, (_, i) => ({ id: `a-${i}` })) };
      expect(worksheet_parse(many).issues).toEqual([{ path: 'actions', code: 'too-many', params: { max: worksheet_limits.actions } }]);
      const long = { ...diagnosis, workPlan: { ...diagnosis.workPlan, why: 'x'.repeat(worksheet_limits.textChars + 1) } };
      expect(worksheet_parse(long).issues).toEqual([{ path: 'workPlan.why', code: 'too-long', params: { max: worksheet_limits.textChars } }]);
    });
  });

  describe('given unknown and hostile fields', () => {
    it('drops fields it does not know', () => {
      const read = worksheet_parse({ ...roadmap, extra: 1, actions: [{ ...roadmap.actions[2]!, colour: 'red' }] });
      expect(read.ok && read.value).toEqual({ ...roadmap, actions: [roadmap.actions[2]] });
    });
    it('keeps __proto__ out of the item answers and does not touch any prototype', () => {
      const json = '{"kind":"diagnosis","version":2,"items":{"__proto__":{"status":"in-place"},"constructor":{"status":"partly"}},"workPlan":{"__proto__":{"why":"x"}}}';
      const read = worksheet_parse(json);
      expect(read.ok).toBe(false);
      expect(read.issues).toEqual([{ path: 'items.__proto__', code: 'id-format', params: { id: '__proto__' } }]);
      expect(({} as Record<string, unknown>).status).toBeUndefined();
      const clean = worksheet_parse('{"kind":"diagnosis","version":2,"items":{"constructor":{"status":"partly"}},"__proto__":{"serviceName":"x"}}');
      expect(clean.ok && clean.value.kind === 'diagnosis' && clean.value.serviceName).toBe('');
      expect(clean.ok && clean.value.kind === 'diagnosis' && Object.keys(clean.value.items)).toEqual(['constructor']);
    });
    it('survives getters that throw', () => {
      const trap = { kind: 'roadmap', version: 2, get actions(): never { throw new Error('boom'); } };
      expect(worksheet_parse(trap)).toMatchObject({ ok: true, value: { actions: [] } });
    });
  });

  describe('given the principles of the content', () => {
    it('refuses ids that are not there and super-outcomes of another principle', () => {
      const foreign = {
        ...diagnosis,
        items: { ...diagnosis.items, 'gone-item': { status: 'in-place' } },
        workPlan: { ...diagnosis.workPlan, focus: [{ principleId: 'operator-as-partner', superOutcomeId: 'aims-at-defined-outcomes' }, { principleId: 'no-such' }] },
      };
      expect(worksheet_parse(foreign, { principles }).issues).toEqual([
        { path: 'workPlan.focus[0].superOutcomeId', code: 'super-outcome-not-of-principle', params: { id: 'aims-at-defined-outcomes', principle: 'operator-as-partner' } },
        { path: 'workPlan.focus[1].principleId', code: 'unknown-principle', params: { id: 'no-such' } },
        { path: 'items["gone-item"]', code: 'unknown-item', params: { id: 'gone-item' } },
      ]);
      expect(worksheet_parse(diagnosis, { principles }).ok).toBe(true);
    });
  });

  describe('given a version-1 file', () => {
    const v1 = {
      version: 1,
      service: 'מעונות יום שיקומיים',
      tender: 'מכרז 12/2026',
      team: 'דנה, Samir ,Ruth',
      answers: { 'plan-operators-consulted': 'in-place', 'tender-operator-voice': { status: 'partly', note: 'Only in the pilot' }, 'manage-joint-forum': 'not-yet', 'manage-shared-data': 'not-relevant', 'plan-theory-of-change': 'not-yet' },
      principles: ['operator-as-partner', 'results-oriented-management'],
      superOutcomes: ['continuous-professional-dialogue', 'measured-and-managed-by-results'],
      why: 'The forum with operators lapsed',
      hesitation: 'Between recipients at the centre and results',
      savedAt: '2026-03-01T10:00:00.000Z',
    };
    it('migrates a diagnosis to the current shape and says from which version', () => {
      const read = worksheet_parse(JSON.stringify(v1), { kind: 'diagnosis' });
      const expected = {
        ...diagnosis,
        savedAt: '2026-03-01T10:00:00.000Z',
        workPlan: { ...diagnosis.workPlan, focus: diagnosis.workPlan.focus.map(({ principleId, superOutcomeId }) => ({ principleId, superOutcomeId })) },
      };
      expect(read).toEqual({ ok: true, value: expected, issues: [], migratedFrom: 1 });
    });
    it('migrates a roadmap: preserve true or false becomes the aspect', () => {
      const old = { version: 1, kind: 'roadmap', actions: [{ id: 'a-1', title: 'Keep it', preserve: true }, { id: 'a-2', title: 'Fix it', preserve: false }] };
      const read = worksheet_parse(old);
      expect(read.ok && read.value.kind === 'roadmap' && read.value.actions.map((a) => a.aspect)).toEqual(['preserve', 'improve']);
    });
    it('has a step from every older version to the current one', () => {
      for (let v = 1; v < worksheet_version; v++) expect(typeof worksheet_migrations[v]).toBe('function');
    });
  });
});
