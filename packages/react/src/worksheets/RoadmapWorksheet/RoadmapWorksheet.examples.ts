/**
 * Named examples of RoadmapWorksheet, used by stories, tests and the SSR check. Principles and the
 * tools menu come from @rechesh/content; the roadmaps are filled in here, for a day-care service
 * whose diagnosis chose "service recipients at the centre" and "results-oriented management".
 * "Today" is fixed (23 November 2026) so the timeline looks the same on every run, and autosave is
 * off in every example, so stories never restore each other's work.
 */
import { principles, toolsMenu } from '@rechesh/content';
import { roadmap_fromDiagnosis, type RoadmapAction, type RoadmapState } from '@rechesh/core';
import { completeDiagnosis } from '../DiagnosisWorksheet/DiagnosisWorksheet.examples.js';
import type { RoadmapWorksheetProps } from './RoadmapWorksheet.js';

/** The day the examples call today. */
export const roadmapToday = '2026-11-23';

/** A roadmap just started from the diagnosis focus: actions linked to principles and tools, nothing else yet. */
export const seededRoadmap: RoadmapState = /* @__PURE__ */ roadmap_fromDiagnosis(completeDiagnosis, { tools: toolsMenu });

const action = (a: Partial<RoadmapAction> & Pick<RoadmapAction, 'id'>): RoadmapAction => ({
  title: '',
  owner: '',
  start: '',
  end: '',
  status: 'not-started',
  aspect: 'improve',
  milestones: [],
  ...a,
});

/** About half filled: the seeded actions, some with owners and times. */
export const halfFilledRoadmap: RoadmapState = {
  ...seededRoadmap,
  actions: seededRoadmap.actions.map((a, i) =>
    i === 0
      ? { ...a, owner: 'נועה לוי', start: '2026-Q4', end: '2027-Q2', status: 'in-progress' }
      : i === 2
        ? { ...a, title: 'מדד שביעות רצון של הורים', owner: 'Ahmad Haddad', start: '2027-Q1' }
        : a,
  ),
};

/** A complete roadmap: five actions to preserve and to improve, with times, statuses and milestones. */
export const completeRoadmap: RoadmapState = {
  kind: 'roadmap',
  version: 2,
  serviceName: 'מעונות יום שיקומיים',
  tenderName: 'מכרז 12/2026',
  actions: [
    action({
      id: 'action-1',
      toolId: 'public-participation',
      title: 'שיתוף הורים בעיצוב השירות',
      principleId: 'recipients-at-centre',
      superOutcomeId: 'recipients-have-a-voice',
      owner: 'נועה לוי',
      start: '2026-Q3',
      end: '2027-Q1',
      status: 'in-progress',
      milestones: [
        { id: 'milestone-1', title: 'קבוצות מיקוד עם הורים', date: '2026-09-15', done: true },
        { id: 'milestone-2', title: 'סקר מקוון', date: '2026-12-31', done: false },
      ],
    }),
    action({
      id: 'action-2',
      toolId: 'theory-of-change-and-logic-model',
      principleId: 'results-oriented-management',
      superOutcomeId: 'aims-at-defined-outcomes',
      owner: 'Ahmad Haddad',
      start: '2026-Q2',
      end: '2026-Q3',
      status: 'done',
      milestones: [{ id: 'milestone-1', title: 'Logic model agreed with the operators', date: '2026-09-01', done: true }],
    }),
    action({
      id: 'action-3',
      toolId: 'measurement-plan-and-active-management',
      title: 'Quarterly data meetings with each operator',
      principleId: 'results-oriented-management',
      superOutcomeId: 'measured-and-managed-by-results',
      owner: 'Dana Cohen',
      start: '2026-Q4',
      end: '2027-Q4',
      status: 'not-started',
      note: 'Starts once the indicators are in the contract.',
    }),
    action({
      id: 'action-4',
      title: 'שמירה על רצף הטיפול במעבר בין מפעילים',
      principleId: 'recipients-at-centre',
      superOutcomeId: 'continuity-of-care',
      owner: 'נועה לוי',
      start: '2026-01-01',
      end: '2026-06-30',
      status: 'in-progress',
      aspect: 'preserve',
    }),
    action({
      id: 'action-5',
      toolId: 'operator-consultation',
      principleId: 'operator-as-partner',
      superOutcomeId: 'continuous-professional-dialogue',
      owner: 'Dana Cohen',
      start: '2027-Q2',
      end: '2028-Q1',
      status: 'on-hold',
      aspect: 'preserve',
    }),
  ],
};

/** Mistakes the check points out: no name, an end before its start, a time it cannot read, a milestone outside its action. */
export const roadmapWithErrors: RoadmapState = {
  ...completeRoadmap,
  actions: [
    action({ id: 'action-1', owner: 'נועה לוי', start: '2027-Q1' }),
    action({ id: 'action-2', title: 'Parents’ satisfaction survey', start: '2027-Q3', end: '2027-Q1' }),
    action({ id: 'action-3', title: 'Knowledge handover clause', start: 'next spring' }),
    action({
      id: 'action-4',
      title: 'Quality baskets in the next tender',
      start: '2027-Q1',
      end: '2027-Q2',
      milestones: [{ id: 'milestone-1', title: 'Draft ready', date: '2027-09-01', done: false }],
    }),
  ],
};

const common = { principles, tools: toolsMenu, today: roadmapToday, autosave: false } satisfies RoadmapWorksheetProps;

export const roadmapWorksheetExamples: Record<string, RoadmapWorksheetProps> = {
  'empty: a new roadmap that can start from the diagnosis focus': { ...common, diagnosis: completeDiagnosis },
  'half-filled: started from the diagnosis, some actions planned': { ...common, defaultValue: halfFilledRoadmap },
  'complete: five actions with times, statuses and milestones': { ...common, defaultValue: completeRoadmap },
  'complete, as a table': { ...common, defaultValue: completeRoadmap, defaultView: 'table' },
  'with validation errors: the check points at each field': { ...common, defaultValue: roadmapWithErrors, defaultShowErrors: true },
  'without principles or tools: free text only': { today: roadmapToday, autosave: false, defaultValue: { ...completeRoadmap, actions: completeRoadmap.actions.map(({ toolId: _t, principleId: _p, superOutcomeId: _s, ...a }) => ({ ...a, title: a.title || 'Action' })) } },
};
