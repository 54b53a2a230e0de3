/**
 * Reading a saved worksheet from untrusted input (a file, local storage, a server): never throws.
 *
 * The check is about shape, not completeness: every state a form can hold while a person is
 * still typing (one principle chosen, an end before the start, `2026-Q` half written) reads back,
 * so autosave never saves something that restore then refuses. Completeness is checked where it
 * is asked for: `workPlan_issues`, `roadmap_issues`.
 *
 * Old shapes are migrated step by step (`worksheet_migrations`); fields this code does not know
 * are dropped; ids that would be hostile as keys (`__proto__`) are refused; sizes are bounded
 * (`worksheet_limits`).
 */
import {
  action_aspects, action_statuses, item_statuses, participation_levels, participation_stages, participation_tools, stakeholder_rings,
  worksheet_limits as L, worksheet_version,
  type DiagnosisState, type ItemAnswer, type Milestone, type RoadmapAction, type RoadmapState, type Stakeholder, type StakeholderMapState,
  type WorkPlan, type WorkPlanFocus, type WorksheetKind, type WorksheetPrinciple, type WorksheetState, type WorksheetStateOf,
} from './types.js';
import type { WorksheetIssue } from './issues.js';
import {
  IssueList, boolean_read, enum_read, id_isValid, id_read, isRecord, keys_read, list_read, optionalId_read, optionalText_read, own, path_join, record_read, text_read,
} from './read.js';

/** What `worksheet_parse` gives: the clean state, or why it was refused. */
export type WorksheetParseResult<T> =
  | { ok: true; value: T; issues: []; migratedFrom?: number }
  | { ok: false; issues: WorksheetIssue[] };

/** Options of `worksheet_parse`. */
export interface WorksheetParseOptions<K extends WorksheetKind = WorksheetKind> {
  /** The kind expected; another kind is refused with `kind-mismatch`. */
  kind?: K;
  /** The principles with their super-outcomes and items, to refuse ids that are not there. */
  principles?: readonly WorksheetPrinciple[];
}

const KINDS: readonly WorksheetKind[] = ['diagnosis', 'roadmap', 'stakeholder-map'];

// ---- Migrations ------------------------------------------------------------------------------------

/**
 * Steps from one shape version to the next: `worksheet_migrations[v]` turns a version-`v` record
 * into a version-`v + 1` one. Each step reads its input as untrusted and builds a new record.
 *
 * Version 1 was the first draft of the diagnosis worksheet, before the roadmap and the map: no
 * `kind`; `service` and `tender` names; `team` as one line of names separated by commas; answers
 * in `answers` as a status or `{ status, note }`; the work-plan step as parallel lists
 * `principles` and `superOutcomes` beside `why` and `hesitation`. A version-1 roadmap had `kind:
 * 'roadmap'` and `preserve: true | false` on each action instead of `aspect`.
 * @example worksheet_migrations[1]({ version: 1, service: 'Day care', principles: ['a', 'b'] })
 *   // { kind: 'diagnosis', version: 2, serviceName: 'Day care', workPlan: { focus: [{ principleId: 'a' }, { principleId: 'b' }], … }, … }
 */
export const worksheet_migrations: Readonly<Record<number, (raw: object) => object>> = {
  1: (raw) => {
    if (own(raw, 'kind') === 'roadmap') {
      const actions = own(raw, 'actions');
      return {
        ...pick(raw, ['kind', 'serviceName', 'tenderName', 'savedAt']),
        version: 2,
        actions: Array.isArray(actions)
          ? actions.slice(0, L.actions + 1).map((a: unknown) =>
              isRecord(a) ? { ...pick(a, ['id', 'title', 'toolId', 'principleId', 'superOutcomeId', 'owner', 'start', 'end', 'status', 'milestones', 'note']), aspect: own(a, 'preserve') === true ? 'preserve' : 'improve' } : a,
            )
          : actions,
      };
    }
    const team = own(raw, 'team');
    const principles = own(raw, 'principles');
    const superOutcomes = own(raw, 'superOutcomes');
    const answers = own(raw, 'answers');
    const items: Record<string, unknown> = {};
    if (isRecord(answers)) {
      const keys = keys_read(answers, L.items);
      if (Array.isArray(keys)) for (const k of keys) if (id_isValid(k, L.idChars)) {
        const a = own(answers, k);
        items[k] = typeof a === 'string' ? { status: a } : a;
      }
    }
    return {
      kind: 'diagnosis',
      version: 2,
      ...pick(raw, ['savedAt']),
      serviceName: own(raw, 'service'),
      tenderName: own(raw, 'tender'),
      team: typeof team === 'string' ? team.split(/[,،]/).map((n) => n.trim()).filter((n) => n !== '') : team,
      items: isRecord(answers) ? items : answers,
      workPlan: {
        focus: Array.isArray(principles)
          ? principles.slice(0, 7).map((p: unknown, i) => ({ principleId: p, superOutcomeId: Array.isArray(superOutcomes) ? superOutcomes[i] : undefined }))
          : principles,
        why: own(raw, 'why'),
        hesitation: own(raw, 'hesitation'),
      },
    };
  },
};

function pick(record: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = own(record, k);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

// ---- Parse -----------------------------------------------------------------------------------------

/**
 * Reads a saved worksheet: a JSON text or a value already parsed. Never throws. A file in an older
 * shape is migrated (`migratedFrom` says from which version); one in a newer shape, or of another
 * kind than `options.kind`, is refused. Unknown fields are dropped.
 * @example worksheet_parse('{"kind":"roadmap","version":2,"actions":[]}')
 *   // { ok: true, value: { kind: 'roadmap', version: 2, serviceName: '', tenderName: '', actions: [] }, issues: [] }
 * @example worksheet_parse('{"kind":', { kind: 'diagnosis' }) // { ok: false, issues: [{ path: '', code: 'not-json' }] }
 */
export function worksheet_parse<K extends WorksheetKind = WorksheetKind>(
  input: unknown,
  options: WorksheetParseOptions<K> = {},
): WorksheetParseResult<WorksheetStateOf<K>> {
  try {
    return parse(input, options) as WorksheetParseResult<WorksheetStateOf<K>>;
  } catch {
    // Nothing above should throw; this is the promise that a bad file can never break the page.
    return { ok: false, issues: [{ path: '', code: 'unknown' }] };
  }
}

function parse(input: unknown, options: WorksheetParseOptions): WorksheetParseResult<WorksheetState> {
  let raw: unknown = input;
  if (typeof input === 'string') {
    if (input.length > L.jsonChars) return refuse('', 'too-large', { max: L.jsonChars });
    try {
      raw = JSON.parse(input);
    } catch (error) {
      return refuse('', error instanceof RangeError ? 'too-deep' : 'not-json');
    }
  }
  if (!isRecord(raw)) return refuse('', 'type', { expected: 'object' });

  const version = own(raw, 'version');
  if (version === undefined || version === null) return refuse('version', 'required');
  if (typeof version !== 'number') return refuse('version', 'type', { expected: 'number' });
  if (!Number.isInteger(version)) return refuse('version', 'not-integer');
  if (version < 1 || version > worksheet_version) return refuse('version', 'version-unsupported', { found: version, max: worksheet_version });
  let record: object = raw;
  for (let v = version; v < worksheet_version; v++) {
    const step = worksheet_migrations[v];
    if (!step) return refuse('version', 'version-unsupported', { found: version, max: worksheet_version });
    record = step(record);
  }

  const kind = own(record, 'kind');
  if (!KINDS.includes(kind as WorksheetKind)) {
    return kind === undefined || kind === null ? refuse('kind', 'required') : refuse('kind', 'enum', { allowed: KINDS.join(', ') });
  }
  if (options.kind !== undefined && kind !== options.kind) return refuse('kind', 'kind-mismatch', { found: kind as string, expected: options.kind });

  const issues = new IssueList();
  const savedAt = optionalText_read(own(record, 'savedAt'), 'savedAt', 100, issues);
  const base = { version: worksheet_version, ...(savedAt !== undefined ? { savedAt } : {}) };
  let value: WorksheetState | undefined;
  if (kind === 'diagnosis') value = diagnosis_read(record, base, issues);
  else if (kind === 'roadmap') value = roadmap_read(record, base, issues);
  else value = stakeholderMap_read(record, base, issues);
  if (value && options.principles) ids_check(value, options.principles, issues);
  if (issues.list.length > 0 || !value) return { ok: false, issues: issues.list.length > 0 ? issues.list : [{ path: '', code: 'unknown' }] };
  return version < worksheet_version ? { ok: true, value, issues: [], migratedFrom: version } : { ok: true, value, issues: [] };
}

function refuse(path: string, code: WorksheetIssue['code'], params?: Record<string, string | number>): { ok: false; issues: WorksheetIssue[] } {
  return { ok: false, issues: [params ? { path, code, params } : { path, code }] };
}

type Base = { version: number; savedAt?: string };

function diagnosis_read(record: object, base: Base, issues: IssueList): DiagnosisState | undefined {
  const serviceName = text_read(own(record, 'serviceName'), 'serviceName', L.nameChars, issues);
  const tenderName = text_read(own(record, 'tenderName'), 'tenderName', L.nameChars, issues);
  const teamList = list_read(own(record, 'team'), 'team', L.team, issues);
  const team = teamList?.map((n, i) => text_read(n, path_join('team', i), L.nameChars, issues) ?? '');

  const items: Record<string, ItemAnswer> = {};
  const itemsRaw = record_read(own(record, 'items'), 'items', issues);
  if (itemsRaw) {
    const keys = keys_read(itemsRaw, L.items);
    if (keys === 'too-many') issues.push({ path: 'items', code: 'too-many', params: { max: L.items } });
    for (const key of Array.isArray(keys) ? keys : []) {
      const path = path_join('items', key);
      if (!id_isValid(key, L.idChars)) {
        issues.push({ path, code: 'id-format', params: { id: key.slice(0, 40) } });
        continue;
      }
      const answer = record_read(own(itemsRaw, key), path, issues, true);
      if (!answer) continue;
      const status = enum_read(own(answer, 'status'), item_statuses, path_join(path, 'status'), issues);
      const note = optionalText_read(own(answer, 'note'), path_join(path, 'note'), L.textChars, issues);
      // Defined as an own data property: `key` passed the id pattern, but stay safe even so.
      if (status) Object.defineProperty(items, key, { value: note !== undefined ? { status, note } : { status }, enumerable: true, writable: true, configurable: true });
    }
  }

  const workPlan = workPlan_read(own(record, 'workPlan'), issues);
  if (serviceName === undefined || tenderName === undefined || !team || !workPlan) return undefined;
  return { kind: 'diagnosis', ...base, serviceName, tenderName, team, items, workPlan };
}

function workPlan_read(value: unknown, issues: IssueList): WorkPlan | undefined {
  const record = record_read(value, 'workPlan', issues);
  if (!record) return undefined;
  const focusList = list_read(own(record, 'focus'), 'workPlan.focus', 6, issues);
  const focus: WorkPlanFocus[] = [];
  focusList?.forEach((f, i) => {
    const path = path_join('workPlan.focus', i);
    const r = record_read(f, path, issues, true);
    if (!r) return;
    const principleId = id_read(own(r, 'principleId'), path_join(path, 'principleId'), L.idChars, issues);
    const superOutcomeId = optionalId_read(own(r, 'superOutcomeId'), path_join(path, 'superOutcomeId'), L.idChars, issues);
    const superOutcomeWhy = optionalText_read(own(r, 'superOutcomeWhy'), path_join(path, 'superOutcomeWhy'), L.textChars, issues);
    if (principleId === undefined) return;
    focus.push({
      principleId,
      ...(superOutcomeId !== undefined ? { superOutcomeId } : {}),
      ...(superOutcomeWhy !== undefined ? { superOutcomeWhy } : {}),
    });
  });
  const why = text_read(own(record, 'why'), 'workPlan.why', L.textChars, issues);
  const hesitation = text_read(own(record, 'hesitation'), 'workPlan.hesitation', L.textChars, issues);
  if (!focusList || why === undefined || hesitation === undefined) return undefined;
  return { focus, why, hesitation };
}

/** Reads a list of records with unique ids, each through `read`. */
function entities_read<T extends { id: string }>(value: unknown, path: string, max: number, issues: IssueList, read: (r: object, path: string) => T | undefined): T[] | undefined {
  const list = list_read(value, path, max, issues);
  if (!list) return undefined;
  const seen = new Set<string>();
  const out: T[] = [];
  list.forEach((item, i) => {
    const p = path_join(path, i);
    const r = record_read(item, p, issues, true);
    const entity = r && read(r, p);
    // Duplicates are found from the raw id, so one is named even beside an entity that failed.
    const id = own(r, 'id');
    if (typeof id === 'string') {
      if (seen.has(id)) issues.push({ path: path_join(p, 'id'), code: 'duplicate-id', params: { id: id.slice(0, 40) } });
      seen.add(id);
    }
    if (entity) out.push(entity);
  });
  return out;
}

function roadmap_read(record: object, base: Base, issues: IssueList): RoadmapState | undefined {
  const serviceName = text_read(own(record, 'serviceName'), 'serviceName', L.nameChars, issues);
  const tenderName = text_read(own(record, 'tenderName'), 'tenderName', L.nameChars, issues);
  const actions = entities_read(own(record, 'actions'), 'actions', L.actions, issues, (r, p) => action_read(r, p, issues));
  if (serviceName === undefined || tenderName === undefined || !actions) return undefined;
  return { kind: 'roadmap', ...base, serviceName, tenderName, actions };
}

function action_read(r: object, path: string, issues: IssueList): RoadmapAction | undefined {
  const at = (key: string) => path_join(path, key);
  const id = id_read(own(r, 'id'), at('id'), L.idChars, issues);
  const title = text_read(own(r, 'title'), at('title'), L.nameChars, issues);
  const toolId = optionalId_read(own(r, 'toolId'), at('toolId'), L.idChars, issues);
  const principleId = optionalId_read(own(r, 'principleId'), at('principleId'), L.idChars, issues);
  const superOutcomeId = optionalId_read(own(r, 'superOutcomeId'), at('superOutcomeId'), L.idChars, issues);
  const owner = text_read(own(r, 'owner'), at('owner'), L.nameChars, issues);
  // Any text up to a length: a half-typed `2026-Q` is kept; `roadmap_issues` says what is wrong.
  const start = text_read(own(r, 'start'), at('start'), L.nameChars, issues);
  const end = text_read(own(r, 'end'), at('end'), L.nameChars, issues);
  const status = enum_read(own(r, 'status'), action_statuses, at('status'), issues, 'not-started');
  const aspect = enum_read(own(r, 'aspect'), action_aspects, at('aspect'), issues, 'improve');
  const milestones = entities_read(own(r, 'milestones'), at('milestones'), L.milestones, issues, (m, p) => milestone_read(m, p, issues));
  const note = optionalText_read(own(r, 'note'), at('note'), L.textChars, issues);
  if (id === undefined || title === undefined || owner === undefined || start === undefined || end === undefined || !status || !aspect || !milestones) return undefined;
  return {
    id,
    title,
    ...(toolId !== undefined ? { toolId } : {}),
    ...(principleId !== undefined ? { principleId } : {}),
    ...(superOutcomeId !== undefined ? { superOutcomeId } : {}),
    owner,
    start,
    end,
    status,
    aspect,
    milestones,
    ...(note !== undefined ? { note } : {}),
  };
}

function milestone_read(r: object, path: string, issues: IssueList): Milestone | undefined {
  const at = (key: string) => path_join(path, key);
  const id = id_read(own(r, 'id'), at('id'), L.idChars, issues);
  const title = text_read(own(r, 'title'), at('title'), L.nameChars, issues);
  const date = text_read(own(r, 'date'), at('date'), L.nameChars, issues);
  const done = boolean_read(own(r, 'done'), at('done'), issues);
  if (id === undefined || title === undefined || date === undefined || done === undefined) return undefined;
  return { id, title, date, done };
}

function stakeholderMap_read(record: object, base: Base, issues: IssueList): StakeholderMapState | undefined {
  const serviceName = text_read(own(record, 'serviceName'), 'serviceName', L.nameChars, issues);
  const recipients = text_read(own(record, 'recipients'), 'recipients', L.textChars, issues);
  const stakeholders = entities_read(own(record, 'stakeholders'), 'stakeholders', L.stakeholders, issues, (r, p) => stakeholder_read(r, p, issues));
  if (serviceName === undefined || recipients === undefined || !stakeholders) return undefined;
  return { kind: 'stakeholder-map', ...base, serviceName, recipients, stakeholders };
}

function stakeholder_read(r: object, path: string, issues: IssueList): Stakeholder | undefined {
  const at = (key: string) => path_join(path, key);
  const id = id_read(own(r, 'id'), at('id'), L.idChars, issues);
  const name = text_read(own(r, 'name'), at('name'), L.nameChars, issues);
  const ring = enum_read(own(r, 'ring'), stakeholder_rings, at('ring'), issues, 'other');
  const level = enum_read(own(r, 'level'), participation_levels, at('level'), issues, 'information');
  const set_read = <T extends string>(key: string, allowed: readonly T[]): T[] | undefined => {
    const list = list_read(own(r, key), at(key), allowed.length * 4, issues);
    if (!list) return undefined;
    const values = list.map((v, i) => enum_read(v, allowed, path_join(at(key), i), issues));
    if (values.some((v) => v === undefined)) return undefined;
    // A set, in the canonical order, so the same choice always saves the same way.
    return allowed.filter((a) => values.includes(a));
  };
  const stages = set_read('stages', participation_stages);
  const tools = set_read('tools', participation_tools);
  const note = optionalText_read(own(r, 'note'), at('note'), L.textChars, issues);
  if (id === undefined || name === undefined || !ring || !level || !stages || !tools) return undefined;
  return { id, name, ring, level, stages, tools, ...(note !== undefined ? { note } : {}) };
}

// ---- Ids against the content -------------------------------------------------------------------

function ids_check(state: WorksheetState, principles: readonly WorksheetPrinciple[], issues: IssueList): void {
  const byId = new Map(principles.map((p) => [p.id, p]));
  const outcomeOf = new Map<string, string>();
  for (const p of principles) for (const o of p.superOutcomeIds) outcomeOf.set(o, p.id);
  const pair_check = (principleId: string | undefined, superOutcomeId: string | undefined, path: string) => {
    if (principleId !== undefined && !byId.has(principleId)) issues.push({ path: path_join(path, 'principleId'), code: 'unknown-principle', params: { id: principleId } });
    if (superOutcomeId === undefined) return;
    const owner = outcomeOf.get(superOutcomeId);
    if (owner === undefined) issues.push({ path: path_join(path, 'superOutcomeId'), code: 'unknown-super-outcome', params: { id: superOutcomeId } });
    else if (principleId !== undefined && byId.has(principleId) && owner !== principleId) {
      issues.push({ path: path_join(path, 'superOutcomeId'), code: 'super-outcome-not-of-principle', params: { id: superOutcomeId, principle: principleId } });
    }
  };
  if (state.kind === 'diagnosis') {
    state.workPlan.focus.forEach((f, i) => pair_check(f.principleId, f.superOutcomeId, path_join('workPlan.focus', i)));
    if (principles.some((p) => p.itemIds)) {
      const items = new Set(principles.flatMap((p) => p.itemIds ?? []));
      for (const id of Object.keys(state.items)) if (!items.has(id)) issues.push({ path: path_join('items', id), code: 'unknown-item', params: { id } });
    }
  } else if (state.kind === 'roadmap') {
    state.actions.forEach((a, i) => pair_check(a.principleId, a.superOutcomeId, path_join('actions', i)));
  }
}
