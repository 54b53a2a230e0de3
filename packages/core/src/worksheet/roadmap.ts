/**
 * The roadmap of what to preserve and what to improve: seeding it from the diagnosis focus,
 * reading its times (quarters, other period labels, ISO dates), rows for a timeline, sorting,
 * and the form checks (an end before its start, a milestone outside its action).
 */
import { isoDate_parse, period_parse, type PeriodKind } from '../stats/target.js';
import type { DiagnosisState, RoadmapAction, RoadmapState, ActionStatus, ActionAspect, WorksheetPrinciple } from './types.js';
import { worksheet_version } from './types.js';
import { formIssues_of, type WorksheetFormIssue, type WorksheetFormOptions } from './form.js';
import type { WorksheetIssue } from './issues.js';

const DAY_MS = 86_400_000;

/** A time of the roadmap as days since 1970-01-01 (UTC), the end exclusive. */
export interface WhenExtent {
  kind: PeriodKind | 'date';
  /** First day. */
  startDay: number;
  /** Day after the last day. */
  endDay: number;
}

/**
 * Reads a roadmap time: a period label (`2026-Q3`, `2026-H1`, `2026-05`, `2026`, `2026/27`) or an
 * ISO date (`2026-09-30`), as a range of whole days. `undefined` for anything else, empty included.
 * @example when_parse('2026-Q3') // { kind: 'quarter', startDay: 20635, endDay: 20727 } (1 July to 30 September)
 * @example when_parse('2026-09-30') // { kind: 'date', startDay: 20726, endDay: 20727 }
 */
export function when_parse(value: unknown): WhenExtent | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const date = isoDate_parse(value);
  if (date) {
    const day = utc_day(date.year, date.month - 1, date.day);
    return { kind: 'date', startDay: day, endDay: day + 1 };
  }
  const p = period_parse(value);
  if (!p) return undefined;
  const day = (month: number) => utc_day(Math.floor(month / 12), month % 12, 1);
  return { kind: p.kind, startDay: day(p.startMonth), endDay: day(p.endMonth) };
}

/** Days since 1970-01-01 of a UTC date; years below 100 stay themselves (`Date.UTC` reads 50 as 1950). */
function utc_day(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return Math.round(d.getTime() / DAY_MS);
}

/**
 * An ISO date of a day number.
 * @example day_isoDate(20635) // '2026-07-01'
 */
export function day_isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The day number of a date: a `Date` (its UTC day) or an ISO date; `undefined` when invalid.
 * @example date_day('2026-07-01') // 20635
 */
export function date_day(date: Date | string): number | undefined {
  if (date instanceof Date) {
    const t = date.getTime();
    return Number.isNaN(t) ? undefined : Math.floor(t / DAY_MS);
  }
  const d = when_parse(date);
  return d?.kind === 'date' ? d.startDay : undefined;
}

/** Options of `roadmap_fromDiagnosis`. */
export interface RoadmapFromDiagnosisOptions {
  /**
   * Tools of the tools menu (`toolsMenu` of @rechesh/content fits). When given, each chosen
   * principle gets one action per tool that serves it specifically; otherwise one action to name.
   */
  tools?: readonly { id: string; principles: readonly string[] }[];
  /** Most actions seeded per principle from tools. @defaultValue 3 */
  maxPerPrinciple?: number;
}

/**
 * A roadmap seeded from the work-plan step: for each chosen principle, actions linked to it and
 * to its chosen super-outcome, to improve, not started, without times. Service and tender names
 * carry over. Ids are `action-1`, `action-2`…
 * @example roadmap_fromDiagnosis(diagnosis).actions[0]
 *   // { id: 'action-1', title: '', principleId: 'operator-as-partner', superOutcomeId: 'continuous-professional-dialogue', owner: '', start: '', end: '', status: 'not-started', aspect: 'improve', milestones: [] }
 */
export function roadmap_fromDiagnosis(diagnosis: DiagnosisState | undefined, options: RoadmapFromDiagnosisOptions = {}): RoadmapState {
  const actions: RoadmapAction[] = [];
  const max = options.maxPerPrinciple ?? 3;
  const seen = new Set<string>();
  for (const focus of diagnosis?.workPlan.focus ?? []) {
    if (seen.has(focus.principleId)) continue;
    seen.add(focus.principleId);
    const toolIds = (options.tools ?? []).filter((t) => t.principles.includes(focus.principleId)).slice(0, Math.max(0, max)).map((t) => t.id);
    for (const toolId of toolIds.length > 0 ? toolIds : [undefined]) {
      actions.push({
        id: `action-${actions.length + 1}`,
        title: '',
        ...(toolId !== undefined ? { toolId } : {}),
        principleId: focus.principleId,
        ...(focus.superOutcomeId !== undefined ? { superOutcomeId: focus.superOutcomeId } : {}),
        owner: '',
        start: '',
        end: '',
        status: 'not-started',
        aspect: 'improve',
        milestones: [],
      });
    }
  }
  return { kind: 'roadmap', version: worksheet_version, serviceName: diagnosis?.serviceName ?? '', tenderName: diagnosis?.tenderName ?? '', actions };
}

/**
 * An id not yet used in a list: `prefix-n` with the smallest free `n` above the ones used.
 * @example entity_nextId([{ id: 'action-1' }, { id: 'action-3' }], 'action') // 'action-4'
 */
export function entity_nextId(list: readonly { id: string }[], prefix: string): string {
  let n = 0;
  const re = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)$`);
  for (const e of list) {
    const m = re.exec(e.id);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return `${prefix}-${n + 1}`;
}

/** A milestone on the timeline. */
export interface TimelineMilestone {
  id: string;
  title: string;
  /** Its day (the first day of a period label); `undefined` when its date cannot be read. */
  day: number | undefined;
  done: boolean;
  /** Past `today` and not done. */
  overdue: boolean;
}

/** One row of the timeline: an action. */
export interface TimelineRow {
  id: string;
  /** Index in `state.actions`. */
  index: number;
  action: RoadmapAction;
  /** First day; `undefined` when the start cannot be read (the row is listed as undated). */
  startDay: number | undefined;
  /** Day after the last day: the end's, or the start's when there is no end. */
  endDay: number | undefined;
  /** ISO dates of the first and last day, for labels. */
  startDate: string | undefined;
  lastDate: string | undefined;
  /** Today falls inside the action. */
  current: boolean;
  /** Its end is before today and it is not done. */
  overdue: boolean;
  milestones: TimelineMilestone[];
}

/** A timeline of the roadmap for a d3 time scale: rows, the domain, and today. */
export interface RoadmapTimeline {
  /** Dated rows first, by start; then undated rows in the order of the roadmap. */
  rows: TimelineRow[];
  /** First and after-last day of all dated rows and today; `undefined` when nothing is dated. */
  domain: [number, number] | undefined;
  /** Today's day number, for the "today" marker. */
  today: number;
  /** Number of rows without a readable start. */
  undated: number;
}

/**
 * Rows of a roadmap for a timeline, with today marked. Day numbers count from 1970-01-01 (UTC):
 * `new Date(day * 864e5)` gives a `Date` for `d3.scaleUtc`; run the range from right to left in
 * RTL so time reads in the reading direction.
 * @example roadmap_timeline(state, '2026-08-15').rows[0] // { id: 'action-1', startDay: 20635, endDay: 20819, current: true, … }
 */
export function roadmap_timeline(state: Pick<RoadmapState, 'actions'>, today: Date | string): RoadmapTimeline {
  const todayDay = date_day(today) ?? Math.floor(Date.now() / DAY_MS);
  const rows = (state?.actions ?? []).map((action, index): TimelineRow => {
    const extent = action_extent(action);
    const milestones = action.milestones.map((m): TimelineMilestone => {
      const day = when_parse(m.date)?.startDay;
      return { id: m.id, title: m.title, day, done: m.done, overdue: day !== undefined && !m.done && day < todayDay };
    });
    const startDay = extent?.startDay;
    const endDay = extent?.endDay;
    return {
      id: action.id,
      index,
      action,
      startDay,
      endDay,
      startDate: startDay === undefined ? undefined : day_isoDate(startDay),
      lastDate: endDay === undefined ? undefined : day_isoDate(endDay - 1),
      current: extent !== undefined && extent.startDay <= todayDay && todayDay < extent.endDay,
      overdue: extent !== undefined && extent.endDay <= todayDay && action.status !== 'done',
      milestones,
    };
  });
  const dated = rows.filter((r) => r.startDay !== undefined);
  const undated = rows.filter((r) => r.startDay === undefined);
  dated.sort((a, b) => a.startDay! - b.startDay! || a.endDay! - b.endDay! || a.index - b.index);
  let domain: [number, number] | undefined;
  if (dated.length > 0) {
    let lo = todayDay;
    let hi = todayDay + 1;
    for (const r of dated) {
      lo = Math.min(lo, r.startDay!);
      hi = Math.max(hi, r.endDay!);
      for (const m of r.milestones) {
        if (m.day === undefined) continue;
        lo = Math.min(lo, m.day);
        hi = Math.max(hi, m.day + 1);
      }
    }
    domain = [lo, hi];
  }
  return { rows: [...dated, ...undated], domain, today: todayDay, undated: undated.length };
}

/** The days an action spans: from its start to its end (or the end of its start when no end). */
function action_extent(action: Pick<RoadmapAction, 'start' | 'end'>): { startDay: number; endDay: number } | undefined {
  const start = when_parse(action.start);
  if (!start) return undefined;
  const end = when_parse(action.end);
  return { startDay: start.startDay, endDay: end && end.endDay > start.startDay ? end.endDay : start.endDay };
}

/** What a roadmap's actions can be sorted by. */
export type RoadmapSortKey = 'start' | 'end' | 'title' | 'owner' | 'status' | 'aspect' | 'principle';

const STATUS_ORDER: Record<ActionStatus, number> = { 'in-progress': 0, 'not-started': 1, 'on-hold': 2, done: 3 };
const ASPECT_ORDER: Record<ActionAspect, number> = { improve: 0, preserve: 1 };

/**
 * The actions sorted for a table, stably; actions without a value for the key (no readable time,
 * no title) go last in both directions. Text is compared in the locale's order. `principleOrder`
 * orders principles (the content's order); otherwise by id. `titleOf` gives the name shown for an
 * action (a tool's name in the user's language when it has no title of its own); otherwise the
 * title, or the tool's id.
 * @example roadmap_sort(state.actions, 'start').map((a) => a.id) // ['action-2', 'action-1', 'action-3']
 */
export function roadmap_sort(
  actions: readonly RoadmapAction[],
  key: RoadmapSortKey,
  options: { direction?: 'ascending' | 'descending'; locale?: string; principleOrder?: readonly string[]; titleOf?: (action: RoadmapAction) => string } = {},
): RoadmapAction[] {
  const sign = options.direction === 'descending' ? -1 : 1;
  const collator = new Intl.Collator(options.locale ?? 'he');
  const value = (a: RoadmapAction): number | string | undefined => {
    switch (key) {
      case 'start':
        return action_extent(a)?.startDay;
      case 'end':
        return action_extent(a)?.endDay;
      case 'title':
        // The name a person sees: their own title, or the tool's name when `titleOf` gives it.
        return (options.titleOf ? options.titleOf(a).trim() : a.title.trim() || a.toolId) || undefined;
      case 'owner':
        return a.owner.trim() || undefined;
      case 'status':
        return STATUS_ORDER[a.status];
      case 'aspect':
        return ASPECT_ORDER[a.aspect];
      case 'principle': {
        if (a.principleId === undefined) return undefined;
        const i = options.principleOrder?.indexOf(a.principleId) ?? -1;
        return options.principleOrder ? (i < 0 ? undefined : i) : a.principleId;
      }
    }
  };
  return actions
    .map((a, i) => ({ a, i, v: value(a) }))
    .sort((x, y) => {
      if (x.v === undefined || y.v === undefined) return (x.v === undefined ? 1 : 0) - (y.v === undefined ? 1 : 0) || x.i - y.i;
      const c = typeof x.v === 'number' && typeof y.v === 'number' ? x.v - y.v : collator.compare(String(x.v), String(y.v));
      return sign * c || x.i - y.i;
    })
    .map((x) => x.a);
}

/**
 * What is wrong in a roadmap's form, in order: per action a name (or a tool), readable times, an
 * end not before its start, an end only with a start, milestones with readable dates inside the
 * action's time, and (with `principles`) a super-outcome that belongs to its principle. Empty
 * times are fine: a roadmap is filled in over time.
 * @example roadmap_issues({ actions: [{ …, start: '2026-Q3', end: '2026-Q1' }] }, { locale: 'en' })[0]
 *   // { path: 'actions[0].end', code: 'end-before-start', message: 'The end 2026-Q1 is before the start 2026-Q3', fieldId: 'worksheet-actions-0-end', … }
 */
export function roadmap_issues(state: Pick<RoadmapState, 'actions'>, options: WorksheetFormOptions): WorksheetFormIssue[] {
  const issues: WorksheetIssue[] = [];
  const byId = options.principles ? new Map<string, WorksheetPrinciple>(options.principles.map((p) => [p.id, p])) : undefined;
  (state?.actions ?? []).forEach((a, i) => {
    const at = (field: string) => `actions[${i}].${field}`;
    if (!a.title.trim() && !a.toolId) issues.push({ path: at('title'), code: 'title-required' });
    if (byId && a.principleId !== undefined) {
      const p = byId.get(a.principleId);
      if (!p) issues.push({ path: at('principleId'), code: 'unknown-principle', params: { id: a.principleId } });
      else if (a.superOutcomeId !== undefined && !p.superOutcomeIds.includes(a.superOutcomeId)) {
        issues.push({ path: at('superOutcomeId'), code: 'super-outcome-not-of-principle', params: { id: a.superOutcomeId, principle: p.name ?? p.id } });
      }
    }
    const start = when_parse(a.start);
    const end = when_parse(a.end);
    if (a.start.trim() && !start) issues.push({ path: at('start'), code: 'when-format' });
    if (a.end.trim() && !end) issues.push({ path: at('end'), code: 'when-format' });
    else if (end && !a.start.trim()) issues.push({ path: at('start'), code: 'end-without-start' });
    else if (start && end && end.endDay <= start.startDay) issues.push({ path: at('end'), code: 'end-before-start', params: { start: a.start.trim(), end: a.end.trim() } });
    const extent = start && (!a.end.trim() || (end && end.endDay > start.startDay)) ? action_extent(a) : undefined;
    a.milestones.forEach((m, j) => {
      const path = `actions[${i}].milestones[${j}].date`;
      if (!m.date.trim()) return;
      const when = when_parse(m.date);
      if (!when) issues.push({ path, code: 'when-format' });
      // Without an end, only "before the start" is known to be outside.
      else if (extent && (when.startDay < extent.startDay || (end && when.endDay > extent.endDay))) {
        issues.push({ path, code: 'milestone-outside-action', params: { date: m.date.trim(), start: a.start.trim(), end: (a.end || a.start).trim() } });
      }
    });
  });
  return formIssues_of(issues, options);
}
