import type { Locale } from '@rechesh/core';

/**
 * The few sentences of the diagnosis worksheet that the core catalog does not have (the check
 * button, closing a notice, the headed parts of the page). Kept beside the component.
 */
const strings = {
  en: {
    details: 'About the service and the tender',
    check: 'Check the work plan',
    complete: 'The work plan is complete.',
    dismiss: 'Close the notice',
    overall: 'Overall summary',
    keep: 'Keep your work',
    answer: 'Answer',
    continue: 'Continue where you left off',
    unreadable: 'Work saved in this browser could not be read, so the worksheet starts empty. The saved copy was left as it was.',
  },
  he: {
    details: 'פרטי השירות והמכרז',
    check: 'בדיקת תוכנית העבודה',
    complete: 'תוכנית העבודה מלאה.',
    dismiss: 'סגירת ההודעה',
    overall: 'סיכום כללי',
    keep: 'שמירת העבודה',
    answer: 'תשובה',
    continue: 'להמשיך מהמקום שבו עצרתם',
    unreadable: 'לא ניתן היה לקרוא את העבודה שנשמרה בדפדפן, ולכן דף העבודה מתחיל ריק. העותק השמור נשאר כפי שהיה.',
  },
  ar: {
    details: 'عن الخدمة والمناقصة',
    check: 'التحقق من خطة العمل',
    complete: 'خطة العمل مكتملة.',
    dismiss: 'إغلاق الإشعار',
    overall: 'ملخص عام',
    keep: 'حفظ العمل',
    answer: 'الإجابة',
    continue: 'المتابعة من حيث توقفتم',
    unreadable: 'تعذّرت قراءة العمل المحفوظ في هذا المتصفح، ولذلك تبدأ ورقة العمل فارغة. بقيت النسخة المحفوظة كما هي.',
  },
} as const;

export type DiagnosisString = keyof (typeof strings)['en'];

/** A sentence of the worksheet in `locale` (Hebrew when the locale is unknown). */
export function diagnosisString(locale: Locale, key: DiagnosisString): string {
  return (strings[locale] ?? strings.he)[key];
}
