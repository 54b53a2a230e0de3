/**
 * Named examples of TargetTrendChart, used by stories, tests and the axe run. Hebrew first;
 * the data is invented but plausible for a detox inpatient unit and residential youth care.
 */
import type { Indicator, Observation } from '@rechesh/core';
import {
  detoxCompletion,
  proportion,
  readmission,
  safetyFeeling,
} from '../../indicators/IndicatorCard/IndicatorCard.examples.js';
import type { TargetTrendChartProps } from './TargetTrendChart.js';

const q = (from: number, count: number) => {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(`${from + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
};
const quarters = q(2023, 11); // 2023-Q1 … 2025-Q3
const rates = (pairs: [number, number][], periods = quarters): Observation[] =>
  pairs.map(([num, den], i) => proportion(periods[i]!, num, den));

const therapyHours: Indicator = {
  id: 'therapy-hours-annual',
  name: { he: 'שעות טיפול פרטני לחניך בחודש (ממוצע שנתי)', en: 'Individual therapy hours per young person a month (yearly mean)', ar: 'ساعات العلاج الفردي لكل شاب شهريًا (متوسط سنوي)' },
  kind: 'output',
  unit: 'hours',
  polarity: 'higher-better',
  decimals: 1,
  frequency: 'annual',
  responsibility: 'operator',
};

const matriculation: Indicator = {
  id: 'matriculation',
  name: { he: 'שיעור הזכאים לבגרות מבין בוגרי המסגרת', en: 'Leavers eligible for a matriculation certificate', ar: 'نسبة المستحقين لشهادة البجروت من بين خرّيجي الإطار' },
  kind: 'outcome',
  unit: 'percent',
  polarity: 'higher-better',
  frequency: 'school-year',
  responsibility: 'shared',
};

const schoolYears = ['2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25'];

/** Named examples; plain-language names say what each shows. */
export const trendChartExamples = {
  'absolute target, met in recent quarters': {
    indicator: detoxCompletion,
    series: [
      {
        id: 'unit',
        label: { he: 'מחלקת הגמילה', en: 'Detox unit', ar: 'قسم الفطام' },
        observations: rates([[50, 79], [52, 80], [51, 78], [54, 80], [52, 78], [55, 80], [58, 81], [60, 79], [63, 82], [68, 80], [74, 83]]),
      },
    ],
    target: { kind: 'absolute', value: 75, basis: { kind: 'previous-measurement' } },
    baseline: { period: '2023-Q1', value: 63.3, n: 79 },
  },
  'change target: +10% a year from a baseline': {
    indicator: therapyHours,
    series: [
      {
        id: 'setting',
        label: { he: 'הפנימייה', en: 'Residential setting', ar: 'المسكن' },
        observations: [
          { period: '2020', value: 4.0, n: 52 },
          { period: '2021', value: 4.3, n: 50 },
          { period: '2022', value: 4.5, n: 55 },
          { period: '2023', value: 5.1, n: 54 },
          { period: '2024', value: 5.3, n: 51 },
          { period: '2025', value: 5.9, n: 53 },
        ],
      },
    ],
    target: { kind: 'change', change: 10, changeUnit: 'percent', per: 'year', from: { period: '2020', value: 4.0 }, basis: { kind: 'research' } },
    baseline: { period: '2020', value: 4.0, n: 52 },
  },
  'relative to the national benchmark': {
    indicator: { ...readmission, name: { he: 'שיעור החוזרים לאשפוז תוך 90 יום — מחוז דרום', en: 'Readmission within 90 days — South', ar: 'نسبة العائدين خلال 90 يومًا — الجنوب' } },
    series: [
      { id: 'south', label: { he: 'מחלקת הדרום', en: 'Southern unit', ar: 'قسم الجنوب' }, observations: rates([[17, 70], [16, 71], [18, 72], [15, 70], [16, 73], [14, 71], [15, 72], [13, 70], [14, 73], [12, 72], [12, 74]]) },
      {
        id: 'national',
        role: 'benchmark',
        label: { he: 'הממוצע הארצי', en: 'National average', ar: 'المعدل القطري' },
        observations: quarters.map((period, i) => ({ period, value: 21 - i * 0.3, n: 640 })),
      },
    ],
    target: { kind: 'relative-to-benchmark', change: -10, changeUnit: 'percent', benchmark: { label: { he: 'הממוצע הארצי', en: 'the national average', ar: 'المعدل القطري' } }, basis: { kind: 'similar-services' } },
  },
  'relative to own past: 10% fewer than a year earlier': {
    indicator: readmission,
    series: [{ id: 'unit', label: { he: 'מחלקת הגמילה', en: 'Detox unit', ar: 'قسم الفطام' }, observations: rates([[16, 70], [15, 71], [16, 72], [15, 70], [15, 73], [14, 71], [14, 72], [13, 70], [14, 73], [12, 72], [12, 74]]) }],
    target: { kind: 'relative-to-own-past', change: -10, changeUnit: 'percent', lag: 4, basis: { kind: 'research' } },
  },
  'differential targets per population segment': {
    indicator: matriculation,
    series: [
      { id: 'younger', role: 'segment', label: { he: 'חניכים שנקלטו עד גיל 15', en: 'Admitted by age 15', ar: 'من قُبلوا حتى سن 15' }, observations: rates([[18, 40], [20, 42], [22, 41], [23, 43], [25, 44], [27, 45]], schoolYears), target: { kind: 'absolute', value: 60, basis: { kind: 'similar-services' } } },
      { id: 'older', role: 'segment', label: { he: 'חניכים שנקלטו מגיל 16', en: 'Admitted at 16 or older', ar: 'من قُبلوا من سن 16' }, observations: rates([[8, 30], [9, 31], [10, 29], [11, 32], [12, 30], [13, 31]], schoolYears), target: { kind: 'absolute', value: 40, basis: { kind: 'similar-services' } } },
    ],
  },
  'target without a basis': {
    indicator: { ...therapyHours, id: 'hours-nobasis' },
    series: [{ id: 'setting', label: 'הפנימייה', observations: [{ period: '2022', value: 4.5, n: 55 }, { period: '2023', value: 5.1, n: 54 }, { period: '2024', value: 5.3, n: 51 }, { period: '2025', value: 5.9, n: 53 }] }],
    target: { kind: 'absolute', value: 7 },
  },
  'events and a definition change': {
    indicator: safetyFeeling,
    series: [{ id: 'setting', label: { he: 'הפנימייה', en: 'Residential setting', ar: 'المسكن' }, observations: rates([[55, 86], [57, 88], [58, 87], [60, 90], [61, 88], [63, 90], [66, 91], [64, 89], [58, 92], [62, 90], [67, 93]]) }],
    target: { kind: 'absolute', value: 70, basis: { kind: 'research' } },
    events: [
      { period: '2023-Q3', kind: 'tender', label: { he: 'מכרז חדש', en: 'New tender', ar: 'مناقصة جديدة' } },
      { period: '2024-Q2', kind: 'operator-change', label: { he: 'החלפת מפעיל', en: 'Operator changed', ar: 'تغيير المشغّل' } },
    ],
  },
  'suppressed periods shown as gaps': {
    indicator: { ...readmission, id: 'small-unit', name: 'שיעור החוזרים לאשפוז תוך 90 יום — יחידה קטנה בצפון' },
    series: [{ id: 'north', label: 'היחידה בצפון', observations: rates([[3, 12], [2, 11], [2, 7], [3, 13], [2, 8], [3, 14], [2, 12], [3, 15], [2, 13], [2, 12], [3, 14]]) }],
    target: { kind: 'absolute', value: 20, basis: { kind: 'similar-services' } },
  },
  'no data yet': {
    indicator: detoxCompletion,
    series: [{ id: 'unit', label: 'מחלקת הגמילה', observations: [] }],
    target: { kind: 'absolute', value: 75, basis: { kind: 'previous-measurement' } },
  },
  'a single point': {
    indicator: detoxCompletion,
    series: [{ id: 'unit', label: 'מחלקת הגמילה', observations: [proportion('2025-Q3', 74, 83)] }],
    target: { kind: 'absolute', value: 75, basis: { kind: 'previous-measurement' } },
  },
  'three operators with long Hebrew names': {
    indicator: detoxCompletion,
    series: [
      { id: 'a', label: 'עמותת "דרך חדשה" לשיקום ולטיפול בהתמכרויות — מחלקת גמילה באשפוז, באר שבע', observations: rates([[50, 79], [52, 80], [51, 78], [54, 80], [52, 78], [55, 80], [58, 81], [60, 79], [63, 82], [68, 80], [74, 83]]) },
      { id: 'b', label: 'המרכז הרפואי לבריאות הנפש והתמכרויות בגליל המערבי (מפעיל זמני)', observations: rates([[45, 70], [47, 72], [46, 71], [49, 73], [50, 72], [52, 74], [51, 73], [53, 72], [55, 74], [54, 73], [57, 75]]) },
      { id: 'c', label: 'חברת שירותי טיפול בע״מ — יחידת גמילה במרכז, כולל מסלול לנשים ולצעירים', observations: rates([[58, 76], [57, 75], [59, 77], [60, 76], [58, 75], [61, 77], [62, 78], [60, 76], [63, 77], [64, 78], [65, 78]]) },
    ],
    target: { kind: 'absolute', value: 75, basis: { kind: 'previous-measurement' } },
  },
} satisfies Record<string, Omit<TargetTrendChartProps, 'ref'>>;

/** Invalid inputs: the chart must show the error panel, never crash. */
export const invalidTrendChartExamples: Record<string, Record<string, unknown>> = {
  'invalid data: series not a list, event in an impossible period': {
    indicator: detoxCompletion,
    series: { id: 'unit' },
    events: [{ period: '2025-Q7', label: 'מכרז' }],
  },
  'invalid data: values out of range and duplicated periods': {
    indicator: detoxCompletion,
    series: [{ id: 'unit', label: 'מחלקה', observations: [{ period: '2025-Q1', value: 140, n: 80 }, { period: '2025-Q1', value: Number.NaN, n: 80 }] }],
  },
};
