/**
 * From logical to physical coordinates, for drawing: in RTL the inline start is the right edge,
 * so `x = inlineSize - inline` (and a box's left edge is `inlineSize - inline - width`). The
 * layout itself stays logical, so the same numbers serve both directions and the tests.
 */
import type { Direction } from '../schema/types.js';
import type { LayoutLinkKind, LogicModelLayout } from './layout.js';

/** A layout in SVG coordinates: x to the right, y down. */
export interface PhysicalLayout {
  width: number;
  height: number;
  /** Column bands, by their left edge. */
  columns: Array<{ id: string; x: number; width: number }>;
  boxes: Array<{ id: string; x: number; y: number; width: number; height: number }>;
  /** Each link as a polyline from start through its waypoints to end, ready for d3 `line()`. */
  links: Array<{ index: number; from: string; to: string; kind: LayoutLinkKind; points: Array<[number, number]> }>;
}

/**
 * Maps a logical layout to SVG coordinates for a direction. Only x changes, and only in RTL.
 * @example layout_physical(layout, 'rtl').boxes[0] // { id: 'staff', x: 560, y: 16, width: 200, height: 80 } (first column at the right)
 */
export function layout_physical(layout: LogicModelLayout, dir: Direction): PhysicalLayout {
  const w = layout.inlineSize;
  const rtl = dir === 'rtl';
  const x = (inline: number) => (rtl ? w - inline : inline);
  return {
    width: w,
    height: layout.blockSize,
    columns: layout.columns.map((c) => ({ id: c.id, x: rtl ? w - c.inline - c.width : c.inline, width: c.width })),
    boxes: layout.boxes.map((b) => ({ id: b.id, x: rtl ? w - b.inline - b.width : b.inline, y: b.block, width: b.width, height: b.height })),
    links: layout.links.map((l) => ({
      index: l.index,
      from: l.from,
      to: l.to,
      kind: l.kind,
      points: [l.start, ...l.waypoints, l.end].map((p): [number, number] => [x(p.inline), p.block]),
    })),
  };
}
