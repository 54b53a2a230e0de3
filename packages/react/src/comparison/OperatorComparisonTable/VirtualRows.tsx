import * as React from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { RowWindow, ScrollRequest } from './window.js';

/**
 * Which body rows of a long table are in view (TanStack Virtual), reported to the rows' own
 * component through `onWindow`; renders nothing itself. The rows stay where they were rendered
 * before this was loaded, so swapping it in rebuilds none of them. Loaded on demand: a page whose
 * tables stay short never downloads the virtualizer.
 */
export default function VirtualRows({
  count,
  scrollElement,
  scrollTo,
  scrollHandledRef,
  height,
  estimate,
  overscan,
  onWindow,
}: {
  count: number;
  scrollElement: React.RefObject<HTMLDivElement | null>;
  scrollTo: ScrollRequest | null;
  /** The `seq` of the last request carried out: a request is carried out once, not again on a new count or mount. */
  scrollHandledRef: React.RefObject<number>;
  height: number;
  /** Estimated row height in pixels. */
  estimate: number;
  overscan: number;
  onWindow: (window: RowWindow) => void;
}) {
  // We do not use the React Compiler; the virtualizer is read fresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollElement.current,
    // Rows are not measured: measuring each new row forces a synchronous layout of the whole table
    // on every scroll and sort. Rows stay in table flow, so an estimate only shifts the spacers.
    estimateSize: () => estimate,
    overscan,
    initialRect: { width: 1024, height },
  });
  React.useLayoutEffect(() => {
    if (!scrollTo || scrollTo.seq === scrollHandledRef.current) return;
    scrollHandledRef.current = scrollTo.seq;
    if (scrollTo.index >= 0 && scrollTo.index < count) virtualizer.scrollToIndex(scrollTo.index, { align: 'auto' });
  }, [scrollTo, scrollHandledRef, count, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const start = first ? first.index : 0;
  const end = last ? last.index + 1 : 0;
  const before = first ? first.start : 0;
  const after = last ? virtualizer.getTotalSize() - last.end : 0;
  React.useLayoutEffect(() => onWindow({ start, end, before, after }), [start, end, before, after, onWindow]);
  return null;
}
