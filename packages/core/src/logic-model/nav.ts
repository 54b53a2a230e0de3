/**
 * Keyboard movement in a laid-out logic model, in logical terms: `forward` is toward later
 * columns, whatever the reading direction. The component maps keys by direction — in he/ar
 * ArrowLeft is `forward`, in en ArrowRight — and keeps the returned position (with the link it
 * arrived by) to pass back on the next key press.
 */
import type { LogicModelLayout, LayoutBox, LayoutLink } from './layout.js';

/**
 * A move:
 * - `forward` / `backward`: along the box's first outgoing / incoming link (links ordered by the
 *   other end's column, then top to bottom).
 * - `next-link` / `previous-link`: to the other end of the next / previous link from the box you
 *   came from (cycling), so arrow-then-next walks every target of a box in turn. Without an arrival
 *   link, they cycle through the current box's outgoing links.
 * - `up` / `down`: within the column; `first` / `last`: the column's top and bottom box.
 * - `column-forward` / `column-backward`: the nearest box (by height) in the next non-empty column,
 *   for boxes without links.
 * - `start` / `end`: the first box of the model and the last.
 */
export type LogicModelMove =
  | 'forward' | 'backward' | 'next-link' | 'previous-link' | 'up' | 'down' | 'first' | 'last'
  | 'column-forward' | 'column-backward' | 'start' | 'end';

/** The link a position was reached by. */
export interface NavVia {
  /** Index of the link in `model.links` (also `LayoutLink.index`). */
  link: number;
  /** `forward`: reached the link's `to`; `backward`: reached its `from`. */
  direction: 'forward' | 'backward';
  /** 1-based position among the links of the box left from, and their count ("link 2 of 3"). */
  position: number;
  count: number;
}

/** Where the focus is. */
export interface NavPosition {
  boxId: string;
  via?: NavVia;
}

/** Where a move lands; `moved` is false when there is nowhere to go (stay, maybe announce it). */
export interface NavResult extends NavPosition {
  moved: boolean;
}

function siblings(layout: LogicModelLayout, boxes: Map<string, LayoutBox>, boxId: string, direction: 'forward' | 'backward'): LayoutLink[] {
  const other = (l: LayoutLink) => boxes.get(direction === 'forward' ? l.to : l.from)!;
  return layout.links
    .filter((l) => (direction === 'forward' ? l.from : l.to) === boxId)
    .sort((a, b) => {
      const x = other(a);
      const y = other(b);
      return (direction === 'forward' ? x.columnIndex - y.columnIndex : y.columnIndex - x.columnIndex) || x.block - y.block || a.index - b.index;
    });
}

function follow(list: LayoutLink[], k: number, direction: 'forward' | 'backward'): NavResult {
  const l = list[k]!;
  return {
    boxId: direction === 'forward' ? l.to : l.from,
    moved: true,
    via: { link: l.index, direction, position: k + 1, count: list.length },
  };
}

/**
 * Moves the focus. An unknown starting box lands on the first box of the model; an empty layout
 * stays where it is.
 * @example logicModel_nav(layout, 'staff', 'forward')
 *   // { boxId: 'sessions', moved: true, via: { link: 0, direction: 'forward', position: 1, count: 2 } }
 * @example logicModel_nav(layout, { boxId: 'sessions', via }, 'next-link') // the second target of 'staff'
 */
export function logicModel_nav(layout: LogicModelLayout, from: string | NavPosition, move: LogicModelMove): NavResult {
  const position: NavPosition = typeof from === 'string' ? { boxId: from } : (from ?? { boxId: '' });
  const boxes = new Map(layout.boxes.map((b) => [b.id, b]));
  const filled = layout.columns.filter((c) => c.boxIds.length > 0);
  const stay: NavResult = { boxId: position.boxId, moved: false };
  if (filled.length === 0) return stay;
  const here = boxes.get(position.boxId);
  if (!here) return { boxId: filled[0]!.boxIds[0]!, moved: true };
  const column = layout.columns[here.columnIndex]!.boxIds;
  const at = column.indexOf(here.id);
  const go = (id: string | undefined): NavResult => (id === undefined || id === here.id ? stay : { boxId: id, moved: true });

  switch (move) {
    case 'forward':
    case 'backward': {
      const list = siblings(layout, boxes, here.id, move);
      return list.length > 0 ? follow(list, 0, move) : stay;
    }
    case 'next-link':
    case 'previous-link': {
      const step = move === 'next-link' ? 1 : -1;
      const via = position.via;
      const arrived = via ? layout.links.find((l) => l.index === via.link) : undefined;
      if (via && arrived && (via.direction === 'forward' ? arrived.to : arrived.from) === here.id) {
        const origin = via.direction === 'forward' ? arrived.from : arrived.to;
        const list = siblings(layout, boxes, origin, via.direction);
        const k = list.findIndex((l) => l.index === via.link);
        if (list.length < 2) return { ...stay, via };
        return follow(list, (k + step + list.length) % list.length, via.direction);
      }
      const list = siblings(layout, boxes, here.id, 'forward');
      return list.length > 0 ? follow(list, step > 0 ? 0 : list.length - 1, 'forward') : stay;
    }
    case 'up':
      return go(column[at - 1]);
    case 'down':
      return go(column[at + 1]);
    case 'first':
      return go(column[0]);
    case 'last':
      return go(column[column.length - 1]);
    case 'start':
      return go(filled[0]!.boxIds[0]);
    case 'end': {
      const last = filled[filled.length - 1]!.boxIds;
      return go(last[last.length - 1]);
    }
    case 'column-forward':
    case 'column-backward': {
      const next =
        move === 'column-forward'
          ? filled.find((c) => c.index > here.columnIndex)
          : [...filled].reverse().find((c) => c.index < here.columnIndex);
      if (!next) return stay;
      const mid = here.block + here.height / 2;
      const distance = (id: string) => Math.abs(boxes.get(id)!.block + boxes.get(id)!.height / 2 - mid);
      return go(next.boxIds.reduce((a, b) => (distance(b) < distance(a) ? b : a)));
    }
    default:
      return stay;
  }
}
