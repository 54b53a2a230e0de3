/**
 * What a worksheet component calls to keep a person's work: a stable JSON text, a storage key, an
 * empty state, and a reducer for reset and import that can be undone.
 */
import { worksheet_version, type WorksheetKind, type WorksheetState, type WorksheetStateOf } from './types.js';
import { worksheet_parse } from './parse.js';
import type { Locale } from '../schema/types.js';
import { intl_tag } from '../format/number.js';
import { translator_of } from '../i18n/translate.js';
import { worksheetKeepMessages } from '../i18n/catalogs/worksheet.js';

/**
 * An empty state of a kind, in the current shape.
 * @example worksheet_empty('roadmap') // { kind: 'roadmap', version: 2, serviceName: '', tenderName: '', actions: [] }
 */
export function worksheet_empty<K extends WorksheetKind>(kind: K): WorksheetStateOf<K> {
  const base = { version: worksheet_version };
  const states: { [T in WorksheetKind]: WorksheetStateOf<T> } = {
    diagnosis: { kind: 'diagnosis', ...base, serviceName: '', tenderName: '', team: [], items: {}, workPlan: { focus: [], why: '', hesitation: '' } },
    roadmap: { kind: 'roadmap', ...base, serviceName: '', tenderName: '', actions: [] },
    'stakeholder-map': { kind: 'stakeholder-map', ...base, serviceName: '', recipients: '', stakeholders: [] },
  };
  return states[kind];
}

/** Options of `worksheet_serialize`. */
export interface WorksheetSerializeOptions {
  /** Stamp the time of saving (shown by the restore notice). A `Date` or an ISO date-time. */
  savedAt?: Date | string;
  /** Indentation, for a file a person may open; none for local storage. @defaultValue 0 */
  space?: number;
}

/**
 * A stable JSON text of a state, with its `kind` and `version`: fields in one order, item answers
 * sorted by id, unknown fields left out, so the same work always saves as the same text (a file
 * diff shows real changes only). `worksheet_parse` reads it back equal. Never throws: a state it
 * cannot read is written as given, and `''` comes back only for a value JSON cannot hold.
 * @example worksheet_serialize(worksheet_empty('roadmap'))
 *   // '{"kind":"roadmap","version":2,"serviceName":"","tenderName":"","actions":[]}'
 */
export function worksheet_serialize(state: WorksheetState, options: WorksheetSerializeOptions = {}): string {
  const read = worksheet_parse(state);
  // A state this code cannot read is still saved as given: losing a person's work is worse.
  let value: WorksheetState | undefined = read.ok ? read.value : undefined;
  let savedAt: string | undefined;
  if (options.savedAt instanceof Date) savedAt = Number.isNaN(options.savedAt.getTime()) ? undefined : options.savedAt.toISOString();
  else if (typeof options.savedAt === 'string') savedAt = options.savedAt;
  try {
    if (!value) return JSON.stringify(savedAt ? { ...state, savedAt } : state, null, options.space);
    if (value.kind === 'diagnosis') {
      const items: typeof value.items = {};
      for (const id of Object.keys(value.items).sort()) items[id] = value.items[id]!;
      value = { ...value, items };
    }
    const { kind, version, savedAt: was, ...rest } = value;
    const when = savedAt ?? was;
    return JSON.stringify({ kind, version, ...(when !== undefined ? { savedAt: when } : {}), ...rest }, null, options.space);
  } catch {
    return '';
  }
}

/**
 * The local-storage key of a worksheet. Namespaced, so a portal's other keys never clash; the
 * version is not part of it, because an older save is migrated rather than abandoned.
 * @example worksheet_storageKey('diagnosis', 'day-care-2026') // 'rechesh:worksheet:diagnosis:day-care-2026'
 */
export function worksheet_storageKey(kind: WorksheetKind, id: string): string {
  return `rechesh:worksheet:${kind}:${encodeURIComponent(String(id))}`;
}

/** The work and, after a reset, an import or a removal, the state before it, for undo. */
export interface WorksheetHistory<T extends WorksheetState = WorksheetState> {
  state: T;
  /** What undo brings back, and what replaced it. */
  undo?: { state: T; after: 'reset' | 'import' | 'remove' };
}

/** What can happen to the work. */
export type WorksheetHistoryAction<T extends WorksheetState = WorksheetState> =
  | { type: 'change'; state: T }
  | { type: 'reset'; state?: T }
  | { type: 'import'; state: T }
  /** A removal (an action, a milestone, a stakeholder): a person's typing gone at one press. */
  | { type: 'remove'; state: T }
  | { type: 'undo' }
  | { type: 'dismiss' };

/**
 * A pure reducer for the work with reset, import and removal that can be undone: each keeps the
 * state it replaces until the person undoes, dismisses the notice, or changes the work (an undo
 * after new work would lose it). Reset goes to `worksheet_empty` of the kind unless given a
 * state.
 * @example
 * let h = { state: filled };
 * h = worksheet_history(h, { type: 'reset' }); // h.state empty, h.undo.state === filled
 * h = worksheet_history(h, { type: 'undo' });  // h.state === filled, no undo
 */
export function worksheet_history<T extends WorksheetState>(history: WorksheetHistory<T>, action: WorksheetHistoryAction<T>): WorksheetHistory<T> {
  switch (action.type) {
    case 'change':
      return action.state === history.state ? history : { state: action.state };
    case 'reset':
      return { state: action.state ?? (worksheet_empty(history.state.kind) as T), undo: { state: history.state, after: 'reset' } };
    case 'import':
      return { state: action.state, undo: { state: history.state, after: 'import' } };
    case 'remove':
      return action.state === history.state ? history : { state: action.state, undo: { state: history.state, after: 'remove' } };
    case 'undo':
      return history.undo ? { state: history.undo.state } : history;
    case 'dismiss':
      return history.undo ? { state: history.state } : history;
    default:
      return history;
  }
}

/**
 * The notice after restoring saved work: "We restored your work from {time}", the time in the
 * user's language and time zone (or `timeZone`); without a readable `savedAt`, a notice without
 * a time.
 * @example worksheet_restoreNotice('2026-11-23T14:05:00Z', { locale: 'en', timeZone: 'Asia/Jerusalem' })
 *   // 'We restored your work from 23 Nov 2026, 16:05.'
 */
export function worksheet_restoreNotice(savedAt: string | undefined, options: { locale: Locale; timeZone?: string }): string {
  const t = translator_of(worksheetKeepMessages, options.locale);
  const date = typeof savedAt === 'string' ? new Date(savedAt) : undefined;
  if (!date || Number.isNaN(date.getTime())) return t('worksheet.restoredUnknownTime');
  let time: string;
  try {
    time = new Intl.DateTimeFormat(intl_tag({ locale: options.locale }), { dateStyle: 'medium', timeStyle: 'short', ...(options.timeZone ? { timeZone: options.timeZone } : {}) }).format(date);
  } catch {
    return t('worksheet.restoredUnknownTime');
  }
  // Isolated: a date with Latin digits and dashes inside a Hebrew or Arabic sentence.
  return t('worksheet.restored', { time: `\u2068${time}\u2069` });
}
