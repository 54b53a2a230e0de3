import * as React from 'react';
import {
  columnVisibilityFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import {
  collator_for,
  comparison_cautionKinds,
  comparison_cells,
  comparison_csv,
  operatorCaution_order,
  operatorCaution_text,
  text_get,
  validate_comparisonTable,
  type ComparisonCell,
  type Indicator,
  type LocalizedText,
  type OperatorBenchmark,
  type OperatorCautionKind,
  type OperatorRow,
} from '@rechesh/core';
import { useRechesh, type RecheshSettings, type ResolvedSettings } from '../../provider/RecheshProvider.js';
import { ErrorPanel, SafeBoundary, cx } from '../../error/ErrorPanel.js';
import { comparisonTableCatalog } from '../../internal/catalogs.js';
import { Text } from '../../internal/Text.js';
import { afterPaint } from '../../internal/afterPaint.js';
import { ValueCell, cautionWord } from './Cell.js';
import { WindowRows, type ScrollRequest } from './window.js';
import { body_items, grid_move, rows_matching, rows_sorted, table_model, type BodyItem, type TableRow } from './model.js';

/* -------------------------------------------------------------------------------------------------
 * OperatorComparisonTable
 * -----------------------------------------------------------------------------------------------*/

const TABLE_NAME = 'OperatorComparisonTable';


/** A column to sort by: `name`, `region` or an indicator id. */
export interface ComparisonSort {
  columnId: string;
  desc?: boolean;
}

export interface OperatorComparisonTableProps extends RecheshSettings, Omit<React.HTMLAttributes<HTMLElement>, 'dir'> {
  /** The shared indicators, one column each, in this order. */
  indicators: readonly Indicator[];
  /** One row per operator, with its observation per indicator id. */
  operators: readonly OperatorRow[];
  /** What each indicator is compared with (e.g. the national average), by indicator id. */
  benchmark: Record<string, OperatorBenchmark>;
  /** Names of the population-profile features the data uses (`population: { highNeed: 0.4 }`). */
  populationFeatures?: Record<string, LocalizedText>;
  /** Largest share difference from the benchmark population not flagged. @defaultValue 0.1 */
  populationThreshold?: number;
  /** Show operators as A, B, C… (a stable mapping, regions and free text removed). @defaultValue false */
  anonymise?: boolean;
  /** Seed of the anonymous mapping; keep it private. @defaultValue '' */
  anonymiseSeed?: string;
  /** The table's caption. Defaults to a sentence naming the counts and the benchmark. */
  caption?: LocalizedText;
  /**
   * The order at first. By default rows are by name (never by rank); sorting by a value is allowed
   * and then shows intervals and cautions prominently.
   */
  defaultSort?: ComparisonSort | null;
  /** Group rows by region at first. @defaultValue false */
  defaultGroupByRegion?: boolean;
  /** Show confidence intervals at first (they are always shown while sorted by a value). @defaultValue false */
  defaultShowIntervals?: boolean;
  /** Column ids hidden at first (`region` or indicator ids). */
  defaultHiddenColumns?: readonly string[];
  /** The selected operator's id (controlled); share it with a FunnelPlot. */
  selectedId?: string | null;
  defaultSelectedId?: string | null;
  onSelectedIdChange?: (id: string | null) => void;
  /** Called with the CSV text when the user downloads it. */
  onExport?: (csv: string) => void;
  /** File name of the download, without `.csv`. @defaultValue 'operators' */
  exportFileName?: string;
  /** Render only the rows in view above this many rows (TanStack Virtual). @defaultValue 100 */
  virtualizeAbove?: number;
  /** Block size of the scrolling area in pixels; the header sticks inside it. @defaultValue 560 */
  maxHeight?: number;
}

// Sorting state lives in TanStack (`rowSortingFeature`); the rows are sorted by `rows_sorted`, on
// numbers read once, not through TanStack's comparator per pair (`manualSorting`).
const features = tableFeatures({ rowSortingFeature, columnVisibilityFeature });

/**
 * Operators (rows) on shared indicators (columns), each value compared with the benchmark only
 * through its confidence interval, in words and shapes as well as colour, with caution badges a
 * keyboard or screen-reader user can open for an explanation. Careful by design: the default order
 * is by name, there are no rank numbers, new operators are listed apart and not compared, values
 * from too few cases never appear (not in the page, the aria text or the CSV), and an anonymised
 * mode shows A, B, C… for publication. A WAI-ARIA grid: arrow keys move between cells.
 */
export const OperatorComparisonTable = React.forwardRef<HTMLElement, OperatorComparisonTableProps>(function OperatorComparisonTable(props, ref) {
  const { locale, dir, theme, numberingSystem, suppression, messages } = props;
  return (
    <SafeBoundary
      component={TABLE_NAME}
      settings={{ locale, dir, theme, numberingSystem, suppression, messages }}
      resetKeys={[props.indicators, props.operators, props.benchmark]}
    >
      <TableImpl {...props} ref={ref} />
    </SafeBoundary>
  );
});

type Col = { id: string; indicator?: Indicator };

const TableImpl = React.forwardRef<HTMLElement, OperatorComparisonTableProps>(function TableImpl(props, ref) {
  const { locale, dir, theme, numberingSystem, suppression, messages } = props;
  const s = useRechesh({ locale, dir, theme, numberingSystem, suppression, messages }, comparisonTableCatalog);
  const { indicators, operators, benchmark } = props;
  const anonymise = props.anonymise === true;
  const issues = React.useMemo(() => {
    const found = validate_comparisonTable({ indicators, operators, benchmark });
    // A page shown anonymised must not name an operator even in its error panel: the path says where.
    return anonymise ? found.map((i) => (i.code === 'duplicate-id' && i.path.startsWith('operators') ? { ...i, params: { id: '…' } } : i)) : found;
  }, [indicators, operators, benchmark, anonymise]);
  if (issues.length > 0) {
    return <ErrorPanel component={TABLE_NAME} issues={issues} locale={s.locale} dir={s.dir} messages={messages} data-rch-theme={theme} />;
  }
  return <Grid {...props} s={s} ref={ref} />;
});

const Grid = React.forwardRef<HTMLElement, OperatorComparisonTableProps & { s: ResolvedSettings }>(function Grid(
  {
    s,
    indicators,
    operators,
    benchmark,
    populationFeatures,
    populationThreshold,
    anonymise = false,
    anonymiseSeed = '',
    caption,
    defaultSort = null,
    defaultGroupByRegion = false,
    defaultShowIntervals = false,
    defaultHiddenColumns,
    selectedId: controlledSelected,
    defaultSelectedId = null,
    onSelectedIdChange,
    onExport,
    exportFileName = 'operators',
    virtualizeAbove = 100,
    maxHeight = 560,
    locale: _locale,
    dir: _dir,
    theme,
    numberingSystem: _ns,
    suppression: _suppression,
    messages: _messages,
    className,
    ...rest
  },
  ref,
) {
  const ids = React.useId();
  const model = React.useMemo(
    () => table_model(operators, indicators, benchmark, { locale: s.locale, rule: s.suppression, anonymise, seed: anonymiseSeed, populationThreshold }),
    [operators, indicators, benchmark, s.locale, s.suppression, anonymise, anonymiseSeed, populationThreshold],
  );
  // Computed over every row once per data change, not on every render (focus moves re-render).
  const hasRegion = React.useMemo(() => !anonymise && (model.rows.some((r) => r.region !== '') || model.newOnes.some((r) => r.region !== '')), [model, anonymise]);
  // The badge kinds present, for the legend (`LegendKinds`), worked out from the data without
  // building a cell.
  const kindsOf = React.useCallback(
    () => comparison_cautionKinds(model.source, indicators, benchmark, { rule: s.suppression, populationThreshold }),
    [model, indicators, benchmark, s.suppression, populationThreshold],
  );

  // State a person changes.
  const [sorting, setSorting] = React.useState<SortingState>(() =>
    defaultSort && typeof defaultSort.columnId === 'string' ? [{ id: defaultSort.columnId, desc: defaultSort.desc === true }] : [],
  );
  const [columnVisibility, setColumnVisibility] = React.useState<Record<string, boolean>>(() =>
    Object.fromEntries((defaultHiddenColumns ?? []).map((id) => [id, false])),
  );
  const [query, setQuery] = React.useState('');
  const [group, setGroup] = React.useState(defaultGroupByRegion);
  const [intervals, setIntervals] = React.useState(defaultShowIntervals);
  const [announcement, setAnnouncement] = React.useState('');
  const [ownSelected, setOwnSelected] = React.useState<string | null>(defaultSelectedId ?? null);
  const controlled = controlledSelected !== undefined;
  const selectedId = controlled ? controlledSelected : ownSelected;
  const select = (id: string | null) => {
    if (!controlled) setOwnSelected(id);
    onSelectedIdChange?.(id);
  };

  const collator = collator_for(s.locale);

  const columns = React.useMemo<Array<ColumnDef<typeof features, TableRow, unknown>>>(
    () => [
      { id: 'name', accessorFn: (r) => r.name },
      { id: 'region', accessorFn: (r) => (r.region === '' ? undefined : r.region) },
      // Only a shown value sorts (`rows_sorted`); hidden and missing ones go last in name order.
      ...indicators.map((ind): ColumnDef<typeof features, TableRow, unknown> => ({ id: ind.id, accessorFn: (r) => r.value(ind.id) })),
    ],
    [indicators],
  );

  const sortNow = sorting[0];
  const rows = React.useMemo(() => rows_matching(model.rows, query, s.locale), [model.rows, query, s.locale]);
  const newOnes = React.useMemo(() => rows_matching(model.newOnes, query, s.locale), [model.newOnes, query, s.locale]);
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (r) => r.key,
    state: { sorting, columnVisibility: { ...columnVisibility, region: hasRegion && columnVisibility.region !== false } },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setColumnVisibility,
    enableMultiSort: false,
    manualSorting: true,
  });
  // TanStack keeps the rows and the columns; a sort reorders our rows without rebuilding its row
  // model of 10,000 rows.
  const sorted = React.useMemo(() => rows_sorted(rows, sortNow, collator), [rows, sortNow, collator]);
  const visible: Col[] = table.getVisibleLeafColumns().map((c) => ({ id: c.id, indicator: indicators.find((i) => i.id === c.id) }));
  const noRegion = s.t('table.noRegion');
  const items = React.useMemo(
    () => body_items(sorted, newOnes, { group: group && hasRegion, locale: s.locale, noRegion }),
    [sorted, newOnes, group, hasRegion, s.locale, noRegion],
  );
  const sort = sortNow;
  const sortedIndicator = sort ? indicators.find((i) => i.id === sort.id) : undefined;
  const showIntervals = intervals || sortedIndicator !== undefined;
  const colName = (c: Col) =>
    c.indicator ? text_get(c.indicator.name, s.locale) : s.t(c.id === 'name' ? 'table.colOperator' : 'table.colRegion');

  // Sorting: ascending, descending, back to the default order. Announced, with the caveat for values.
  const sortBy = (c: Col) => {
    const now = sorting[0]?.id === c.id ? sorting[0] : undefined;
    const next: SortingState = !now ? [{ id: c.id, desc: false }] : !now.desc ? [{ id: c.id, desc: true }] : [];
    setSorting(next);
    const nextSort = next[0];
    const words = !nextSort
      ? s.t('table.sortedDefault', { column: s.t('table.colOperator') })
      : s.t('table.sortedBy', { column: colName(c), direction: s.t(nextSort.desc ? 'table.descending' : 'table.ascending') });
    setAnnouncement(nextSort && c.indicator ? `${words} ${s.t('table.valueSorted')}` : words);
  };

  // Grid focus: one tab stop (the active cell, or the single control inside it), arrow keys move.
  const [active, setActive] = React.useState({ r: 0, c: 0 });
  const pendingFocus = React.useRef('');
  const gridRef = React.useRef<HTMLTableElement>(null);
  const scrollRef = React.useRef<HTMLDivElement>(null);
  // The header, and the body rows (or the one row saying there is nothing to show).
  const rowCount = Math.max(items.length, 1) + 1;
  const colCount = visible.length;
  const at = { r: Math.min(active.r, rowCount - 1), c: Math.min(active.c, colCount - 1) };
  const spans = (r: number) => r > 0 && items[r - 1]?.kind !== 'row';
  const isActive = (r: number, c: number) => at.r === r && (spans(r) ? true : at.c === c);

  const virtual = items.length > virtualizeAbove;
  const [scrollTo, setScrollTo] = React.useState<ScrollRequest | null>(null);
  // The last scroll request carried out, here so it outlives the window (a filter can remount it).
  const scrollHandled = React.useRef(0);

  // After a keyboard move, focus the active cell once it is rendered (a virtualized row may
  // appear a render later, after the virtual body scrolls to it). Holds the cell's "r:c", or ''.
  const applyFocus = React.useCallback(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const want = pendingFocus.current;
    const el = want ? grid.querySelector<HTMLElement>(`[data-rc="${want}"]`) : null;
    if (el) {
      pendingFocus.current = '';
      (el.querySelector<HTMLElement>('button') ?? el).focus();
    }
    // In a long table the active row may have scrolled out of the rendered window: keep the grid
    // reachable with Tab through the first header (focusing it makes it the active cell).
    if (!grid.querySelector('[tabindex="0"]')) grid.querySelector<HTMLElement>('thead button')?.setAttribute('tabindex', '0');
  }, []);
  React.useLayoutEffect(applyFocus);

  const onKeyDown = (e: React.KeyboardEvent<HTMLTableElement>) => {
    const target = e.target as HTMLElement;
    if (target.closest('dialog')) return;
    const next = grid_move(at, e.key, { rows: rowCount, cols: colCount, dir: s.dir, ctrl: e.ctrlKey || e.metaKey });
    if (next) {
      e.preventDefault();
      setActive(next);
      pendingFocus.current = `${next.r}:${spans(next.r) ? 0 : next.c}`;
      if (virtual && next.r > 0) setScrollTo((old) => ({ index: next.r - 1, seq: (old?.seq ?? 0) + 1 }));
      return;
    }
    const item = at.r > 0 ? items[at.r - 1] : undefined;
    if ((e.key === ' ' || e.key === 'Enter') && item?.kind === 'row' && target.tagName !== 'BUTTON') {
      e.preventDefault();
      select(selectedId === item.row.operatorId ? null : item.row.operatorId);
    }
  };
  const onFocus = (e: React.FocusEvent<HTMLTableElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-rc]');
    const [r, c] = (cell?.dataset.rc ?? '').split(':').map(Number);
    if (r === undefined || c === undefined || !Number.isInteger(r) || !Number.isInteger(c)) return;
    if (r !== at.r || (!spans(r) && c !== at.c)) setActive({ r, c: spans(r) ? at.c : c });
  };

  // Cautions dialog (native <dialog>: modal, Escape closes, focus returns to the badge).
  const dialogRef = React.useRef<HTMLDialogElement>(null);
  const opener = React.useRef<HTMLElement | null>(null);
  const [explain, setExplain] = React.useState<{ row: TableRow; indicator: Indicator; cell: ComparisonCell } | null>(null);
  React.useEffect(() => {
    const d = dialogRef.current;
    if (!d || !explain || d.open) return;
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
  }, [explain]);
  const closeDialog = () => {
    const d = dialogRef.current;
    if (d?.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
    setExplain(null);
    opener.current?.focus();
  };

  const download = () => {
    const cells = comparison_cells(model.source, indicators, benchmark, { rule: s.suppression, populationThreshold });
    const csv = comparison_csv(model.source, indicators, cells, {
      locale: s.locale,
      suppressedText: s.t('card.suppressed'),
      headers: {
        operator: s.t('table.colOperator'),
        region: s.t('table.colRegion'),
        value: s.t('table.csv.value'),
        n: s.t('table.csv.n'),
        lower: s.t('table.csv.lower'),
        upper: s.t('table.csv.upper'),
        comparison: s.t('table.csv.comparison'),
        cautions: s.t('table.csv.cautions'),
      },
      comparisonText: {
        better: s.t('table.cmp.better'),
        worse: s.t('table.cmp.worse'),
        similar: s.t('table.cmp.similar'),
        higher: s.t('table.cmp.higher'),
        lower: s.t('table.cmp.lower'),
        'not-comparable': s.t('table.cmp.not-comparable'),
      },
      cautionText: Object.fromEntries(operatorCaution_order.map((k) => [k, cautionWord(s, k)])),
    });
    onExport?.(csv);
    if (typeof URL.createObjectURL !== 'function') return;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${exportFileName}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const total = model.rows.length + model.newOnes.length;
  const shown = rows.length + newOnes.length;
  const benchName = text_get(Object.values(benchmark).find((b) => b && b.label)?.label, s.locale);
  const captionText = caption
    ? text_get(caption, s.locale)
    : s.t('table.caption', { count: total, indicators: indicators.length, benchmark: benchName });

  // `key`: a long table keys its rows by position, so a sort or a scroll updates the few dozen rows
  // in place instead of removing them and building new ones.
  const renderRow = (item: BodyItem, index: number, key: string = item.key) => {
    const r = index + 1;
    if (item.kind !== 'row') {
      return (
        <tr key={key} aria-rowindex={r + 1} className={item.kind === 'group' ? 'rch-ct__group' : 'rch-ct__section'} data-index={index}>
          <td colSpan={colCount} data-rc={`${r}:0`} tabIndex={isActive(r, 0) ? 0 : -1}>
            {item.kind === 'group' ? s.t('table.group', { region: item.label, count: item.count }) : s.t('table.newSection')}
          </td>
        </tr>
      );
    }
    const row = item.row;
    const selected = row.operatorId === selectedId;
    return (
      <tr
        key={key}
        aria-rowindex={r + 1}
        aria-selected={selected}
        data-new={item.isNew ? '' : undefined}
        data-index={index}
        onClick={(e) => {
          if ((e.target as HTMLElement).closest('button')) return;
          select(selected ? null : row.operatorId);
        }}
      >
        {visible.map((c, ci) => {
          const common = { 'data-rc': `${r}:${ci}`, 'data-col': c.id };
          if (c.id === 'name') {
            return (
              <th key={c.id} {...common} scope="row" tabIndex={isActive(r, ci) ? 0 : -1}>
                <bdi>
                  <Text value={row.row.name} locale={s.locale} />
                </bdi>
                {selected ? <span className="rch-visually-hidden"> ({s.t('table.selected')})</span> : null}
              </th>
            );
          }
          if (c.id === 'region') {
            return (
              <td key={c.id} {...common} tabIndex={isActive(r, ci) ? 0 : -1}>
                <Text value={row.row.region} locale={s.locale} />
              </td>
            );
          }
          const cell = row.cells[c.id];
          const hasButton = (cell?.cautions.length ?? 0) > 0;
          return (
            <td
              key={c.id}
              {...common}
              tabIndex={hasButton ? undefined : isActive(r, ci) ? 0 : -1}
              data-state={cell?.state}
              data-emphasis={sortedIndicator?.id === c.id ? '' : undefined}
            >
              <ValueCell
                cell={cell}
                indicator={c.indicator as Indicator}
                s={s}
                showInterval={showIntervals}
                tabIndex={isActive(r, ci) ? 0 : -1}
                onExplain={(button) => {
                  opener.current = button;
                  if (cell) setExplain({ row, indicator: c.indicator as Indicator, cell });
                }}
              />
            </td>
          );
        })}
      </tr>
    );
  };

  let body: React.ReactNode;
  if (virtual) {
    body = (
      <WindowRows
        count={items.length}
        render={(i) => {
          const item = items[i];
          return item ? renderRow(item, i, `p${i}`) : null;
        }}
        scrollElement={scrollRef}
        scrollTo={scrollTo}
        scrollHandled={scrollHandled}
        colSpan={colCount}
        height={maxHeight}
        onRendered={applyFocus}
      />
    );
  } else {
    body = items.map((item, i) => renderRow(item, i));
  }

  const hidable: Col[] = [...(hasRegion ? [{ id: 'region' }] : []), ...indicators.map((i) => ({ id: i.id, indicator: i }))];
  const Heading = 'h4';

  return (
    <section
      {...rest}
      ref={ref}
      className={cx('rch-ct', className)}
      dir={s.dir}
      lang={s.locale}
      data-rch-theme={theme}
      aria-labelledby={`${ids}-caption`}
    >
      <div className="rch-ct__toolbar">
        <div className="rch-ct__field">
          <label htmlFor={`${ids}-filter`}>{s.t('table.filter')}</label>
          <input
            id={`${ids}-filter`}
            type="search"
            value={query}
            aria-describedby={`${ids}-filter-hint`}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive({ r: 0, c: at.c });
            }}
          />
          <span id={`${ids}-filter-hint`} className="rch-ct__hint">
            {s.t('table.filterHint')}
          </span>
        </div>
        {hasRegion ? (
          <label className="rch-ct__check">
            <input type="checkbox" checked={group} onChange={(e) => setGroup(e.target.checked)} />
            {s.t('table.groupByRegion')}
          </label>
        ) : null}
        <label className="rch-ct__check">
          <input type="checkbox" checked={showIntervals} disabled={sortedIndicator !== undefined} onChange={(e) => setIntervals(e.target.checked)} />
          {s.t('table.showIntervals')}
        </label>
        <details className="rch-ct__columns">
          <summary>{s.t('table.columns')}</summary>
          <fieldset>
            <legend className="rch-visually-hidden">{s.t('table.columns')}</legend>
            {hidable.map((c) => (
              <label key={c.id} className="rch-ct__check">
                <input
                  type="checkbox"
                  checked={columnVisibility[c.id] !== false}
                  onChange={(e) => {
                    const shown = e.target.checked;
                    setColumnVisibility((v) => ({ ...v, [c.id]: shown }));
                    // A hidden column cannot be clicked to undo its sort: go back to the default order.
                    if (!shown && sort?.id === c.id) setSorting([]);
                    setActive((a) => ({ r: a.r, c: 0 }));
                  }}
                />
                {colName(c)}
              </label>
            ))}
          </fieldset>
        </details>
        <button type="button" className="rch-button" onClick={download} aria-describedby={`${ids}-export-hint`}>
          {s.t('table.export')}
        </button>
        <span id={`${ids}-export-hint`} className="rch-visually-hidden">
          {s.t('table.exportHint')}
        </span>
      </div>
      {anonymise ? <p className="rch-ct__note">{s.t('table.anonymised')}</p> : null}
      {sortedIndicator ? (
        <p className="rch-notice rch-ct__note" data-kind="value-sorted">
          {s.t('table.valueSorted')}
        </p>
      ) : null}
      <p id={`${ids}-instructions`} className="rch-visually-hidden">
        {s.t('table.instructions')}
      </p>
      <div className="rch-ct__scroll" ref={scrollRef} style={{ maxBlockSize: maxHeight }}>
        {/* A data table with grid keyboard behaviour, as in the WAI-ARIA APG data grid examples. */}
        <table
          ref={gridRef}
          // eslint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role
          role="grid"
          className="rch-ct__grid"
          // Long (virtualized) tables use fixed column widths: the layout does not depend on which
          // rows are in view, so columns do not jump while scrolling and layout stays cheap.
          data-virtual={virtual ? '' : undefined}
          aria-rowcount={rowCount}
          aria-colcount={colCount}
          aria-describedby={`${ids}-instructions`}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        >
          <caption id={`${ids}-caption`}>{captionText}</caption>
          <thead>
            <tr aria-rowindex={1}>
              {visible.map((c, ci) => {
                const dirNow = sort?.id === c.id ? (sort.desc ? 'descending' : 'ascending') : undefined;
                return (
                  <th key={c.id} scope="col" data-rc={`0:${ci}`} data-col={c.id} aria-sort={dirNow}>
                    <button type="button" className="rch-ct__sort" tabIndex={isActive(0, ci) ? 0 : -1} onClick={() => sortBy(c)}>
                      {c.indicator ? <Text value={c.indicator.name} locale={s.locale} /> : colName(c)}
                      <SortIcon state={dirNow} />
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {items.length === 0 ? (
              <tr aria-rowindex={2}>
                <td colSpan={colCount} className="rch-ct__muted" data-rc="1:0">
                  {total === 0 ? s.t('table.empty') : s.t('table.noMatch')}
                </td>
              </tr>
            ) : (
              body
            )}
          </tbody>
        </table>
      </div>
      <p className="rch-ct__count" role="status">
        {shown < total ? s.t('table.showing', { shown, total }) : ''}
      </p>
      <div className="rch-visually-hidden" aria-live="polite">
        {announcement}
      </div>
      <section className="rch-ct__legend" aria-labelledby={`${ids}-legend`}>
        <Heading id={`${ids}-legend`}>{s.t('table.legend')}</Heading>
        <p>{s.t('table.legendCompare', { benchmark: benchName })}</p>
        <LegendKinds kindsOf={kindsOf} now={model.source.length <= virtualizeAbove} s={s} />
      </section>
      <dialog
        ref={dialogRef}
        className="rch-ct__dialog"
        aria-labelledby={`${ids}-dialog-title`}
        onClose={() => {
          if (explain) closeDialog();
        }}
      >
        {explain ? (
          <>
            <h2 id={`${ids}-dialog-title`}>
              {s.t('table.cautionsTitle', { operator: explain.row.name, indicator: text_get(explain.indicator.name, s.locale) })}
            </h2>
            <ul>
              {explain.cell.cautions.map((c, i) => (
                <li key={i}>
                  <strong>{cautionWord(s, c.kind)}: </strong>
                  {operatorCaution_text(c, { t: s.t, locale: s.locale, numberingSystem: s.numberingSystem, features: populationFeatures })}
                </li>
              ))}
            </ul>
            <button type="button" className="rch-button" onClick={closeDialog}>
              {s.t('table.close')}
            </button>
          </>
        ) : null}
      </dialog>
    </section>
  );
});

/**
 * The legend's badge kinds, those present in the data. Short tables list them at once; long ones
 * just after the first paint, so even this pass over 10,000 operators does not hold back their
 * first rows on screen, and only the legend renders again when they come.
 */
function LegendKinds({ kindsOf, now, s }: { kindsOf: () => readonly OperatorCautionKind[]; now: boolean; s: ResolvedSettings }) {
  const early = React.useMemo(() => (now ? kindsOf() : null), [now, kindsOf]);
  // Kept with the data they were worked out from: new data shows no kinds until its own come.
  const [late, setLate] = React.useState<{ of: () => readonly OperatorCautionKind[]; kinds: readonly OperatorCautionKind[] } | null>(null);
  React.useEffect(() => {
    if (now) return;
    return afterPaint(() => setLate({ of: kindsOf, kinds: kindsOf() }));
  }, [now, kindsOf]);
  const kinds = early ?? (late?.of === kindsOf ? late.kinds : []);
  if (kinds.length === 0) return null;
  return (
    <dl>
      {kinds.map((k) => (
        <div key={k}>
          <dt>
            <span className="rch-ct__badge" data-kind={k}>
              {cautionWord(s, k)}
            </span>
          </dt>
          <dd>{s.t(`ocaution.legend.${k}`)}</dd>
        </div>
      ))}
    </dl>
  );
}

function SortIcon({ state }: { state: 'ascending' | 'descending' | undefined }) {
  return (
    <svg viewBox="0 0 12 16" aria-hidden="true" focusable="false" className="rch-ct__sort-icon" data-state={state ?? 'none'}>
      <path d="M6 2 10 6.5H2z" fill={state === 'ascending' ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.2" />
      <path d="M6 14 2 9.5h8z" fill={state === 'descending' ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.2" />
    </svg>
  );
}
