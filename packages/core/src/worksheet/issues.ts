/**
 * Issue codes of the worksheets and their sentences in Hebrew, Arabic and English. A closed list
 * of its own beside `issue_codes` (like `logicModel_issueCodes`), so the measurement codes stay as
 * they were and a page without worksheets does not carry these sentences.
 */
import type { Locale } from '../schema/types.js';
import { issue_message, type IssueCode } from '../schema/messages.js';
import type { WorksheetKind } from './types.js';

/**
 * Codes of the worksheet checks: reading a saved state, the work-plan step, the roadmap, the
 * stakeholder map.
 * @example worksheet_issueCodes.includes('end-before-start') // true
 */
export const worksheet_issueCodes = [
  'not-json', 'too-large', 'too-deep', 'too-long', 'version-unsupported', 'kind-mismatch', 'id-format', 'when-format',
  'unknown-principle', 'unknown-item', 'unknown-super-outcome', 'super-outcome-not-of-principle',
  'two-principles-required', 'duplicate-principle', 'reason-required', 'super-outcome-required',
  'title-required', 'end-before-start', 'end-without-start', 'milestone-outside-action',
  'stakeholders-required', 'stakeholder-name-required', 'stage-required', 'tool-required',
] as const;

/** What is wrong with a worksheet. */
export type WorksheetIssueCode = (typeof worksheet_issueCodes)[number];

/** One problem of a worksheet, at a path such as `actions[2].end` (empty for the input itself). */
export interface WorksheetIssue {
  path: string;
  code: WorksheetIssueCode | IssueCode;
  params?: Record<string, string | number>;
}

/**
 * Sentences of the worksheet codes, per locale. Ids and values come in as params.
 * @example worksheet_issueMessages.en['reason-required'] // 'Write why you chose these principles'
 */
export const worksheet_issueMessages: Record<Locale, Record<WorksheetIssueCode, string>> = {
  he: {
    'not-json': 'הקובץ אינו קובץ JSON תקין, ולכן אי אפשר לקרוא אותו',
    'too-large': 'הקובץ גדול מדי; הגודל המרבי הוא {max} תווים',
    'too-deep': 'מבנה הקובץ מקונן לעומק רב מדי',
    'too-long': 'הטקסט ארוך מדי; האורך המרבי הוא {max} תווים',
    'version-unsupported': 'הקובץ נשמר בגרסה {found}, שאינה נתמכת; הגרסאות הנתמכות הן עד {max}',
    'kind-mismatch': 'זה קובץ של {found} ולא של {expected}',
    'id-format': 'המזהה אינו תקין: {id}',
    'when-format': 'המועד אינו בצורה מוכרת. יש לכתוב רבעון כמו 2026-Q3 או תאריך כמו 2026-09-30',
    'unknown-principle': 'אין עיקרון כזה: {id}',
    'unknown-item': 'אין פריט כזה במודל הלוגי: {id}',
    'unknown-super-outcome': 'אין תוצאת על כזו: {id}',
    'super-outcome-not-of-principle': 'תוצאת העל {id} אינה שייכת לעיקרון {principle}',
    'two-principles-required': 'יש לבחור בדיוק שני עקרונות להתמקד בהם (נבחרו עד כה: {count})',
    'duplicate-principle': 'העיקרון {id} נבחר פעמיים',
    'reason-required': 'יש לכתוב מדוע בחרתם בעקרונות אלה',
    'super-outcome-required': 'יש לבחור תוצאת על אחת לעיקרון {principle}',
    'title-required': 'יש לכתוב שם לפעולה או לבחור כלי מתפריט הכלים',
    'end-before-start': 'מועד הסיום {end} מוקדם ממועד ההתחלה {start}',
    'end-without-start': 'יש מועד סיום אבל אין מועד התחלה',
    'milestone-outside-action': 'אבן הדרך ב-{date} אינה בתוך תקופת הפעולה ({start} עד {end})',
    'stakeholders-required': 'יש להוסיף לפחות בעל עניין אחד למפה',
    'stakeholder-name-required': 'יש לכתוב את שמו של בעל העניין {number}',
    'stage-required': 'יש לבחור לפחות שלב אחד שבו בעל העניין {number} משתתף',
    'tool-required': 'יש לבחור לפחות כלי שיתוף אחד לבעל העניין {number}',
  },
  ar: {
    'not-json': 'الملف ليس ملف JSON صالحًا، ولذلك لا يمكن قراءته',
    'too-large': 'الملف كبير جدًا؛ الحجم الأقصى هو {max} حرفًا',
    'too-deep': 'بنية الملف متداخلة إلى عمق كبير جدًا',
    'too-long': 'النص طويل جدًا؛ الطول الأقصى هو {max} حرفًا',
    'version-unsupported': 'حُفظ الملف بالإصدار {found}، وهو غير مدعوم؛ الإصدارات المدعومة حتى {max}',
    'kind-mismatch': 'هذا ملف {found} وليس ملف {expected}',
    'id-format': 'المعرّف غير صالح: {id}',
    'when-format': 'الموعد ليس بصيغة معروفة. اكتب ربعًا مثل 2026-Q3 أو تاريخًا مثل 2026-09-30',
    'unknown-principle': 'لا يوجد مبدأ كهذا: {id}',
    'unknown-item': 'لا يوجد بند كهذا في النموذج المنطقي: {id}',
    'unknown-super-outcome': 'لا توجد نتيجة عليا كهذه: {id}',
    'super-outcome-not-of-principle': 'النتيجة العليا {id} لا تنتمي إلى المبدأ {principle}',
    'two-principles-required': 'يجب اختيار مبدأين بالضبط للتركيز عليهما (المختار حتى الآن: {count})',
    'duplicate-principle': 'المبدأ {id} اختير مرتين',
    'reason-required': 'اكتبوا لماذا اخترتم هذين المبدأين',
    'super-outcome-required': 'اختاروا نتيجة عليا واحدة للمبدأ {principle}',
    'title-required': 'اكتبوا اسمًا للإجراء أو اختاروا أداة من قائمة الأدوات',
    'end-before-start': 'موعد الانتهاء {end} أبكر من موعد البدء {start}',
    'end-without-start': 'يوجد موعد انتهاء ولكن لا يوجد موعد بدء',
    'milestone-outside-action': 'المَعلم في {date} ليس ضمن فترة الإجراء ({start} حتى {end})',
    'stakeholders-required': 'أضيفوا صاحب مصلحة واحدًا على الأقل إلى الخارطة',
    'stakeholder-name-required': 'اكتبوا اسم صاحب المصلحة {number}',
    'stage-required': 'اختاروا مرحلة واحدة على الأقل يشارك فيها صاحب المصلحة {number}',
    'tool-required': 'اختاروا أداة مشاركة واحدة على الأقل لصاحب المصلحة {number}',
  },
  en: {
    'not-json': 'The file is not valid JSON, so it cannot be read',
    'too-large': 'The file is too large; the most allowed is {max} characters',
    'too-deep': 'The file is nested too deeply',
    'too-long': 'The text is too long; the most allowed is {max} characters',
    'version-unsupported': 'The file was saved in version {found}, which is not supported; supported versions go up to {max}',
    'kind-mismatch': 'This is a {found} file, not a {expected} file',
    'id-format': 'The id is not valid: {id}',
    'when-format': 'The time is not in a known form. Write a quarter like 2026-Q3 or a date like 2026-09-30',
    'unknown-principle': 'There is no such principle: {id}',
    'unknown-item': 'There is no such item in the logic model: {id}',
    'unknown-super-outcome': 'There is no such super-outcome: {id}',
    'super-outcome-not-of-principle': 'The super-outcome {id} does not belong to the principle {principle}',
    'two-principles-required': 'Choose exactly two principles to focus on (chosen now: {count})',
    'duplicate-principle': 'The principle {id} is chosen twice',
    'reason-required': 'Write why you chose these principles',
    'super-outcome-required': 'Choose one super-outcome for the principle {principle}',
    'title-required': 'Write a name for the action or choose a tool from the tools menu',
    'end-before-start': 'The end {end} is before the start {start}',
    'end-without-start': 'There is an end but no start',
    'milestone-outside-action': 'The milestone on {date} is outside the action’s time ({start} to {end})',
    'stakeholders-required': 'Add at least one stakeholder to the map',
    'stakeholder-name-required': 'Write the name of stakeholder {number}',
    'stage-required': 'Choose at least one stage in which stakeholder {number} takes part',
    'tool-required': 'Choose at least one participation tool for stakeholder {number}',
  },
};

/**
 * How the kinds of worksheet read inside a sentence (`kind-mismatch`), per locale.
 * @example worksheet_kindNames.en.roadmap // 'roadmap'
 */
export const worksheet_kindNames: Record<Locale, Record<WorksheetKind, string>> = {
  he: { diagnosis: 'אבחון ותכנון', roadmap: 'מפת דרכים', 'stakeholder-map': 'מפת שחקנים' },
  ar: { diagnosis: 'التشخيص والتخطيط', roadmap: 'خارطة الطريق', 'stakeholder-map': 'خارطة الجهات الفاعلة' },
  en: { diagnosis: 'diagnosis and planning', roadmap: 'roadmap', 'stakeholder-map': 'stakeholder map' },
};

const CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(worksheet_issueCodes);

/**
 * The localized sentence for a worksheet issue, with its params filled in (isolated for bidi, Latin
 * digits, as `issue_message` does). Codes shared with the measurement checks (`required`, `type`,
 * `too-many`…) read from `issue_messages`. Pass `catalog` to reword single sentences.
 * @example worksheet_issueMessage({ path: 'workPlan.why', code: 'reason-required' }, 'en')
 *   // 'Write why you chose these principles'
 */
export function worksheet_issueMessage(
  issue: Pick<WorksheetIssue, 'code' | 'params'> & { path?: string },
  locale: Locale,
  catalog?: Partial<Record<Locale, Partial<Record<WorksheetIssueCode, string>>>>,
): string {
  const lang: Locale = locale === 'ar' || locale === 'en' ? locale : 'he';
  const code: unknown = issue !== null && typeof issue === 'object' ? issue.code : undefined;
  const params = issue !== null && typeof issue === 'object' ? issue.params : undefined;
  if (typeof code === 'string' && CODES.has(code)) {
    const own = catalog?.[lang]?.[code as WorksheetIssueCode];
    const template = typeof own === 'string' ? own : worksheet_issueMessages[lang][code as WorksheetIssueCode];
    if (code === 'kind-mismatch' && params) {
      const names: Record<string, string> = worksheet_kindNames[lang];
      const kind = (v: unknown) => (typeof v === 'string' && Object.prototype.hasOwnProperty.call(names, v) ? names[v]! : String(v));
      return issue_message({ code: 'unknown', params: { ...params, found: kind(params.found), expected: kind(params.expected) } }, lang, { [lang]: { unknown: template } });
    }
    // `issue_message` fills placeholders with bidi isolation and Latin digits; hand it our sentence
    // as its `unknown` template rather than repeat that logic here.
    return issue_message({ code: 'unknown', ...(params ? { params } : {}) }, lang, { [lang]: { unknown: template } });
  }
  return issue_message({ code: code as IssueCode, ...(params ? { params } : {}) }, lang);
}
