import * as React from 'react';
import { line } from 'd3-shape';
import { nice, ticks } from 'd3-array';
import {
  format_value,
  funnel_classify,
  funnel_curve,
  funnel_limits,
  funnel_status,
  operators_anonymise,
  overdispersion_phi,
  suppression_check,
  text_get,
  validate_indicator,
  type FunnelPosition,
  type Indicator,
  type Locale,
  type LocalizedText,
  type OperatorRow,
  type SuppressionRule,
  type ValidationIssue,
} from '@rechesh/core';
import { useRechesh, type RecheshSettings, type ResolvedSettings } from '../../provider/RecheshProvider.js';
import { ErrorPanel, SafeBoundary, cx } from '../../error/ErrorPanel.js';
import { trendCatalog } from '../../internal/catalogs.js';
import { Text } from '../../internal/Text.js';

/* -------------------------------------------------------------------------------------------------
 * FunnelPlot
 * -----------------------------------------------------------------------------------------------*/

const PLOT_NAME = 'FunnelPlot';

/** One operator on the funnel: `events` out of `n` cases. */
export interface FunnelOperator {
  id: string;
  label: LocalizedText;
  events: number;
  n: number;
  /** A new operator: listed apart, never plotted among the others nor compared. */
  isNew?: boolean;
}

/** The line the operators are compared with, in percent (0..100). */
export interface FunnelBenchmark {
  value: number;
  label: LocalizedText;
}

export interface FunnelPlotProps extends RecheshSettings, Omit<React.HTMLAttributes<HTMLElement>, 'dir'> {
  /** A proportion indicator (unit 'percent'). */
  indicator: Indicator;
  operators: readonly FunnelOperator[];
  benchmark: FunnelBenchmark;
  /**
   * Widen the limits by the over-dispersion factor φ of Spiegelhalter (2005), estimated from the
   * compared operators. Applied only when φ > 1. @defaultValue false
   */
  overdispersion?: boolean;
  /** Replace operator names with A, B, C… (a stable mapping from the ids). @defaultValue false */
  anonymise?: boolean;
  /** Seed of the anonymous mapping; keep it private. @defaultValue '' */
  anonymiseSeed?: string;
  /** The selected operator (controlled). */
  selectedId?: string | null;
  /** The operator selected at first (uncontrolled). */
  defaultSelectedId?: string | null;
  onSelectedIdChange?: (id: string | null) => void;
  /** Plot height in pixels. @defaultValue 320 */
  height?: number;
  /** Fixed width in pixels. Leave unset to fill the container and follow its resizes. */
  width?: number;
  /** Heading level of the indicator name. @defaultValue 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Open with the data table shown. @defaultValue false */
  defaultShowTable?: boolean;
}

/* -------------------------------------------------------------------------------------------------
 * Strings (he, ar, en). Common ones (table toggle, legend, "too few cases") come from the catalogs.
 * -----------------------------------------------------------------------------------------------*/

type Cmp = 'better' | 'worse' | 'higher' | 'lower' | 'similar' | 'not-comparable';
type Pos = Exclude<FunnelPosition, 'not-compared'>;

interface FunnelStrings {
  roledescription: string;
  instructions: string;
  summaryCompared: string;
  summaryWithin: string;
  summaryAbove: string;
  summaryBelow: string;
  summaryPhi: string;
  summaryPhiNone: string;
  summaryNoPhi: string;
  summarySuppressed: string;
  summaryNew: string;
  summaryNone: string;
  summaryCaution: string;
  cmp: Record<Cmp, string>;
  pos: Record<Pos, string>;
  point: string;
  tooFew: string;
  newOperator: string;
  l95: string;
  l998: string;
  within: string;
  above: string;
  below: string;
  caption: string;
  colOperator: string;
  colN: string;
  colValue: string;
  colPosition: string;
  axisN: string;
  newList: string;
  selected: string;
}

export const funnelStrings: Record<Locale, FunnelStrings> = {
  he: {
    roledescription: 'תרשים משפך',
    instructions: 'מקשי החיצים עוברים בין המפעילים לפי מספר המקרים, Home ו-End אל הקטן והגדול ביותר; Enter בוחר מפעיל; T מציג את הטבלה.',
    summaryCompared: 'מספר המפעילים שהושוו: {count}. קו ההשוואה: {benchmark} ({value}).',
    summaryWithin: 'בתוך גבולות 95% (דומים לקו ההשוואה בהתחשב במספר המקרים שלהם): {count}.',
    summaryAbove: 'מעל גבולות 95% ({status}): {count}, מהם מעל גבולות 99.8%: {extreme}.',
    summaryBelow: 'מתחת לגבולות 95% ({status}): {count}, מהם מתחת לגבולות 99.8%: {extreme}.',
    summaryPhi: 'הגבולות הורחבו בשל פיזור־יתר (φ = {phi}).',
    summaryPhiNone: 'התאמה לפיזור־יתר מופעלת, אך אין פיזור עודף לתקן (φ = {phi}), ולכן הגבולות לא הורחבו.',
    summaryNoPhi: 'ללא התאמה לפיזור־יתר: הגבולות מניחים שונות מקרית בלבד.',
    summarySuppressed: 'מפעילים עם מעט מדי מקרים להצגה: {count}.',
    summaryNew: 'מפעילים חדשים, המוצגים בנפרד ואינם מושווים: {count}.',
    summaryNone: 'לאף מפעיל אין מספיק מקרים להשוואה.',
    summaryCaution: 'נקודה מחוץ לגבולות היא סיבה לבחון לעומק יחד עם המפעיל, ולא דירוג: הרכב האוכלוסייה והנסיבות עשויים להיות שונים.',
    cmp: {
      better: 'טוב מקו ההשוואה',
      worse: 'פחות טוב מקו ההשוואה',
      higher: 'גבוה מקו ההשוואה',
      lower: 'נמוך מקו ההשוואה',
      similar: 'דומה לקו ההשוואה',
      'not-comparable': 'לא הושווה',
    },
    pos: {
      'above-99.8': 'מעל גבולות 99.8%',
      'above-95': 'מעל גבולות 95%',
      within: 'בתוך גבולות 95%',
      'below-95': 'מתחת לגבולות 95%',
      'below-99.8': 'מתחת לגבולות 99.8%',
    },
    point: '{label}: {value} מתוך {n} מקרים, {position} ({status})',
    tooFew: 'מעט מדי מקרים',
    newOperator: 'מפעיל חדש, לא הושווה',
    l95: 'גבולות בקרה 95%',
    l998: 'גבולות בקרה 99.8%',
    within: 'מפעיל בתוך הגבולות',
    above: 'מפעיל מעל גבולות 95%',
    below: 'מפעיל מתחת לגבולות 95%',
    caption: '{name}: המפעילים לעומת {benchmark}',
    colOperator: 'מפעיל',
    colN: 'מספר מקרים (n)',
    colValue: 'שיעור',
    colPosition: 'מיקום ביחס לגבולות',
    axisN: 'מספר מקרים (n)',
    newList: 'מפעילים חדשים (לא הושוו):',
    selected: 'נבחר',
  },
  ar: {
    roledescription: 'مخطط قمعي',
    instructions: 'تنقل مفاتيح الأسهم بين المشغّلين حسب عدد الحالات، وHome وEnd إلى الأصغر والأكبر؛ Enter يختار مشغّلًا؛ T يعرض الجدول.',
    summaryCompared: 'عدد المشغّلين الذين قورنوا: {count}. خط المقارنة: {benchmark} ({value}).',
    summaryWithin: 'ضمن حدود 95% (مشابهون لخط المقارنة بالنظر إلى عدد حالاتهم): {count}.',
    summaryAbove: 'فوق حدود 95% ({status}): {count}، منهم فوق حدود 99.8%: {extreme}.',
    summaryBelow: 'تحت حدود 95% ({status}): {count}، منهم تحت حدود 99.8%: {extreme}.',
    summaryPhi: 'وُسّعت الحدود بسبب فرط التشتت (φ = {phi}).',
    summaryPhiNone: 'تعديل فرط التشتت مفعّل، لكن لا يوجد تشتت زائد يستدعي التصحيح (φ = {phi})، لذا لم تُوسَّع الحدود.',
    summaryNoPhi: 'دون تعديل لفرط التشتت: تفترض الحدود تباينًا عشوائيًا فقط.',
    summarySuppressed: 'مشغّلون عدد حالاتهم أقل من أن يُعرض: {count}.',
    summaryNew: 'مشغّلون جدد، مدرجون على حدة ولا تتم مقارنتهم: {count}.',
    summaryNone: 'لا يوجد مشغّل لديه حالات كافية للمقارنة.',
    summaryCaution: 'النقطة خارج الحدود سبب للفحص المعمّق مع المشغّل، وليست ترتيبًا: قد تختلف تركيبة السكان والظروف.',
    cmp: {
      better: 'أفضل من خط المقارنة',
      worse: 'أقل جودة من خط المقارنة',
      higher: 'أعلى من خط المقارنة',
      lower: 'أدنى من خط المقارنة',
      similar: 'مشابه لخط المقارنة',
      'not-comparable': 'لم تتم المقارنة',
    },
    pos: {
      'above-99.8': 'فوق حدود 99.8%',
      'above-95': 'فوق حدود 95%',
      within: 'ضمن حدود 95%',
      'below-95': 'تحت حدود 95%',
      'below-99.8': 'تحت حدود 99.8%',
    },
    point: '{label}: {value} من {n} حالة، {position} ({status})',
    tooFew: 'حالات قليلة جدًا',
    newOperator: 'مشغّل جديد، لم تتم مقارنته',
    l95: 'حدود الضبط 95%',
    l998: 'حدود الضبط 99.8%',
    within: 'مشغّل ضمن الحدود',
    above: 'مشغّل فوق حدود 95%',
    below: 'مشغّل تحت حدود 95%',
    caption: '{name}: المشغّلون مقارنةً بـ{benchmark}',
    colOperator: 'المشغّل',
    colN: 'عدد الحالات (n)',
    colValue: 'النسبة',
    colPosition: 'الموقع بالنسبة للحدود',
    axisN: 'عدد الحالات (n)',
    newList: 'مشغّلون جدد (لم تتم مقارنتهم):',
    selected: 'محدَّد',
  },
  en: {
    roledescription: 'funnel plot',
    instructions: 'Arrow keys move between operators by number of cases, Home and End to the smallest and largest; Enter selects an operator; T shows the table.',
    summaryCompared: 'Operators compared: {count}. Benchmark: {benchmark} ({value}).',
    summaryWithin: 'Within the 95% limits (similar to the benchmark, given their number of cases): {count}.',
    summaryAbove: 'Above the 95% limits ({status}): {count}, of them above the 99.8% limits: {extreme}.',
    summaryBelow: 'Below the 95% limits ({status}): {count}, of them below the 99.8% limits: {extreme}.',
    summaryPhi: 'The limits are widened for overdispersion (φ = {phi}).',
    summaryPhiNone: 'Overdispersion adjustment is on, but there is no excess spread to correct for (φ = {phi}), so the limits are not widened.',
    summaryNoPhi: 'No overdispersion adjustment: the limits assume chance variation only.',
    summarySuppressed: 'Operators with too few cases to show: {count}.',
    summaryNew: 'New operators, listed apart and not compared: {count}.',
    summaryNone: 'No operator has enough cases to compare.',
    summaryCaution: 'A point outside the limits is a reason to look closer together with the operator, not a ranking: population mix and circumstances may differ.',
    cmp: {
      better: 'better than the benchmark',
      worse: 'worse than the benchmark',
      higher: 'higher than the benchmark',
      lower: 'lower than the benchmark',
      similar: 'similar to the benchmark',
      'not-comparable': 'not compared',
    },
    pos: {
      'above-99.8': 'above the 99.8% limits',
      'above-95': 'above the 95% limits',
      within: 'within the 95% limits',
      'below-95': 'below the 95% limits',
      'below-99.8': 'below the 99.8% limits',
    },
    point: '{label}: {value} of {n} cases, {position} ({status})',
    tooFew: 'Too few cases',
    newOperator: 'New operator, not compared',
    l95: '95% control limits',
    l998: '99.8% control limits',
    within: 'Operator within the limits',
    above: 'Operator above the 95% limits',
    below: 'Operator below the 95% limits',
    caption: '{name}: operators against {benchmark}',
    colOperator: 'Operator',
    colN: 'Cases (n)',
    colValue: 'Rate',
    colPosition: 'Position against the limits',
    axisN: 'Number of cases (n)',
    newList: 'New operators (not compared):',
    selected: 'selected',
  },
};

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, k: string) => (Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : whole));
}

/* -------------------------------------------------------------------------------------------------
 * Validation
 * -----------------------------------------------------------------------------------------------*/

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
const isLocalized = (x: unknown) => (typeof x === 'string' && x.trim() !== '') || isObject(x);

function check_count(x: unknown, path: string, issues: ValidationIssue[]): boolean {
  if (x === undefined || x === null) issues.push({ path, code: 'required' });
  else if (typeof x !== 'number') issues.push({ path, code: 'type', params: { expected: 'number' } });
  else if (!Number.isFinite(x)) issues.push({ path, code: 'not-finite' });
  else if (x < 0) issues.push({ path, code: 'negative' });
  else return true;
  return false;
}

/** Checks the props a funnel plot draws from; issue paths point into them (`operators[2].events`). */
export function validate_funnelPlot(input: { indicator: unknown; operators: unknown; benchmark: unknown }): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const ind = validate_indicator(input.indicator);
  if (!ind.ok) {
    for (const i of ind.issues) issues.push({ ...i, path: i.path ? `indicator.${i.path}` : 'indicator' });
  } else if (ind.value.unit !== 'percent') {
    issues.push({ path: 'indicator.unit', code: 'enum', params: { allowed: 'percent' } });
  }
  const b = input.benchmark;
  if (b === undefined || b === null) issues.push({ path: 'benchmark', code: 'required' });
  else if (!isObject(b)) issues.push({ path: 'benchmark', code: 'type', params: { expected: 'object' } });
  else {
    if (b.value === undefined || b.value === null) issues.push({ path: 'benchmark.value', code: 'required' });
    else if (typeof b.value !== 'number') issues.push({ path: 'benchmark.value', code: 'type', params: { expected: 'number' } });
    else if (!Number.isFinite(b.value)) issues.push({ path: 'benchmark.value', code: 'not-finite' });
    else if (b.value < 0 || b.value > 100) issues.push({ path: 'benchmark.value', code: 'out-of-range', params: { min: 0, max: 100 } });
    if (!isLocalized(b.label)) issues.push({ path: 'benchmark.label', code: 'required' });
  }
  const ops = input.operators;
  if (!Array.isArray(ops)) {
    issues.push(ops === undefined || ops === null ? { path: 'operators', code: 'required' } : { path: 'operators', code: 'type', params: { expected: 'list' } });
    return issues;
  }
  const seen = new Set<string>();
  ops.forEach((op: unknown, i) => {
    const at = `operators[${i}]`;
    if (!isObject(op)) {
      issues.push({ path: at, code: 'type', params: { expected: 'object' } });
      return;
    }
    if (op.id === undefined || op.id === null || op.id === '') issues.push({ path: `${at}.id`, code: 'required' });
    else if (typeof op.id !== 'string') issues.push({ path: `${at}.id`, code: 'type', params: { expected: 'text' } });
    else if (seen.has(op.id)) issues.push({ path: `${at}.id`, code: 'duplicate-id', params: { id: op.id } });
    else seen.add(op.id);
    if (!isLocalized(op.label)) issues.push({ path: `${at}.label`, code: 'required' });
    const okE = check_count(op.events, `${at}.events`, issues);
    const okN = check_count(op.n, `${at}.n`, issues);
    if (okE && okN && (op.events as number) > (op.n as number)) issues.push({ path: `${at}.events`, code: 'numerator-exceeds-denominator' });
    if (op.isNew !== undefined && typeof op.isNew !== 'boolean') issues.push({ path: `${at}.isNew`, code: 'type', params: { expected: 'boolean' } });
  });
  return issues;
}

/* -------------------------------------------------------------------------------------------------
 * Model
 * -----------------------------------------------------------------------------------------------*/

export interface FunnelPoint {
  id: string;
  /** The label shown: the operator's name, or A, B, C… when anonymised. */
  label: LocalizedText;
  events: number;
  n: number;
  /** Percent, 0..100. */
  value: number;
  position: Pos;
  status: Cmp;
}

export interface FunnelRow {
  id: string;
  label: LocalizedText;
  state: 'compared' | 'suppressed' | 'new';
  /** Only for rows that may be shown (never for suppressed ones). */
  n?: number;
  value?: number;
  point?: FunnelPoint;
}

export interface FunnelModel {
  benchmark: number;
  /** Compared operators in ascending n (ties by id): the keyboard order. */
  points: FunnelPoint[];
  rows: FunnelRow[];
  newOnes: FunnelRow[];
  suppressedCount: number;
  phi?: number;
  phiApplied: number;
}

export function funnel_model(
  operators: readonly FunnelOperator[],
  benchmarkPercent: number,
  options: { overdispersion: boolean; anonymise: boolean; seed: string; rule: SuppressionRule; polarity: Indicator['polarity'] },
): FunnelModel {
  const bench = benchmarkPercent / 100;
  let names: Map<string, string> | undefined;
  if (options.anonymise) {
    const rows: OperatorRow[] = operators.map((o) => ({ operatorId: o.id, name: '', values: {} }));
    names = operators_anonymise(rows, options.seed).mapping;
  }
  const labelOf = (o: FunnelOperator): LocalizedText => (names ? (names.get(o.id) ?? '') : o.label);
  const hidden = (n: number) => !(n > 0) || suppression_check(n, options.rule) === 'suppressed';
  const established = operators.filter((o) => o.isNew !== true);
  const compared = established.filter((o) => !hidden(o.n));
  const od = compared.length >= 2 ? overdispersion_phi(compared.map((o) => ({ events: o.events, n: o.n })), bench) : undefined;
  const phi = od && Number.isFinite(od.phi) ? od.phi : undefined;
  const phiApplied = options.overdispersion && phi !== undefined && phi > 1 ? phi : 1;
  const points: FunnelPoint[] = compared
    .map((o) => {
      const position = funnel_classify(o.events, o.n, bench, { phi: phiApplied });
      const pos: Pos = position === 'not-compared' ? 'within' : position;
      return {
        id: o.id,
        label: labelOf(o),
        events: o.events,
        n: o.n,
        value: (100 * o.events) / o.n,
        position: pos,
        status: funnel_status(pos, options.polarity) as Cmp,
      };
    })
    .sort((a, b) => a.n - b.n || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(points.map((p) => [p.id, p]));
  const rows: FunnelRow[] = established.map((o) => {
    const point = byId.get(o.id);
    return point
      ? { id: o.id, label: point.label, state: 'compared', n: o.n, value: point.value, point }
      : { id: o.id, label: labelOf(o), state: 'suppressed' };
  });
  const newOnes: FunnelRow[] = operators
    .filter((o) => o.isNew === true)
    .map((o) => (hidden(o.n) ? { id: o.id, label: labelOf(o), state: 'new' } : { id: o.id, label: labelOf(o), state: 'new', n: o.n, value: (100 * o.events) / o.n }));
  return { benchmark: benchmarkPercent, points, rows, newOnes, suppressedCount: rows.length - points.length, phi, phiApplied };
}

/* -------------------------------------------------------------------------------------------------
 * Layout
 * -----------------------------------------------------------------------------------------------*/

interface FunnelLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  axisSide: 'left' | 'right';
  x: (n: number) => number;
  y: (v: number) => number;
  xTicks: number[];
  yTicks: number[];
  nMax: number;
}

function funnel_layout(model: FunnelModel, o: { width: number; height: number; flow: 'ltr' | 'rtl'; phi: number; minN: number }): FunnelLayout {
  const width = Math.max(240, o.width);
  const height = Math.max(200, o.height);
  const axisSide = o.flow === 'rtl' ? 'right' : 'left';
  const plot = { left: axisSide === 'left' ? 56 : 24, right: width - (axisSide === 'right' ? 56 : 24), top: 16, bottom: height - 48 };
  const maxN = Math.max(1, ...model.points.map((p) => p.n));
  const xTicksRaw = ticks(0, maxN * 1.05, Math.max(2, Math.round((plot.right - plot.left) / 90)));
  const nMax = Math.max(maxN * 1.05, xTicksRaw[xTicksRaw.length - 1] ?? 0);
  const xTicks = xTicksRaw.filter((t) => t <= nMax);
  const span = plot.right - plot.left;
  // In RTL the number of cases grows toward the left, as the page reads.
  const x = (n: number) => (o.flow === 'rtl' ? plot.right - (n / nMax) * span : plot.left + (n / nMax) * span);

  const values = [model.benchmark, ...model.points.map((p) => p.value)];
  const minPointN = Math.min(...model.points.map((p) => p.n));
  if (Number.isFinite(minPointN)) {
    for (const l of funnel_limits(model.benchmark / 100, minPointN, { phi: o.phi })) values.push(l.lower * 100, l.upper * 100);
  }
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi - lo < 1) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.08;
  lo = Math.max(0, lo - pad);
  hi = Math.min(100, hi + pad);
  const count = Math.max(2, Math.round((plot.bottom - plot.top) / 45));
  [lo, hi] = nice(lo, hi, count);
  const yTicks = ticks(lo, hi, count);
  const y = (v: number) => plot.bottom - ((v - lo) / (hi - lo || 1)) * (plot.bottom - plot.top);
  return { width, height, plot, axisSide, x, y, xTicks, yTicks, nMax };
}

/* -------------------------------------------------------------------------------------------------
 * Component
 * -----------------------------------------------------------------------------------------------*/

/**
 * A funnel plot of operators on a proportion: each operator's rate against its number of cases,
 * with the benchmark and the 95 % and 99.8 % control limits, so operators are compared with what
 * chance gives at their size rather than ranked. Operators with too few cases are never drawn and
 * their rate never appears (the table says "too few cases"); new operators are listed apart and
 * not compared. Arrow keys move between operators in order of n, in the direction the axis runs on
 * screen (right to left in Hebrew and Arabic).
 */
export const FunnelPlot = React.forwardRef<HTMLElement, FunnelPlotProps>(function FunnelPlot(props, ref) {
  const { locale, dir, theme, numberingSystem, suppression, messages } = props;
  return (
    <SafeBoundary
      component={PLOT_NAME}
      settings={{ locale, dir, theme, numberingSystem, suppression, messages }}
      resetKeys={[props.indicator, props.operators, props.benchmark]}
    >
      <FunnelImpl {...props} ref={ref} />
    </SafeBoundary>
  );
});

const FunnelImpl = React.forwardRef<HTMLElement, FunnelPlotProps>(function FunnelImpl(
  {
    indicator,
    operators,
    benchmark,
    overdispersion = false,
    anonymise = false,
    anonymiseSeed = '',
    selectedId: controlledSelected,
    defaultSelectedId = null,
    onSelectedIdChange,
    height = 320,
    width: fixedWidth,
    headingLevel = 3,
    defaultShowTable = false,
    locale,
    dir,
    theme,
    numberingSystem,
    suppression,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const s = useRechesh({ locale, dir, theme, numberingSystem, suppression, messages }, trendCatalog);
  const f = funnelStrings[s.locale] ?? funnelStrings.he;
  const ids = React.useId();
  const issues = React.useMemo(() => validate_funnelPlot({ indicator, operators, benchmark }), [indicator, operators, benchmark]);
  const model = React.useMemo(
    () =>
      issues.length === 0
        ? funnel_model(operators, benchmark.value, {
            overdispersion,
            anonymise,
            seed: anonymiseSeed,
            rule: s.suppression,
            polarity: indicator.polarity,
          })
        : undefined,
    [issues, operators, benchmark, overdispersion, anonymise, anonymiseSeed, s.suppression, indicator],
  );
  const [showTable, setShowTable] = React.useState(defaultShowTable);
  const [rawActive, setActive] = React.useState<number | null>(null);
  const [fromKeyboard, setFromKeyboard] = React.useState(false);
  const [ownSelected, setOwnSelected] = React.useState<string | null>(defaultSelectedId ?? null);
  const controlled = controlledSelected !== undefined;
  const selectedId = controlled ? controlledSelected : ownSelected;
  const select = (id: string | null) => {
    if (!controlled) setOwnSelected(id);
    onSelectedIdChange?.(id);
  };
  const fixed = typeof fixedWidth === 'number' && Number.isFinite(fixedWidth) && fixedWidth > 0 ? fixedWidth : undefined;
  const [measured, wrapRef] = useWidth(640, fixed === undefined);
  const width = fixed ?? measured;

  if (issues.length > 0 || !model) {
    return <ErrorPanel component={PLOT_NAME} issues={issues} locale={s.locale} dir={s.dir} messages={messages} data-rch-theme={theme} />;
  }

  const fmt = { locale: s.locale, numberingSystem: s.numberingSystem };
  const decimals = typeof indicator.decimals === 'number' ? indicator.decimals : 1;
  const pct = (v: number) => format_value(v, 'percent', { ...fmt, decimals });
  const count = (v: number) => format_value(v, 'count', { ...fmt, decimals: 0 });
  const flow = s.dir;
  const points = model.points;
  const active = rawActive === null || points.length === 0 ? null : Math.min(rawActive, points.length - 1);
  const layout = funnel_layout(model, {
    width,
    height: Number.isFinite(height) && height > 0 ? height : 320,
    flow,
    phi: model.phiApplied,
    minN: s.suppression.minN,
  });
  const name = text_get(indicator.name, s.locale);
  const benchName = text_get(benchmark.label, s.locale);
  const empty = points.length === 0;
  const anyRows = model.rows.length + model.newOnes.length > 0;

  const describe = (p: FunnelPoint) =>
    fill(f.point, {
      label: text_get(p.label, s.locale),
      value: pct(p.value),
      n: count(p.n),
      position: f.pos[p.position],
      status: f.cmp[p.status],
    }) + (p.id === selectedId ? ` (${f.selected})` : '');

  // Summary: counts in words, by polarity.
  const above = points.filter((p) => p.position === 'above-95' || p.position === 'above-99.8');
  const below = points.filter((p) => p.position === 'below-95' || p.position === 'below-99.8');
  const summary: string[] = [];
  if (empty) summary.push(f.summaryNone);
  else {
    summary.push(fill(f.summaryCompared, { count: count(points.length), benchmark: benchName, value: pct(model.benchmark) }));
    summary.push(fill(f.summaryWithin, { count: count(points.length - above.length - below.length) }));
    summary.push(
      fill(f.summaryAbove, {
        status: f.cmp[funnel_status('above-95', indicator.polarity) as Cmp],
        count: count(above.length),
        extreme: count(above.filter((p) => p.position === 'above-99.8').length),
      }),
    );
    summary.push(
      fill(f.summaryBelow, {
        status: f.cmp[funnel_status('below-95', indicator.polarity) as Cmp],
        count: count(below.length),
        extreme: count(below.filter((p) => p.position === 'below-99.8').length),
      }),
    );
    const phiText = model.phi !== undefined ? format_value(model.phi, 'count', { ...fmt, decimals: 2 }) : '';
    summary.push(
      !overdispersion ? f.summaryNoPhi : model.phiApplied > 1 ? fill(f.summaryPhi, { phi: phiText }) : fill(f.summaryPhiNone, { phi: phiText || '1' }),
    );
  }
  if (model.suppressedCount > 0) summary.push(fill(f.summarySuppressed, { count: count(model.suppressedCount) }));
  if (model.newOnes.length > 0) summary.push(fill(f.summaryNew, { count: count(model.newOnes.length) }));
  if (above.length + below.length > 0) summary.push(f.summaryCaution);

  const Heading = `h${[2, 3, 4, 5, 6].includes(headingLevel) ? headingLevel : 3}` as 'h3';

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const last = points.length - 1;
    const current = active ?? 0;
    let next: number | null = current;
    // Toward larger n is where the axis grows on screen: left in RTL, right in LTR.
    const forward = flow === 'ltr' ? 'ArrowRight' : 'ArrowLeft';
    const backward = flow === 'ltr' ? 'ArrowLeft' : 'ArrowRight';
    switch (e.key) {
      case forward:
      case 'ArrowUp':
        next = Math.min(last, current + (active === null ? 0 : 1));
        break;
      case backward:
      case 'ArrowDown':
        next = Math.max(0, current - (active === null ? 0 : 1));
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'Enter':
      case ' ': {
        const p = active === null ? undefined : points[active];
        if (!p) return;
        select(p.id);
        break;
      }
      case 'Escape':
        if (active === null) return;
        next = null;
        break;
      default:
        if (e.code === 'KeyT' || e.key === 't' || e.key === 'T') {
          setShowTable((v) => !v);
          e.preventDefault();
        }
        return;
    }
    e.preventDefault();
    setFromKeyboard(true);
    setActive(next);
  };

  const nearest = (e: React.PointerEvent | React.MouseEvent): number | null => {
    const svg = e.currentTarget.querySelector('svg');
    const box = (svg ?? e.currentTarget).getBoundingClientRect();
    const px = e.clientX - box.left;
    const py = e.clientY - box.top;
    let best: number | null = null;
    let dist = 24 * 24;
    points.forEach((p, i) => {
      const d = (layout.x(p.n) - px) ** 2 + (layout.y(p.value) - py) ** 2;
      if (d < dist) {
        dist = d;
        best = i;
      }
    });
    return best;
  };

  const activePoint = active === null ? undefined : points[active];

  return (
    <figure
      aria-labelledby={`${ids}-title`}
      dir={s.dir}
      lang={s.locale}
      data-rch-theme={theme}
      data-flow={flow}
      {...rest}
      ref={ref as React.Ref<HTMLElement>}
      className={cx('rch-funnel', className)}
    >
      <Heading className="rch-funnel__title" id={`${ids}-title`}>
        <Text value={indicator.name} locale={s.locale} />
      </Heading>
      <p className="rch-funnel__summary" id={`${ids}-summary`}>
        {summary.join(' ')}
      </p>

      {empty ? null : (
        <>
          {/* role="application": a widget with its own keys (see TargetTrendChart). */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
          <div
            ref={wrapRef}
            className="rch-funnel__plot"
            role="application"
            aria-roledescription={f.roledescription}
            aria-label={`${name}. ${f.instructions}`}
            aria-describedby={`${ids}-summary`}
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
            tabIndex={0}
            onKeyDown={onKeyDown}
            onFocus={() => {
              setFromKeyboard(true);
              setActive((a) => a ?? 0);
            }}
            onBlur={() => setActive(null)}
            onPointerMove={(e) => {
              const i = nearest(e);
              setFromKeyboard(false);
              setActive(i);
            }}
            onPointerLeave={(e) => {
              if (document.activeElement !== e.currentTarget) setActive(null);
            }}
            onClick={(e) => {
              const i = nearest(e);
              const p = i === null ? undefined : points[i];
              if (p) select(p.id);
            }}
          >
            <FunnelSvg
              model={model}
              layout={layout}
              s={s}
              f={f}
              active={active}
              selectedId={selectedId}
              clipId={`rch-fclip-${ids.replace(/[^a-zA-Z0-9_-]/g, '')}`}
            />
            {activePoint ? (
              <div
                className="rch-funnel__tooltip"
                aria-hidden="true"
                style={tooltipStyle(layout, activePoint, s.dir)}
              >
                {describe(activePoint)}
              </div>
            ) : null}
          </div>
          <p className="rch-visually-hidden" aria-live="polite" aria-atomic="true">
            {activePoint && fromKeyboard ? describe(activePoint) : ''}
          </p>
          <Legend s={s} f={f} benchmark={benchmark.label} />
        </>
      )}

      {model.newOnes.length > 0 ? (
        <p className="rch-funnel__new">
          {f.newList}{' '}
          {model.newOnes.map((r, i) => (
            <React.Fragment key={r.id}>
              {i > 0 ? ', ' : ''}
              <bdi>
                <Text value={r.label} locale={s.locale} />
              </bdi>
            </React.Fragment>
          ))}
        </p>
      ) : null}

      {anyRows ? (
        <div className="rch-funnel__actions">
          <button
            type="button"
            className="rch-button rch-button--secondary"
            aria-expanded={showTable}
            aria-controls={`${ids}-table`}
            onClick={() => setShowTable((v) => !v)}
          >
            {showTable ? s.t('chart.hideTable') : s.t('chart.showTable')}
          </button>
        </div>
      ) : null}
      {showTable && anyRows ? (
        <FunnelTable
          model={model}
          s={s}
          f={f}
          id={`${ids}-table`}
          caption={fill(f.caption, { name, benchmark: benchName })}
          pct={pct}
          count={count}
          selectedId={selectedId}
        />
      ) : null}
    </figure>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Parts
 * -----------------------------------------------------------------------------------------------*/

/** Text inside SVG: isolated (FSI…PDI) so mixed Hebrew, Latin and numbers keep their order. */
const iso = (t: string) => `\u2068${t}\u2069`;

/** Marker shapes: within is a hollow circle, above a filled up-triangle, below a filled down-triangle. */
const SHAPES: Record<'within' | 'above' | 'below', string> = {
  within: 'M4.5,0A4.5,4.5,0,1,1,-4.5,0A4.5,4.5,0,1,1,4.5,0',
  above: 'M0,-6.5L5.6,3.3L-5.6,3.3Z',
  below: 'M0,6.5L5.6,-3.3L-5.6,-3.3Z',
};
const side = (p: Pos): 'within' | 'above' | 'below' => (p.startsWith('above') ? 'above' : p.startsWith('below') ? 'below' : 'within');

function FunnelSvg({
  model,
  layout,
  s,
  f,
  active,
  selectedId,
  clipId,
}: {
  model: FunnelModel;
  layout: FunnelLayout;
  s: ResolvedSettings;
  f: FunnelStrings;
  active: number | null;
  selectedId: string | null | undefined;
  clipId: string;
}) {
  const { x, y, plot, axisSide } = layout;
  const fmt = { locale: s.locale, numberingSystem: s.numberingSystem };
  const axisX = axisSide === 'left' ? plot.left : plot.right;
  const axisAnchor = axisSide === 'left' ? 'end' : 'start';
  const axisLabelX = axisSide === 'left' ? plot.left - 8 : plot.right + 8;
  const yDecimals = layout.yTicks.some((t) => !Number.isInteger(t)) ? 1 : 0;
  const minN = Math.max(1, s.suppression.minN);
  const curve = funnel_curve(model.benchmark / 100, [Math.min(minN, layout.nMax), layout.nMax], { phi: model.phiApplied, steps: 120 });
  const path = (level: number, which: 'lower' | 'upper') =>
    line<{ n: number; limits: { level: number; lower: number; upper: number }[] }>()
      .defined((d) => d.limits.some((l) => l.level === level))
      .x((d) => x(d.n))
      .y((d) => y(100 * (d.limits.find((l) => l.level === level)![which])))(curve) ?? '';
  const mid = (plot.left + plot.right) / 2;

  return (
    <svg
      className="rch-funnel__svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      direction="ltr"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.left} y={plot.top} width={plot.right - plot.left} height={plot.bottom - plot.top} />
        </clipPath>
      </defs>
      <g className="rch-funnel__grid">
        {layout.yTicks.map((v) => (
          <g key={`y${v}`}>
            <line x1={plot.left} x2={plot.right} y1={y(v)} y2={y(v)} />
            <text x={axisLabelX} y={y(v)} dy="0.32em" textAnchor={axisAnchor} className="rch-funnel__tick">
              {iso(format_value(v, 'percent', { ...fmt, decimals: yDecimals }))}
            </text>
          </g>
        ))}
        <line className="rch-funnel__axis" x1={axisX} x2={axisX} y1={plot.top} y2={plot.bottom} />
        <line className="rch-funnel__axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        {layout.xTicks.map((t) => (
          <text key={`x${t}`} x={x(t)} y={plot.bottom + 16} textAnchor="middle" className="rch-funnel__tick">
            {iso(format_value(t, 'count', { ...fmt, decimals: 0 }))}
          </text>
        ))}
        <text x={mid} y={plot.bottom + 36} textAnchor="middle" className="rch-funnel__axis-title">
          {iso(f.axisN)}
        </text>
      </g>
      <g clipPath={`url(#${clipId})`}>
        <line className="rch-funnel__benchmark" x1={plot.left} x2={plot.right} y1={y(model.benchmark)} y2={y(model.benchmark)} />
        <g className="rch-funnel__limit" data-level="95">
          <path d={path(0.95, 'upper')} />
          <path d={path(0.95, 'lower')} />
        </g>
        <g className="rch-funnel__limit" data-level="99.8">
          <path d={path(0.998, 'upper')} />
          <path d={path(0.998, 'lower')} />
        </g>
      </g>
      <g className="rch-funnel__points">
        {model.points.map((p, i) => {
          const px = x(p.n);
          const py = y(p.value);
          const k = side(p.position);
          const outside = k !== 'within';
          // Labels point away from the nearer edge, so they stay inside the drawing.
          const anchor = px > mid ? 'end' : 'start';
          return (
            <g
              key={p.id}
              className="rch-funnel__point"
              data-position={p.position}
              data-side={k}
              data-active={active === i ? '' : undefined}
              data-selected={selectedId === p.id ? '' : undefined}
              transform={`translate(${px},${py})`}
            >
              {selectedId === p.id ? <circle className="rch-funnel__ring" r={10} /> : null}
              {active === i ? <circle className="rch-funnel__focus" r={13} /> : null}
              <path d={SHAPES[k]} />
              {outside ? (
                <text className="rch-funnel__label" x={anchor === 'end' ? -9 : 9} dy="0.32em" textAnchor={anchor}>
                  {iso(text_get(p.label, s.locale))}
                </text>
              ) : null}
            </g>
          );
        })}
      </g>
    </svg>
  );
}

function tooltipStyle(layout: FunnelLayout, p: FunnelPoint, dir: 'ltr' | 'rtl'): React.CSSProperties {
  const px = layout.x(p.n);
  const py = layout.y(p.value);
  const fromStart = dir === 'rtl' ? layout.width - px : px;
  const flip = fromStart > layout.width * 0.6;
  const top = Math.max(0, py - 24);
  return flip ? { insetInlineEnd: layout.width - fromStart + 14, insetBlockStart: top } : { insetInlineStart: fromStart + 14, insetBlockStart: top };
}

function Legend({ s, f, benchmark }: { s: ResolvedSettings; f: FunnelStrings; benchmark: LocalizedText }) {
  const swatch = (children: React.ReactNode) => (
    <svg className="rch-legend__swatch" viewBox="-12 -8 24 16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
  return (
    <ul className="rch-legend rch-funnel__legend" aria-label={s.t('chart.legend')}>
      <li className="rch-funnel__legend-benchmark">
        {swatch(<line x1={-11} x2={11} y1={0} y2={0} />)}
        <Text value={benchmark} locale={s.locale} />
      </li>
      <li className="rch-funnel__legend-limit" data-level="95">
        {swatch(<line x1={-11} x2={11} y1={0} y2={0} />)}
        {f.l95}
      </li>
      <li className="rch-funnel__legend-limit" data-level="99.8">
        {swatch(<line x1={-11} x2={11} y1={0} y2={0} />)}
        {f.l998}
      </li>
      {(['within', 'above', 'below'] as const).map((k) => (
        <li key={k} className="rch-funnel__legend-point" data-side={k}>
          {swatch(<path d={SHAPES[k]} />)}
          {f[k]}
        </li>
      ))}
    </ul>
  );
}

function FunnelTable({
  model,
  s,
  f,
  id,
  caption,
  pct,
  count,
  selectedId,
}: {
  model: FunnelModel;
  s: ResolvedSettings;
  f: FunnelStrings;
  id: string;
  caption: string;
  pct: (v: number) => string;
  count: (v: number) => string;
  selectedId: string | null | undefined;
}) {
  // Rows by name (never by rank); suppressed ones mixed in by name so their place hints at nothing.
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator(s.locale);
  } catch {
    collator = new Intl.Collator('he');
  }
  const byName = (a: FunnelRow, b: FunnelRow) => collator.compare(text_get(a.label, s.locale), text_get(b.label, s.locale));
  const rows = [...[...model.rows].sort(byName), ...[...model.newOnes].sort(byName)];
  return (
    <div className="rch-funnel__table-wrap" id={id}>
      <table className="rch-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{f.colOperator}</th>
            <th scope="col">{f.colN}</th>
            <th scope="col">{f.colValue}</th>
            <th scope="col">{f.colPosition}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-state={r.state} data-selected={r.id === selectedId ? '' : undefined}>
              <th scope="row">
                <bdi>
                  <Text value={r.label} locale={s.locale} />
                </bdi>
                {r.id === selectedId ? <span className="rch-visually-hidden"> ({f.selected})</span> : null}
              </th>
              <td>{r.n !== undefined ? <bdi className="rch-num">{count(r.n)}</bdi> : null}</td>
              <td>
                {r.value !== undefined ? (
                  <bdi className="rch-num">{pct(r.value)}</bdi>
                ) : (
                  <span className="rch-table__muted">{s.t('card.suppressed')}</span>
                )}
              </td>
              <td>
                {r.point ? (
                  <span className="rch-funnel__status" data-position={r.point.position}>
                    {f.pos[r.point.position]} ({f.cmp[r.point.status]})
                  </span>
                ) : r.state === 'new' ? (
                  <span className="rch-table__muted">{f.newOperator}</span>
                ) : (
                  <span className="rch-table__muted">{f.tooFew}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Width of an element, following resizes. SSR and first render use the fallback. */
function useWidth(fallback: number, enabled: boolean): [number, (el: HTMLDivElement | null) => void] {
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
