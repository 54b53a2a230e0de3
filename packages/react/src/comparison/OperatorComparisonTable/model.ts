import {
  collator_for,
  comparison_cells,
  observation_n,
  operators_anonymise,
  operators_order,
  suppression_check,
  text_get,
  type ComparisonCell,
  type Indicator,
  type Locale,
  type OperatorBenchmark,
  type OperatorRow,
  type SuppressionRule,
} from '@rechesh/core';

/** One operator as the table holds it: its (possibly anonymised) row and its cells by indicator. */
export interface TableRow {
  /** The row key: the operator id, or its anonymous label. Never the real id when anonymised. */
  key: string;
  /** The real operator id, for `onSelectedIdChange` (the portal's own data, never in the DOM). */
  operatorId: string;
  row: OperatorRow;
  name: string;
  region: string;
  /** Cells by indicator id (from core's `comparison_cells`), computed on first read. */
  readonly cells: Record<string, ComparisonCell>;
  /** The value a sort may use: the shown value, or undefined when hidden or missing. No cell is built. */
  value(indicatorId: string): number | undefined;
}

interface CellContext {
  indicators: readonly Indicator[];
  benchmark: Record<string, OperatorBenchmark> | undefined;
  rule: SuppressionRule;
  populationThreshold: number | undefined;
}

/**
 * Rows build their cells only when read: a virtualized table of 10,000 operators reads the few
 * dozen rows in view, so it neither computes nor keeps 40,000 cells it never shows.
 */
class LazyRow implements TableRow {
  private built: Record<string, ComparisonCell> | undefined;
  constructor(
    readonly key: string,
    readonly operatorId: string,
    readonly row: OperatorRow,
    readonly name: string,
    readonly region: string,
    private readonly context: CellContext,
  ) {}

  get cells(): Record<string, ComparisonCell> {
    if (!this.built) {
      const { indicators, benchmark, rule, populationThreshold } = this.context;
      // No prototype, so an indicator id such as `__proto__` is an ordinary key.
      const cells = Object.create(null) as Record<string, ComparisonCell>;
      for (const cell of comparison_cells([this.row], indicators, benchmark, { rule, populationThreshold })[0]?.cells ?? []) {
        cells[cell.indicatorId] = cell;
      }
      this.built = cells;
    }
    return this.built;
  }

  value(indicatorId: string): number | undefined {
    const values = this.row.values;
    const obs = values !== null && typeof values === 'object' && Object.prototype.hasOwnProperty.call(values, indicatorId) ? values[indicatorId] : undefined;
    if (!obs || typeof obs.value !== 'number' || !Number.isFinite(obs.value)) return undefined;
    // The same rule `comparison_cells` applies: a hidden value must not steer the order.
    return suppression_check(observation_n(obs), this.context.rule) === 'suppressed' ? undefined : obs.value;
  }
}

export interface TableModel {
  /** Established operators, by name (or label), the order before any sorting. */
  rows: TableRow[];
  /** New operators, by name: listed apart, never compared. */
  newOnes: TableRow[];
  /** The rows as shown and written to CSV (anonymised rows when anonymised), in display order. */
  source: OperatorRow[];
}

/**
 * The table's rows: names or anonymous labels, new operators apart, cells from core on demand
 * (`comparison_cells`, which hides suppressed values). Only valid input reaches here.
 */
export function table_model(
  operators: readonly OperatorRow[],
  indicators: readonly Indicator[],
  benchmark: Record<string, OperatorBenchmark> | undefined,
  options: { locale: Locale; rule: SuppressionRule; anonymise: boolean; seed: string; populationThreshold?: number },
): TableModel {
  const { locale } = options;
  let source: OperatorRow[];
  const realId = new Map<string, string>();
  if (options.anonymise) {
    const anon = operators_anonymise(operators, options.seed);
    for (const [id, label] of anon.mapping) realId.set(label, id);
    source = anon.rows;
  } else {
    source = operators_order(operators, 'name', locale);
  }
  const context: CellContext = { indicators, benchmark, rule: options.rule, populationThreshold: options.populationThreshold };
  const rows: TableRow[] = [];
  const newOnes: TableRow[] = [];
  for (const row of source) {
    const item = new LazyRow(
      row.operatorId,
      realId.get(row.operatorId) ?? row.operatorId,
      row,
      text_get(row.name, locale),
      options.anonymise ? '' : text_get(row.region, locale),
      context,
    );
    (row.isNew === true ? newOnes : rows).push(item);
  }
  return { rows, newOnes, source };
}

/** What the body shows, in order: group headings, the new-operators heading, and operator rows. */
export type BodyItem =
  | { kind: 'group'; key: string; label: string; count: number }
  | { kind: 'section'; key: string }
  | { kind: 'row'; key: string; row: TableRow; isNew: boolean };

/** Lower-cased, accent-insensitive text for filtering. */
function fold(text: string, locale: Locale): string {
  return text.normalize('NFKD').replace(/[\u0591-\u05C7\u064B-\u065F\u0300-\u036F]/g, '').toLocaleLowerCase(locale);
}

/** The rows whose name or region contains the query (all of them for an empty query). */
export function rows_matching(rows: readonly TableRow[], query: string, locale: Locale): readonly TableRow[] {
  const q = fold(query.trim(), locale);
  if (q === '') return rows;
  return rows.filter((row) => fold(row.name, locale).includes(q) || fold(row.region, locale).includes(q));
}

/**
 * The body's items: sorted established rows (grouped by region when asked, groups in collation
 * order with "region not stated" last), then new operators under their own heading.
 */
export function body_items(
  sorted: readonly TableRow[],
  newOnes: readonly TableRow[],
  options: { group: boolean; locale: Locale; noRegion: string },
): BodyItem[] {
  const items: BodyItem[] = [];
  if (options.group) {
    const collator = collator_for(options.locale);
    const groups = new Map<string, TableRow[]>();
    for (const row of sorted) {
      const list = groups.get(row.region);
      if (list) list.push(row);
      else groups.set(row.region, [row]);
    }
    const names = [...groups.keys()].sort((a, b) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || collator.compare(a, b));
    for (const name of names) {
      const list = groups.get(name) ?? [];
      items.push({ kind: 'group', key: `group:${name}`, label: name || options.noRegion, count: list.length });
      for (const row of list) items.push({ kind: 'row', key: row.key, row, isNew: false });
    }
  } else {
    for (const row of sorted) items.push({ kind: 'row', key: row.key, row, isNew: false });
  }
  if (newOnes.length > 0) {
    items.push({ kind: 'section', key: 'section:new' });
    for (const row of newOnes) items.push({ kind: 'row', key: row.key, row, isNew: true });
  }
  return items;
}

/** Where a grid key moves the active cell. `r` 0 is the header row; columns in logical order. */
export function grid_move(
  at: { r: number; c: number },
  key: string,
  options: { rows: number; cols: number; dir: 'rtl' | 'ltr'; ctrl: boolean; page?: number },
): { r: number; c: number } | null {
  const lastR = Math.max(0, options.rows - 1);
  const lastC = Math.max(0, options.cols - 1);
  const page = options.page ?? 10;
  const clamp = (r: number, c: number) => ({ r: Math.min(lastR, Math.max(0, r)), c: Math.min(lastC, Math.max(0, c)) });
  const forward = options.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = options.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case 'ArrowDown':
      return clamp(at.r + 1, at.c);
    case 'ArrowUp':
      return clamp(at.r - 1, at.c);
    case forward:
      return clamp(at.r, at.c + 1);
    case back:
      return clamp(at.r, at.c - 1);
    case 'Home':
      return options.ctrl ? { r: 0, c: 0 } : clamp(at.r, 0);
    case 'End':
      return options.ctrl ? { r: lastR, c: lastC } : clamp(at.r, lastC);
    case 'PageDown':
      return clamp(at.r + page, at.c);
    case 'PageUp':
      return clamp(at.r - page, at.c);
    default:
      return null;
  }
}

/**
 * The rows in the order of a sort: by name or region in the locale's order, or by an indicator's
 * shown value. Rows without a value (hidden, missing, no region) go last in both directions, and
 * ties keep the default order, so a descending sort is not a mirror of the ascending one. Values
 * are read once into a typed array and the comparison runs on numbers only: sorting 10,000 rows
 * does not call back into the rows 140,000 times.
 * @example rows_sorted(rows, { id: 'employment', desc: true }, collator)[0].name // the highest shown value
 */
export function rows_sorted(rows: readonly TableRow[], sort: { id: string; desc: boolean } | undefined, collator: Intl.Collator): readonly TableRow[] {
  if (!sort || rows.length < 2) return rows;
  const n = rows.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const sign = sort.desc ? -1 : 1;
  let compare: (a: number, b: number) => number;
  if (sort.id === 'name' || sort.id === 'region') {
    // An empty region (none given) goes last, whatever the direction.
    const text = rows.map((r) => (sort.id === 'name' ? r.name : r.region));
    compare = (a, b) => {
      const ta = text[a]!;
      const tb = text[b]!;
      if (ta === '' || tb === '') return (ta === '' ? 1 : 0) - (tb === '' ? 1 : 0) || a - b;
      return sign * collator.compare(ta, tb) || a - b;
    };
  } else {
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = rows[i]!.value(sort.id) ?? Number.NaN;
    compare = (a, b) => {
      const va = values[a]!;
      const vb = values[b]!;
      // NaN marks no value: last, whatever the direction.
      if (va !== va || vb !== vb) return (va !== va ? 1 : 0) - (vb !== vb ? 1 : 0) || a - b;
      return sign * (va - vb) || a - b;
    };
  }
  order.sort(compare);
  const out = new Array<TableRow>(n);
  for (let i = 0; i < n; i++) out[i] = rows[order[i]!]!;
  return out;
}
