/**
 * Run-time checks of a logic model: its fields, and the shape of its graph (unknown columns,
 * dangling links, self-links, links that do not lead to a later stage, cycles, indicators that
 * are not there). Never throws, for any input.
 *
 * Two ways in:
 * - `validate_logicModel` is strict: the cleaned model, or the issues (like every `validate_*`).
 * - `logicModel_clean` is lenient: it always returns a drawable model, with the broken parts left
 *   out and listed, so a component can show the valid part beside its error panel instead of
 *   nothing. (Partial data renders what it can and says what is missing.)
 *
 * Links lead from a stage to a later stage. A link back to an earlier column, or within one
 * column, is reported (`backward-link`, `same-column-link`): in a layered model it either means the
 * stages are mislabelled or it closes a loop. Every cycle needs such a link, so a model that passes
 * is acyclic, and `logicModel_clean` (which drops them) always returns an acyclic model. A loop is
 * reported as `cycle` with the boxes on it, on the link that closes it, rather than as "backward".
 * A column without boxes is allowed (a draft model); it is drawn as an empty band.
 */
import type { LocalizedText, Indicator } from '../schema/types.js';
import type { ValidationIssue } from '../schema/messages.js';
import { validate_indicator, validation_maxItems, type ValidationResult } from '../schema/validate.js';
import { graph_cycles, cycle_words } from './cycles.js';
import type { BoxResponsibility, LogicModel, LogicModelBox, LogicModelColumn, LogicModelLink, TargetPopulation } from './types.js';

/** What `logicModel_clean` left out, so the UI can say the drawing is partial. */
export interface LogicModelDropped {
  /** Indices (in the input) of columns left out. */
  columns: number[];
  /** Indices (in the input) of boxes left out. */
  boxes: number[];
  /** Indices (in the input) of links left out. */
  links: number[];
}

/** The lenient result: a drawable model, the issues, and what was dropped. */
export interface LogicModelCleaned {
  model: LogicModel;
  issues: ValidationIssue[];
  dropped: LogicModelDropped;
}

// ---- Hostile-input reading -------------------------------------------------------------------------

const FAILED = Symbol('failed');

/** An own property, read without running into prototypes; a throwing getter gives FAILED. */
function own(record: unknown, key: string): unknown {
  try {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(record, key)) return undefined;
    return (record as Record<string, unknown>)[key];
  } catch {
    return FAILED;
  }
}

const isRecord = (x: unknown): x is object => {
  try {
    return x !== null && typeof x === 'object' && !Array.isArray(x);
  } catch {
    return false; // a revoked proxy
  }
};

/** A plain copy of a list's items, or why it cannot be read. */
function list_read(value: unknown): unknown[] | 'type' | 'too-many' {
  try {
    if (!Array.isArray(value)) return 'type';
    const length: unknown = value.length;
    if (typeof length !== 'number' || !(length <= validation_maxItems)) return 'too-many';
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) {
      try {
        out.push(value[i]);
      } catch {
        out.push(FAILED);
      }
    }
    return out;
  } catch {
    return 'type';
  }
}

const RESPONSIBILITIES: readonly BoxResponsibility[] = ['operator', 'ministry', 'shared', 'adjacent'];
const LOCALES = ['he', 'ar', 'en'] as const;

function path_join(prefix: string, key: string | number): string {
  if (typeof key === 'number') return `${prefix}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (prefix ? `${prefix}.${key}` : key) : `${prefix}[${JSON.stringify(key)}]`;
}

/** Checks and copies one piece of data text. `undefined` when it cannot be used. */
function text_read(value: unknown, path: string, required: boolean, issues: ValidationIssue[]): LocalizedText | undefined {
  if (value === undefined || value === null) {
    if (required) issues.push({ path, code: 'required' });
    return undefined;
  }
  if (typeof value === 'string') {
    if (required && value.trim() === '') {
      issues.push({ path, code: 'required' });
      return undefined;
    }
    return value;
  }
  if (!isRecord(value)) {
    issues.push({ path, code: 'type', params: { expected: 'text' } });
    return undefined;
  }
  const out: Partial<Record<(typeof LOCALES)[number], string>> = {};
  for (const l of LOCALES) {
    const s = own(value, l);
    if (s === undefined || s === null) continue;
    if (typeof s !== 'string') {
      issues.push({ path: path_join(path, l), code: 'type', params: { expected: 'text' } });
      return undefined;
    }
    out[l] = s;
  }
  if (required && !Object.values(out).some((s) => !!s?.trim())) {
    issues.push({ path, code: 'required' });
    return undefined;
  }
  return out;
}

function id_read(value: unknown, path: string, issues: ValidationIssue[]): string | undefined {
  if (value === undefined || value === null) issues.push({ path, code: 'required' });
  else if (typeof value !== 'string') issues.push({ path, code: 'type', params: { expected: 'text' } });
  else if (value.trim() === '') issues.push({ path, code: 'required' });
  else return value.trim();
  return undefined;
}

function texts_read(value: unknown, path: string, issues: ValidationIssue[]): LocalizedText[] | undefined {
  if (value === undefined || value === null) return undefined;
  const items = list_read(value);
  if (items === 'type') issues.push({ path, code: 'type', params: { expected: 'list' } });
  else if (items === 'too-many') issues.push({ path, code: 'too-many', params: { max: validation_maxItems } });
  else return items.flatMap((t, i) => text_read(t, path_join(path, i), true, issues) ?? []);
  return undefined;
}

/** Reads a required top-level list; pushes the issue and gives [] when it is not a usable list. */
function listField(record: unknown, key: string, issues: ValidationIssue[], required: boolean): unknown[] {
  const value = own(record, key);
  if (value === undefined || value === null) {
    if (required) issues.push({ path: key, code: 'required' });
    return [];
  }
  const items = list_read(value);
  if (items === 'type') issues.push({ path: key, code: 'type', params: { expected: 'list' } });
  else if (items === 'too-many') issues.push({ path: key, code: 'too-many', params: { max: validation_maxItems } });
  else return items;
  return [];
}

// ---- The check -------------------------------------------------------------------------------------

function check(input: unknown): LogicModelCleaned {
  const issues: ValidationIssue[] = [];
  const dropped: LogicModelDropped = { columns: [], boxes: [], links: [] };
  const model: LogicModel = { id: '', title: '', columns: [], boxes: [], links: [] };
  if (!isRecord(input)) {
    issues.push({ path: '', code: 'type', params: { expected: 'object' } });
    return { model, issues, dropped };
  }

  model.id = id_read(own(input, 'id'), 'id', issues) ?? '';
  model.title = text_read(own(input, 'title'), 'title', true, issues) ?? '';
  const version = own(input, 'version');
  if (typeof version === 'string') model.version = version;
  else if (version !== undefined && version !== null) issues.push({ path: 'version', code: 'type', params: { expected: 'text' } });

  // Indicators first: boxes refer to them.
  const indicatorIds = new Set<string>();
  const rawIndicators = listField(input, 'indicators', issues, false);
  if (own(input, 'indicators') !== undefined && own(input, 'indicators') !== null) model.indicators = [];
  rawIndicators.forEach((raw, i) => {
    const at = path_join('indicators', i);
    const r = validate_indicator(raw === FAILED ? undefined : raw);
    if (!r.ok) {
      for (const issue of r.issues) issues.push({ ...issue, path: issue.path ? `${at}.${issue.path}` : at });
      return;
    }
    if (indicatorIds.has(r.value.id)) {
      issues.push({ path: `${at}.id`, code: 'duplicate-id', params: { id: r.value.id } });
      return;
    }
    indicatorIds.add(r.value.id);
    model.indicators!.push(r.value as Indicator);
  });

  for (const key of ['assumptions', 'externalFactors'] as const) {
    const texts = texts_read(own(input, key), key, issues);
    if (texts) model[key] = texts;
  }
  const population = own(input, 'targetPopulation');
  if (population !== undefined && population !== null) {
    if (!isRecord(population)) issues.push({ path: 'targetPopulation', code: 'type', params: { expected: 'object' } });
    else {
      const description = text_read(own(population, 'description'), 'targetPopulation.description', true, issues);
      const characteristics = texts_read(own(population, 'characteristics'), 'targetPopulation.characteristics', issues);
      if (description !== undefined) {
        const tp: TargetPopulation = { description };
        if (characteristics) tp.characteristics = characteristics;
        model.targetPopulation = tp;
      }
    }
  }

  // Columns.
  const columnIndex = new Map<string, number>();
  // Ids of columns and boxes dropped for their own issue: what refers to them is dropped quietly,
  // not reported again as "unknown" — the first issue is the one to fix.
  const brokenColumns = new Set<string>();
  const brokenBoxes = new Set<string>();
  const rawColumns = listField(input, 'columns', issues, true);
  const columnsGiven = Array.isArray(own(input, 'columns'));
  if (columnsGiven && rawColumns.length === 0 && list_read(own(input, 'columns')) !== 'too-many') {
    issues.push({ path: 'columns', code: 'no-columns' });
  }
  rawColumns.forEach((raw, i) => {
    const at = path_join('columns', i);
    if (!isRecord(raw)) {
      issues.push({ path: at, code: 'type', params: { expected: 'object' } });
      dropped.columns.push(i);
      return;
    }
    const id = id_read(own(raw, 'id'), `${at}.id`, issues);
    const label = text_read(own(raw, 'label'), `${at}.label`, true, issues);
    const description = text_read(own(raw, 'description'), `${at}.description`, false, issues);
    if (id !== undefined && columnIndex.has(id)) issues.push({ path: `${at}.id`, code: 'duplicate-id', params: { id } });
    if (id === undefined || label === undefined || columnIndex.has(id)) {
      if (id !== undefined && !columnIndex.has(id)) brokenColumns.add(id);
      dropped.columns.push(i);
      return;
    }
    const column: LogicModelColumn = { id, label };
    if (description !== undefined) column.description = description;
    columnIndex.set(id, model.columns.length);
    model.columns.push(column);
  });

  // Boxes.
  const boxColumn = new Map<string, number>();
  const seenBoxIds = new Set<string>();
  listField(input, 'boxes', issues, true).forEach((raw, i) => {
    const at = path_join('boxes', i);
    if (!isRecord(raw)) {
      issues.push({ path: at, code: 'type', params: { expected: 'object' } });
      dropped.boxes.push(i);
      return;
    }
    const id = id_read(own(raw, 'id'), `${at}.id`, issues);
    const duplicate = id !== undefined && seenBoxIds.has(id);
    if (id !== undefined) {
      if (duplicate) issues.push({ path: `${at}.id`, code: 'duplicate-id', params: { id } });
      seenBoxIds.add(id);
    }
    const column = id_read(own(raw, 'column'), `${at}.column`, issues);
    const known = column !== undefined && columnIndex.has(column);
    if (column !== undefined && !known && !brokenColumns.has(column)) issues.push({ path: `${at}.column`, code: 'unknown-column', params: { column } });
    const label = text_read(own(raw, 'label'), `${at}.label`, true, issues);
    const description = text_read(own(raw, 'description'), `${at}.description`, false, issues);
    const responsibility = own(raw, 'responsibility');
    const key = own(raw, 'key');
    let indicatorList: string[] | undefined;
    const rawIndicatorIds = own(raw, 'indicatorIds');
    if (rawIndicatorIds !== undefined && rawIndicatorIds !== null) {
      const items = list_read(rawIndicatorIds);
      if (items === 'type') issues.push({ path: `${at}.indicatorIds`, code: 'type', params: { expected: 'list' } });
      else if (items === 'too-many') issues.push({ path: `${at}.indicatorIds`, code: 'too-many', params: { max: validation_maxItems } });
      else {
        indicatorList = [];
        items.forEach((item, j) => {
          const ref = id_read(item, `${at}.indicatorIds[${j}]`, issues);
          if (ref === undefined) return;
          if (!indicatorIds.has(ref)) issues.push({ path: `${at}.indicatorIds[${j}]`, code: 'unknown-indicator', params: { id: ref } });
          else if (!indicatorList!.includes(ref)) indicatorList!.push(ref);
        });
      }
    }
    if (id === undefined || duplicate || !known || label === undefined) {
      if (id !== undefined && !duplicate) brokenBoxes.add(id);
      dropped.boxes.push(i);
      return;
    }
    const box: LogicModelBox = { id, column: column!, label };
    if (description !== undefined) box.description = description;
    if (responsibility !== undefined && responsibility !== null) {
      if (typeof responsibility === 'string' && (RESPONSIBILITIES as readonly string[]).includes(responsibility)) {
        box.responsibility = responsibility as BoxResponsibility;
      } else issues.push({ path: `${at}.responsibility`, code: 'enum', params: { allowed: RESPONSIBILITIES.join(', ') } });
    }
    if (indicatorList) box.indicatorIds = indicatorList;
    if (typeof key === 'boolean') box.key = key;
    else if (key !== undefined && key !== null) issues.push({ path: `${at}.key`, code: 'type', params: { expected: 'boolean' } });
    boxColumn.set(id, columnIndex.get(column!)!);
    model.boxes.push(box);
  });

  // Links: each end must exist, no self-links, no duplicates.
  const candidates: Array<{ input: number; link: LogicModelLink }> = [];
  const pairs = new Set<string>();
  listField(input, 'links', issues, true).forEach((raw, i) => {
    const at = path_join('links', i);
    if (!isRecord(raw)) {
      issues.push({ path: at, code: 'type', params: { expected: 'object' } });
      dropped.links.push(i);
      return;
    }
    const from = id_read(own(raw, 'from'), `${at}.from`, issues);
    const to = id_read(own(raw, 'to'), `${at}.to`, issues);
    const label = text_read(own(raw, 'label'), `${at}.label`, false, issues);
    let ok = from !== undefined && to !== undefined;
    for (const [end, id] of [['from', from], ['to', to]] as const) {
      if (id === undefined || boxColumn.has(id)) continue;
      if (!brokenBoxes.has(id)) issues.push({ path: `${at}.${end}`, code: 'dangling-link', params: { id } });
      ok = false;
    }
    if (ok && from === to) {
      issues.push({ path: at, code: 'self-link', params: { id: from! } });
      ok = false;
    }
    const pair = `${from}\u0000${to}`;
    if (ok && pairs.has(pair)) {
      issues.push({ path: at, code: 'duplicate-link', params: { from: from!, to: to! } });
      ok = false;
    }
    if (!ok) {
      dropped.links.push(i);
      return;
    }
    pairs.add(pair);
    const link: LogicModelLink = { from: from!, to: to! };
    if (label !== undefined) link.label = label;
    candidates.push({ input: i, link });
  });

  // Cycles first (named by their boxes), then the other links that do not lead forward.
  const reported = new Set<number>();
  for (const cycle of graph_cycles(candidates.map((c) => c.link), (id) => boxColumn.get(id)!)) {
    const closing = candidates[cycle.closing]!;
    reported.add(cycle.closing);
    issues.push({ path: path_join('links', closing.input), code: 'cycle', params: { boxes: cycle_words(cycle.boxes) } });
  }
  candidates.forEach((c, k) => {
    const a = boxColumn.get(c.link.from)!;
    const b = boxColumn.get(c.link.to)!;
    if (a < b) {
      model.links.push(c.link);
      return;
    }
    dropped.links.push(c.input);
    if (reported.has(k)) return;
    issues.push({ path: path_join('links', c.input), code: a > b ? 'backward-link' : 'same-column-link', params: { from: c.link.from, to: c.link.to } });
  });
  dropped.links.sort((x, y) => x - y);
  return { model, issues: issues_unique(issues), dropped };
}

/** One issue per path: a second message about the same field is noise. */
function issues_unique(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => !seen.has(issue.path) && !!seen.add(issue.path));
}

/**
 * Checks a logic model: its fields, and its graph. Never throws. Paths point into the input
 * (`boxes[3].column`, `links[7]`); a cycle is reported once, on a link that closes it, with the
 * boxes on it in order.
 * @example validate_logicModel({ id: 'm', title: 'M', columns: [{ id: 'in', label: 'Inputs' }],
 *   boxes: [{ id: 'a', column: 'out', label: 'A' }], links: [] }).issues
 *   // [{ path: 'boxes[0].column', code: 'unknown-column', params: { column: 'out' } }]
 */
export function validate_logicModel(input: unknown): ValidationResult<LogicModel> {
  let cleaned: LogicModelCleaned;
  try {
    cleaned = check(input);
  } catch {
    return { ok: false, issues: [{ path: '', code: 'unknown' }] };
  }
  if (cleaned.issues.length > 0) return { ok: false, issues: cleaned.issues };
  return { ok: true, value: cleaned.model, issues: [] };
}

/**
 * The lenient way in: a model that can always be drawn (possibly empty), the issues, and the
 * input indices of what was left out. Broken boxes (no id, duplicate id, unknown column, no
 * label) are dropped with their links; dangling, self, duplicate, backward and same-column
 * links are dropped, so the result is acyclic; bad optional fields are dropped, unknown
 * indicator ids are removed from their box. Never throws.
 * @example const { model, issues, dropped } = logicModel_clean(data);
 *   // draw `model`, list `issues` in the error panel, say "2 links not shown" from `dropped.links`
 */
export function logicModel_clean(input: unknown): LogicModelCleaned {
  try {
    return check(input);
  } catch {
    return {
      model: { id: '', title: '', columns: [], boxes: [], links: [] },
      issues: [{ path: '', code: 'unknown' }],
      dropped: { columns: [], boxes: [], links: [] },
    };
  }
}
