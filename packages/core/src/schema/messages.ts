/**
 * Localized sentences for validation issues, written for a ministry analyst rather than a
 * programmer. The field path is not part of the sentence: the UI shows it separately.
 */
import type { Locale } from './types.js';

/** Every issue code. Closed, so every code has a message in every locale. */
export const issue_codes = [
  'required', 'type', 'enum', 'not-finite', 'not-integer', 'negative', 'out-of-range', 'too-small', 'too-many',
  'period-format', 'date-format', 'interval-order', 'numerator-exceeds-denominator', 'duplicate-period', 'duplicate-id', 'mixed-periods', 'unknown',
] as const;

/** What is wrong with a value. */
export type IssueCode = (typeof issue_codes)[number];

/** The `expected` param of a `type` issue. */
export type ExpectedType = 'number' | 'text' | 'list' | 'object' | 'boolean';

/**
 * Codes of the logic-model checks (`validate_logicModel`): the shape of the graph rather than of
 * one value. A closed list of its own beside `issue_codes`, with its own sentences in
 * `logicModel_issueMessages`, so the measurement codes stay exactly as they were.
 */
export const logicModel_issueCodes = [
  'no-columns', 'unknown-column', 'dangling-link', 'self-link', 'backward-link', 'same-column-link', 'cycle', 'duplicate-link', 'unknown-indicator',
] as const;

/** What is wrong with the graph of a logic model. */
export type LogicModelIssueCode = (typeof logicModel_issueCodes)[number];

/** One problem, at a path such as `observations[2].n` (empty for the input itself). */
export interface ValidationIssue {
  path: string;
  code: IssueCode | LogicModelIssueCode;
  params?: Record<string, string | number>;
}

/** Message templates per locale and issue code; `{param}` is replaced by the issue's params. */
export type IssueMessages = Record<Locale, Record<IssueCode, string>>;

/** A partial override of any issue sentences, the logic-model ones included. */
export type IssueCatalog = Partial<Record<Locale, Partial<Record<IssueCode | LogicModelIssueCode, string>>>>;

/** The built-in catalog. Pass an edited copy to `issue_message` to override wording. */
export const issue_messages: IssueMessages = {
  he: {
    required: 'חסר ערך בשדה חובה',
    type: 'הערך צריך להיות {expected}',
    enum: 'הערך אינו אחד מהערכים המותרים: {allowed}',
    'not-finite': 'הערך חייב להיות מספר סופי',
    'not-integer': 'הערך חייב להיות מספר שלם',
    negative: 'הערך לא יכול להיות שלילי',
    'out-of-range': 'הערך חייב להיות בין {min} ל-{max}',
    'too-small': 'הערך חייב להיות {min} לפחות',
    'too-many': 'יש יותר מדי פריטים; המספר המרבי הוא {max}',
    'period-format': 'התקופה אינה בצורה מוכרת. דוגמאות לצורות תקינות: 2025, 2025-H1, 2025-Q3, 2025-03, 2024/25',
    'date-format': 'התאריך אינו תקין. יש לכתוב אותו בצורה YYYY-MM-DD, למשל 2025-03-31',
    'interval-order': 'הגבול התחתון של רווח הסמך גבוה מהגבול העליון',
    'numerator-exceeds-denominator': 'המונה גדול מהמכנה',
    'duplicate-period': 'התקופה {period} מופיעה יותר מפעם אחת',
    'duplicate-id': 'המזהה {id} מופיע יותר מפעם אחת',
    'mixed-periods': 'כל התקופות צריכות להיות מאותו סוג (שנים, רבעונים, חודשים…); כאן מופיעים גם {found}',
    unknown: 'לא ניתן היה לבדוק את הערך',
  },
  ar: {
    required: 'لا توجد قيمة في حقل إلزامي',
    type: 'يجب أن تكون القيمة {expected}',
    enum: 'القيمة ليست من القيم المسموح بها: {allowed}',
    'not-finite': 'يجب أن تكون القيمة عددًا محدودًا',
    'not-integer': 'يجب أن تكون القيمة عددًا صحيحًا',
    negative: 'لا يمكن أن تكون القيمة سالبة',
    'out-of-range': 'يجب أن تكون القيمة بين {min} و{max}',
    'too-small': 'يجب ألّا تقل القيمة عن {min}',
    'too-many': 'عدد العناصر كبير جدًا؛ الحد الأقصى هو {max}',
    'period-format': 'الفترة ليست بصيغة معروفة. أمثلة على صيغ صحيحة: 2025، 2025-H1، 2025-Q3، 2025-03، 2024/25',
    'date-format': 'التاريخ غير صالح. اكتبه بالصيغة YYYY-MM-DD، مثلًا 2025-03-31',
    'interval-order': 'الحد الأدنى لفترة الثقة أعلى من الحد الأعلى',
    'numerator-exceeds-denominator': 'البسط أكبر من المقام',
    'duplicate-period': 'الفترة {period} مذكورة أكثر من مرة',
    'duplicate-id': 'المعرّف {id} مذكور أكثر من مرة',
    'mixed-periods': 'يجب أن تكون جميع الفترات من نوع واحد (سنوات، أرباع، أشهر…)؛ وهنا يظهر أيضًا {found}',
    unknown: 'تعذّر فحص هذه القيمة',
  },
  en: {
    required: 'A required value is missing',
    type: 'The value must be {expected}',
    enum: 'The value is not one of the allowed values: {allowed}',
    'not-finite': 'The value must be a finite number',
    'not-integer': 'The value must be a whole number',
    negative: 'The value cannot be negative',
    'out-of-range': 'The value must be between {min} and {max}',
    'too-small': 'The value must be at least {min}',
    'too-many': 'There are too many items; the most allowed is {max}',
    'period-format': 'The period is not in a known form. Valid forms look like: 2025, 2025-H1, 2025-Q3, 2025-03, 2024/25',
    'date-format': 'The date is not valid. Write it as YYYY-MM-DD, for example 2025-03-31',
    'interval-order': 'The lower bound of the confidence interval is above the upper bound',
    'numerator-exceeds-denominator': 'The numerator is larger than the denominator',
    'duplicate-period': 'The period {period} appears more than once',
    'duplicate-id': 'The id {id} appears more than once',
    'mixed-periods': 'All periods must be of one kind (years, quarters, months…); here there is also {found}',
    unknown: 'This value could not be checked',
  },
};

/** Sentences of the logic-model codes, per locale. Box and column ids come in as params. */
export const logicModel_issueMessages: Record<Locale, Record<LogicModelIssueCode, string>> = {
  he: {
    'no-columns': 'במודל אין עמודות; צריך לפחות שלב אחד',
    'unknown-column': 'התיבה שייכת לעמודה שאינה קיימת: {column}',
    'dangling-link': 'הקישור מוביל לתיבה שאינה קיימת: {id}',
    'self-link': 'התיבה {id} מקושרת לעצמה',
    'backward-link': 'הקישור מ-{from} אל {to} חוזר לעמודה מוקדמת יותר; קישור מוביל משלב אל שלב מאוחר יותר',
    'same-column-link': 'הקישור מ-{from} אל {to} נשאר באותה עמודה; קישור מוביל משלב אל שלב מאוחר יותר',
    cycle: 'הקישורים יוצרים מעגל: {boxes}',
    'duplicate-link': 'הקישור מ-{from} אל {to} מופיע יותר מפעם אחת',
    'unknown-indicator': 'התיבה מפנה למדד שאינו מופיע במודל: {id}',
  },
  ar: {
    'no-columns': 'لا توجد أعمدة في النموذج؛ تلزم مرحلة واحدة على الأقل',
    'unknown-column': 'المربع منسوب إلى عمود غير موجود: {column}',
    'dangling-link': 'الرابط يشير إلى مربع غير موجود: {id}',
    'self-link': 'المربع {id} مرتبط بنفسه',
    'backward-link': 'الرابط من {from} إلى {to} يعود إلى عمود سابق؛ الرابط يقود من مرحلة إلى مرحلة لاحقة',
    'same-column-link': 'الرابط من {from} إلى {to} يبقى داخل العمود نفسه؛ الرابط يقود من مرحلة إلى مرحلة لاحقة',
    cycle: 'الروابط تشكّل حلقة مغلقة: {boxes}',
    'duplicate-link': 'الرابط من {from} إلى {to} مذكور أكثر من مرة',
    'unknown-indicator': 'المربع يشير إلى مؤشر غير موجود في النموذج: {id}',
  },
  en: {
    'no-columns': 'The model has no columns; it needs at least one stage',
    'unknown-column': 'The box belongs to a column that does not exist: {column}',
    'dangling-link': 'The link points to a box that does not exist: {id}',
    'self-link': 'The box {id} links to itself',
    'backward-link': 'The link from {from} to {to} goes back to an earlier column; a link leads from a stage to a later stage',
    'same-column-link': 'The link from {from} to {to} stays within one column; a link leads from a stage to a later stage',
    cycle: 'The links go round in a circle: {boxes}',
    'duplicate-link': 'The link from {from} to {to} appears more than once',
    'unknown-indicator': 'The box refers to an indicator that is not in the model: {id}',
  },
};

/** How the `expected` param of a `type` issue reads in each locale. */
export const issue_expectedNames: Record<Locale, Record<ExpectedType, string>> = {
  he: { number: 'מספר', text: 'טקסט', list: 'רשימה', object: 'רשומה של שדות', boolean: 'כן או לא (true/false)' },
  ar: { number: 'عددًا', text: 'نصًا', list: 'قائمة', object: 'سجلًا من الحقول', boolean: 'نعم أو لا (true/false)' },
  en: { number: 'a number', text: 'text', list: 'a list', object: 'a record of fields', boolean: 'true or false' },
};

const LOCALES: ReadonlySet<string> = /* @__PURE__ */ new Set(['he', 'ar', 'en']);

function param_format(value: unknown, locale: Locale): string {
  if (typeof value === 'number') {
    // Latin digits in every locale, as Israeli government sites write Arabic numbers.
    return isolate(
      Number.isFinite(value)
        ? new Intl.NumberFormat(locale, { numberingSystem: 'latn', maximumFractionDigits: 6 }).format(value)
        : String(value),
    );
  }
  return isolate(String(value));
}

/**
 * Wraps a parameter in a first-strong isolate (FSI…PDI). Params are often Latin codes or lists
 * ("input, output, outcome", "2025-Q3, 2024/25"); unisolated inside a Hebrew or Arabic sentence
 * the bidi algorithm scatters their commas and dashes.
 */
function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * The localized sentence for an issue, with its params filled in. Unknown locales fall back to
 * Hebrew, unknown codes to the `unknown` sentence; a placeholder without a param is left as is.
 * Logic-model codes read from `logicModel_issueMessages` when passed as `catalog` (the LogicModel
 * does): kept out of the default so components that never draw a model do not carry its sentences.
 * @example issue_message({ path: 'observations[2].n', code: 'negative' }, 'he') // 'הערך לא יכול להיות שלילי'
 * @example issue_message({ path: 'indicator.decimals', code: 'out-of-range', params: { min: 0, max: 20 } }, 'en')
 *   // 'The value must be between 0 and 20'
 */
export function issue_message(
  issue: Pick<ValidationIssue, 'code' | 'params'> & { path?: string },
  locale: Locale,
  catalog: IssueMessages | IssueCatalog = issue_messages,
): string {
  const lang: Locale = LOCALES.has(locale) ? locale : 'he';
  // Own properties only: a code such as 'toString' must not pick up Object.prototype.
  const own = (table: unknown, key: unknown): unknown =>
    table !== null && typeof table === 'object' && typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key)
      ? (table as Record<string, unknown>)[key]
      : undefined;
  const templates = own(catalog, lang);
  const code: unknown = issue && typeof issue === 'object' ? issue.code : 'unknown';
  const candidates = [
    own(templates, code),
    own(issue_messages[lang], code),
    own(templates, 'unknown'),
  ];
  const template = candidates.find((t): t is string => typeof t === 'string') ?? issue_messages[lang].unknown;
  const params: Record<string, unknown> = issue && typeof issue === 'object' && issue.params ? issue.params : {};
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    if (code === 'type' && name === 'expected' && typeof value === 'string') {
      const names = issue_expectedNames[lang];
      return Object.prototype.hasOwnProperty.call(names, value) ? names[value as ExpectedType] : value;
    }
    return param_format(value, lang);
  });
}
