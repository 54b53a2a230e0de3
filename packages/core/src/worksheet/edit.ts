/**
 * Pure edits of worksheet states, for a component's `onChange`: each returns a new state and
 * leaves the old one untouched (so undo and controlled mode work), and a request that cannot
 * apply (an unknown id, a hostile key) returns the state as it was.
 */
import type { DiagnosisState, ItemAnswer, Milestone, RoadmapAction, RoadmapState, Stakeholder, StakeholderMapState } from './types.js';
import { worksheet_limits } from './types.js';
import { id_isValid } from './read.js';
import { entity_nextId } from './roadmap.js';

/**
 * The answer for an item, read as an own property (so `toString` or `constructor` is never an
 * answer by accident).
 * @example diagnosis_answer(state, 'plan-operators-consulted') // { status: 'in-place' }
 */
export function diagnosis_answer(state: Pick<DiagnosisState, 'items'>, itemId: string): ItemAnswer | undefined {
  return Object.prototype.hasOwnProperty.call(state.items, itemId) ? state.items[itemId] : undefined;
}

/**
 * Sets (or with `undefined` clears) the answer for an item. An empty note is dropped.
 * @example diagnosis_setAnswer(state, 'plan-operators-consulted', { status: 'partly', note: 'Only in the pilot' })
 */
export function diagnosis_setAnswer(state: DiagnosisState, itemId: string, answer: ItemAnswer | undefined): DiagnosisState {
  if (!id_isValid(itemId, worksheet_limits.idChars)) return state;
  const items: Record<string, ItemAnswer> = {};
  for (const [k, v] of Object.entries(state.items)) if (k !== itemId) items[k] = v;
  if (answer) items[itemId] = answer.note ? { status: answer.status, note: answer.note } : { status: answer.status };
  return { ...state, items };
}

/**
 * Chooses a principle for the work-plan step, or un-chooses it (its super-outcome goes with it).
 * More than two can be chosen for a moment; `workPlan_issues` then asks for exactly two.
 * @example workPlan_toggle(state, 'operator-as-partner').workPlan.focus // [..., { principleId: 'operator-as-partner' }]
 */
export function workPlan_toggle(state: DiagnosisState, principleId: string): DiagnosisState {
  if (!id_isValid(principleId, worksheet_limits.idChars)) return state;
  const focus = state.workPlan.focus;
  const next = focus.some((f) => f.principleId === principleId) ? focus.filter((f) => f.principleId !== principleId) : focus.length < 6 ? [...focus, { principleId }] : focus;
  return next === focus ? state : { ...state, workPlan: { ...state.workPlan, focus: next } };
}

/**
 * Sets the super-outcome (and optionally why) of a chosen principle.
 * @example workPlan_setSuperOutcome(state, 'operator-as-partner', 'continuous-professional-dialogue')
 */
export function workPlan_setSuperOutcome(state: DiagnosisState, principleId: string, superOutcomeId: string | undefined, why?: string): DiagnosisState {
  let changed = false;
  const focus = state.workPlan.focus.map((f) => {
    if (f.principleId !== principleId) return f;
    changed = true;
    const reason = why ?? f.superOutcomeWhy;
    return { principleId, ...(superOutcomeId ? { superOutcomeId } : {}), ...(reason ? { superOutcomeWhy: reason } : {}) };
  });
  return changed ? { ...state, workPlan: { ...state.workPlan, focus } } : state;
}

/** A list edit: add (at the end or after `afterId`), update by id, remove by id, move by id. */
function list_add<T extends { id: string }>(list: readonly T[], item: T, afterId?: string): T[] {
  const at = afterId === undefined ? -1 : list.findIndex((x) => x.id === afterId);
  return at < 0 ? [...list, item] : [...list.slice(0, at + 1), item, ...list.slice(at + 1)];
}
function list_update<T extends { id: string }>(list: T[], id: string, patch: Partial<Omit<T, 'id'>>): T[] {
  return list.some((x) => x.id === id) ? list.map((x) => (x.id === id ? { ...x, ...patch, id } : x)) : list;
}
function list_move<T extends { id: string }>(list: T[], id: string, by: number): T[] {
  const from = list.findIndex((x) => x.id === id);
  const to = Math.max(0, Math.min(list.length - 1, from + Math.trunc(by)));
  if (from < 0 || to === from) return list;
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

/**
 * Adds an action with a fresh id (`action-n`), empty but for what is given.
 * @example roadmap_addAction(state, { principleId: 'operator-as-partner' }).actions.at(-1)?.id // 'action-4'
 */
export function roadmap_addAction(state: RoadmapState, init: Partial<Omit<RoadmapAction, 'id'>> = {}, afterId?: string): RoadmapState {
  if (state.actions.length >= worksheet_limits.actions) return state;
  const action: RoadmapAction = { title: '', owner: '', start: '', end: '', status: 'not-started', aspect: 'improve', milestones: [], ...init, id: entity_nextId(state.actions, 'action') };
  return { ...state, actions: list_add(state.actions, action, afterId) };
}

/**
 * Changes fields of an action (not its id).
 * @example roadmap_updateAction(state, 'action-1', { end: '2027-Q2', status: 'in-progress' })
 */
export function roadmap_updateAction(state: RoadmapState, id: string, patch: Partial<Omit<RoadmapAction, 'id'>>): RoadmapState {
  const actions = list_update(state.actions, id, patch);
  return actions === state.actions ? state : { ...state, actions };
}

/**
 * Removes an action.
 * @example roadmap_removeAction(state, 'action-2').actions.length // one less
 */
export function roadmap_removeAction(state: RoadmapState, id: string): RoadmapState {
  const actions = state.actions.filter((a) => a.id !== id);
  return actions.length === state.actions.length ? state : { ...state, actions };
}

/**
 * Moves an action up (`-1`) or down (`+1`) in the roadmap's order, for keyboard reordering;
 * clamped at the ends.
 * @example roadmap_moveAction(state, 'action-3', -1) // action-3 now before action-2
 */
export function roadmap_moveAction(state: RoadmapState, id: string, by: number): RoadmapState {
  const actions = list_move(state.actions, id, by);
  return actions === state.actions ? state : { ...state, actions };
}

/**
 * Adds a milestone to an action, with a fresh id (`m-n`, unique within the action).
 * @example roadmap_addMilestone(state, 'action-1', { title: 'First meeting', date: '2026-09-15' })
 */
export function roadmap_addMilestone(state: RoadmapState, actionId: string, init: Partial<Omit<Milestone, 'id'>> = {}): RoadmapState {
  const action = state.actions.find((a) => a.id === actionId);
  if (!action || action.milestones.length >= worksheet_limits.milestones) return state;
  const milestone: Milestone = { title: '', date: '', done: false, ...init, id: entity_nextId(action.milestones, 'm') };
  return roadmap_updateAction(state, actionId, { milestones: [...action.milestones, milestone] });
}

/**
 * Changes fields of a milestone.
 * @example roadmap_updateMilestone(state, 'action-1', 'm-1', { done: true })
 */
export function roadmap_updateMilestone(state: RoadmapState, actionId: string, id: string, patch: Partial<Omit<Milestone, 'id'>>): RoadmapState {
  const action = state.actions.find((a) => a.id === actionId);
  if (!action) return state;
  const milestones = list_update(action.milestones, id, patch);
  return milestones === action.milestones ? state : roadmap_updateAction(state, actionId, { milestones });
}

/**
 * Removes a milestone.
 * @example roadmap_removeMilestone(state, 'action-1', 'm-1')
 */
export function roadmap_removeMilestone(state: RoadmapState, actionId: string, id: string): RoadmapState {
  const action = state.actions.find((a) => a.id === actionId);
  if (!action || !action.milestones.some((m) => m.id === id)) return state;
  return roadmap_updateAction(state, actionId, { milestones: action.milestones.filter((m) => m.id !== id) });
}

/**
 * Adds a stakeholder with a fresh id (`stakeholder-n`).
 * @example stakeholderMap_add(state, { name: 'Parents’ committee', ring: 'other', level: 'consultation' })
 */
export function stakeholderMap_add(state: StakeholderMapState, init: Partial<Omit<Stakeholder, 'id'>> = {}): StakeholderMapState {
  if (state.stakeholders.length >= worksheet_limits.stakeholders) return state;
  const stakeholder: Stakeholder = { name: '', ring: 'other', level: 'information', stages: [], tools: [], ...init, id: entity_nextId(state.stakeholders, 'stakeholder') };
  return { ...state, stakeholders: [...state.stakeholders, stakeholder] };
}

/**
 * Changes fields of a stakeholder.
 * @example stakeholderMap_update(state, 'stakeholder-1', { level: 'collaboration' })
 */
export function stakeholderMap_update(state: StakeholderMapState, id: string, patch: Partial<Omit<Stakeholder, 'id'>>): StakeholderMapState {
  const stakeholders = list_update(state.stakeholders, id, patch);
  return stakeholders === state.stakeholders ? state : { ...state, stakeholders };
}

/**
 * Removes a stakeholder.
 * @example stakeholderMap_remove(state, 'stakeholder-1')
 */
export function stakeholderMap_remove(state: StakeholderMapState, id: string): StakeholderMapState {
  const stakeholders = state.stakeholders.filter((s) => s.id !== id);
  return stakeholders.length === state.stakeholders.length ? state : { ...state, stakeholders };
}

/**
 * The first item not answered yet, walking the principles and their items in order: where a
 * restored diagnosis picks up ("continue where you left off"). `undefined` when all are answered.
 * @example diagnosis_nextUnanswered(state, [{ principleId: 'operator-as-partner', itemIds: ['a', 'b'] }])
 *   // { principleId: 'operator-as-partner', itemId: 'b' } when only a is answered
 */
export function diagnosis_nextUnanswered(
  state: Pick<DiagnosisState, 'items'>,
  principles: readonly { principleId: string; itemIds: readonly string[] }[],
): { principleId: string; itemId: string } | undefined {
  for (const p of principles) for (const itemId of p.itemIds) if (!diagnosis_answer(state, itemId)) return { principleId: p.principleId, itemId };
  return undefined;
}
