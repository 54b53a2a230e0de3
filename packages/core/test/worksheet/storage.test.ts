import { describe, it, expect } from 'vitest';
import { worksheet_serialize, worksheet_storageKey, worksheet_empty, worksheet_history, worksheet_restoreNotice } from '../../src/worksheet/storage.js';
import { worksheet_parse } from '../../src/worksheet/parse.js';
import type { DiagnosisState } from '../../src/worksheet/types.js';
import { diagnosis, roadmap } from './fixtures.js';

describe('worksheet_serialize', () => {
  it('writes kind and version first, then the fields in one order', () => {
    expect(worksheet_serialize(worksheet_empty('roadmap'))).toBe('{"kind":"roadmap","version":2,"serviceName":"","tenderName":"","actions":[]}');
  });
  it('writes the same text for the same work, whatever order its answers were given in', () => {
    const reversed: DiagnosisState = { ...diagnosis, items: Object.fromEntries(Object.entries(diagnosis.items).reverse()) };
    const shuffled = { workPlan: diagnosis.workPlan, items: reversed.items, team: diagnosis.team, kind: 'diagnosis' as const, tenderName: diagnosis.tenderName, version: 2, serviceName: diagnosis.serviceName };
    expect(worksheet_serialize(reversed)).toBe(worksheet_serialize(diagnosis));
    expect(worksheet_serialize(shuffled)).toBe(worksheet_serialize(diagnosis));
  });
  it('stamps the time of saving, and leaves out fields it does not know', () => {
    const text = worksheet_serialize({ ...roadmap, secret: 'x' } as typeof roadmap, { savedAt: new Date(Date.UTC(2026, 10, 23, 14, 5)) });
    const read = worksheet_parse(text);
    expect(read.ok && read.value).toEqual({ ...roadmap, savedAt: '2026-11-23T14:05:00.000Z' });
    expect(text).not.toContain('secret');
  });
  it('indents for a file a person may open', () => {
    expect(worksheet_serialize(worksheet_empty('roadmap'), { space: 2 })).toContain('\n  "kind": "roadmap"');
  });
  it('still saves a state it cannot read rather than lose it', () => {
    const odd = { ...roadmap, actions: [{ id: '__proto__' }] } as unknown as typeof roadmap;
    expect(JSON.parse(worksheet_serialize(odd))).toMatchObject({ kind: 'roadmap', actions: [{ id: '__proto__' }] });
  });
});

describe('worksheet_storageKey', () => {
  it('namespaces the key and escapes the id', () => {
    expect(worksheet_storageKey('diagnosis', 'day-care-2026')).toBe('rechesh:worksheet:diagnosis:day-care-2026');
    expect(worksheet_storageKey('roadmap', 'a:b/c')).toBe('rechesh:worksheet:roadmap:a%3Ab%2Fc');
  });
});

describe('worksheet_empty', () => {
  it.each(['diagnosis', 'roadmap', 'stakeholder-map'] as const)('gives a %s that reads back', (kind) => {
    const state = worksheet_empty(kind);
    expect(worksheet_parse(worksheet_serialize(state), { kind })).toEqual({ ok: true, value: state, issues: [] });
  });
  it('gives a new object each time, so one form cannot change another', () => {
    expect(worksheet_empty('diagnosis')).not.toBe(worksheet_empty('diagnosis'));
  });
});

describe('worksheet_history', () => {
  describe('given a filled worksheet that is reset', () => {
    const reset = worksheet_history({ state: diagnosis }, { type: 'reset' });
    it('empties the worksheet and keeps the work for undo', () => {
      expect(reset).toEqual({ state: worksheet_empty('diagnosis'), undo: { state: diagnosis, after: 'reset' } });
    });
    it('brings the work back on undo', () => {
      expect(worksheet_history(reset, { type: 'undo' })).toEqual({ state: diagnosis });
    });
    it('forgets the undo when the notice is dismissed or new work begins', () => {
      expect(worksheet_history(reset, { type: 'dismiss' })).toEqual({ state: reset.state });
      const typed = { ...reset.state, serviceName: 'x' };
      expect(worksheet_history(reset, { type: 'change', state: typed })).toEqual({ state: typed });
    });
  });
  it('lets an import be undone', () => {
    const imported = worksheet_history({ state: diagnosis }, { type: 'import', state: worksheet_empty('diagnosis') });
    expect(worksheet_history(imported, { type: 'undo' }).state).toBe(diagnosis);
  });
  it('lets a removal be undone, and keeps the history when nothing was removed', () => {
    const without = { ...roadmap, actions: roadmap.actions.slice(1) };
    const removed = worksheet_history({ state: roadmap }, { type: 'remove', state: without });
    expect(removed).toEqual({ state: without, undo: { state: roadmap, after: 'remove' } });
    expect(worksheet_history(removed, { type: 'undo' }).state).toBe(roadmap);
    const h = { state: roadmap };
    expect(worksheet_history(h, { type: 'remove', state: roadmap })).toBe(h);
  });
  it('keeps the same history for a change to the same state, and for undo with nothing to undo', () => {
    const h = { state: roadmap };
    expect(worksheet_history(h, { type: 'change', state: roadmap })).toBe(h);
    expect(worksheet_history(h, { type: 'undo' })).toBe(h);
  });
});

describe('worksheet_restoreNotice', () => {
  it('says when the work was saved, in the time zone asked for', () => {
    const text = worksheet_restoreNotice('2026-11-23T14:05:00Z', { locale: 'en', timeZone: 'Asia/Jerusalem' });
    expect(text.replace(/[\u2068\u2069]/g, '')).toMatch(/^We restored your work from 23 Nov 2026, 16:05\.$/);
  });
  it('says it in Hebrew with the time isolated', () => {
    expect(worksheet_restoreNotice('2026-11-23T14:05:00Z', { locale: 'he', timeZone: 'UTC' })).toMatch(/^שחזרנו את העבודה שלכם מ-\u2068.*14:05.*\u2069\.$/);
  });
  it('says it without a time when the time is not known', () => {
    expect(worksheet_restoreNotice(undefined, { locale: 'ar' })).toBe('استعدنا عملكم من زيارتكم السابقة.');
    expect(worksheet_restoreNotice('yesterday', { locale: 'en' })).toBe('We restored your work from your last visit.');
  });
});
