import type { FunnelPosition, Locale } from '@rechesh/core';

/* Strings of the FunnelPlot in he, ar and en. Common ones (table toggle, legend, "too few cases")
 * come from the catalogs. */

export type Cmp = 'better' | 'worse' | 'higher' | 'lower' | 'similar' | 'not-comparable';
export type Pos = Exclude<FunnelPosition, 'not-compared'>;

export interface FunnelStrings {
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

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, k: string) => (Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : whole));
}

/* -------------------------------------------------------------------------------------------------
 * Validation
 * -----------------------------------------------------------------------------------------------*/

