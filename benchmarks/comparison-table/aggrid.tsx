import { AgGridReact } from 'ag-grid-react';
import { AllCommunityModule, type ColDef, type ValueFormatterParams } from 'ag-grid-community';
import { format_value, operators_order, text_get } from '@rechesh/core';
import { comparisonIndicators } from '../../packages/react/src/comparison/OperatorComparisonTable/OperatorComparisonTable.examples.ts';
import { HEIGHT, type TableLib } from './data.ts';

/** One flat row per operator: name, region, and the shown value of each indicator (null when suppressed or missing). */
type Row = { id: string; name: string; region: string } & Record<string, string | number | null>;

const MIN_N = 10; // the default suppression rule's minimum n, so AG Grid shows the same values ours does

const columnDefs: ColDef<Row>[] = [
  { field: 'name', headerName: 'Operator' },
  { field: 'region', headerName: 'Region' },
  ...comparisonIndicators.map(
    (ind): ColDef<Row> => ({
      colId: ind.id,
      field: ind.id,
      headerName: text_get(ind.name, 'en'),
      // The value as text, formatted as ours formats it; sorting uses the number.
      valueFormatter: (p: ValueFormatterParams<Row>) =>
        typeof p.value === 'number' ? format_value(p.value, ind.unit, { locale: 'en', decimals: ind.decimals }) : 'Suppressed',
    }),
  ),
];
const defaultColDef: ColDef<Row> = { sortable: true };
const modules = [AllCommunityModule];

/**
 * AG Grid community (React): the same operators and columns, sortable, default row virtualization
 * and theme (Quartz), row animation off, 1200px × 600px. Rows given in the same initial order as ours (by name, new
 * operators last).
 */
export const aggrid: TableLib<Row[]> = {
  name: 'aggrid',
  prepare: (rows) =>
    operators_order(rows, 'name', 'en').map((r) => {
      const row: Row = { id: r.operatorId, name: text_get(r.name, 'en'), region: text_get(r.region, 'en') };
      for (const ind of comparisonIndicators) {
        const o = r.values[ind.id];
        row[ind.id] = o && typeof o.value === 'number' && (o.n === undefined || o.n >= MIN_N) ? o.value : null;
      }
      return row;
    }),
  element: (rowData) => (
    <div style={{ width: 1200, height: HEIGHT }}>
      <AgGridReact<Row>
        rowData={rowData}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        modules={modules}
        getRowId={(p) => p.data.id}
        // No 0.4 s row-move animation after a sort: we time the work, not a transition (ours has none).
        animateRows={false}
      />
    </div>
  ),
  // AG Grid 36: one viewport scrolls both ways; the header sticks at its top.
  scroller: (c) => c.querySelector<HTMLElement>('.ag-grid-viewport'),
  bodyRect: (c) => {
    const viewport = c.querySelector('.ag-grid-viewport');
    const head = c.querySelector('.ag-header');
    if (!viewport || !head) return null;
    const r = viewport.getBoundingClientRect();
    const top = Math.max(r.top, head.getBoundingClientRect().bottom);
    return new DOMRect(r.left, top, r.width, r.bottom - top);
  },
  rowAt: (el) => {
    const row = el?.closest('.ag-grid-scrolling-container .ag-row') ?? null;
    return row && (row.querySelector('[col-id="name"]')?.textContent ?? '').trim() !== '' ? row : null;
  },
  firstRowName: (c) => c.querySelector('.ag-grid-scrolling-container .ag-row[row-index="0"] [col-id="name"]')?.textContent ?? null,
  sortControl: (c, id) => c.querySelector<HTMLElement>(`.ag-header-cell[col-id="${id}"] .ag-header-cell-label`),
  renderedRows: (c) => c.querySelectorAll('.ag-grid-scrolling-container .ag-row').length,
};
