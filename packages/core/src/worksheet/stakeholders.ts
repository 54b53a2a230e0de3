/**
 * The stakeholder map (004) for drawing and for its outline: stakeholders by ring around the
 * service recipients, and the grid of participation levels by stages.
 */
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
