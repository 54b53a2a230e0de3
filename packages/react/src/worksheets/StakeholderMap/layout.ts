/**
 * The geometry of the stakeholder map, in real pixels for the width it is drawn at (so text keeps
 * its size on a phone): the service recipients in a disc at the centre, one band per ring around
 * it, each stakeholder a mark on its ring's band, and its name beside the drawing at the side it
 * sits on, joined by a leader line. The SVG is laid out left to right; the map is mirrored and
 * every text anchor is chosen from the side its label sits on, since browsers disagree on
 * `text-anchor` under RTL. Narrow drawings (or very many stakeholders) show numbers beside the
 * marks instead, and the numbered outline is their key.
 */
import type { StakeholderRing, StakeholderRingGroup } from '@rechesh/core';

export type MapSide = 'left' | 'right';

/** One band of the map. */
export interface MapBand {
  ring: StakeholderRing;
  depth: number;
  inner: number;
  outer: number;
  /** The arc (over the top, left to right) its name is written along. */
  labelPath: string;
  label: string;
}

/** A stakeholder's mark. */
export interface MapMark {
  id: string;
  /** Its number in the form (1 for the first stakeholder), shown in labels and the outline. */
  number: number;
  depth: number;
  /** Angle from the top, in reading order along the ring (radians). */
  angle: number;
  x: number;
  y: number;
  side: MapSide;
  /** The name beside the drawing (wide drawings). */
  label?: { x: number; y: number; anchor: 'start' | 'end'; text: string; leader: string };
  /** The number beside the mark (narrow drawings). */
  tag?: { x: number; y: number; anchor: 'start' | 'end' };
}

export interface MapLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  /** Radius of the recipients' disc. */
  core: number;
  /** Lines of the centre's label. */
  centre: string[];
  bands: MapBand[];
  /** In ring order (inner to outer), and along each ring in the map's order. */
  marks: MapMark[];
  /** Numbers beside the marks, names in the outline. */
  compact: boolean;
  markSize: number;
  ringFont: number;
}

export interface MapLayoutOptions {
  width: number;
  dir: 'rtl' | 'ltr';
  /** Number of each stakeholder by id (its place in the form). */
  numbers: ReadonlyMap<string, number>;
  ringLabel: (ring: StakeholderRing) => string;
  name: (id: string) => string;
  centre: string;
}

const MAX_R = 240;
const GAP = 18;
const LINE = 20;
const NAME_FONT = 13;
/** Average advance of a character, as a share of the font size (Noto Sans, Hebrew and Latin). */
const CHAR = 0.56;
const TAU = Math.PI * 2;

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Cuts a text to `max` characters, with an ellipsis. */
export function text_fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

/** Words in at most `lines` lines of `max` characters. */
function text_wrap(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = out[out.length - 1];
    if (last !== undefined && [...last].length + 1 + [...word].length <= max) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  if (out.length > lines) out.splice(lines - 1, out.length, out.slice(lines - 1).join(' '));
  return out.map((l) => text_fit(l, max));
}

/**
 * Lays out the map for a drawing `width` pixels wide.
 * @example map_layout(stakeholderMap_rings(state), { width: 720, dir: 'rtl', … }).marks[0] // { id: 'stakeholder-2', number: 2, side: 'left', label: { anchor: 'end', … }, … }
 */
export function map_layout(rings: readonly StakeholderRingGroup[], o: MapLayoutOptions): MapLayout {
  const width = Math.max(200, Math.floor(Number.isFinite(o.width) ? o.width : 640));
  const labelCol = Math.max(130, Math.min(240, Math.round(width * 0.27)));
  let R = Math.min(MAX_R, Math.floor((width - 2 * labelCol - 2 * GAP) / 2));
  let compact = R < 120;
  if (compact) R = Math.max(80, Math.min(MAX_R, Math.floor(width / 2 - 24)));
  const core = Math.round(R * 0.24);
  const band = (R - core) / rings.length;
  const markSize = r1(Math.min(9, band * 0.36));
  const ringFont = compact ? 10 : 11;
  const sign = o.dir === 'rtl' ? -1 : 1;

  // Height first: the circle, or the column of names on the busier side.
  let height = 2 * R + 24;
  const cx = Math.round(width / 2);

  // Each ring's name is written over the top of its band; marks keep clear of it.
  const bands: MapBand[] = [];
  const clear: number[] = [];
  rings.forEach((g, i) => {
    const inner = core + band * i;
    const mid = inner + band / 2;
    const maxChars = Math.max(4, Math.floor((2 * 1.35 * mid) / (ringFont * CHAR)));
    const label = text_fit(o.ringLabel(g.ring), maxChars);
    const half = Math.min(1.35, ([...label].length * ringFont * CHAR) / 2 / mid + 0.06);
    clear.push(half + (markSize + 4) / mid);
    bands.push({ ring: g.ring, depth: g.depth, inner, outer: inner + band, labelPath: '', label });
  });

  // Marks: evenly along the free part of the ring, rings staggered so single marks do not line up.
  const placed: { id: string; depth: number; angle: number; r: number }[] = [];
  rings.forEach((g, i) => {
    const n = g.stakeholders.length;
    if (n === 0) return;
    const mid = core + band * (i + 0.5);
    const from = Math.min(clear[i]!, 2.6);
    const step = (TAU - 2 * from) / n;
    const stagger = n < 3 ? step * 0.2 * (i % 2 === 0 ? 1 : -1) : 0;
    const crowded = step * mid < 2 * markSize + 3;
    g.stakeholders.forEach((s, j) => {
      const r = crowded ? mid + (j % 2 === 0 ? -1 : 1) * band * 0.22 : mid;
      placed.push({ id: s.id, depth: g.depth, angle: from + step * (j + 0.5) + stagger, r });
    });
  });

  // Names at the sides: sorted by height, pushed apart, the column as tall as it needs.
  const xOf = (angle: number, r: number) => r1(cx + sign * r * Math.sin(angle));
  const sideOf = (p: { angle: number; r: number }): MapSide => {
    const x = xOf(p.angle, p.r);
    return x > cx || (x === cx && sign > 0) ? 'right' : 'left';
  };
  if (!compact) {
    const busiest = Math.max(...(['left', 'right'] as const).map((side) => placed.filter((p) => sideOf(p) === side).length), 0);
    if (busiest > 30) compact = true;
    else height = Math.max(height, busiest * LINE + 24);
  }
  const cy = height / 2;
  const at = (angle: number, r: number) => ({ x: xOf(angle, r), y: r1(cy - r * Math.cos(angle)) });

  for (const b of bands) {
    const mid = (b.inner + b.outer) / 2 - ringFont * 0.35;
    const half = Math.min(1.35, ([...b.label].length * ringFont * CHAR) / 2 / mid + 0.3);
    const a = { x: r1(cx - mid * Math.sin(half)), y: r1(cy - mid * Math.cos(half)) };
    const z = { x: r1(cx + mid * Math.sin(half)), y: a.y };
    b.labelPath = `M${a.x} ${a.y}A${r1(mid)} ${r1(mid)} 0 ${half > Math.PI / 2 ? 1 : 0} 1 ${z.x} ${z.y}`;
  }

  const marks: MapMark[] = placed.map((p) => {
    const { x, y } = at(p.angle, p.r);
    return { id: p.id, number: o.numbers.get(p.id) ?? 0, depth: p.depth, angle: p.angle, x, y, side: sideOf(p) };
  });

  if (compact) {
    for (const m of marks) {
      const off = markSize + 3;
      m.tag = m.side === 'right' ? { x: r1(m.x + off), y: m.y, anchor: 'start' } : { x: r1(m.x - off), y: m.y, anchor: 'end' };
    }
  } else {
    const maxChars = Math.max(6, Math.floor((labelCol - 6) / (NAME_FONT * CHAR)));
    for (const side of ['left', 'right'] as const) {
      const list = marks.filter((m) => m.side === side).sort((a, b) => a.y - b.y || a.number - b.number);
      const ys = list.map((m) => m.y);
      const top = 12;
      const bottom = height - 10;
      for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i]!, i === 0 ? top : ys[i - 1]! + LINE);
      for (let i = ys.length - 1; i >= 0; i--) ys[i] = Math.min(ys[i]!, i === ys.length - 1 ? bottom : ys[i + 1]! - LINE);
      list.forEach((m, i) => {
        const y = r1(ys[i]!);
        const edge = side === 'right' ? cx + R + 6 : cx - R - 6;
        const x = side === 'right' ? r1(cx + R + GAP) : r1(cx - R - GAP);
        const digits = String(m.number).length + 2;
        m.label = {
          x,
          y,
          anchor: side === 'right' ? 'start' : 'end',
          text: text_fit(o.name(m.id), maxChars - digits),
          leader: `M${m.x} ${m.y}L${r1(edge)} ${y}L${r1(side === 'right' ? x - 4 : x + 4)} ${y}`,
        };
      });
    }
  }

  const centreChars = Math.max(4, Math.floor((core * 1.7) / (ringFont * CHAR)));
  return { width, height, cx, cy, core, centre: text_wrap(o.centre, centreChars, 3), bands, marks, compact, markSize, ringFont };
}

export type MapMove = 'next' | 'previous' | 'inward' | 'outward' | 'first' | 'last';

/**
 * Where a key goes from a mark: along its ring (round and round), to the nearest mark on the next
 * ring in or out that has any, or to the first or last mark. `undefined` at an edge.
 * @example map_nav(layout.marks, 'stakeholder-3', 'outward') // 'stakeholder-5'
 */
export function map_nav(marks: readonly MapMark[], fromId: string, move: MapMove): string | undefined {
  if (marks.length === 0) return undefined;
  if (move === 'first') return marks[0]!.id;
  if (move === 'last') return marks[marks.length - 1]!.id;
  const from = marks.find((m) => m.id === fromId);
  if (!from) return marks[0]!.id;
  if (move === 'next' || move === 'previous') {
    const ring = marks.filter((m) => m.depth === from.depth);
    if (ring.length < 2) return undefined;
    const i = ring.indexOf(from);
    return ring[(i + (move === 'next' ? 1 : -1) + ring.length) % ring.length]!.id;
  }
  const depths = [...new Set(marks.map((m) => m.depth))].sort((a, b) => a - b);
  const d = depths[depths.indexOf(from.depth) + (move === 'outward' ? 1 : -1)];
  if (d === undefined) return undefined;
  const dist = (a: number) => {
    const x = Math.abs(a - from.angle) % TAU;
    return Math.min(x, TAU - x);
  };
  let best: MapMark | undefined;
  for (const m of marks) if (m.depth === d && (!best || dist(m.angle) < dist(best.angle))) best = m;
  return best?.id;
}
