/**
 * Saved state of the worksheets of the social-procurement toolkit (003): the diagnosis and
 * work-plan worksheet, the roadmap of what to preserve and what to improve (001), and the
 * stakeholder map of public participation (004).
 *
 * Plain JSON, so a state can be kept in local storage, exported to a file and read back. Every
 * state says what it is (`kind`) and in which shape it was written (`version`), so an old file is
 * migrated rather than refused. Ids of principles, super-outcomes, items and tools come from the
 * content (@rechesh/content); core never imports it and takes them as inputs where it checks them.
 */

/** Which worksheet a state belongs to. */
export type WorksheetKind = 'diagnosis' | 'roadmap' | 'stakeholder-map';

/**
 * The shape version every state is written in now. Older versions are migrated on reading.
 * @example worksheet_serialize(state) // '{"kind":"roadmap","version":2,…}'
 */
export const worksheet_version = 2;

/** How far an item of the full logic model is in place in the service and tender. */
export type ItemStatus = 'in-place' | 'partly' | 'not-yet' | 'not-relevant';

/**
 * Every item status, in the order a form offers them.
 * @example item_statuses.map((s) => t(`worksheet.status.${s}`)) // ['In place', 'Partly', 'Not yet', 'Not relevant']
 */
export const item_statuses: readonly ItemStatus[] = ['in-place', 'partly', 'not-yet', 'not-relevant'];

/** The answer for one item of the diagnosis. */
export interface ItemAnswer {
  status: ItemStatus;
  /** Free text: what is there, what is missing, who knows. */
  note?: string;
}

/** One principle chosen to focus on in the work-plan step, and its super-outcome. */
export interface WorkPlanFocus {
  principleId: string;
  /** The one super-outcome of this principle to focus on; absent until chosen. */
  superOutcomeId?: string;
  /** Why this super-outcome (003 asks "which super-outcome, and why?"). */
  superOutcomeWhy?: string;
}

/** The work-plan step of the worksheet (003): two principles, why, and one super-outcome each. */
export interface WorkPlan {
  /** The chosen principles, in the order chosen; exactly two when complete. */
  focus: WorkPlanFocus[];
  /** Why these principles; why they matter. */
  why: string;
  /** Which other principles the team hesitated between, and what decided. */
  hesitation: string;
}

/** Fields every worksheet state has. */
export interface WorksheetBase {
  /** Shape version; `worksheet_version` when written by this code. */
  version: number;
  /** When the state was last saved (ISO date-time), if known. For the restore notice. */
  savedAt?: string;
}

/** The diagnosis and work-plan worksheet (003). */
export interface DiagnosisState extends WorksheetBase {
  kind: 'diagnosis';
  serviceName: string;
  tenderName: string;
  /** Names of the planning team's members. */
  team: string[];
  /** Answers per item id of the full logic model. Items without an answer are absent. */
  items: Record<string, ItemAnswer>;
  workPlan: WorkPlan;
}

/** Where a roadmap action stands. */
export type ActionStatus = 'not-started' | 'in-progress' | 'done' | 'on-hold';

/**
 * Every action status, in the order a form offers them.
 * @example action_statuses[0] // 'not-started'
 */
export const action_statuses: readonly ActionStatus[] = ['not-started', 'in-progress', 'done', 'on-hold'];

/** Whether an action keeps something that works or improves something that does not (001). */
export type ActionAspect = 'preserve' | 'improve';

/**
 * Both aspects.
 * @example action_aspects // ['preserve', 'improve']
 */
export const action_aspects: readonly ActionAspect[] = ['preserve', 'improve'];

/** A milestone of an action. */
export interface Milestone {
  id: string;
  title: string;
  /** A period label (`2026-Q3`, `2026`, `2026-05`) or an ISO date (`2026-09-30`); empty when not set. */
  date: string;
  done: boolean;
}

/** One action of the roadmap. */
export interface RoadmapAction {
  id: string;
  /** Free text. May be empty when `toolId` names the action. */
  title: string;
  /** A tool of the tools menu this action applies, when chosen from it. */
  toolId?: string;
  principleId?: string;
  superOutcomeId?: string;
  /** Who leads the action. */
  owner: string;
  /** A period label (`2026-Q3`) or an ISO date; empty when not set. */
  start: string;
  /** A period label or an ISO date; empty when not set. Inclusive: `2026-Q4` ends on 31 December. */
  end: string;
  status: ActionStatus;
  aspect: ActionAspect;
  milestones: Milestone[];
  note?: string;
}

/** The roadmap of what to preserve and what to improve. */
export interface RoadmapState extends WorksheetBase {
  kind: 'roadmap';
  serviceName: string;
  tenderName: string;
  actions: RoadmapAction[];
}

/** Rings around the service recipients, inner to outer (004). */
export type StakeholderRing = 'ministry' | 'operators' | 'adjacent-services' | 'complementary-services' | 'other';

/**
 * Every ring, inner to outer.
 * @example stakeholder_rings.indexOf('operators') // 1 (the second ring from the centre)
 */
export const stakeholder_rings: readonly StakeholderRing[] = ['ministry', 'operators', 'adjacent-services', 'complementary-services', 'other'];

/** Levels of participation (004): information and data, consultation, collaboration. */
export type ParticipationLevel = 'information' | 'consultation' | 'collaboration';

/**
 * Every level, lowest first.
 * @example participation_levels[2] // 'collaboration'
 */
export const participation_levels: readonly ParticipationLevel[] = ['information', 'consultation', 'collaboration'];

/** Stages of participation (004), in order. */
export type ParticipationStage = 'gathering-information' | 'shaping-goals' | 'alternatives' | 'product' | 'implementation';

/**
 * Every stage, in order.
 * @example participation_stages[0] // 'gathering-information'
 */
export const participation_stages: readonly ParticipationStage[] = ['gathering-information', 'shaping-goals', 'alternatives', 'product', 'implementation'];

/** Participation tools (004): physical and online. */
export type ParticipationTool = 'interviews' | 'focus-groups' | 'stakeholder-meeting' | 'round-table' | 'online-survey' | 'online-arena';

/**
 * Every tool, physical first.
 * @example participation_tools.slice(4) // ['online-survey', 'online-arena']
 */
export const participation_tools: readonly ParticipationTool[] = ['interviews', 'focus-groups', 'stakeholder-meeting', 'round-table', 'online-survey', 'online-arena'];

/** One stakeholder on the map. */
export interface Stakeholder {
  id: string;
  name: string;
  ring: StakeholderRing;
  level: ParticipationLevel;
  stages: ParticipationStage[];
  tools: ParticipationTool[];
  note?: string;
}

/** The stakeholder map: service recipients at the centre, stakeholders in rings around them. */
export interface StakeholderMapState extends WorksheetBase {
  kind: 'stakeholder-map';
  serviceName: string;
  /** How the service recipients at the centre are described (who they are). */
  recipients: string;
  stakeholders: Stakeholder[];
}

/** Any worksheet state. */
export type WorksheetState = DiagnosisState | RoadmapState | StakeholderMapState;

/** The state type of a kind. */
export type WorksheetStateOf<K extends WorksheetKind> = Extract<WorksheetState, { kind: K }>;

/**
 * What core needs to know of the content to check ids: per principle, its super-outcomes and
 * the items the diagnosis walks. From @rechesh/content:
 * `principles.map((p) => ({ id: p.id, superOutcomeIds: p.superOutcomes.map((o) => o.id), itemIds: … }))`.
 */
export interface WorksheetPrinciple {
  id: string;
  /** The principle's name in the user's language, for messages; the id when absent. */
  name?: string;
  superOutcomeIds: readonly string[];
  /** Items of the diagnosis for this principle; leave out to skip item checks. */
  itemIds?: readonly string[];
}

/**
 * Size limits of a saved state. Larger input is refused with `too-large`, `too-many` or `too-long`.
 * A form sets its inputs' `maxLength` from these (names, titles, owners and times: `nameChars`;
 * notes and reasons: `textChars`), so autosave never writes a state that restore refuses.
 * @example worksheet_limits.actions // 1000
 */
export const worksheet_limits = {
  /** Characters of a JSON text. */
  jsonChars: 2_000_000,
  /** Characters of a free-text field (a note, a reason). */
  textChars: 10_000,
  /** Characters of a name, title or owner. */
  nameChars: 500,
  /** Characters of an id. */
  idChars: 200,
  items: 5_000,
  team: 100,
  actions: 1_000,
  milestones: 200,
  stakeholders: 500,
} as const;
