import { OperatorComparisonTable } from '@rechesh/react/comparison';
import type { OperatorRow } from '@rechesh/core';
import { comparisonBenchmark, comparisonFeatures, comparisonIndicators } from '../../packages/react/src/comparison/OperatorComparisonTable/OperatorComparisonTable.examples.ts';
import { HEIGHT, type TableLib } from './data.ts';

/** Rechesh OperatorComparisonTable: English, 1200px wide, scrolling area 600px, defaults otherwise (virtualized above 100 rows). */
export const ours: TableLib<OperatorRow[]> = {
  name: 'ours',
  prepare: (rows) => rows,
  element: (operators) => (
    <div style={{ width: 1200 }}>
      <OperatorComparisonTable
        indicators={comparisonIndicators}
        operators={operators}
        benchmark={comparisonBenchmark}
        populationFeatures={comparisonFeatures}
        locale="en"
        maxHeight={HEIGHT}
      />
    </div>
  ),
  scroller: (c) => c.querySelector<HTMLElement>('.rch-ct__scroll'),
  bodyRect: (c) => {
    const scroll = c.querySelector('.rch-ct__scroll');
    const head = c.querySelector('.rch-ct__grid thead th'); // the cells are sticky, not the thead
    if (!scroll || !head) return null;
    const r = scroll.getBoundingClientRect();
    const top = Math.max(r.top, head.getBoundingClientRect().bottom);
    return new DOMRect(r.left, top, r.width, r.bottom - top);
  },
  rowAt: (el) => {
    const row = el?.closest('.rch-ct__grid tbody tr[data-index]') ?? null;
    return row && (row.textContent ?? '').trim() !== '' ? row : null;
  },
  firstRowName: (c) => c.querySelector('.rch-ct__grid tbody tr[data-index="0"] [data-col="name"]')?.textContent ?? null,
  sortControl: (c, id) => c.querySelector<HTMLElement>(`.rch-ct__grid th[data-col="${id}"] button`),
  renderedRows: (c) => c.querySelectorAll('.rch-ct__grid tbody tr[data-index]').length,
};
