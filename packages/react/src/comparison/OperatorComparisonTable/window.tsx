import * as React from 'react';
import { useVirtualRows } from './virtual.js';

/** The body rows in view: indexes `start` (inclusive) to `end`, and the block size of the rows above and below. */
export interface RowWindow {
  start: number;
  end: number;
  before: number;
  after: number;
}

/** Estimated block size of a body row (value, n and comparison on three lines), in pixels. */
const ESTIMATE_PX = 84;
/** Rows rendered beyond each edge of the view. */
const OVERSCAN = 8;
/** The least block size of a body row (its cells' `min-block-size`, 2.75rem), to fill the first view. */
const ROW_MIN_PX = 44;
/** Most rows rendered before the virtualizer is in, and on the server. */
const FIRST_ROWS = 30;

/**
 * The rows of a long table, only those in view, between two spacer rows that keep the scroll
 * height. Until TanStack Virtual is loaded (just after the first paint) and on the server, the
 * first rows that fill the view, with the scroll height already right; the virtualizer then only
 * moves the window, so the swap rebuilds no row.
 */
export function WindowRows({
  count,
  render,
  scrollElement,
  scrollTo,
  colSpan,
  height,
  onRendered,
}: {
  count: number;
  render: (index: number) => React.ReactNode;
  scrollElement: React.RefObject<HTMLDivElement | null>;
  scrollTo: { index: number; seq: number } | null;
  colSpan: number;
  height: number;
  /** Called after every render, e.g. to focus a row that just appeared. */
  onRendered: () => void;
}) {
  const VirtualRows = useVirtualRows(true);
  const [win, setWin] = React.useState<RowWindow | null>(null);
  const onWindow = React.useCallback((next: RowWindow) => {
    setWin((old) => (old && old.start === next.start && old.end === next.end && old.before === next.before && old.after === next.after ? old : next));
  }, []);
  React.useLayoutEffect(onRendered);
  let at: RowWindow;
  if (win && VirtualRows) {
    at = win;
  } else {
    // What the virtualizer will report at the top of the list, so that it changes nothing.
    const end = Math.min(count, FIRST_ROWS, Math.ceil(height / ROW_MIN_PX) + 2);
    at = { start: 0, end, before: 0, after: (count - end) * ESTIMATE_PX };
  }
  const rows: React.ReactNode[] = [];
  for (let i = at.start; i < Math.min(at.end, count); i++) rows.push(render(i));
  return (
    <>
      {VirtualRows ? (
        // A module's export, the same function for the life of the page, not one made per render.
        // eslint-disable-next-line react-hooks/static-components
        <VirtualRows count={count} scrollElement={scrollElement} scrollTo={scrollTo} height={height} estimate={ESTIMATE_PX} overscan={OVERSCAN} onWindow={onWindow} />
      ) : null}
      {at.before > 0 ? (
        <tr aria-hidden="true" className="rch-ct__spacer">
          <td colSpan={colSpan} style={{ blockSize: at.before }} />
        </tr>
      ) : null}
      {rows}
      {at.after > 0 ? (
        <tr aria-hidden="true" className="rch-ct__spacer">
          <td colSpan={colSpan} style={{ blockSize: at.after }} />
        </tr>
      ) : null}
    </>
  );
}
