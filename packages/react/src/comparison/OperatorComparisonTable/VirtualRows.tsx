import * as React from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/**
 * The body rows of a long table, only those in view (TanStack Virtual), between two spacer rows
 * that keep the scroll height. Loaded on demand: a page whose tables stay short never downloads
 * the virtualizer.
 */
export default function VirtualRows({
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
  /** A body row index to bring into view (keyboard moves), with a counter so the same index can be asked again. */
  scrollTo: { index: number; seq: number } | null;
  colSpan: number;
  height: number;
  /** Called after every render, e.g. to focus a row that just appeared. */
  onRendered: () => void;
}) {
  // We do not use the React Compiler; the virtualizer is read fresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollElement.current,
    // Rows are not measured: measuring each new row forces a synchronous layout of the whole table
    // on every scroll and sort. Rows stay in table flow, so an estimate only shifts the spacers.
    estimateSize: () => 84,
    overscan: 8,
    initialRect: { width: 1024, height },
  });
  React.useLayoutEffect(() => {
    if (scrollTo && scrollTo.index >= 0 && scrollTo.index < count) virtualizer.scrollToIndex(scrollTo.index, { align: 'auto' });
  }, [scrollTo, count, virtualizer]);
  React.useLayoutEffect(onRendered);
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start : 0;
  const after = last ? virtualizer.getTotalSize() - last.end : 0;
  return (
    <>
      {before > 0 ? (
        <tr aria-hidden="true" className="rch-ct__spacer">
          <td colSpan={colSpan} style={{ blockSize: before }} />
        </tr>
      ) : null}
      {items.map((v) => render(v.index))}
      {after > 0 ? (
        <tr aria-hidden="true" className="rch-ct__spacer">
          <td colSpan={colSpan} style={{ blockSize: after }} />
        </tr>
      ) : null}
    </>
  );
}
