/**
 * Named examples of OperatorComparisonTable, used by stories, tests and the benchmark. The data is
 * invented but plausible: eight detox inpatient units on four shared indicators, with every
 * caution kind somewhere (small n, a suppressed cell, a population-mix difference, a data-quality
 * flag, a new operator, a definition change and an external factor).
 */
import type { Indicator, Observation, OperatorBenchmark, OperatorRow } from '@rechesh/core';
import { detoxCompletion, readmission } from '../../indicators/IndicatorCard/IndicatorCard.examples.js';
import type { OperatorComparisonTableProps } from './OperatorComparisonTable.js';

const intakeDays: Indicator = {
  id: 'intake-days',
  name: { he: 'ימי המתנה לקליטה (חציון)', ar: 'أيام الانتظار للاستقبال (الوسيط)', en: 'Days waiting for admission (median)' },
  kind: 'output',
  unit: 'days',
  polarity: 'lower-better',
  decimals: 1,
};

const communityReferral: Indicator = {
  id: 'community-referral',
  name: { he: 'הופנו להמשך טיפול בקהילה', ar: 'أُحيلوا لمتابعة العلاج في المجتمع', en: 'Referred to community follow-up' },
  kind: 'output',
  unit: 'percent',
  polarity: 'none',
  experimental: true,
  revisions: [{ date: '2025-07-01', period: '2025-Q3', note: { he: 'הוגדר מחדש מהו "הפניה"', en: 'What counts as a referral was redefined' } }],
};

export const comparisonIndicators: Indicator[] = [detoxCompletion, readmission, intakeDays, communityReferral];

const label = (he: string, en: string, ar: string) => ({ he, en, ar });

export const comparisonBenchmark: Record<string, OperatorBenchmark> = {
  'detox-completion': { value: 70, label: label('ממוצע ארצי', 'National average', 'المعدل القطري'), population: { highNeed: 0.3 } },
  'readmission-90': { value: 18, label: label('ממוצע ארצי', 'National average', 'المعدل القطري'), population: { highNeed: 0.3 } },
  'intake-days': { value: 6, label: label('ממוצע ארצי', 'National average', 'المعدل القطري') },
  'community-referral': { value: 55, label: label('ממוצע ארצי', 'National average', 'المعدل القطري') },
};

/** Names of the population-profile features the data uses. */
export const comparisonFeatures = { highNeed: label('מטופלים עם צרכים מורכבים', 'High-need patients', 'متعالجون ذوو احتياجات معقّدة') };

/** A proportion with its Wilson-like 95% interval, rounded for the example. */
const pct = (events: number, n: number, extra: Partial<Observation> = {}): Observation => {
  const p = events / n;
  const z = 1.96;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  const r = (x: number) => Math.round(x * 1000) / 10;
  return { period: '2025-Q3', value: r(p), n, numerator: events, denominator: n, interval: { lower: r(centre - half), upper: r(centre + half) }, ...extra };
};
const days = (value: number, n: number, lower: number, upper: number): Observation => ({ period: '2025-Q3', value, n, interval: { lower, upper } });

const north = label('צפון', 'North', 'الشمال');
const centre = label('מרכז', 'Centre', 'المركز');
const south = label('דרום', 'South', 'الجنوب');
const jerusalem = label('ירושלים', 'Jerusalem', 'القدس');

/** Eight operators on four indicators, with every caution kind. */
export const eightOperators: OperatorRow[] = [
  {
    operatorId: 'op-01', name: label('מרכז אופק', 'Ofek Centre', 'مركز أوفك'), region: north, population: { highNeed: 0.32 },
    values: { 'detox-completion': pct(330, 400), 'readmission-90': pct(52, 380), 'intake-days': days(4.5, 400, 3.9, 5.2), 'community-referral': pct(240, 400) },
  },
  {
    operatorId: 'op-02', name: label('בית דרור', 'Beit Dror', 'بيت درور'), region: centre, population: { highNeed: 0.48 },
    values: { 'detox-completion': pct(122, 200), 'readmission-90': pct(44, 190), 'intake-days': days(7.5, 200, 6.6, 8.4), 'community-referral': pct(96, 200) },
  },
  {
    operatorId: 'op-03', name: label('נווה שלום', 'Neve Shalom', 'نافيه شالوم'), region: jerusalem, population: { highNeed: 0.28 },
    // Few cases: shown, flagged unstable, not compared.
    values: { 'detox-completion': pct(12, 15), 'readmission-90': pct(2, 14), 'intake-days': days(5, 15, 3.1, 6.9), 'community-referral': pct(8, 15) },
  },
  {
    operatorId: 'op-04', name: label('עמותת גשר', 'Gesher Association', 'جمعية جيشر'), region: south, population: { highNeed: 0.3 },
    // A suppressed cell (6 cases) next to values with a data-quality flag.
    values: {
      'detox-completion': pct(58, 80, { quality: ['estimated'] }),
      'readmission-90': pct(1, 6),
      'intake-days': days(6.2, 80, 5.1, 7.3),
      'community-referral': pct(40, 80, { quality: ['incomplete', 'late'] }),
    },
  },
  {
    operatorId: 'op-05', name: label('מרכז הגליל', 'Galilee Centre', 'مركز الجليل'), region: north, population: { highNeed: 0.26 },
    externalFactors: [label('המחלקה שופצה ופעלה בחצי תפוסה ברבעון', 'The ward was renovated and ran at half capacity this quarter', 'جرى ترميم القسم وعمل بنصف طاقته في هذا الربع')],
    values: { 'detox-completion': pct(83, 120), 'readmission-90': pct(20, 118), 'intake-days': days(9.5, 120, 8.2, 10.8), 'community-referral': pct(70, 120) },
  },
  {
    operatorId: 'op-06', name: label('בית הנגב', 'Negev House', 'بيت النقب'), region: south, population: { highNeed: 0.34 },
    values: { 'detox-completion': pct(104, 150), 'readmission-90': pct(30, 150), 'intake-days': days(5.8, 150, 5.0, 6.6), 'community-referral': pct(80, 150) },
  },
  {
    operatorId: 'op-07', name: label('אל-אמל', 'Al-Amal', 'الأمل'), region: jerusalem, population: { highNeed: 0.31 },
    values: { 'detox-completion': pct(63, 90), 'readmission-90': pct(11, 88), 'intake-days': days(3.2, 90, 2.6, 3.8) },
  },
  {
    operatorId: 'op-08', name: label('דרך חדשה', 'New Way', 'طريق جديد'), region: centre, isNew: true,
    values: { 'detox-completion': pct(40, 52), 'readmission-90': pct(6, 30), 'intake-days': days(4.1, 52, 3.3, 4.9), 'community-referral': pct(30, 52) },
  },
];

const NAMES_HE = ['אופק', 'דרור', 'גשר', 'הגליל', 'הנגב', 'השרון', 'הכרמל', 'רעות', 'מעגלים', 'צעד'];
const NAMES_EN = ['Ofek', 'Dror', 'Gesher', 'Galilee', 'Negev', 'Sharon', 'Carmel', 'Reut', 'Circles', 'Step'];
const REGIONS = [north, centre, south, jerusalem];

/**
 * `count` generated operators (deterministic: the same count gives the same rows), for the
 * virtualized story, the property tests and the benchmark. Every 97th is suppressed on the first
 * indicator, every 50th is new.
 */
export function manyOperators(count: number): OperatorRow[] {
  const rows: OperatorRow[] = [];
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 0; i < count; i += 1) {
    const n = 20 + Math.floor(rand() * 400);
    const he = `${NAMES_HE[i % NAMES_HE.length]} ${i + 1}`;
    const en = `${NAMES_EN[i % NAMES_EN.length]} ${i + 1}`;
    rows.push({
      operatorId: `gen-${i + 1}`,
      name: { he, en, ar: en },
      region: REGIONS[i % REGIONS.length],
      isNew: i % 50 === 49 ? true : undefined,
      population: { highNeed: Math.round((0.2 + rand() * 0.2) * 100) / 100 },
      values: {
        'detox-completion': i % 97 === 3 ? pct(2, 7) : pct(Math.round(n * (0.55 + rand() * 0.3)), n),
        'readmission-90': pct(Math.round(n * (0.08 + rand() * 0.2)), n),
        'intake-days': days(Math.round((3 + rand() * 7) * 10) / 10, n, 2, 11),
        'community-referral': pct(Math.round(n * (0.4 + rand() * 0.3)), n),
      },
    });
  }
  return rows;
}

const base = { indicators: comparisonIndicators, benchmark: comparisonBenchmark, populationFeatures: comparisonFeatures };

export const operatorComparisonTableExamples = {
  'eight operators on four indicators': { ...base, operators: eightOperators },
  'anonymised for publication': { ...base, operators: eightOperators, anonymise: true, anonymiseSeed: 'story-seed' },
  'grouped by region': { ...base, operators: eightOperators, defaultGroupByRegion: true },
  'sorted by value, intervals shown': { ...base, operators: eightOperators, defaultSort: { columnId: 'detox-completion', desc: true } },
  'no operators yet': { ...base, operators: [] },
} satisfies Record<string, Omit<OperatorComparisonTableProps, 'ref'>>;

export const invalidOperatorComparisonTableExamples: Record<string, Record<string, unknown>> = {
  'a duplicate id, n below zero, a share above 1': {
    ...base,
    operators: [
      eightOperators[0],
      { ...eightOperators[1], operatorId: 'op-01' },
      { ...eightOperators[2], population: { highNeed: 1.4 }, values: { 'detox-completion': { period: '2025-Q3', value: 50, n: -3 } } },
    ],
  },
  'operators is not a list': { ...base, operators: 'op-01, op-02' },
};
