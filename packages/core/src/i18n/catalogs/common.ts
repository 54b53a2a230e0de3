import type { Locale } from '../../schema/types.js';

/** Strings every family uses: kinds, polarity, status words, units, periods, the error panel. */
const en = {
  'unit.per-1000': '{value} per 1,000',
  'unit.points': '{value} pts',
  'status.better': 'Meets the target',
  'status.worse': 'Does not meet the target',
  'status.similar': 'Close to the target (difference not significant)',
  'status.higher': 'Above the target',
  'status.lower': 'Below the target',
  'status.not-comparable': 'Cannot be compared with the target',
  'caution.definition-changed': 'Definition changed',
  'card.target': 'Target',
  'card.baseline': 'Baseline',
  'card.suppressed': 'Too few cases to show',
  'card.period': 'Period',
  'error.title': 'This component cannot be shown',
  'error.intro': 'The data it received has problems:',
  'error.at': 'At',
  'error.more': 'and {count} more',
  'period.half': 'H{half} {year}',
  'period.quarter': 'Q{quarter} {year}',
  'period.schoolYear': 'School year {span}',
};

/** Keys of the common catalog. */
export type CommonMessageKey = keyof typeof en;

const he: Record<keyof typeof en, string> = {
  'unit.per-1000': '{value} ל-1,000',
  'unit.points': '{value} נק׳',
  'status.better': 'עומד ביעד',
  'status.worse': 'אינו עומד ביעד',
  'status.similar': 'קרוב ליעד (ההבדל אינו מובהק)',
  'status.higher': 'מעל היעד',
  'status.lower': 'מתחת ליעד',
  'status.not-comparable': 'לא ניתן להשוות ליעד',
  'caution.definition-changed': 'ההגדרה שונתה',
  'card.target': 'יעד',
  'card.baseline': 'ערך בסיס',
  'card.suppressed': 'מעט מדי מקרים להצגה',
  'card.period': 'תקופה',
  'error.title': 'לא ניתן להציג את הרכיב',
  'error.intro': 'בנתונים שהתקבלו יש בעיות:',
  'error.at': 'במיקום',
  'error.more': 'ועוד {count}',
  'period.half': 'מחצית {half} {year}',
  'period.quarter': 'רבעון {quarter} {year}',
  'period.schoolYear': 'שנת הלימודים {span}',
};

const ar: Record<keyof typeof en, string> = {
  'unit.per-1000': '{value} لكل 1,000',
  'unit.points': '{value} نقطة',
  'status.better': 'يحقق الهدف',
  'status.worse': 'لا يحقق الهدف',
  'status.similar': 'قريب من الهدف (الفرق غير دال)',
  'status.higher': 'أعلى من الهدف',
  'status.lower': 'أدنى من الهدف',
  'status.not-comparable': 'لا يمكن المقارنة بالهدف',
  'caution.definition-changed': 'تغيّر التعريف',
  'card.target': 'الهدف',
  'card.baseline': 'قيمة الأساس',
  'card.suppressed': 'الحالات أقل من أن تُعرض',
  'card.period': 'الفترة',
  'error.title': 'لا يمكن عرض هذا المكوّن',
  'error.intro': 'في البيانات المستلمة مشاكل:',
  'error.at': 'في الموضع',
  'error.more': 'و{count} أخرى',
  'period.half': 'النصف {half} {year}',
  'period.quarter': 'الربع {quarter} {year}',
  'period.schoolYear': 'السنة الدراسية {span}',
};

export const commonMessages: Readonly<Record<Locale, Record<keyof typeof en, string>>> = { he, ar, en };
