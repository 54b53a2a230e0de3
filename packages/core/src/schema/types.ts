/**
 * The measurement data schema of Rechesh UI, as TypeScript types.
 *
 * The same shapes are checked at run time by `validate_*` in `./validate.ts`; keep the two in step.
 * Field names follow the measurement plan of the inter-ministerial M&E report: an indicator carries
 * its formula, rationale, data source, collection method, collector, frequency and responsibility.
 */

/** The UI languages we ship catalogs for. Hebrew first. */
export type Locale = 'he' | 'ar' | 'en';

/** Reading direction of a locale or of a subtree. */
export type Direction = 'rtl' | 'ltr';

/**
 * Text that comes from data. Either one string (in whatever language the data owner wrote it) or
 * a map of translations. Resolve it with `text_resolve`, which also tells which language it fell
 * back to so the UI can mark it with `lang`.
 * @example 'שיעור המשתתפים שהשלימו גמילה'
 * @example { he: 'שיעור השלמת גמילה', en: 'Detox completion rate' }
 */
export type LocalizedText = string | Partial<Record<Locale, string>>;

/** Where an indicator sits in the logic model. */
export type IndicatorKind = 'input' | 'output' | 'outcome';

/** Which direction of change is good. `none` means comparisons are shown without a value judgement. */
export type Polarity = 'higher-better' | 'lower-better' | 'none';

/** Who is mainly responsible for what the indicator measures. */
export type Responsibility = 'operator' | 'ministry' | 'shared' | 'other';

/** How often the indicator is collected. */
export type Frequency = 'monthly' | 'quarterly' | 'semiannual' | 'annual' | 'school-year' | 'ad-hoc';

/**
 * The unit of an indicator's value. `percent` values are stored as percentages (42.5 means 42.5 %),
 * not as fractions.
 */
export type Unit = 'percent' | 'count' | 'per-1000' | 'days' | 'hours' | 'score' | 'ils';

/**
 * A period label. Supported forms:
 * - `2025` a calendar year
 * - `2025-H1` a half year
 * - `2025-Q3` a quarter
 * - `2025-03` a month
 * - `2024/25` a school year (September 2024 to August 2025)
 */
export type Period = string;

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A service bought from operators, with its target population. */
export interface Service {
  id: string;
  name: LocalizedText;
  ministry?: LocalizedText;
  operator?: LocalizedText;
  targetPopulation?: LocalizedText;
  description?: LocalizedText;
}

/** A predefined juncture at which an experimental indicator's wording or tool may be revised. */
export interface Revision {
  /** When the revision took effect. */
  date: IsoDate;
  /** First period measured under the revised definition. */
  period?: Period;
  /** What changed. */
  note?: LocalizedText;
}

/** An indicator's formula, as the measurement plan writes it. */
export interface Formula {
  numerator: LocalizedText;
  denominator?: LocalizedText;
}

/** An indicator and its measurement plan. */
export interface Indicator {
  id: string;
  name: LocalizedText;
  kind: IndicatorKind;
  unit: Unit;
  /** Label for the unit when the built-in one does not fit, e.g. "treatment hours". */
  unitLabel?: LocalizedText;
  polarity: Polarity;
  /** One of the service's few (usually 4–7) key indicators. */
  key?: boolean;
  /** Id of a shared indicator: same definition and calculation across similar services. */
  sharedIndicatorId?: string;
  formula?: Formula;
  rationale?: LocalizedText;
  dataSource?: LocalizedText;
  collectionMethod?: LocalizedText;
  collector?: LocalizedText;
  frequency?: Frequency;
  responsibility?: Responsibility;
  /** Who else shares responsibility, or who "other" is. */
  responsibilityNote?: LocalizedText;
  /** Experimental: what is measured stays fixed, wording and tools may change at revisions. */
  experimental?: boolean;
  /** Revision junctures, past and planned. */
  revisions?: Revision[];
  /** Decimal places to show, 0–20. @defaultValue 1 for percent, per-1000 and score; 0 otherwise */
  decimals?: number;
}

/** Why a target was set where it was. A target without a basis gets a caution. */
export interface TargetBasis {
  kind: 'previous-measurement' | 'similar-services' | 'research' | 'other';
  note?: LocalizedText;
}

interface TargetCommon {
  /** The period the target is for; when absent, it applies to every period. */
  period?: Period;
  /** Population segment of a differential target, e.g. "ages 14–16". */
  segment?: LocalizedText;
  basis?: TargetBasis;
  note?: LocalizedText;
}

/** An absolute level, e.g. 10,000 a year or 75 %. */
export interface AbsoluteTarget extends TargetCommon {
  kind: 'absolute';
  value: number;
}

/** How a relative target's change is expressed: a relative percent, or percentage points / units. */
export type ChangeUnit = 'percent' | 'points';

/** A change from a baseline, e.g. +10 % a year. */
export interface ChangeTarget extends TargetCommon {
  kind: 'change';
  change: number;
  changeUnit: ChangeUnit;
  /** Applied once per year (compounded) or once in total. @defaultValue 'total' */
  per?: 'year' | 'total';
  from: { period: Period; value: number };
}

/** Relative to a benchmark, e.g. 10 % above the national average. */
export interface BenchmarkTarget extends TargetCommon {
  kind: 'relative-to-benchmark';
  change: number;
  changeUnit: ChangeUnit;
  benchmark: { label: LocalizedText; value?: number };
}

/** Relative to the same service's own past, e.g. 10 % better than a year ago. */
export interface OwnPastTarget extends TargetCommon {
  kind: 'relative-to-own-past';
  change: number;
  changeUnit: ChangeUnit;
  /** How many periods back to compare with, e.g. 4 for "a year ago" in quarterly data. */
  lag: number;
}

export type Target = AbsoluteTarget | ChangeTarget | BenchmarkTarget | OwnPastTarget;

/** Data-quality flags an observation can carry. */
export type QualityFlag = 'incomplete' | 'estimated' | 'unverified' | 'late' | 'source-changed';

/** A confidence interval around a value, in the value's unit. */
export interface Interval {
  lower: number;
  upper: number;
  /** Confidence level. @defaultValue 0.95 */
  level?: number;
}

/** One measured value of an indicator for a period. */
export interface Observation {
  period: Period;
  /** The value in the indicator's unit. `null` means not measured. */
  value: number | null;
  numerator?: number;
  denominator?: number;
  /** Number of cases the value is computed from. Drives suppression. */
  n?: number;
  interval?: Interval;
  quality?: QualityFlag[];
  note?: LocalizedText;
}

/** The value a service started from. */
export interface Baseline {
  period: Period;
  value: number;
  n?: number;
}

/** Small-number rule: values from fewer than `minN` cases are never shown. */
export interface SuppressionRule {
  /** @defaultValue 10 */
  minN: number;
  /** Values from fewer than this many cases are flagged unstable. @defaultValue 20 */
  unstableN: number;
}
