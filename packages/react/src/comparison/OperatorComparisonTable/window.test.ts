import { describe, it, expect } from 'vitest';
import * as fc from 'fast-check';
import { Virtualizer, type VirtualizerOptions } from '@tanstack/react-virtual';
import { window_at } from './window.js';

/** The rows TanStack Virtual shows at a scroll position, with the options `VirtualRows` gives it. */
function virtualWindow(scrollTop: number, height: number, count: number) {
  const options: VirtualizerOptions<HTMLDivElement, Element> = {
    count,
    getScrollElement: () => null,
    estimateSize: () => 84,
    overscan: 8,
    initialRect: { width: 1024, height },
    initialOffset: scrollTop,
    scrollToFn: () => {},
    observeElementRect: () => {},
    observeElementOffset: () => {},
  };
  const v = new Virtualizer(options);
  const items = v.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    start: first ? first.index : 0,
    end: last ? last.index + 1 : 0,
    before: first ? first.start : 0,
    after: last ? v.getTotalSize() - last.end : 0,
  };
}

describe('window_at, the row window before TanStack Virtual is loaded', () => {
  it('is the window TanStack Virtual gives at the same scroll position, so its arrival changes no row (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 101, max: 20_000 }), fc.integer({ min: 120, max: 1200 }), fc.double({ min: 0, max: 1, noNaN: true }), (count, height, at) => {
        const scrollTop = Math.floor(at * Math.max(0, count * 84 - height));
        expect(window_at(scrollTop, height, count)).toEqual(virtualWindow(scrollTop, height, count));
      }),
      { numRuns: 300 },
    );
  });

  it('at the top of 10,000 rows in 600 px: the first 16 rows, and the rest as one spacer', () => {
    expect(window_at(0, 600, 10_000)).toEqual({ start: 0, end: 16, before: 0, after: (10_000 - 16) * 84 });
  });
});
