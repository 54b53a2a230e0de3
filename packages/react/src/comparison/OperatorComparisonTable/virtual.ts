import * as React from 'react';
import { afterPaint } from '../../internal/afterPaint.js';
import type VirtualRowsComponent from './VirtualRows.js';

/**
 * The virtualized body (TanStack Virtual), fetched only when a table is long: most tables are not,
 * and never download it. It is fetched at once but swapped in only after the first paint, so the
 * first rows (rendered without it) reach the screen before the swap's work. Once loaded, every
 * later table on the page uses it from its first render.
 *
 * `undefined`: not loaded (yet, or on the server); `null`: the download failed, and the table
 * shows every row rather than only the first ones.
 */
let loaded: typeof VirtualRowsComponent | null | undefined;
let started = false;
const listeners = new Set<() => void>();

function virtualRows_start(): void {
  if (started) return;
  started = true;
  // Settled at once (no rejection left unhandled while waiting for the paint): the component, or
  // null when the download failed.
  const component = import('./VirtualRows.js')
    .then((m) => (typeof m.default === 'function' ? m.default : null))
    .catch(() => null);
  afterPaint(() => {
    void component.then((c) => {
      loaded = c;
      for (const listener of listeners) listener();
    });
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The virtualized body component when `wanted` and loaded; starts the download when wanted. */
export function useVirtualRows(wanted: boolean): typeof VirtualRowsComponent | null | undefined {
  // The server snapshot is "not loaded", so a hydrated page starts from the markup it was sent.
  const component = React.useSyncExternalStore(subscribe, () => loaded, () => undefined);
  React.useEffect(() => {
    if (wanted) virtualRows_start();
  }, [wanted]);
  return component;
}
