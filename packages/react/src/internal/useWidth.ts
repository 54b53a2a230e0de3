import * as React from 'react';

/**
 * Width of an element, following resizes. Server rendering and the first render use the
 * fallback; when `enabled` is false (a fixed width was given) nothing is measured.
 */
export function useWidth(fallback: number, enabled: boolean): [number, (el: HTMLDivElement | null) => void] {
  const [width, setWidth] = React.useState(fallback);
  const observer = React.useRef<ResizeObserver | null>(null);
  const ref = React.useCallback(
    (el: HTMLDivElement | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!enabled || !el || typeof ResizeObserver === 'undefined') return;
      const measure = () => {
        const w = Math.floor(el.getBoundingClientRect().width);
        if (w > 0) setWidth(w);
      };
      measure();
      observer.current = new ResizeObserver(measure);
      observer.current.observe(el);
    },
    [enabled],
  );
  return [width, ref];
}
