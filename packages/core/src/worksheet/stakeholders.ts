/**
 * The stakeholder map (004) for drawing and for its outline: stakeholders by ring around the
 * service recipients, the grid of participation levels by stages, and the form check.
 */
import { formIssues_of, type WorksheetFormIssue, type WorksheetFormOptions } from './form.js';
import type { WorksheetIssue } from './issues.js';
import { participation_levels, participation_stages, stakeholder_rings, type ParticipationLevel, type ParticipationStage, type Stakeholder, type StakeholderMapState, type StakeholderRing } from './types.js';

/** One ring of the map, inner to outer, with its stakeholders in the map's order. */
export interface StakeholderRingGroup {
  ring: StakeholderRing;
  /** 1 for the ring next to the recipients at the centre. */
  depth: number;
  stakeholders: Stakeholder[];
}

/**
 * The stakeholders by ring, inner to outer; every ring is listed, empty ones too, so the drawing
 * and the outline keep the same places.
 * @example stakeholderMap_rings(state).map((r) => [r.ring, r.stakeholders.length])
 *   // [['ministry', 1], ['operators', 2], ['adjacent-services', 0], ['complementary-services', 1], ['other', 0]]
 */
export function stakeholderMap_rings(state: Pick<StakeholderMapState, 'stakeholders'>): StakeholderRingGroup[] {
  return stakeholder_rings.map((ring, i) => ({ ring, depth: i + 1, stakeholders: (state?.stakeholders ?? []).filter((s) => s.ring === ring) }));
}

/** One cell of the participation grid. */
export interface ParticipationCell {
  level: ParticipationLevel;
  stage: ParticipationStage;
  /** Ids of the stakeholders at this level who take part in this stage. */
  stakeholderIds: string[];
}

/**
 * The participation grid of 004: levels (rows, lowest first) by stages (columns, in order), each
 * cell with the stakeholders at that level in that stage.
 * @example stakeholderMap_grid(state)[2]![0] // { level: 'collaboration', stage: 'gathering-information', stakeholderIds: ['stakeholder-2'] }
 */
export function stakeholderMap_grid(state: Pick<StakeholderMapState, 'stakeholders'>): ParticipationCell[][] {
  const list = state?.stakeholders ?? [];
  return participation_levels.map((level) =>
    participation_stages.map((stage) => ({ level, stage, stakeholderIds: list.filter((s) => s.level === level && s.stages.includes(stage)).map((s) => s.id) })),
  );
}

/**
 * What is missing in a stakeholder map's form, in the order of the form: at least one stakeholder,
 * and for each stakeholder a name, at least one stage it takes part in and at least one tool.
 * A level and a ring always have a value. Stakeholders are named by their number (1 for the first),
 * as the form's legends and the map's labels number them. Empty when the map is complete.
 * @example stakeholderMap_issues({ stakeholders: [{ id: 'stakeholder-1', name: '', ring: 'other', level: 'information', stages: [], tools: ['interviews'] }] }, { locale: 'en' })
 *   // [{ path: 'stakeholders[0].name', code: 'stakeholder-name-required', params: { number: 1 }, message: 'Write the name of stakeholder 1', fieldId: 'worksheet-stakeholders-0-name' },
 *   //  { path: 'stakeholders[0].stages', code: 'stage-required', params: { number: 1 }, message: 'Choose at least one stage in which stakeholder 1 takes part', fieldId: 'worksheet-stakeholders-0-stages' }]
 */
export function stakeholderMap_issues(state: Pick<StakeholderMapState, 'stakeholders'>, options: WorksheetFormOptions): WorksheetFormIssue[] {
  const issues: WorksheetIssue[] = [];
  const list = Array.isArray(state?.stakeholders) ? state.stakeholders : [];
  if (list.length === 0) issues.push({ path: 'stakeholders', code: 'stakeholders-required' });
  list.forEach((s, i) => {
    const params = { number: i + 1 };
    const at = (field: string) => `stakeholders[${i}].${field}`;
    if (typeof s?.name !== 'string' || !s.name.trim()) issues.push({ path: at('name'), code: 'stakeholder-name-required', params });
    if (!Array.isArray(s?.stages) || s.stages.length === 0) issues.push({ path: at('stages'), code: 'stage-required', params });
    if (!Array.isArray(s?.tools) || s.tools.length === 0) issues.push({ path: at('tools'), code: 'tool-required', params });
  });
  return formIssues_of(issues, options);
}
