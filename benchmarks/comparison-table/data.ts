import type { ReactElement } from 'react';
import type { OperatorRow } from '@rechesh/core';

/**
 * The benchmark's data, identical for both libraries: `manyOperators(ROWS)` from the component's
 * examples (deterministic: 10,000 operators on 4 indicators, every 97th suppressed on the first
 * indicator, every 50th new). Each library's module turns it into its own input shape before
 * timing starts.
 */
export const ROWS = 10_000;
/** Block size of the scrolling area, both libraries (px). */
export const HEIGHT = 600;
/** The numeric indicator column the sort step clicks (first click: ascending in both). */
export const SORT_COLUMN = 'detox-completion';

export type LibName = 'ours' | 'aggrid';

/** What a library module gives the page. */
export interface TableLib<Data> {
  name: LibName;
  /** Turn the shared rows into this library's input (outside the timed region). */
  prepare(rows: OperatorRow[]): Data;
  element(data: Data): ReactElement;
  /** The element that scrolls the rows vertically. */
  scroller(container: HTMLElement): HTMLElement | null;
  /** The part of the viewport where body rows show (below the sticky header). */
  bodyRect(container: HTMLElement): DOMRect | null;
  /** The data row (or section row) element an element belongs to, if any, with its text present. */
  rowAt(el: Element | null): Element | null;
  /** The operator name in the first row of the current order (row index 0), or null if not rendered. */
  firstRowName(container: HTMLElement): string | null;
  /** The header control that sorts by `columnId`. */
  sortControl(container: HTMLElement, columnId: string): HTMLElement | null;
  /** Data rows currently in the DOM. */
  renderedRows(container: HTMLElement): number;
}
