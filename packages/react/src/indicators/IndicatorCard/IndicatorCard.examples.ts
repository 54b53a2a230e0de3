/**
 * Named examples of IndicatorCard, written once and used by the stories, the behaviour tests,
 * the browser tests and the axe run (GOV.UK Frontend's fixtures idea). Hebrew first: the data
 * is what a ministry would hold; some names carry Arabic and English translations, others are
 * Hebrew only, so the fallback (marked with `lang="he"`) is exercised too.
 *
 * Services: a detox inpatient unit (Ministry of Health) and a residential care setting for young
 * people at risk (Ministry of Welfare). Numbers are invented but plausible.
 */
import { interval_wilsonPercent, type Indicator, type Observation } from '@rechesh/core';
import type { IndicatorCardProps } from './IndicatorCard.js';

/** An observation of a proportion, with its Wilson 95 % interval. */
export function proportion(period: string, numerator: number, denominator: number, extra: Partial<Observation> = {}): Observation {
  const ci = interval_wilsonPercent(numerator, denominator);
  return {
    period,
    value: denominator > 0 ? Math.round((1000 * numerator) / denominator) / 10 : null,
    numerator,
    denominator,
    n: denominator,
    ...(ci ? { interval: { lower: Math.round(ci.lower * 10) / 10, upper: Math.round(ci.upper * 10) / 10 } } : {}),
    ...extra,
  };
}

const quarters = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'];
const series = (pairs: [number, number][]) => pairs.map(([num, den], i) => proportion(quarters[i]!, num, den));

export const detoxCompletion: Indicator = {
  id: 'detox-completion',
  name: {
    he: 'שיעור המטופלים שהשלימו גמילה פיזיולוגית',
    ar: 'نسبة المتعالجين الذين أتمّوا الفطام الجسدي',
    en: 'Patients who completed physiological detox',
  },
  kind: 'outcome',
  unit: 'percent',
  polarity: 'higher-better',
  key: true,
  sharedIndicatorId: 'ADD-01',
  formula: {
    numerator: { he: 'מטופלים שסיימו את תהליך הגמילה הפיזיולוגית כמתוכנן', en: 'Patients who finished physiological detox as planned' },
    denominator: { he: 'כל המטופלים שנקלטו במחלקה ברבעון', en: 'All patients admitted to the unit in the quarter' },
  },
  rationale: {
    he: 'גמילה פיזיולוגית היא התוצאה שהמפעיל אחראי לה ישירות, והיא תנאי להמשך טיפול בקהילה.',
    en: 'Physiological detox is the outcome the operator is directly responsible for, and a condition for continued treatment in the community.',
  },
  dataSource: { he: 'רשומות רפואיות של המחלקה', en: "The unit's medical records" },
  collectionMethod: { he: 'שליפה רבעונית מהרשומה הממוחשבת', en: 'Quarterly extract from the electronic record' },
  collector: { he: 'רכזת המדידה של המפעיל', en: "The operator's measurement coordinator" },
  frequency: 'quarterly',
  responsibility: 'operator',
  revisions: [{ date: '2026-01-01', note: { he: 'צומת עדכון מתוכנן בסיום שנת החוזה הראשונה', en: 'Planned revision at the end of the first contract year' } }],
};

export const readmission: Indicator = {
  id: 'readmission-90',
  name: {
    he: 'שיעור החוזרים לאשפוז גמילה תוך 90 יום',
    ar: 'نسبة العائدين إلى الاستشفاء للفطام خلال 90 يومًا',
    en: 'Readmission for detox within 90 days',
  },
  kind: 'outcome',
  unit: 'percent',
  polarity: 'lower-better',
  key: true,
  formula: {
    numerator: 'מטופלים שנקלטו שוב לאשפוז גמילה בתוך 90 יום משחרורם',
    denominator: 'מטופלים ששוחררו ברבעון הקודם',
  },
  rationale: 'חזרה מהירה לאשפוז מעידה על רצף טיפול חסר; התוצאה משותפת למחלקה ולמרכזי הטיפול בקהילה.',
  dataSource: 'מאגר האשפוזים של משרד הבריאות',
  collectionMethod: 'הצלבת מספרי זהות מוצפנים בין אשפוזים',
  collector: 'אגף המידע במשרד',
  frequency: 'quarterly',
  responsibility: 'shared',
  responsibilityNote: 'מרכזי מתדון וקהילות טיפוליות',
};

export const safetyFeeling: Indicator = {
  id: 'youth-safety',
  name: {
    he: 'תחושת מוגנות של בני הנוער (שאלון SDQ-He גרסה 2.1, ציון 4 ומעלה)',
    ar: 'شعور الشباب بالأمان (استبيان SDQ-He الإصدار 2.1، درجة 4 فأكثر)',
    en: 'Young people who feel safe (SDQ-He v2.1 questionnaire, score 4 or more)',
  },
  kind: 'outcome',
  unit: 'percent',
  polarity: 'higher-better',
  key: true,
  experimental: true,
  formula: { numerator: 'בני נוער שדיווחו על ציון 4 ומעלה', denominator: 'בני הנוער שמילאו את השאלון' },
  rationale: 'תחושת מוגנות היא תנאי לכל תוצאה טיפולית אחרת במסגרת חוץ-ביתית.',
  dataSource: 'שאלון המועבר לבני הנוער ישירות, לא באמצעות המפעיל',
  collectionMethod: 'שאלון מקוון אנונימי',
  collector: 'חברת סקרים חיצונית מטעם המשרד',
  frequency: 'quarterly',
  responsibility: 'operator',
  revisions: [
    { date: '2025-01-01', period: '2025-Q1', note: 'נוסח השאלות על הצוות הלילי עודכן, ונוספה שאלה על פגיעה ברשת' },
    { date: '2026-01-01', note: 'צומת עדכון מתוכנן' },
  ],
};

const nightStaff: Indicator = {
  id: 'night-staff',
  name: 'מספר אנשי צוות טיפולי במשמרת לילה',
  kind: 'input',
  unit: 'count',
  polarity: 'higher-better',
  dataSource: 'דוחות משמרות של המפעיל',
  frequency: 'monthly',
  responsibility: 'operator',
};

const therapyHours: Indicator = {
  id: 'therapy-hours',
  name: 'שעות טיפול פרטני לחניך בחודש',
  kind: 'output',
  unit: 'hours',
  polarity: 'higher-better',
  decimals: 1,
  formula: { numerator: 'סך שעות הטיפול הפרטני שניתנו', denominator: 'מספר החניכים במסגרת' },
  dataSource: 'מערכת התיעוד הטיפולי',
  frequency: 'quarterly',
  responsibility: 'operator',
};

const schoolAttendance: Indicator = {
  id: 'school-attendance',
  name: 'שיעור הנוכחות של החניכים במסגרת חינוכית',
  kind: 'outcome',
  unit: 'percent',
  polarity: 'higher-better',
  key: true,
  dataSource: 'דיווחי בתי הספר',
  collectionMethod: 'דיווח חודשי של רכז החינוך במסגרת',
  frequency: 'monthly',
  responsibility: 'shared',
  responsibilityNote: 'בתי הספר והרשות המקומית',
};

const longName: Indicator = {
  id: 'long-name',
  name: 'שיעור בני הנוער שסיימו את שהותם במסגרת והשתלבו תוך שישה חודשים מיום העזיבה בלימודים, בעבודה, בשירות צבאי או בשירות לאומי-אזרחי, לפי דיווח עצמי ואימות מול רשומות',
  kind: 'outcome',
  unit: 'percent',
  polarity: 'higher-better',
  key: true,
  frequency: 'semiannual',
  responsibility: 'shared',
};

const mixedName: Indicator = {
  id: 'cgas',
  name: 'שיעור החניכים עם ציון CGAS של 60 ומעלה אחרי 6 חודשים (Children’s Global Assessment Scale)',
  kind: 'outcome',
  unit: 'percent',
  polarity: 'higher-better',
  sharedIndicatorId: 'YTH-07',
  frequency: 'semiannual',
  responsibility: 'operator',
};

const admissionAge: Indicator = {
  id: 'admission-age',
  name: { he: 'גיל ממוצע בקליטה', en: 'Average age at admission', ar: 'متوسط العمر عند القبول' },
  kind: 'input',
  unit: 'score',
  unitLabel: { he: 'שנים', en: 'years', ar: 'سنوات' },
  polarity: 'none',
  frequency: 'annual',
  responsibility: 'ministry',
};

/** Named examples; plain-language names say what each shows. */
export const indicatorCardExamples = {
  'meets its target': {
    indicator: detoxCompletion,
    observations: series([[52, 78], [55, 80], [58, 81], [60, 79], [63, 82], [68, 80], [74, 83]]),
    target: { kind: 'absolute', value: 75, basis: { kind: 'previous-measurement', note: 'ממוצע 2022–2023 במחלקות דומות, בתוספת 5 נקודות' } },
    baseline: { period: '2023', value: 66.4, n: 310 },
  },
  'lower is better and the target is missed': {
    indicator: readmission,
    observations: series([[14, 70], [15, 72], [13, 69], [16, 71], [18, 74], [17, 70], [19, 72]]),
    target: { kind: 'relative-to-own-past', change: -10, changeUnit: 'percent', lag: 4, basis: { kind: 'research', note: 'סקירת ספרות של שירותי גמילה באירופה' } },
  },
  'suppressed because fewer than 10 cases': {
    indicator: { ...readmission, id: 'readmission-small', name: 'שיעור החוזרים לאשפוז תוך 90 יום — יחידה קטנה בצפון', key: false },
    observations: [proportion('2025-Q1', 3, 12), proportion('2025-Q2', 2, 11), proportion('2025-Q3', 2, 7)],
    target: { kind: 'absolute', value: 20, basis: { kind: 'similar-services' } },
  },
  'unstable: between 10 and 19 cases': {
    indicator: { ...detoxCompletion, id: 'detox-small', name: 'שיעור השלמת גמילה — יחידת נשים', key: false, sharedIndicatorId: undefined },
    observations: [proportion('2025-Q1', 10, 15), proportion('2025-Q2', 9, 13), proportion('2025-Q3', 11, 14)],
    target: { kind: 'absolute', value: 75, basis: { kind: 'previous-measurement' } },
  },
  'experimental indicator whose definition changed this period': {
    indicator: safetyFeeling,
    observations: series([[61, 88], [63, 90], [66, 91], [64, 89], [58, 92], [62, 90], [67, 93]]),
    target: { kind: 'absolute', value: 70, basis: { kind: 'research' } },
    period: '2025-Q1',
  },
  'no target set': {
    indicator: nightStaff,
    observations: [
      { period: '2025-05', value: 3, n: 1 },
      { period: '2025-06', value: 3 },
      { period: '2025-07', value: 2 },
      { period: '2025-08', value: 3 },
      { period: '2025-09', value: 4 },
    ],
  },
  'target without a basis': {
    indicator: therapyHours,
    observations: [
      { period: '2024-Q4', value: 5.2, n: 46 },
      { period: '2025-Q1', value: 5.6, n: 48 },
      { period: '2025-Q2', value: 5.9, n: 47 },
      { period: '2025-Q3', value: 6.1, n: 49 },
    ],
    target: { kind: 'change', change: 10, changeUnit: 'percent', per: 'year', from: { period: '2024', value: 5.2 } },
  },
  'flagged for data quality': {
    indicator: schoolAttendance,
    observations: [
      proportion('2025-06', 410, 480),
      proportion('2025-07', 396, 478),
      proportion('2025-09', 352, 470, { quality: ['incomplete', 'late'] }),
    ],
    target: { kind: 'absolute', value: 90, basis: { kind: 'similar-services' } },
  },
  'long Hebrew name': {
    indicator: longName,
    observations: [proportion('2024-H1', 21, 38), proportion('2024-H2', 24, 40), proportion('2025-H1', 26, 41)],
    target: { kind: 'absolute', value: 60, basis: { kind: 'previous-measurement' } },
  },
  'name mixing Hebrew, numbers and Latin': {
    indicator: mixedName,
    observations: [proportion('2024-H1', 30, 52), proportion('2024-H2', 33, 55), proportion('2025-H1', 37, 56)],
    target: { kind: 'relative-to-benchmark', change: 5, changeUnit: 'points', benchmark: { label: 'הממוצע הארצי', value: 58 }, basis: { kind: 'similar-services' } },
  },
  'no preferred direction': {
    indicator: admissionAge,
    observations: [
      { period: '2023', value: 14.8, n: 61 },
      { period: '2024', value: 15.1, n: 58 },
      { period: '2025', value: 15.6, n: 64, interval: { lower: 15.2, upper: 16.0 } },
    ],
    target: { kind: 'absolute', value: 15, segment: 'בנים ובנות', basis: { kind: 'other', note: 'גיל הקליטה המתוכנן במכרז' } },
  },
} satisfies Record<string, Omit<IndicatorCardProps, 'ref'>>;

/**
 * Examples of invalid data. The card must show the error panel naming what is wrong, never
 * crash. Typed loosely on purpose: this is what arrives from a badly mapped API.
 */
export const invalidIndicatorCardExamples: Record<string, Record<string, unknown>> = {
  'invalid data: unknown kind, value not a number, impossible period': {
    indicator: { ...detoxCompletion, kind: 'impact' },
    observations: [
      { period: '2025-Q5', value: 61, n: 80 },
      { period: '2025-Q3', value: Number.NaN, n: 82 },
    ],
  },
  'invalid data: percent above 100 and interval upside down': {
    indicator: detoxCompletion,
    observations: [{ period: '2025-Q3', value: 130, n: 80, interval: { lower: 70, upper: 60 } }],
  },
  'invalid data: missing indicator': {
    observations: [{ period: '2025-Q3', value: 61, n: 80 }],
  },
};

export type IndicatorCardExampleName = keyof typeof indicatorCardExamples;
