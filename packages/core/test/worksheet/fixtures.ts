import type { DiagnosisState, RoadmapState, WorksheetPrinciple } from '../../src/worksheet/types.js';

/** Two principles shaped like the content's, with a few items each. */
export const principles: WorksheetPrinciple[] = [
  {
    id: 'operator-as-partner',
    name: 'The operator as partner',
    superOutcomeIds: ['continuous-professional-dialogue'],
    itemIds: ['plan-operators-consulted', 'tender-operator-voice', 'manage-joint-forum', 'manage-shared-data'],
  },
  {
    id: 'results-oriented-management',
    name: 'Results-oriented management',
    superOutcomeIds: ['aims-at-defined-outcomes', 'measured-and-managed-by-results'],
    itemIds: ['plan-theory-of-change', 'tender-outcome-indicators', 'manage-data-routine'],
  },
  {
    id: 'recipients-at-centre',
    name: 'Service recipients at the centre',
    superOutcomeIds: ['service-fits-all-needs', 'recipients-have-a-voice'],
    itemIds: ['plan-needs-mapping', 'tender-recipient-voice'],
  },
];

/** A diagnosis half filled in. */
export const diagnosis: DiagnosisState = {
  kind: 'diagnosis',
  version: 2,
  serviceName: 'מעונות יום שיקומיים',
  tenderName: 'מכרז 12/2026',
  team: ['דנה', 'Samir', 'Ruth'],
  items: {
    'plan-operators-consulted': { status: 'in-place' },
    'tender-operator-voice': { status: 'partly', note: 'Only in the pilot' },
    'manage-joint-forum': { status: 'not-yet' },
    'manage-shared-data': { status: 'not-relevant' },
    'plan-theory-of-change': { status: 'not-yet' },
  },
  workPlan: {
    focus: [
      { principleId: 'operator-as-partner', superOutcomeId: 'continuous-professional-dialogue' },
      { principleId: 'results-oriented-management', superOutcomeId: 'measured-and-managed-by-results', superOutcomeWhy: 'No data routine yet' },
    ],
    why: 'The forum with operators lapsed',
    hesitation: 'Between recipients at the centre and results',
  },
};

/** A roadmap of three actions. */
export const roadmap: RoadmapState = {
  kind: 'roadmap',
  version: 2,
  serviceName: 'מעונות יום שיקומיים',
  tenderName: 'מכרז 12/2026',
  actions: [
    {
      id: 'action-1',
      title: 'Quarterly learning meeting with operators',
      principleId: 'operator-as-partner',
      superOutcomeId: 'continuous-professional-dialogue',
      owner: 'Dana',
      start: '2026-Q3',
      end: '2027-Q2',
      status: 'in-progress',
      aspect: 'improve',
      milestones: [{ id: 'm-1', title: 'First meeting', date: '2026-09-15', done: true }],
    },
    {
      id: 'action-2',
      title: '',
      toolId: 'measurement-plan-and-data-routine',
      principleId: 'results-oriented-management',
      owner: 'Samir',
      start: '2026-05-01',
      end: '2026-12-31',
      status: 'not-started',
      aspect: 'improve',
      milestones: [],
      note: 'With the research unit',
    },
    {
      id: 'action-3',
      title: 'Keep the recipients’ advisory group',
      owner: '',
      start: '',
      end: '',
      status: 'done',
      aspect: 'preserve',
      milestones: [],
    },
  ],
};
