/**
 * Two example logic models for stories and docs, in 001's stages (inputs → outputs → short-term,
 * intermediate and long-term outcomes). The facts the seeds give are kept (001: in a detox
 * inpatient service the operator owns physiological detox while methadone centres and
 * rehabilitation communities share the long-term outcome; 003: the Welfare ministry's
 * residential-care tender defined outcomes for the children and a uniform information system with
 * measurement routines). Everything else is plausible but illustrative, and says so in its title
 * and in `ContentExample.basis`.
 */
import type { Indicator, LogicModel, LogicModelColumn } from '@rechesh/core';
import type { ContentText } from './types.js';
import { freezeDeep } from './freeze.js';

/** An example model with a note on what in it comes from the sources and what is illustrative. */
export interface ContentExample {
  readonly id: string;
  readonly model: LogicModel;
  /** What comes from the source documents, and what is made up for illustration. */
  readonly basis: ContentText;
}

/** 001's stages, shared by both examples. */
const stages = (): LogicModelColumn[] => [
  { id: 'inputs', label: { he: 'תשומות', en: 'Inputs', ar: 'المدخلات' } },
  { id: 'outputs', label: { he: 'תפוקות', en: 'Outputs', ar: 'المخرجات' } },
  { id: 'short-term', label: { he: 'תוצאות לטווח קצר', en: 'Short-term outcomes', ar: 'نتائج قصيرة المدى' } },
  { id: 'intermediate', label: { he: 'תוצאות ביניים', en: 'Intermediate outcomes', ar: 'نتائج مرحلية' } },
  { id: 'long-term', label: { he: 'תוצאות לטווח ארוך', en: 'Long-term outcomes', ar: 'نتائج طويلة المدى' } },
];

// ---- Detox inpatient service ------------------------------------------------------------------

const detox: LogicModel = {
  id: 'example-detox-inpatient',
  title: {
    he: 'אשפוזית לגמילה מחומרים ממכרים (דוגמה להמחשה)',
    en: 'Inpatient detox from addictive substances (illustrative example)',
    ar: 'قسم داخلي للفطام من المواد المسبّبة للإدمان (مثال توضيحي)',
  },
  version: 'example',
  columns: stages(),
  boxes: [
    {
      id: 'detox-care-team',
      column: 'inputs',
      label: { he: 'צוות רפואי, סיעודי וטיפולי', en: 'Medical, nursing and therapeutic staff', ar: 'طاقم طبي وتمريضي وعلاجي' },
      responsibility: 'operator',
    },
    { id: 'detox-inpatient-beds', column: 'inputs', label: { he: 'מיטות אשפוז', en: 'Inpatient beds', ar: 'أسرّة استشفاء' }, responsibility: 'operator' },
    {
      id: 'detox-funding-and-referral',
      column: 'inputs',
      label: { he: 'מימון והפניית מטופלים', en: 'Funding and referral of patients', ar: 'التمويل وإحالة المرضى' },
      responsibility: 'ministry',
    },
    {
      id: 'detox-supervised-withdrawal',
      column: 'outputs',
      label: { he: 'גמילה בפיקוח רפואי', en: 'Medically supervised withdrawal', ar: 'فطام تحت إشراف طبي' },
      responsibility: 'operator',
    },
    {
      id: 'detox-assessment-and-motivation',
      column: 'outputs',
      label: { he: 'אבחון פסיכו-סוציאלי ועבודה על המוטיבציה להמשך טיפול', en: 'Psychosocial assessment and work on motivation for further treatment', ar: 'تقييم نفسي اجتماعي وعمل على الدافعية لمواصلة العلاج' },
      responsibility: 'operator',
    },
    {
      id: 'detox-discharge-plan',
      column: 'outputs',
      label: { he: 'תוכנית שחרור והפניה לטיפול המשך', en: 'Discharge plan and referral to continued care', ar: 'خطة خروج وإحالة إلى علاج متواصل' },
      description: {
        he: 'המפעיל מכין ומפנה, והשירות המשיק קולט',
        en: 'The operator prepares and refers; the adjacent service takes the patient in',
        ar: 'يُعدّ المشغّل الخطة ويُحيل، وتستقبل الخدمة المجاورة المريض',
      },
      responsibility: 'operator',
    },
    {
      id: 'detox-physiological-detox',
      column: 'short-term',
      label: { he: 'גמילה מהתלות הפיזיולוגית בחומרים', en: 'Detox from physiological dependence on substances', ar: 'الفطام من الاعتماد الفيزيولوجي على المواد' },
      description: {
        he: 'התוצאה שהמפעיל אחראי לה בעיקר (לפי דוח המדידה וההערכה)',
        en: 'The outcome the operator is mainly responsible for (as the M&E report says)',
        ar: 'النتيجة التي يتحمّل المشغّل المسؤولية الرئيسية عنها (كما ورد في تقرير القياس والتقييم)',
      },
      responsibility: 'operator',
      key: true,
    },
    {
      id: 'detox-ready-for-treatment',
      column: 'short-term',
      label: { he: 'המטופל מוכן להמשיך בטיפול אחרי השחרור', en: 'The patient is ready to continue treatment after discharge', ar: 'المريض مستعدّ لمواصلة العلاج بعد الخروج' },
      responsibility: 'operator',
    },
    {
      id: 'detox-in-continued-care',
      column: 'intermediate',
      label: { he: 'המטופל נקלט בטיפול המשך: מרכז מתדון או קהילה שיקומית', en: 'The patient is taken into continued care: a methadone centre or a rehabilitation community', ar: 'يُستقبَل المريض في علاج متواصل: مركز ميثادون أو مجتمع تأهيلي' },
      responsibility: 'adjacent',
    },
    {
      id: 'detox-community-follow-up',
      column: 'intermediate',
      label: { he: 'מעקב בקהילה בחודשים שאחרי השחרור', en: 'Community follow-up in the months after discharge', ar: 'متابعة في المجتمع خلال الأشهر التي تلي الخروج' },
      responsibility: 'adjacent',
    },
    {
      id: 'detox-long-term-recovery',
      column: 'long-term',
      label: { he: 'גמילה לאורך זמן מהתנהגויות ומחומרים ממכרים', en: 'Lasting recovery from addictive behaviours and substances', ar: 'تعافٍ مستدام من السلوكيات والمواد المسبّبة للإدمان' },
      description: {
        he: 'אחריות משותפת למפעיל ולשירותים המשיקים (מרכזי מתדון, קהילות שיקומיות)',
        en: 'Shared by the operator and the adjacent services (methadone centres, rehabilitation communities)',
        ar: 'مسؤولية مشتركة بين المشغّل والخدمات المجاورة (مراكز الميثادون، المجتمعات التأهيلية)',
      },
      responsibility: 'adjacent',
      key: true,
    },
    {
      id: 'detox-daily-functioning',
      column: 'long-term',
      label: { he: 'שיפור בתפקוד: בריאות, תעסוקה, דיור וקשרי משפחה', en: 'Better functioning: health, work, housing and family ties', ar: 'تحسّن في الأداء: الصحة والعمل والسكن والعلاقات الأسرية' },
      responsibility: 'adjacent',
    },
  ],
  links: [
    { from: 'detox-care-team', to: 'detox-supervised-withdrawal' },
    { from: 'detox-care-team', to: 'detox-assessment-and-motivation' },
    { from: 'detox-care-team', to: 'detox-discharge-plan' },
    { from: 'detox-inpatient-beds', to: 'detox-supervised-withdrawal' },
    { from: 'detox-funding-and-referral', to: 'detox-supervised-withdrawal' },
    { from: 'detox-funding-and-referral', to: 'detox-assessment-and-motivation' },
    { from: 'detox-supervised-withdrawal', to: 'detox-physiological-detox' },
    { from: 'detox-assessment-and-motivation', to: 'detox-ready-for-treatment' },
    { from: 'detox-discharge-plan', to: 'detox-in-continued-care' },
    { from: 'detox-discharge-plan', to: 'detox-community-follow-up' },
    { from: 'detox-physiological-detox', to: 'detox-in-continued-care' },
    { from: 'detox-ready-for-treatment', to: 'detox-in-continued-care' },
    { from: 'detox-in-continued-care', to: 'detox-long-term-recovery' },
    { from: 'detox-community-follow-up', to: 'detox-long-term-recovery' },
    { from: 'detox-community-follow-up', to: 'detox-daily-functioning' },
    { from: 'detox-in-continued-care', to: 'detox-daily-functioning' },
  ],
  assumptions: [
    {
      he: 'מי שאינו יכול להיגמל בבטחה בעצמו צריך גמילה פיזיולוגית באשפוז, בפיקוח רפואי, כצעד ראשון',
      en: 'People who cannot withdraw safely on their own need inpatient, medically supervised detox as a first step',
      ar: 'من لا يستطيع الفطام بأمان بمفرده يحتاج، كخطوة أولى، إلى فطام فيزيولوجي في قسم داخلي تحت إشراف طبي',
    },
    {
      he: 'גמילה פיזיולוגית לבדה אינה מספיקה: בלי טיפול המשך זמין וסמוך לשחרור, ההישג נשחק',
      en: 'Physiological detox alone is not enough: without continued care available soon after discharge, the gain wears off',
      ar: 'الفطام الفيزيولوجي وحده لا يكفي: من دون علاج متواصل متاح بعد الخروج بوقت قصير، يتلاشى الإنجاز',
    },
  ],
  externalFactors: [
    {
      he: 'מקומות פנויים וזמני המתנה במרכזי מתדון ובקהילות שיקומיות',
      en: 'Places and waiting times in methadone centres and rehabilitation communities',
      ar: 'الأماكن المتاحة وأوقات الانتظار في مراكز الميثادون والمجتمعات التأهيلية',
    },
    { he: 'דיור, תעסוקה ותמיכה משפחתית אחרי השחרור', en: 'Housing, work and family support after discharge', ar: 'السكن والعمل والدعم الأسري بعد الخروج' },
    { he: 'זמינות החומרים הממכרים בסביבת המטופל', en: "Availability of addictive substances around the patient", ar: 'توفّر المواد المسبّبة للإدمان في محيط المريض' },
  ],
  targetPopulation: {
    description: {
      he: 'בוגרים עם תלות בחומרים ממכרים שזקוקים לגמילה בפיקוח רפואי',
      en: 'Adults dependent on addictive substances who need medically supervised withdrawal',
      ar: 'بالغون يعتمدون على مواد مسبّبة للإدمان ويحتاجون إلى فطام تحت إشراف طبي',
    },
    characteristics: [
      { he: 'תלות פיזיולוגית בחומרים', en: 'Physiological dependence on substances', ar: 'اعتماد فيزيولوجي على المواد' },
      { he: 'לעיתים קרובות קשיים נפשיים נלווים', en: 'Often co-occurring mental-health problems', ar: 'غالبًا صعوبات نفسية مصاحبة' },
      { he: 'חלקם עברו ניסיונות גמילה קודמים', en: 'Some have tried detox before', ar: 'بعضهم خاض محاولات فطام سابقة' },
    ],
  },
};

// ---- Residential youth care -------------------------------------------------------------------

const youthIndicators: Indicator[] = [
  {
    id: 'youth-staff-turnover',
    name: { he: 'שיעור תחלופת אנשי הצוות', en: 'Staff turnover rate', ar: 'معدّل دوران الطاقم' },
    kind: 'input',
    unit: 'percent',
    polarity: 'lower-better',
    key: true,
    formula: {
      numerator: { he: 'אנשי צוות שעזבו במהלך השנה', en: 'Staff who left during the year', ar: 'أفراد الطاقم الذين غادروا خلال السنة' },
      denominator: { he: 'ממוצע אנשי הצוות בשנה', en: 'Average staff during the year', ar: 'متوسّط عدد أفراد الطاقم خلال السنة' },
    },
    rationale: {
      he: 'יציבות הצוות היא תנאי לקשר טיפולי רציף עם הילדים',
      en: 'A stable staff is a condition for a continuous care relationship with the children',
      ar: 'استقرار الطاقم شرط لعلاقة رعاية متواصلة مع الأطفال',
    },
    dataSource: { he: 'מערכת המידע האחידה של הפנימיות', en: "The residential facilities' uniform information system", ar: 'منظومة المعلومات الموحّدة للمؤسسات السكنية' },
    collector: { he: 'המפעיל', en: 'The operator', ar: 'المشغّل' },
    frequency: 'annual',
    responsibility: 'operator',
  },
  {
    id: 'youth-care-plan-updated',
    name: { he: 'שיעור הילדים עם תוכנית טיפול אישית מעודכנת', en: 'Children with an up-to-date individual care plan', ar: 'الأطفال الذين لديهم خطة رعاية فردية محدّثة' },
    kind: 'output',
    unit: 'percent',
    polarity: 'higher-better',
    key: true,
    formula: {
      numerator: { he: 'ילדים שתוכנית הטיפול שלהם עודכנה בחצי השנה האחרונה', en: 'Children whose care plan was updated in the last six months', ar: 'الأطفال الذين حُدّثت خطة رعايتهم خلال الأشهر الستة الأخيرة' },
      denominator: { he: 'כל הילדים בפנימייה', en: 'All children in the facility', ar: 'جميع الأطفال في المؤسسة' },
    },
    dataSource: { he: 'מערכת המידע האחידה של הפנימיות', en: "The residential facilities' uniform information system", ar: 'منظومة المعلومات الموحّدة للمؤسسات السكنية' },
    collector: { he: 'המפעיל', en: 'The operator', ar: 'المشغّل' },
    frequency: 'quarterly',
    responsibility: 'operator',
  },
  {
    id: 'youth-feels-safe',
    name: { he: 'שיעור הילדים שמדווחים שהם חשים מוגנים בפנימייה', en: 'Children who report feeling safe in the facility', ar: 'الأطفال الذين يفيدون بأنهم يشعرون بالأمان في المؤسسة' },
    kind: 'outcome',
    unit: 'percent',
    polarity: 'higher-better',
    key: true,
    formula: {
      numerator: { he: 'ילדים שענו "מסכים" או "מסכים מאוד"', en: 'Children who answered "agree" or "strongly agree"', ar: 'الأطفال الذين أجابوا «موافق» أو «موافق جدًا»' },
      denominator: { he: 'ילדים שענו על השאלון', en: 'Children who answered the questionnaire', ar: 'الأطفال الذين أجابوا على الاستبيان' },
    },
    rationale: {
      he: 'מידע שנאסף ישירות מהילדים, לא דרך המפעיל, חשוב במיוחד',
      en: 'Information collected directly from the children, not through the operator, is especially valuable',
      ar: 'للمعلومات التي تُجمع من الأطفال مباشرةً، لا عبر المشغّل، قيمة خاصة',
    },
    dataSource: { he: 'שאלון לילדים', en: 'Questionnaire for the children', ar: 'استبيان للأطفال' },
    collectionMethod: { he: 'שאלון אנונימי שמועבר בידי גורם חיצוני', en: 'An anonymous questionnaire given by an outside body', ar: 'استبيان مجهول الهوية تقدّمه جهة خارجية' },
    collector: { he: 'המשרד, באמצעות גורם חיצוני', en: 'The ministry, through an outside body', ar: 'الوزارة، عبر جهة خارجية' },
    frequency: 'annual',
    responsibility: 'operator',
  },
  {
    id: 'youth-school-attendance',
    name: { he: 'שיעור הנוכחות בבית הספר', en: 'School attendance rate', ar: 'نسبة الحضور في المدرسة' },
    kind: 'outcome',
    unit: 'percent',
    polarity: 'higher-better',
    key: true,
    sharedIndicatorId: 'school-attendance',
    formula: {
      numerator: { he: 'ימי לימודים שבהם הילדים נכחו', en: 'School days the children attended', ar: 'أيام الدراسة التي حضرها الأطفال' },
      denominator: { he: 'ימי הלימודים בשנה', en: 'School days in the year', ar: 'أيام الدراسة في السنة' },
    },
    dataSource: { he: 'נתוני נוכחות של בתי הספר', en: "Schools' attendance data", ar: 'بيانات الحضور في المدارس' },
    frequency: 'school-year',
    responsibility: 'shared',
    responsibilityNote: { he: 'המפעיל ובתי הספר', en: 'The operator and the schools', ar: 'المشغّل والمدارس' },
  },
  {
    id: 'youth-leavers-in-education-or-work',
    name: {
      he: 'שיעור הבוגרים שלומדים, עובדים או משרתים שנה אחרי היציאה מהפנימייה',
      en: 'Leavers in education, work or service a year after leaving',
      ar: 'الخرّيجون الملتحقون بالدراسة أو العمل أو الخدمة بعد سنة من المغادرة',
    },
    kind: 'outcome',
    unit: 'percent',
    polarity: 'higher-better',
    key: true,
    experimental: true,
    formula: {
      numerator: { he: 'בוגרים שלומדים, עובדים או משרתים שנה אחרי היציאה', en: 'Leavers in education, work or service a year after leaving', ar: 'الخرّيجون الملتحقون بالدراسة أو العمل أو الخدمة بعد سنة من المغادرة' },
      denominator: { he: 'הבוגרים שיצאו לפני שנה', en: 'Young people who left a year before', ar: 'الشباب الذين غادروا قبل سنة' },
    },
    rationale: {
      he: 'תוצאה ארוכת טווח שרצוי למדוד גם מעבר לתקופת ההתקשרות',
      en: 'A long-term outcome worth measuring beyond the contract period',
      ar: 'نتيجة طويلة المدى يُستحسن قياسها إلى ما بعد فترة التعاقد',
    },
    frequency: 'annual',
    responsibility: 'other',
    responsibilityNote: {
      he: 'משותף לפנימייה ולשירותי הליווי לבוגרים',
      en: 'Shared by the facility and the after-care services for leavers',
      ar: 'مسؤولية مشتركة بين المؤسسة وخدمات المرافقة للخرّيجين',
    },
  },
];

const youth: LogicModel = {
  id: 'example-residential-youth-care',
  title: {
    he: 'פנימיות לילדים ולנוער (דוגמה להמחשה)',
    en: 'Residential care for children and youth (illustrative example)',
    ar: 'مؤسسات سكنية للأطفال والشباب (مثال توضيحي)',
  },
  version: 'example',
  columns: stages(),
  boxes: [
    {
      id: 'youth-care-staff',
      column: 'inputs',
      label: { he: 'צוות חינוכי וטיפולי', en: 'Educational and care staff', ar: 'طاقم تربوي وعلاجي' },
      responsibility: 'operator',
      indicatorIds: ['youth-staff-turnover'],
    },
    {
      id: 'youth-information-system',
      column: 'inputs',
      label: { he: 'מערכת מידע אחידה בכל הפנימיות', en: 'A uniform information system across all facilities', ar: 'منظومة معلومات موحّدة في جميع المؤسسات' },
      responsibility: 'ministry',
    },
    {
      id: 'youth-individual-care-plans',
      column: 'outputs',
      label: { he: 'תוכנית טיפול אישית לכל ילד, שמתעדכנת', en: 'An individual care plan for each child, kept up to date', ar: 'خطة رعاية فردية لكل طفل، تُحدَّث باستمرار' },
      responsibility: 'operator',
      indicatorIds: ['youth-care-plan-updated'],
    },
    {
      id: 'youth-school-support',
      column: 'outputs',
      label: { he: 'ליווי לימודי ושילוב במסגרת חינוכית', en: 'Learning support and a place in school', ar: 'مرافقة تعليمية ودمج في إطار تربوي' },
      responsibility: 'operator',
    },
    {
      id: 'youth-family-work',
      column: 'outputs',
      label: { he: 'עבודה עם המשפחות', en: 'Work with the families', ar: 'العمل مع العائلات' },
      responsibility: 'operator',
    },
    {
      id: 'youth-measurement-routine',
      column: 'outputs',
      label: { he: 'שגרות מדידה ושיח על הממצאים עם המפעילים', en: 'Measurement routines and dialogue on findings with operators', ar: 'إجراءات قياس منتظمة وحوار حول النتائج مع المشغّلين' },
      responsibility: 'shared',
    },
    {
      id: 'youth-safe-and-stable',
      column: 'short-term',
      label: { he: 'הילדים חשים מוגנים ויציבים', en: 'Children feel safe and settled', ar: 'يشعر الأطفال بالأمان والاستقرار' },
      responsibility: 'operator',
      indicatorIds: ['youth-feels-safe'],
      key: true,
    },
    {
      id: 'youth-regular-schooling',
      column: 'short-term',
      label: { he: 'הילדים לומדים באופן סדיר', en: 'Children attend school regularly', ar: 'يتعلّم الأطفال بانتظام' },
      responsibility: 'shared',
      indicatorIds: ['youth-school-attendance'],
      key: true,
    },
    {
      id: 'youth-wellbeing',
      column: 'intermediate',
      label: { he: 'שיפור ברווחה הרגשית ובתפקוד', en: 'Better emotional wellbeing and functioning', ar: 'تحسّن في الرفاه العاطفي والأداء' },
      responsibility: 'operator',
    },
    {
      id: 'youth-family-ties',
      column: 'intermediate',
      label: { he: 'קשר טוב יותר עם המשפחה', en: 'Better ties with the family', ar: 'علاقة أفضل مع العائلة' },
      responsibility: 'shared',
    },
    {
      id: 'youth-school-progress',
      column: 'intermediate',
      label: { he: 'התקדמות בלימודים', en: 'Progress in school', ar: 'تقدّم في الدراسة' },
      responsibility: 'shared',
    },
    {
      id: 'youth-independent-life',
      column: 'long-term',
      label: {
        he: 'הבוגרים עוברים לחיים עצמאיים: לומדים, עובדים או משרתים',
        en: 'Leavers move on to independent lives: in education, work or service',
        ar: 'ينتقل الخرّيجون إلى حياة مستقلّة: يدرسون أو يعملون أو يخدمون',
      },
      responsibility: 'adjacent',
      indicatorIds: ['youth-leavers-in-education-or-work'],
      key: true,
    },
  ],
  links: [
    { from: 'youth-care-staff', to: 'youth-individual-care-plans' },
    { from: 'youth-care-staff', to: 'youth-school-support' },
    { from: 'youth-care-staff', to: 'youth-family-work' },
    { from: 'youth-information-system', to: 'youth-measurement-routine' },
    { from: 'youth-information-system', to: 'youth-individual-care-plans' },
    { from: 'youth-individual-care-plans', to: 'youth-safe-and-stable' },
    { from: 'youth-individual-care-plans', to: 'youth-regular-schooling' },
    { from: 'youth-school-support', to: 'youth-regular-schooling' },
    { from: 'youth-family-work', to: 'youth-family-ties' },
    { from: 'youth-measurement-routine', to: 'youth-safe-and-stable' },
    { from: 'youth-safe-and-stable', to: 'youth-wellbeing' },
    { from: 'youth-regular-schooling', to: 'youth-school-progress' },
    { from: 'youth-wellbeing', to: 'youth-independent-life' },
    { from: 'youth-family-ties', to: 'youth-independent-life' },
    { from: 'youth-school-progress', to: 'youth-independent-life' },
  ],
  assumptions: [
    {
      he: 'סביבה בטוחה ויציבה וקשר עם דמויות קבועות הם בסיס להתקדמות בלימודים ובתפקוד',
      en: 'A safe, stable setting and ties with the same adults are the basis for progress in school and in daily life',
      ar: 'البيئة الآمنة والمستقرّة والعلاقة مع البالغين أنفسهم أساس للتقدّم في الدراسة وفي الحياة اليومية',
    },
    {
      he: 'הגדרה ברורה של התוצאות המצופות לילדים ומערכת מידע אחידה מאפשרות לנהל את השירות על בסיס נתונים',
      en: 'Clearly defined expected outcomes for the children and a uniform information system make data-based management of the service possible',
      ar: 'تحديد واضح للنتائج المتوقّعة للأطفال ومنظومة معلومات موحّدة يتيحان إدارة الخدمة استنادًا إلى البيانات',
    },
  ],
  externalFactors: [
    { he: 'המצב במשפחות ובקהילות שמהן הילדים מגיעים', en: 'The situation in the families and communities the children come from', ar: 'الوضع في العائلات والمجتمعات التي يأتي منها الأطفال' },
    { he: 'שירותי ליווי לבוגרים אחרי היציאה מהפנימייה', en: 'After-care services for young people after they leave', ar: 'خدمات المرافقة للشباب بعد مغادرتهم' },
  ],
  targetPopulation: {
    description: {
      he: 'ילדים ובני נוער בסיכון שהופנו לסידור חוץ-ביתי בפנימייה',
      en: 'Children and young people at risk who were referred to out-of-home care in a residential facility',
      ar: 'أطفال وشباب في خطر أُحيلوا إلى رعاية خارج البيت في مؤسسة سكنية',
    },
    characteristics: [
      { he: 'ילדים שאינם יכולים לגדול כרגע בבית', en: 'Children who cannot grow up at home for now', ar: 'أطفال لا يستطيعون النشأة في البيت حاليًا' },
      { he: 'לעיתים פערים לימודיים וקשיים רגשיים', en: 'Often gaps in learning and emotional difficulties', ar: 'غالبًا فجوات تعليمية وصعوبات عاطفية' },
    ],
  },
  indicators: youthIndicators,
};

/**
 * The detox inpatient example: responsibility split between the operator (physiological detox)
 * and adjacent services (continued care, long-term recovery), with assumptions, external factors
 * and the target population.
 * @example detoxInpatientModel.boxes.filter((b) => b.responsibility === 'adjacent').length // 4
 */
export const detoxInpatientModel: LogicModel = /* @__PURE__ */ freezeDeep(detox);

/**
 * The residential youth-care example: five key indicators attached to boxes, each a full
 * `Indicator` that passes `validate_indicator`.
 * @example residentialYouthCareModel.indicators?.length // 5
 */
export const residentialYouthCareModel: LogicModel = /* @__PURE__ */ freezeDeep(youth);

/**
 * Both examples, with what in them comes from the sources.
 * @example examples.map((e) => e.id) // ['example-detox-inpatient', 'example-residential-youth-care']
 */
export const examples: readonly ContentExample[] = /* @__PURE__ */ freezeDeep<ContentExample[]>([
  {
    id: detox.id,
    model: detox,
    basis: {
      he: 'מהדוח (001): באשפוזיות לגמילה המפעיל אחראי בעיקר לגמילה מהתלות הפיזיולוגית, ומרכזי מתדון וקהילות שיקומיות שותפים לאחריות לתוצאה ארוכת הטווח. שאר התיבות, ההנחות והגורמים החיצוניים הם להמחשה',
      en: 'From the report (001): in detox inpatient units the operator is mainly responsible for detox from physiological dependence, while methadone centres and rehabilitation communities share the long-term outcome. The other boxes, assumptions and external factors are illustrative',
    },
  },
  {
    id: youth.id,
    model: youth,
    basis: {
      he: 'מערכת הכלים (003): במכרז הפנימיות של משרד הרווחה הוגדרו לראשונה התוצאות המצופות לילדים, הוחלט על מערכת מידע אחידה בכל הפנימיות והוגדרו שגרות מדידה ושימוש בממצאים מול המפעילים. המדדים, המספרים והתיבות האחרות הם להמחשה',
      en: "From the toolkit (003): the Welfare ministry's residential-care tender defined the expected outcomes for the children for the first time, chose a uniform information system across all facilities, and set measurement routines and the use of findings with operators. The indicators and the other boxes are illustrative",
    },
  },
]);
