import { describe, it, expect } from 'vitest';
import { when_parse, day_isoDate, date_day, roadmap_fromDiagnosis, roadmap_timeline, roadmap_sort, roadmap_issues, entity_nextId } from '../../src/worksheet/roadmap.js';
import { worksheet_parse } from '../../src/worksheet/parse.js';
import type { RoadmapAction } from '../../src/worksheet/types.js';
import { diagnosis, roadmap, principles } from './fixtures.js';

const action = (over: Partial<RoadmapAction>): RoadmapAction => ({
  id: 'a', title: 'Act', owner: '', start: '', end: '', status: 'not-started', aspect: 'improve', milestones: [], ...over,
});

describe('when_parse', () => {
  it('keeps a year below 100 as itself, not 19xx', () => {
    expect(day_isoDate(when_parse('0050-03-01')!.startDay)).toBe('0050-03-01');
  });
  it('reads a quarter as its days, the end exclusive', () => {
    const q = when_parse('2026-Q3')!;
    expect([q.kind, day_isoDate(q.startDay), day_isoDate(q.endDay - 1)]).toEqual(['quarter', '2026-07-01', '2026-09-30']);
  });
  it('reads a date as one day, and other period labels', () => {
    expect(when_parse('2026-09-30')).toEqual({ kind: 'date', startDay: date_day('2026-09-30'), endDay: date_day('2026-10-01') });
    expect(day_isoDate(when_parse('2026/27')!.startDay)).toBe('2026-09-01');
    expect(day_isoDate(when_parse('2026-H2')!.endDay)).toBe('2027-01-01');
  });
  it.each(['', '2026-Q5', '2026-02-30', 'soon', null, 3])('gives undefined for %j', (v) => {
    expect(when_parse(v)).toBeUndefined();
  });
});

describe('roadmap_fromDiagnosis', () => {
  it('seeds one action per chosen principle with its super-outcome, to improve', () => {
    const r = roadmap_fromDiagnosis(diagnosis);
    expect(r).toMatchObject({ kind: 'roadmap', version: 2, serviceName: diagnosis.serviceName, tenderName: diagnosis.tenderName });
    expect(r.actions).toEqual([
      action({ id: 'action-1', title: '', principleId: 'operator-as-partner', superOutcomeId: 'continuous-professional-dialogue' }),
      action({ id: 'action-2', title: '', principleId: 'results-oriented-management', superOutcomeId: 'measured-and-managed-by-results' }),
    ]);
    expect(worksheet_parse(r).ok).toBe(true);
  });
  it('with the tools menu, seeds an action per tool that serves the principle', () => {
    const tools = [
      { id: 'forum', principles: ['operator-as-partner'] },
      { id: 'guide', principles: [] },
      { id: 'measurement-plan', principles: ['results-oriented-management'] },
      { id: 'dashboard', principles: ['results-oriented-management'] },
    ];
    const r = roadmap_fromDiagnosis(diagnosis, { tools, maxPerPrinciple: 1 });
    expect(r.actions.map((a) => [a.id, a.toolId, a.principleId])).toEqual([
      ['action-1', 'forum', 'operator-as-partner'],
      ['action-2', 'measurement-plan', 'results-oriented-management'],
    ]);
  });
  it('starts empty without a diagnosis', () => {
    expect(roadmap_fromDiagnosis(undefined).actions).toEqual([]);
  });
});

describe('entity_nextId', () => {
  it('takes the number after the highest used', () => {
    expect(entity_nextId(roadmap.actions, 'action')).toBe('action-4');
    expect(entity_nextId([], 'm')).toBe('m-1');
  });
});

describe('roadmap_timeline', () => {
  const t = roadmap_timeline(roadmap, '2026-08-15');
  it('gives dated rows by start, then the undated ones', () => {
    expect(t.rows.map((r) => [r.id, r.startDate, r.lastDate])).toEqual([
      ['action-2', '2026-05-01', '2026-12-31'],
      ['action-1', '2026-07-01', '2027-06-30'],
      ['action-3', undefined, undefined],
    ]);
    expect(t.undated).toBe(1);
  });
  it('marks today, the current actions, and spans a domain around rows and today', () => {
    expect(day_isoDate(t.today)).toBe('2026-08-15');
    expect(t.rows.map((r) => r.current)).toEqual([true, true, false]);
    expect(t.domain!.map(day_isoDate)).toEqual(['2026-05-01', '2027-07-01']);
  });
  it('marks an action past its end and not done as overdue, and its milestones', () => {
    const late = roadmap_timeline(roadmap, new Date(Date.UTC(2027, 0, 10)));
    expect(late.rows.map((r) => [r.id, r.overdue])).toEqual([['action-2', true], ['action-1', false], ['action-3', false]]);
    expect(late.rows[1]!.milestones).toEqual([{ id: 'm-1', title: 'First meeting', day: date_day('2026-09-15'), done: true, overdue: false }]);
  });
  it('reaches out to today when today is outside every action', () => {
    expect(roadmap_timeline(roadmap, '2025-01-01').domain!.map(day_isoDate)).toEqual(['2025-01-01', '2027-07-01']);
  });
  it('has no domain when nothing is dated', () => {
    expect(roadmap_timeline({ actions: [action({})] }, '2026-01-01')).toMatchObject({ domain: undefined, undated: 1 });
  });
  it('draws an action with only a start over the start period', () => {
    const r = roadmap_timeline({ actions: [action({ start: '2026-Q1' })] }, '2026-01-01').rows[0]!;
    expect([r.startDate, r.lastDate]).toEqual(['2026-01-01', '2026-03-31']);
  });
});

describe('roadmap_sort', () => {
  it('sorts by the name a person sees when told it (a tool’s name, not its id)', () => {
    const actions = [
      { ...roadmap.actions[0]!, title: '', toolId: 'zebra-tool' },
      { ...roadmap.actions[1]!, title: 'Beta' },
    ];
    const names: Record<string, string> = { 'zebra-tool': 'Alpha' };
    expect(roadmap_sort(actions, 'title', { locale: 'en', titleOf: (a) => a.title || names[a.toolId!]! }).map((a) => a.title || a.toolId)).toEqual(['zebra-tool', 'Beta']);
    expect(roadmap_sort(actions, 'title', { locale: 'en' }).map((a) => a.title || a.toolId)).toEqual(['Beta', 'zebra-tool']);
  });
  it('sorts by start, undated last in both directions', () => {
    expect(roadmap_sort(roadmap.actions, 'start').map((a) => a.id)).toEqual(['action-2', 'action-1', 'action-3']);
    expect(roadmap_sort(roadmap.actions, 'start', { direction: 'descending' }).map((a) => a.id)).toEqual(['action-1', 'action-2', 'action-3']);
  });
  it('sorts by status in working order and by principle in the content order', () => {
    expect(roadmap_sort(roadmap.actions, 'status').map((a) => a.status)).toEqual(['in-progress', 'not-started', 'done']);
    const order = principles.map((p) => p.id).reverse();
    expect(roadmap_sort(roadmap.actions, 'principle', { principleOrder: order }).map((a) => a.id)).toEqual(['action-2', 'action-1', 'action-3']);
  });
  it('sorts by title in the locale, a tool id standing in for an empty title', () => {
    expect(roadmap_sort(roadmap.actions, 'title', { locale: 'en' }).map((a) => a.id)).toEqual(['action-3', 'action-2', 'action-1']);
  });
  it('does not change the input', () => {
    const before = roadmap.actions.map((a) => a.id);
    roadmap_sort(roadmap.actions, 'owner');
    expect(roadmap.actions.map((a) => a.id)).toEqual(before);
  });
});

describe('roadmap_issues', () => {
  const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');
  it('finds nothing wrong in a good roadmap', () => {
    expect(roadmap_issues(roadmap, { locale: 'en', principles })).toEqual([]);
  });
  it('finds an end before its start', () => {
    const issues = roadmap_issues({ actions: [action({ start: '2026-Q3', end: '2026-06-30' })] }, { locale: 'en' });
    expect(issues.map((i) => [i.path, i.fieldId, strip(i.message)])).toEqual([
      ['actions[0].end', 'worksheet-actions-0-end', 'The end 2026-06-30 is before the start 2026-Q3'],
    ]);
  });
  it('accepts an action that starts and ends in the same quarter or on the same day', () => {
    expect(roadmap_issues({ actions: [action({ start: '2026-Q3', end: '2026-Q3' }), action({ id: 'b', start: '2026-09-01', end: '2026-09-01' })] }, { locale: 'en' })).toEqual([]);
  });
  it('finds a milestone outside its action, unreadable times, an end without a start and a missing name', () => {
    const issues = roadmap_issues({
      actions: [
        action({ start: '2026-Q3', end: '2026-Q4', milestones: [{ id: 'm', title: 'x', date: '2027-01-15', done: false }, { id: 'n', title: 'y', date: '2026-Q4', done: false }] }),
        action({ id: 'b', title: ' ', start: 'next spring', end: '' }),
        action({ id: 'c', end: '2026-Q4' }),
        action({ id: 'd', start: '2026-Q3', milestones: [{ id: 'm', title: 'x', date: '2026-06-01', done: false }, { id: 'n', title: 'y', date: '2030', done: false }] }),
      ],
    }, { locale: 'en' });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['actions[0].milestones[0].date', 'milestone-outside-action'],
      ['actions[1].title', 'title-required'],
      ['actions[1].start', 'when-format'],
      ['actions[2].start', 'end-without-start'],
      ['actions[3].milestones[0].date', 'milestone-outside-action'],
    ]);
    expect(strip(issues[0]!.message)).toBe('The milestone on 2027-01-15 is outside the action’s time (2026-Q3 to 2026-Q4)');
  });
  it('finds a super-outcome of another principle, in Hebrew', () => {
    const issues = roadmap_issues({ actions: [action({ principleId: 'operator-as-partner', superOutcomeId: 'service-fits-all-needs' })] }, { locale: 'he', principles });
    expect(strip(issues[0]!.message)).toBe('תוצאת העל service-fits-all-needs אינה שייכת לעיקרון The operator as partner');
  });
});
