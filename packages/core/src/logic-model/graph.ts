/**
 * Graph questions a logic-model component asks: what leads to a box and what it leads to
 * (highlighting), a narrower model for a tender, what changed between two revisions, and a model
 * with some columns collapsed. Links are named by their index in `model.links`; boxes by id.
 * All functions take any typed model and never throw: links to missing boxes are ignored, and
 * cycles (which validation reports) cannot make a traversal loop.
 */
import type { LocalizedText } from '../schema/types.js';
import { list_of } from './list.js';
import type { LogicModel, LogicModelBox, LogicModelLink } from './types.js';

interface Adjacency {
  boxes: Map<string, LogicModelBox>;
  out: Map<string, number[]>;
  in: Map<string, number[]>;
  links: LogicModelLink[];
}

function graph_of(model: LogicModel): Adjacency {
  const boxes = new Map<string, LogicModelBox>();
  for (const b of Array.isArray(model?.boxes) ? model.boxes : []) if (b && typeof b.id === 'string' && !boxes.has(b.id)) boxes.set(b.id, b);
  const links = Array.isArray(model?.links) ? model.links : [];
  const out = new Map<string, number[]>();
  const inn = new Map<string, number[]>();
  links.forEach((l, i) => {
    if (!l || !boxes.has(l.from) || !boxes.has(l.to) || l.from === l.to) return;
    if (!out.has(l.from)) out.set(l.from, []);
    out.get(l.from)!.push(i);
    if (!inn.has(l.to)) inn.set(l.to, []);
    inn.get(l.to)!.push(i);
  });
  return { boxes, out, in: inn, links };
}

/** Box ids and link indices reached from `seeds`, breadth first, the seeds not included. */
function reach(g: Adjacency, seeds: readonly string[], direction: 'up' | 'down'): { boxIds: string[]; links: number[] } {
  const seen = new Set(seeds);
  const boxIds: string[] = [];
  const links: number[] = [];
  const queue = [...seeds];
  for (let q = 0; q < queue.length; q++) {
    const edges = (direction === 'down' ? g.out : g.in).get(queue[q]!) ?? [];
    for (const k of edges) {
      links.push(k);
      const next = direction === 'down' ? g.links[k]!.to : g.links[k]!.from;
      if (seen.has(next)) continue;
      seen.add(next);
      boxIds.push(next);
      queue.push(next);
    }
  }
  return { boxIds, links: [...new Set(links)].sort((a, b) => a - b) };
}

/** What leads to a box and what it leads to, transitively. */
export interface LogicModelPaths {
  /** Boxes and links that lead to the box (nearest first), link indices ascending. */
  upstream: { boxIds: string[]; links: number[] };
  /** Boxes and links the box leads to. */
  downstream: { boxIds: string[]; links: number[] };
}

/**
 * The upstream and downstream paths of a box, for highlighting. An unknown id gives empty paths.
 * @example logicModel_paths(model, 'detox').downstream // { boxIds: ['rehab', 'sober-1y'], links: [4, 9] }
 */
export function logicModel_paths(model: LogicModel, boxId: string): LogicModelPaths {
  const g = graph_of(model);
  if (!g.boxes.has(boxId)) return { upstream: { boxIds: [], links: [] }, downstream: { boxIds: [], links: [] } };
  return { upstream: reach(g, [boxId], 'up'), downstream: reach(g, [boxId], 'down') };
}

/** Which part of the model a tender shows. */
export type TenderSelection =
  /** These boxes and everything they connect to, upstream and downstream (or one way). */
  | { boxIds: readonly string[]; direction?: 'both' | 'upstream' | 'downstream' }
  /** Key boxes (`key: true`) and the boxes on the paths between two key boxes. */
  | { keyOnly: true };

/** A narrower model derived from a full one, and what it leaves out. */
export interface LogicModelTender {
  /** The derived model: every column (so the stages read the same), fewer boxes and links. */
  model: LogicModel;
  /** The boxes the selection started from that exist in the model. */
  seeds: string[];
  /** Boxes shown and in the full model: "part of the full model: 7 of 23 boxes shown". */
  shown: number;
  total: number;
  /** Ids of boxes left out, in model order. */
  omittedBoxIds: string[];
  /** Indices (in the full model) of links left out. */
  omittedLinks: number[];
}

/**
 * Derives a tender's narrower model: selected boxes and what they connect to, or only the key
 * boxes and the paths between them. Indicators are kept only where a kept box refers to them;
 * assumptions, external factors and the target population are kept.
 * @example const tender = logicModel_tender(model, { keyOnly: true });
 *   t('logicModel.tenderNotice', { shown: tender.shown, total: tender.total }) // 'Part of the full model: 5 of 23 boxes shown'
 */
export function logicModel_tender(model: LogicModel, selection: TenderSelection): LogicModelTender {
  const g = graph_of(model);
  const keep = new Set<string>();
  let seeds: string[];
  if (selection && 'keyOnly' in selection && selection.keyOnly) {
    seeds = [...g.boxes.values()].filter((b) => b.key === true).map((b) => b.id);
    const down = new Set(reach(g, seeds, 'down').boxIds);
    const up = new Set(reach(g, seeds, 'up').boxIds);
    for (const id of seeds) keep.add(id);
    for (const id of down) if (up.has(id)) keep.add(id);
  } else {
    const wanted = selection && 'boxIds' in selection && Array.isArray(selection.boxIds) ? selection.boxIds : [];
    seeds = [...new Set(wanted.filter((id) => typeof id === 'string' && g.boxes.has(id)))];
    const direction = (selection as { direction?: string }).direction ?? 'both';
    for (const id of seeds) keep.add(id);
    if (direction !== 'downstream') for (const id of reach(g, seeds, 'up').boxIds) keep.add(id);
    if (direction !== 'upstream') for (const id of reach(g, seeds, 'down').boxIds) keep.add(id);
  }
  const boxes = [...g.boxes.values()].filter((b) => keep.has(b.id));
  const links: LogicModelLink[] = [];
  const omittedLinks: number[] = [];
  g.links.forEach((l, i) => (l && keep.has(l.from) && keep.has(l.to) && l.from !== l.to ? links.push(l) : omittedLinks.push(i)));
  const derived: LogicModel = { ...model, columns: [...list_of(model?.columns)], boxes, links };
  if (Array.isArray(model?.indicators)) {
    const used = new Set(boxes.flatMap((b) => list_of(b.indicatorIds)));
    derived.indicators = model.indicators.filter((i) => i && used.has(i.id));
  }
  return {
    model: derived,
    seeds,
    shown: boxes.length,
    total: g.boxes.size,
    omittedBoxIds: [...g.boxes.keys()].filter((id) => !keep.has(id)),
    omittedLinks,
  };
}

/** The box fields a revision comparison looks at. */
export type LogicModelBoxField = 'label' | 'description' | 'column' | 'responsibility' | 'indicators' | 'key';

/** What changed from one version of a model to the next. */
export interface LogicModelDiff {
  /** Ids of boxes in `b` only. */
  added: string[];
  /** Ids of boxes in `a` only. */
  removed: string[];
  /** Boxes in both whose fields differ, with the fields. */
  changed: Array<{ id: string; fields: LogicModelBoxField[] }>;
  /** Links (as from → to) in `b` only, and in `a` only. */
  addedLinks: Array<{ from: string; to: string }>;
  removedLinks: Array<{ from: string; to: string }>;
  /** Columns (by id) in `b` only, and in `a` only. */
  addedColumns: string[];
  removedColumns: string[];
}

function text_key(text: LocalizedText | undefined): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return JSON.stringify(text.trim());
  return JSON.stringify(['he', 'ar', 'en'].map((l) => (text as Record<string, unknown>)[l] ?? '').map((s) => String(s).trim()));
}

function box_fields(a: LogicModelBox, b: LogicModelBox): LogicModelBoxField[] {
  const fields: LogicModelBoxField[] = [];
  if (text_key(a.label) !== text_key(b.label)) fields.push('label');
  if (text_key(a.description) !== text_key(b.description)) fields.push('description');
  if (a.column !== b.column) fields.push('column');
  if ((a.responsibility ?? '') !== (b.responsibility ?? '')) fields.push('responsibility');
  const ids = (box: LogicModelBox) => [...new Set(list_of(box.indicatorIds).filter((x) => typeof x === 'string'))].sort().join('\u0000');
  const ia = ids(a);
  const ib = ids(b);
  if (ia !== ib) fields.push('indicators');
  if ((a.key === true) !== (b.key === true)) fields.push('key');
  return fields;
}

/**
 * Compares two versions of a model, box by box (matched by id) and link by link (matched by
 * from → to). Label text is compared per language, ignoring surrounding spaces.
 * @example logicModel_diff(v2025, v2026)
 *   // { added: ['peer-support'], removed: [], changed: [{ id: 'detox', fields: ['responsibility'] }], addedLinks: [...], ... }
 */
export function logicModel_diff(a: LogicModel, b: LogicModel): LogicModelDiff {
  const ga = graph_of(a);
  const gb = graph_of(b);
  const pairs = (g: Adjacency) => {
    const out = new Map<string, { from: string; to: string }>();
    for (const list of g.out.values()) for (const k of list) {
      const l = g.links[k]!;
      out.set(`${l.from}\u0000${l.to}`, { from: l.from, to: l.to });
    }
    return out;
  };
  const la = pairs(ga);
  const lb = pairs(gb);
  const cols = (m: LogicModel) => (Array.isArray(m?.columns) ? m.columns.map((c) => c?.id).filter((id): id is string => typeof id === 'string') : []);
  const ca = new Set(cols(a));
  const cb = new Set(cols(b));
  const changed: LogicModelDiff['changed'] = [];
  for (const [id, box] of gb.boxes) {
    const before = ga.boxes.get(id);
    if (!before) continue;
    const fields = box_fields(before, box);
    if (fields.length > 0) changed.push({ id, fields });
  }
  return {
    added: [...gb.boxes.keys()].filter((id) => !ga.boxes.has(id)),
    removed: [...ga.boxes.keys()].filter((id) => !gb.boxes.has(id)),
    changed,
    addedLinks: [...lb].filter(([k]) => !la.has(k)).map(([, l]) => l),
    removedLinks: [...la].filter(([k]) => !lb.has(k)).map(([, l]) => l),
    addedColumns: [...cb].filter((id) => !ca.has(id)),
    removedColumns: [...ca].filter((id) => !cb.has(id)),
  };
}

/** A model with some columns collapsed. */
export interface LogicModelCollapsed {
  /** Every column kept (a collapsed one is empty); boxes of collapsed columns removed; links bridged. */
  model: LogicModel;
  /** Per collapsed column, the boxes it hides (for "4 boxes hidden"). */
  collapsed: Array<{ columnId: string; boxIds: string[] }>;
  /** Parallel to `model.links`: the hidden boxes each link passes through (empty for a direct link). */
  via: string[][];
}

/**
 * Collapses columns: their boxes are hidden, and a path that ran through hidden boxes becomes one
 * link from the box before to the box after, which remembers the boxes it passes (`via`), so the
 * diagram still says what leads to what. Lay out the result with the collapsed columns narrow
 * (`collapsedColumns` in `logicModel_layout`).
 * @example logicModel_collapse(model, ['outputs']).model.links // [{ from: 'staff', to: 'detox-done' }, …], via [['beds', 'sessions'], …]
 */
export function logicModel_collapse(model: LogicModel, columnIds: readonly string[]): LogicModelCollapsed {
  const g = graph_of(model);
  const hiddenColumns = new Set(Array.isArray(columnIds) ? columnIds : []);
  const hidden = (id: string) => hiddenColumns.has(g.boxes.get(id)!.column);
  const links: LogicModelLink[] = [];
  const via: string[][] = [];
  for (const [id] of g.boxes) {
    if (hidden(id)) continue;
    // Targets reached from `id`, directly or through hidden boxes only, with the hidden boxes passed.
    const found = new Map<string, { direct?: LogicModelLink; through: Set<string> }>();
    const entry = (to: string) => {
      if (!found.has(to)) found.set(to, { through: new Set() });
      return found.get(to)!;
    };
    for (const k of g.out.get(id) ?? []) {
      const l = g.links[k]!;
      if (!hidden(l.to)) entry(l.to).direct ??= l;
    }
    // For each hidden box first entered from `id`, the visible boxes beyond it.
    const start = (g.out.get(id) ?? []).map((k) => g.links[k]!.to).filter(hidden);
    for (const first of [...new Set(start)]) {
      const seen = new Set([first]);
      const queue = [first];
      const exits = new Set<string>();
      for (let q = 0; q < queue.length; q++) {
        for (const k of g.out.get(queue[q]!) ?? []) {
          const to = g.links[k]!.to;
          if (!hidden(to)) exits.add(to);
          else if (!seen.has(to)) {
            seen.add(to);
            queue.push(to);
          }
        }
      }
      // The hidden boxes on a way to each exit: those reached that can reach it, walking back.
      for (const exit of exits) {
        const back = (g.in.get(exit) ?? []).map((k) => g.links[k]!.from).filter((f) => seen.has(f));
        const on = new Set(back);
        for (let q = 0; q < back.length; q++) {
          for (const k of g.in.get(back[q]!) ?? []) {
            const from = g.links[k]!.from;
            if (seen.has(from) && !on.has(from)) {
              on.add(from);
              back.push(from);
            }
          }
        }
        for (const p of queue) if (on.has(p)) entry(exit).through.add(p);
      }
    }
    for (const [to, e] of found) {
      if (to === id) continue;
      links.push(e.direct ?? { from: id, to });
      via.push([...e.through]);
    }
  }
  const boxes = [...g.boxes.values()].filter((b) => !hidden(b.id));
  const collapsed = [...hiddenColumns]
    .filter((c) => list_of(model?.columns).some((col) => col?.id === c))
    .map((columnId) => ({ columnId, boxIds: [...g.boxes.values()].filter((b) => b.column === columnId).map((b) => b.id) }));
  return { model: { ...model, columns: [...list_of(model?.columns)], boxes, links }, collapsed, via };
}
