/**
 * Layered layout of a logic model, one layer per column, in logical coordinates: `inline` from
 * the inline start (the right edge in he/ar, the left in en) and `block` from the top. The
 * component mirrors for RTL with `x = inlineSize - inline` (and `- width` for a box's left edge).
 *
 * Steps (Sugiyama, kept small and deterministic):
 * 1. Layers: the columns in data order. A link that skips columns gets a virtual point in each
 *    column it passes, so it is routed through a gap between boxes, never through a box.
 * 2. Order within columns: barycentre sweeps, down and up, ties broken by the current order (which
 *    starts as the input order), then neighbours that cross less the other way round are swapped
 *    (dot's "transpose"); the order with the fewest crossings seen is kept.
 * 3. Block positions: each box is pulled towards the centres of its neighbours, subject to its
 *    order and the gaps (isotonic regression, pool-adjacent-violators), so boxes never overlap.
 * 4. Anchors: a box's links leave from its inline-end edge and arrive at its inline-start edge,
 *    spread along the edge in the order of the other ends, so they do not cross at the box.
 *
 * The layout takes any typed model and never throws: boxes in unknown columns, duplicate box
 * ids (first wins), self-links and dangling links are left out. Backward and same-column links
 * (which `validate_logicModel` reports) are still returned, with `kind` saying what they are.
 */
import type { LogicModel, LogicModelBox } from './types.js';
import { logicModel_boxSize } from './text.js';

/** A point in logical coordinates. */
export interface LayoutPoint {
  inline: number;
  block: number;
}

/** Options of `logicModel_layout`. Lengths in CSS pixels. */
export interface LayoutOptions {
  /** A box's size: measured or estimated by the caller. @defaultValue `logicModel_boxSize(box)` */
  size?: (box: LogicModelBox) => { width: number; height: number };
  /** Space between columns, where links run. @defaultValue 72 */
  columnGap?: number;
  /** Block space between two boxes of a column. @defaultValue 16 */
  boxGap?: number;
  /** Block space a link passing through a column keeps from its neighbours. @defaultValue 8 */
  linkGap?: number;
  /** Space around the whole drawing, inline and block. @defaultValue 16 */
  padding?: number | { inline?: number; block?: number };
  /**
   * Block space kept above the boxes for the column headings, which the component draws in
   * `padding … padding + headerSize`. @defaultValue 0
   */
  headerSize?: number;
  /** Narrowest column (also the width of an empty column). @defaultValue 80 */
  columnMinWidth?: number;
  /** Columns drawn narrow, as `logicModel_collapse` leaves them (empty but for passing links). */
  collapsedColumns?: readonly string[];
  /** Width of a collapsed column. @defaultValue 32 */
  collapsedWidth?: number;
  /** Ordering sweeps (one down and one up each). @defaultValue 8 */
  sweeps?: number;
}

/** A column's band. A box of the column lies within `inline … inline + width`. */
export interface LayoutColumn {
  id: string;
  index: number;
  inline: number;
  width: number;
  /** The column's boxes, top to bottom. */
  boxIds: string[];
}

/** A placed box. `inline`/`block` are its inline-start/top corner. */
export interface LayoutBox {
  id: string;
  box: LogicModelBox;
  column: string;
  columnIndex: number;
  /** Position within its column, 0 at the top. */
  order: number;
  inline: number;
  block: number;
  width: number;
  height: number;
}

/** How a link runs: forward (to a later column), or the kinds validation reports. */
export type LayoutLinkKind = 'forward' | 'backward' | 'same-column';

/** A routed link: from `start` through `waypoints` to `end`. */
export interface LayoutLink {
  /** Index of the link in `model.links`. */
  index: number;
  from: string;
  to: string;
  kind: LayoutLinkKind;
  start: LayoutPoint;
  end: LayoutPoint;
  /** Points in the columns a long link passes: entering and leaving each band at one block. */
  waypoints: LayoutPoint[];
}

/** The whole layout. */
export interface LogicModelLayout {
  inlineSize: number;
  blockSize: number;
  columns: LayoutColumn[];
  boxes: LayoutBox[];
  links: LayoutLink[];
  /** Link crossings between columns, in the input order and after ordering. */
  crossings: { before: number; after: number };
}

interface Node {
  layer: number;
  /** Index in `boxes` for a real box; -1 for a virtual point. */
  box: number;
  size: number;
  up: number[];
  down: number[];
}

/** Most virtual points a layout creates for links that skip columns. */
const VIRTUAL_BUDGET = 50_000;

const finite = (x: unknown, fallback: number): number => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : fallback);

/** Crossings between consecutive layers for the given positions (inversions, Fenwick tree). */
function crossings_count(layers: number[][], pos: Float64Array, nodes: Node[]): number {
  let total = 0;
  for (let l = 0; l + 1 < layers.length; l++) {
    const pairs: Array<[number, number]> = [];
    for (const u of layers[l]!) for (const v of nodes[u]!.down) pairs.push([pos[u]!, pos[v]!]);
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const size = layers[l + 1]!.length;
    const tree = new Int32Array(size + 1);
    let seen = 0;
    for (const [, p] of pairs) {
      // Edges already seen that end strictly below p cross this one.
      let le = 0;
      for (let i = p + 1; i > 0; i -= i & -i) le += tree[i]!;
      total += seen - le;
      for (let i = p + 1; i <= size; i += i & -i) tree[i]!++;
      seen++;
    }
  }
  return total;
}

/** A box's inline start, centred in its band but never past either edge, even by rounding. */
function band_fit(start: number, width: number, from: number, to: number): number {
  let at = Math.max(start, from);
  for (let k = 0; k < 4 && at + width > to && at > from; k++) at = Math.max(from, at - (at + width - to));
  return at;
}

/** Isotonic regression of desired tops with order and gap constraints (pool adjacent violators). */
function column_place(desired: number[], offsets: number[]): number[] {
  const blocks: Array<{ sum: number; count: number; start: number }> = [];
  for (let i = 0; i < desired.length; i++) {
    blocks.push({ sum: desired[i]! - offsets[i]!, count: 1, start: i });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.sum / a.count <= b.sum / b.count) break;
      a.sum += b.sum;
      a.count += b.count;
      blocks.pop();
    }
  }
  const out = new Array<number>(desired.length);
  blocks.forEach((b, k) => {
    const end = k + 1 < blocks.length ? blocks[k + 1]!.start : desired.length;
    for (let i = b.start; i < end; i++) out[i] = b.sum / b.count + offsets[i]!;
  });
  return out;
}

/**
 * Lays out a logic model by column. Deterministic: the same model and options give the same
 * numbers. Boxes never overlap, and every box lies within its column's band.
 * @example const layout = logicModel_layout(model, { size: (box) => measured.get(box.id) ?? { width: 200, height: 80 } });
 *   layout.boxes[0] // { id: 'staff', column: 'inputs', columnIndex: 0, order: 0, inline: 16, block: 16, width: 200, height: 80, box }
 *   // RTL: x = layout.inlineSize - box.inline - box.width
 */
export function logicModel_layout(model: LogicModel, options: LayoutOptions = {}): LogicModelLayout {
  const columnGap = finite(options.columnGap, 72);
  const boxGap = finite(options.boxGap, 16);
  const linkGap = finite(options.linkGap, 8);
  const pad = options.padding;
  const padInline = finite(typeof pad === 'object' && pad ? pad.inline : pad, 16);
  const padBlock = finite(typeof pad === 'object' && pad ? pad.block : pad, 16);
  const minWidth = finite(options.columnMinWidth, 80);
  const collapsed = new Set(Array.isArray(options.collapsedColumns) ? options.collapsedColumns : []);
  const collapsedWidth = finite(options.collapsedWidth, 32);
  const sweeps = Math.min(100, Math.floor(finite(options.sweeps, 8)));
  const measure = (box: LogicModelBox) => {
    let s: { width: number; height: number } | undefined;
    try {
      s = options.size ? options.size(box) : undefined;
    } catch {
      s = undefined;
    }
    const fallback = logicModel_boxSize(box);
    return { width: finite(s?.width, fallback.width), height: finite(s?.height, fallback.height) };
  };

  // ---- Layers and nodes.
  const columnsIn = Array.isArray(model?.columns) ? model.columns : [];
  const columnOf = new Map<string, number>();
  const columnIds: string[] = [];
  for (const c of columnsIn) {
    if (!c || typeof c.id !== 'string' || columnOf.has(c.id)) continue;
    columnOf.set(c.id, columnIds.length);
    columnIds.push(c.id);
  }
  const layers: number[][] = columnIds.map(() => []);
  const nodes: Node[] = [];
  const boxes: LayoutBox[] = [];
  const nodeOf = new Map<string, number>();
  for (const box of Array.isArray(model?.boxes) ? model.boxes : []) {
    if (!box || typeof box.id !== 'string' || nodeOf.has(box.id)) continue;
    const layer = columnOf.get(box.column);
    if (layer === undefined) continue;
    const { width, height } = measure(box);
    nodeOf.set(box.id, nodes.length);
    layers[layer]!.push(nodes.length);
    nodes.push({ layer, box: boxes.length, size: height, up: [], down: [] });
    boxes.push({ id: box.id, box, column: box.column, columnIndex: layer, order: 0, inline: 0, block: 0, width, height });
  }
  // Forward links become chains of segments through virtual points.
  const chains: Array<{ index: number; nodes: number[]; kind: LayoutLinkKind }> = [];
  let virtual = 0;
  (Array.isArray(model?.links) ? model.links : []).forEach((link, index) => {
    const a = nodeOf.get(link?.from);
    const b = nodeOf.get(link?.to);
    if (a === undefined || b === undefined || a === b) return;
    const la = nodes[a]!.layer;
    const lb = nodes[b]!.layer;
    if (la >= lb) {
      chains.push({ index, nodes: [a, b], kind: la > lb ? 'backward' : 'same-column' });
      return;
    }
    const chain = [a];
    // A hostile "valid" model (10,000 links across 10,000 columns) must not allocate without
    // bound: past the budget, long links are drawn straight and take no part in the ordering.
    if (virtual + (lb - la - 1) > VIRTUAL_BUDGET) {
      chains.push({ index, nodes: [a, b], kind: 'forward' });
      return;
    }
    virtual += lb - la - 1;
    for (let l = la + 1; l < lb; l++) {
      layers[l]!.push(nodes.length);
      chain.push(nodes.length);
      nodes.push({ layer: l, box: -1, size: 0, up: [], down: [] });
    }
    chain.push(b);
    for (let k = 0; k + 1 < chain.length; k++) {
      nodes[chain[k]!]!.down.push(chain[k + 1]!);
      nodes[chain[k + 1]!]!.up.push(chain[k]!);
    }
    chains.push({ index, nodes: chain, kind: 'forward' });
  });

  // ---- Order within layers.
  const pos = new Float64Array(nodes.length);
  const positions_set = () => layers.forEach((layer) => layer.forEach((n, i) => (pos[n] = i)));
  positions_set();
  const before = crossings_count(layers, pos, nodes);
  let best = layers.map((l) => [...l]);
  let bestCount = before;
  const layer_sort = (l: number, side: 'up' | 'down') => {
    const layer = layers[l]!;
    const key = new Map<number, number>();
    for (const n of layer) {
      const nb = nodes[n]![side];
      key.set(n, nb.length === 0 ? pos[n]! : nb.reduce((s, m) => s + pos[m]!, 0) / nb.length);
    }
    layer.sort((a, b) => key.get(a)! - key.get(b)! || pos[a]! - pos[b]!);
    layer.forEach((n, i) => (pos[n] = i));
  };
  // Crossings between the edges of u and of v (u above v), toward both neighbouring layers.
  const pair_crossings = (u: number, v: number) => {
    let c = 0;
    for (const side of ['up', 'down'] as const) for (const a of nodes[u]![side]) for (const b of nodes[v]![side]) if (pos[a]! > pos[b]!) c++;
    return c;
  };
  // Swap neighbours while that removes crossings (the "transpose" step of dot), a few passes.
  const layer_transpose = (l: number) => {
    const layer = layers[l]!;
    for (let pass = 0; pass < 4; pass++) {
      let improved = false;
      for (let i = 0; i + 1 < layer.length; i++) {
        const u = layer[i]!;
        const v = layer[i + 1]!;
        if (pair_crossings(v, u) < pair_crossings(u, v)) {
          layer[i] = v;
          layer[i + 1] = u;
          pos[v] = i;
          pos[u] = i + 1;
          improved = true;
        }
      }
      if (!improved) break;
    }
  };
  for (let s = 0; s < sweeps && bestCount > 0; s++) {
    for (let l = 1; l < layers.length; l++) layer_sort(l, 'up');
    for (let l = layers.length - 2; l >= 0; l--) layer_sort(l, 'down');
    const count = crossings_count(layers, pos, nodes);
    if (count < bestCount) {
      bestCount = count;
      best = layers.map((l) => [...l]);
    }
  }
  best.forEach((layer, l) => (layers[l] = layer));
  positions_set();
  if (bestCount > 0) {
    for (let l = 0; l < layers.length; l++) layer_transpose(l);
    const count = crossings_count(layers, pos, nodes);
    if (count < bestCount) bestCount = count;
    else {
      best.forEach((layer, l) => (layers[l] = [...layer]));
      positions_set();
    }
  }

  // ---- Block positions.
  const top = new Float64Array(nodes.length);
  const gap = (a: number, b: number) => (nodes[a]!.box >= 0 || nodes[b]!.box >= 0 ? boxGap : linkGap);
  const offsets = layers.map((layer) => {
    const out: number[] = [];
    let o = 0;
    layer.forEach((n, i) => {
      out.push(o);
      o += nodes[n]!.size + (i + 1 < layer.length ? gap(n, layer[i + 1]!) : 0);
    });
    return out;
  });
  layers.forEach((layer, l) => layer.forEach((n, i) => (top[n] = offsets[l]![i]!)));
  const centre = (n: number) => top[n]! + nodes[n]!.size / 2;
  const layer_align = (l: number, side: 'up' | 'down' | 'both') => {
    const layer = layers[l]!;
    const desired = layer.map((n) => {
      const nb = side === 'both' ? [...nodes[n]!.up, ...nodes[n]!.down] : nodes[n]![side];
      if (nb.length === 0) return top[n]!;
      return nb.reduce((s, m) => s + centre(m), 0) / nb.length - nodes[n]!.size / 2;
    });
    column_place(desired, offsets[l]!).forEach((t, i) => (top[layer[i]!] = t));
  };
  for (let r = 0; r < 4; r++) {
    for (let l = 1; l < layers.length; l++) layer_align(l, 'up');
    for (let l = layers.length - 2; l >= 0; l--) layer_align(l, 'down');
  }
  for (let l = 0; l < layers.length; l++) layer_align(l, 'both');
  let minTop = Infinity;
  for (let n = 0; n < nodes.length; n++) minTop = Math.min(minTop, top[n]!);
  const headerSize = finite(options.headerSize, 0);
  const shift = nodes.length > 0 ? padBlock + headerSize - minTop : 0;
  for (let n = 0; n < nodes.length; n++) top[n] = top[n]! + shift;
  // Rounding can leave a box a hair's breadth into the one above; restate the gap exactly, in
  // the same arithmetic a reader of the output uses (top + height), so "no overlap" holds bit for bit.
  for (const layer of layers) {
    for (let i = 1; i < layer.length; i++) {
      const above = layer[i - 1]!;
      top[layer[i]!] = Math.max(top[layer[i]!]!, top[above]! + nodes[above]!.size + gap(above, layer[i]!));
    }
  }
  let bottom = padBlock + headerSize;
  for (let n = 0; n < nodes.length; n++) bottom = Math.max(bottom, top[n]! + nodes[n]!.size);

  // ---- Columns and boxes.
  const columns: LayoutColumn[] = [];
  let x = padInline;
  columnIds.forEach((id, l) => {
    const real = layers[l]!.filter((n) => nodes[n]!.box >= 0);
    const base = collapsed.has(id) && real.length === 0 ? collapsedWidth : minWidth;
    const width = real.reduce((w, n) => Math.max(w, boxes[nodes[n]!.box]!.width), base);
    columns.push({ id, index: l, inline: x, width, boxIds: real.map((n) => boxes[nodes[n]!.box]!.id) });
    real.forEach((n, order) => {
      const b = boxes[nodes[n]!.box]!;
      b.order = order;
      b.inline = band_fit(x + (width - b.width) / 2, b.width, x, x + width);
      b.block = top[n]!;
    });
    x += width + columnGap;
  });
  const inlineSize = columns.length > 0 ? x - columnGap + padInline : 2 * padInline;

  // ---- Anchors, spread along each box edge in the order of the other ends.
  const anchorOut = new Map<string, number>();
  const anchorIn = new Map<string, number>();
  const spread = (n: number, segments: Array<{ key: string; other: number }>, into: Map<string, number>) => {
    segments.sort((a, b) => centre(a.other) - centre(b.other) || pos[a.other]! - pos[b.other]!);
    segments.forEach((s, k) => into.set(s.key, top[n]! + (nodes[n]!.size * (k + 1)) / (segments.length + 1)));
  };
  const outs = new Map<number, Array<{ key: string; other: number }>>();
  const ins = new Map<number, Array<{ key: string; other: number }>>();
  for (const c of chains) {
    if (c.kind !== 'forward') continue;
    const [a, a1] = [c.nodes[0]!, c.nodes[1]!];
    const [b, b1] = [c.nodes[c.nodes.length - 1]!, c.nodes[c.nodes.length - 2]!];
    if (!outs.has(a)) outs.set(a, []);
    outs.get(a)!.push({ key: String(c.index), other: a1 });
    if (!ins.has(b)) ins.set(b, []);
    ins.get(b)!.push({ key: String(c.index), other: b1 });
  }
  outs.forEach((segments, n) => spread(n, segments, anchorOut));
  ins.forEach((segments, n) => spread(n, segments, anchorIn));

  const links: LayoutLink[] = chains
    .sort((p, q) => p.index - q.index)
    .map((c) => {
      const from = boxes[nodes[c.nodes[0]!]!.box]!;
      const to = boxes[nodes[c.nodes[c.nodes.length - 1]!]!.box]!;
      const mid = (b: LayoutBox) => b.block + b.height / 2;
      const base = { index: c.index, from: from.id, to: to.id, kind: c.kind };
      if (c.kind === 'backward') {
        return { ...base, start: { inline: from.inline, block: mid(from) }, end: { inline: to.inline + to.width, block: mid(to) }, waypoints: [] };
      }
      if (c.kind === 'same-column') {
        const band = columns[from.columnIndex]!;
        const outside = band.inline + band.width + columnGap / 2;
        return {
          ...base,
          start: { inline: from.inline + from.width, block: mid(from) },
          end: { inline: to.inline + to.width, block: mid(to) },
          waypoints: [{ inline: outside, block: mid(from) }, { inline: outside, block: mid(to) }],
        };
      }
      const waypoints: LayoutPoint[] = [];
      for (const v of c.nodes.slice(1, -1)) {
        const band = columns[nodes[v]!.layer]!;
        waypoints.push({ inline: band.inline, block: top[v]! }, { inline: band.inline + band.width, block: top[v]! });
      }
      return {
        ...base,
        start: { inline: from.inline + from.width, block: anchorOut.get(String(c.index)) ?? mid(from) },
        end: { inline: to.inline, block: anchorIn.get(String(c.index)) ?? mid(to) },
        waypoints,
      };
    });

  return { inlineSize, blockSize: bottom + padBlock, columns, boxes, links, crossings: { before, after: bestCount } };
}

/**
 * A placed box by id, or `undefined`.
 * @example layout_box(layout, 'staff')?.block // 16
 */
export function layout_box(layout: LogicModelLayout, id: string): LayoutBox | undefined {
  return layout.boxes.find((b) => b.id === id);
}
