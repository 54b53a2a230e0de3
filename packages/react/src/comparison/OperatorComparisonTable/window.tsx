import * as React from 'react';
import { useVirtualRows } from './virtual.js';

/** The body rows in view: indexes `start` (inclusive) to `end`, and the block size of the rows above and below. */
export interface RowWindow {
  start: number;
  end: number;
  before: number;
  after: number;
}

/** A body row to bring into view (keyboard moves), with a counter so the same index can be asked again. */
export interface ScrollRequest {
  index: number;
  seq: number;
}

/** Estimated block size of a body row (value, n and comparison on three lines), in pixels. */
const ESTIMATE_PX = 84;
/** Rows rendered beyond each edge of the view. */
const OVERSCAN = 8;

/**
 * The window TanStack Virtual gives for these estimates (fixed row size, `overscan`), worked out
 * here for the time before it is loaded: the same rows, so its arrival changes none.
 */
export function window_at(scrollTop: number, height: number, count: number): RowWindow {
  const top = Math.max(0, scrollTop);
  const first = Math.min(count, Math.floor(top / ESTIMATE_PX));
  const start = Math.max(0, first - OVERSCAN);
  const end = Math.min(count, Math.ceil((top + height) / ESTIMATE_PX) + OVERSCAN);
  return { start, end: Math.max(start, end), before: start * ESTIMATE_PX, after: Math.max(0, count - Math.max(start, end)) * ESTIMATE_PX };
}

/**
 * The rows of a long table, only those in view, between two spacer rows that keep the scroll
 * height. TanStack Virtual (its own chunk) takes over just after the first paint; until then, and
 * on the server, the window follows the scroll position by the same estimates, so the first rows
 * paint at once and its arrival rebuilds no row (focus stays). If it cannot be downloaded, every
 * row is shown, still under the same keys.
 */
export function WindowRows({
  count,
  render,
  scrollElement: scrollElementRef,
  scrollTo,
  scrollHandled: scrollHandledRef,
  colSpan,
  height,
  onRendered,
}: {
  count: number;
  render: (index: number) => React.ReactNode;
  scrollElement: React.RefObject<HTMLDivElement | null>;
  scrollTo: ScrollRequest | null;
  /** The `seq` of the last scroll request carried out, kept by the table: a request is carried out once. */
  scrollHandled: React.RefObject<number>;
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
  // Before the virtualizer: follow the scroll position, and carry out keyboard scroll requests.
  const [top, setTop] = React.useState(0);
  React.useEffect(() => {
    const el = scrollElementRef.current;
    if (VirtualRows !== undefined || !el) return;
    const onScroll = () => setTop(el.scrollTop);
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, [VirtualRows, scrollElementRef]);
  React.useLayoutEffect(() => {
    const el = scrollElementRef.current;
    if (VirtualRows !== undefined || !el || !scrollTo || scrollTo.seq === scrollHandledRef.current) return;
    scrollHandledRef.current = scrollTo.seq;
    const at = window_at(el.scrollTop, height, count);
    const first = Math.floor(el.scrollTop / ESTIMATE_PX);
    const last = Math.floor((el.scrollTop + height) / ESTIMATE_PX) - 1;
    if (scrollTo.index < first || scrollTo.index > last || scrollTo.index >= at.end) {
      // The scroll event that follows moves the window (`onScroll`).
      el.scrollTop = Math.max(0, scrollTo.index * ESTIMATE_PX - height / 2);
    }
  }, [VirtualRows, scrollTo, scrollHandledRef, scrollElementRef, height, count]);
  React.useLayoutEffect(onRendered);

  let at: RowWindow;
  if (VirtualRows === null) at = { start: 0, end: count, before: 0, after: 0 };
  else if (win && VirtualRows) at = win;
  else at = window_at(top, height, count);
  const rows: React.ReactNode[] = [];
  for (let i = at.start; i < Math.min(at.end, count); i++) rows.push(render(i));
  return (
    <>
      {VirtualRows ? (
        // A module's export, the same function for the life of the page, not one made per render.
        // eslint-disable-next-line react-hooks/static-components
        <VirtualRows
          count={count}
          scrollElement={scrollElementRef}
          scrollTo={scrollTo}
          scrollHandledRef={scrollHandledRef}
          height={height}
          estimate={ESTIMATE_PX}
          overscan={OVERSCAN}
          onWindow={onWindow}
        />
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
