/**
 * The tools menu: the practical tools, sites, guides and printed materials of the toolkit (003),
 * the tools of 003's tool card for results-oriented management, and the tools and actions the M&E
 * report (001) and the public-participation workshop (004) name for the other principles.
 */
import type { PrincipleId, ProcurementStage, Tool } from './types.js';
import { freezeDeep } from './freeze.js';

/**
 * Every item of the tools menu, grouped by `kind` in this order: practical tools, sites, guides,
 * materials, actions. `principles: []` and `stages: []` mean "the whole process".
 * @example toolsMenu.filter((t) => t.principles.includes('operator-as-partner')).map((t) => t.id)
 *   // ['public-participation-guide', 'operator-consultation', 'active-contract-management']
 */
export const toolsMenu: readonly Tool[] = /* @__PURE__ */ freezeDeep<Tool[]>([
  // ---- Practical tools (003) ----
  {
    id: 'diagnosis-and-planning-tool',
    kind: 'practical-tool',
    name: { he: 'כלי אבחון ותכנון', en: 'Diagnosis and planning tool', ar: 'أداة التشخيص والتخطيط' },
    description: {
      he: 'מאבחן שירות ומכרז לאור ששת העקרונות; על סמך האבחון והמשוב המסכם הצוות בוחר שני עקרונות להתמקד בהם ומתכנן את היישום',
      en: 'Diagnoses a service and its tender in the light of the six principles; from the diagnosis and its summary feedback the team chooses two principles to focus on and plans how to apply them',
      ar: 'تشخّص الخدمة ومناقصتها في ضوء المبادئ الستة؛ وبناءً على التشخيص والملاحظات الختامية يختار الفريق مبدأين للتركيز عليهما ويخطّط لتطبيقهما',
    },
    principles: [],
    stages: ['planning'],
    sources: ['003'],
  },
  {
    id: 'tools-and-actions-menu',
    kind: 'practical-tool',
    name: { he: 'תפריט כלים ופעולות', en: 'Menu of tools and actions', ar: 'قائمة الأدوات والإجراءات' },
    description: {
      he: 'לכל עיקרון, הכלים והפעולות שמיישמים אותו בתהליך הרכש',
      en: 'For each principle, the tools and actions that apply it in the procurement process',
      ar: 'لكل مبدأ، الأدوات والإجراءات التي تطبّقه في عملية الشراء',
    },
    principles: [],
    stages: [],
    sources: ['003'],
  },
  {
    id: 'roadmap',
    kind: 'practical-tool',
    name: { he: 'מפת דרכים', en: 'Roadmap', ar: 'خريطة طريق' },
    description: {
      he: 'כלי מעשי להטמעת השינוי בשירות ובמכרז, צעד אחר צעד',
      en: 'A practical tool for carrying the change through in a service and its tender, step by step',
      ar: 'أداة عملية لتنفيذ التغيير في الخدمة ومناقصتها خطوة بخطوة',
    },
    principles: [],
    stages: [],
    sources: ['003'],
  },
  {
    id: 'seminar-formats',
    kind: 'practical-tool',
    name: { he: 'פורמט ימי עיון וסדנאות', en: 'Seminar and workshop formats', ar: 'صيغ أيام دراسية وورش عمل' },
    description: {
      he: 'לוחות זמנים מוצעים לימי עיון ולסדנאות לאנשי מקצוע, עם מתודות וחומרי עזר; אפשר להשתמש בהם כמות שהם, להתאים אותם או לשאוב מהם השראה',
      en: 'Suggested schedules for seminars and workshops for professionals, with methods and materials; use them as they are, adapt them or take ideas from them',
      ar: 'جداول زمنية مقترحة لأيام دراسية وورش عمل للمهنيين، مع أساليب ومواد مساعدة؛ يمكن استخدامها كما هي أو تكييفها أو استلهام أفكار منها',
    },
    principles: [],
    stages: [],
    sources: ['003'],
  },
  // ---- Sites (003) ----
  {
    id: 'key-site',
    kind: 'site',
    name: { he: 'אתר מפתח לרכש חברתי', en: 'Social procurement key site', ar: 'الموقع المركزي للشراء الاجتماعي' },
    description: {
      he: 'האתר המרכזי של הרכש החברתי, של אגף ממשל וחברה במשרד ראש הממשלה',
      en: "The central site of social procurement, run by the Prime Minister's Office Government and Society Division",
      ar: 'الموقع المركزي للشراء الاجتماعي، يديره قسم الحكم والمجتمع في ديوان رئيس الحكومة',
    },
    principles: [],
    stages: [],
    sources: ['003', '001'],
  },
  {
    id: 'measurement-tool-and-dashboard',
    kind: 'site',
    name: { he: 'מערך מדידה: כלי מדידה ודשבורד', en: 'Measurement system: measurement tool and dashboard', ar: 'منظومة القياس: أداة قياس ولوحة بيانات' },
    description: {
      he: 'כלי לאיסוף מדדים ודשבורד להצגתם, לניהול שירותים על בסיס נתונים',
      en: 'A tool for collecting indicators and a dashboard for showing them, for managing services on data',
      ar: 'أداة لجمع المؤشّرات ولوحة بيانات لعرضها، لإدارة الخدمات استنادًا إلى البيانات',
    },
    principles: ['results-oriented-management'],
    stages: ['management'],
    sources: ['003'],
  },
  {
    id: 'training-site',
    kind: 'site',
    name: { he: 'אתר הכשרה', en: 'Training site', ar: 'موقع التأهيل' },
    description: { he: 'אתר להכשרת אנשי המקצוע בעקרונות ובכלים', en: 'A site for training professionals in the principles and tools', ar: 'موقع لتأهيل المهنيين في المبادئ والأدوات' },
    principles: [],
    stages: [],
    sources: ['003'],
  },
  // ---- Guides (003) ----
  {
    id: 'social-procurement-guide',
    kind: 'guide',
    name: { he: 'מדריך רכש חברתי', en: 'Social procurement guide', ar: 'دليل الشراء الاجتماعي' },
    description: {
      he: 'המדריך שפורסם ב-2016; ממליץ לנסח תיאוריית שינוי לשירותים במיקור חוץ ולבנות עליה מערך מדידה, ונותן תבנית והנחיות למודל לוגי',
      en: 'The guide published in 2016; it recommends a theory of change for outsourced services with a measurement system built on it, and gives a template and guidance for logic models',
      ar: 'الدليل الذي نُشر عام 2016؛ يوصي بصياغة نظرية تغيير للخدمات المُسندة إلى جهات خارجية وبناء منظومة قياس عليها، ويقدّم قالبًا وإرشادات للنموذج المنطقي',
    },
    principles: [],
    stages: [],
    sources: ['003', '001'],
  },
  {
    id: 'public-participation-guide',
    kind: 'guide',
    name: { he: 'מדריך שיתוף ציבור', en: 'Public participation guide', ar: 'دليل إشراك الجمهور' },
    description: {
      he: 'שיתוף ציבור בכל שלב במעגל ההתקשרות, כולל כללים להיוועצות עם מפעילים קיימים ופוטנציאליים',
      en: 'Public participation at each stage of the contract cycle, including rules for consulting existing and potential operators',
      ar: 'إشراك الجمهور في كل مرحلة من دورة التعاقد، بما في ذلك قواعد التشاور مع المشغّلين الحاليين والمحتملين',
    },
    principles: ['recipients-at-centre', 'operator-as-partner'],
    stages: [],
    sources: ['003', '001'],
  },
  {
    id: 'measurement-guide',
    kind: 'guide',
    name: { he: 'מדריך מדידה', en: 'Measurement guide', ar: 'دليل القياس' },
    description: { he: 'מדריך לבניית מערך מדידה לשירות', en: 'A guide to building a measurement system for a service', ar: 'دليل لبناء منظومة قياس لخدمة ما' },
    principles: ['results-oriented-management'],
    stages: [],
    sources: ['003'],
  },
  {
    id: 'theory-of-change-guide',
    kind: 'guide',
    name: { he: 'תיאוריית שינוי ומודל לוגי', en: 'Theory of change and logic model', ar: 'نظرية التغيير والنموذج المنطقي' },
    description: {
      he: 'מדריך לגיבוש תיאוריית שינוי ולהצגתה במודל לוגי',
      en: 'A guide to forming a theory of change and showing it as a logic model',
      ar: 'دليل لصياغة نظرية تغيير وعرضها في نموذج منطقي',
    },
    principles: ['results-oriented-management'],
    stages: ['planning'],
    sources: ['003'],
  },
  {
    id: 'procurement-administration-guide',
    kind: 'guide',
    name: { he: 'מדריך הרכש של מינהל הרכש', en: 'Procurement guide of the Procurement Administration', ar: 'دليل الشراء الصادر عن إدارة المشتريات' },
    description: { he: 'מדריך הרכש הממשלתי של מינהל הרכש', en: "The Procurement Administration's guide to government procurement", ar: 'دليل إدارة المشتريات للشراء الحكومي' },
    principles: [],
    stages: ['tender'],
    sources: ['003'],
  },
  // ---- Printed materials (003) ----
  {
    id: 'principle-boards',
    kind: 'material',
    name: { he: 'לוחות עקרונות', en: 'Principle boards', ar: 'لوحات المبادئ' },
    description: {
      he: 'לוח לכל עיקרון: הגדרתו, תוצאות העל שלו, איך מיישמים אותו בתהליך הרכש, ודוגמה',
      en: 'A board per principle: its definition, its super-outcomes, how to apply it in the procurement process, and an example',
      ar: 'لوحة لكل مبدأ: تعريفه، ونتائجه العليا، وكيفية تطبيقه في عملية الشراء، ومثال',
    },
    principles: [],
    stages: [],
    sources: ['003'],
  },
  {
    id: 'tool-cards',
    kind: 'material',
    name: { he: 'כרטיסיות כלים', en: 'Tool cards', ar: 'بطاقات الأدوات' },
    description: {
      he: 'כרטיס לכל כלי: מה הוא אומר, מתי משתמשים בו (על מה הוא עונה) ואיך',
      en: 'A card per tool: what it means, when to use it (what it answers) and how',
      ar: 'بطاقة لكل أداة: ما معناها، ومتى تُستخدم (على أيّ سؤال تجيب)، وكيف',
    },
    principles: [],
    stages: [],
    sources: ['003'],
  },
  {
    id: 'principles-and-tools-booklet',
    kind: 'material',
    name: { he: 'חוברת עקרונות וכלים', en: 'Principles and tools booklet', ar: 'كتيّب المبادئ والأدوات' },
    description: { he: 'העקרונות והכלים בחוברת אחת', en: 'The principles and the tools in one booklet', ar: 'المبادئ والأدوات في كتيّب واحد' },
    principles: [],
    stages: [],
    sources: ['003'],
  },
  {
    id: 'work-plan-worksheet',
    kind: 'material',
    name: { he: 'דף עזר לתוכנית עבודה', en: 'Work-plan worksheet', ar: 'ورقة مساعدة لخطة العمل' },
    description: {
      he: 'שם השירות והמכרז, הצוות המתכנן, ובשלב האבחון: אילו שני עקרונות נבחרו ולמה, בין מה התלבטו, ועל איזו תוצאת על של כל עיקרון מתמקדים; אחר כך תכנון היישום',
      en: 'Service and tender name, the planning team and, at the diagnosis stage, which two principles were chosen and why, what else was considered, and which super-outcome of each to focus on; then planning the implementation',
      ar: 'اسم الخدمة والمناقصة، وفريق التخطيط، وفي مرحلة التشخيص: أيّ مبدأين اختيرا ولماذا، وما البدائل التي نوقشت، وأيّ نتيجة عليا لكل مبدأ يجري التركيز عليها؛ ثم تخطيط التطبيق',
    },
    principles: [],
    stages: ['planning'],
    sources: ['003'],
  },
  {
    id: 'base-presentation',
    kind: 'material',
    name: { he: 'מצגת בסיס: עקרונות הרכש החברתי', en: 'Base presentation: the principles of social procurement', ar: 'عرض تقديمي أساسي: مبادئ الشراء الاجتماعي' },
    description: { he: 'מצגת מעוצבת שמציגה את העקרונות', en: 'A designed slide deck presenting the principles', ar: 'عرض تقديمي مصمَّم يعرض المبادئ' },
    principles: [],
    stages: [],
    sources: ['003'],
  },
  // ---- Actions: results-oriented management (003's tool card) ----
  {
    id: 'theory-of-change-and-logic-model',
    kind: 'action',
    name: { he: 'גיבוש תיאוריית שינוי ומודל לוגי לשירות', en: 'Forming a theory of change and a logic model for the service', ar: 'صياغة نظرية تغيير ونموذج منطقي للخدمة' },
    description: {
      he: 'הגדרה מדויקת של השינוי הצפוי אצל מקבלי השירות, מפורטת לתוצאות, תפוקות ותשומות: על אילו צרכים השירות עונה ואיך המשאבים שמושקעים מביאים לפעולות שעונות עליהם',
      en: 'A precise statement of the change expected for recipients, broken down into outcomes, outputs and inputs: which needs the service meets and how the resources put in lead to actions that meet them',
      ar: 'تحديد دقيق للتغيير المتوقّع لدى متلقّي الخدمة، مفصّلًا إلى نتائج ومخرجات ومدخلات: أيّ احتياجات تلبّيها الخدمة، وكيف تؤدّي الموارد المستثمَرة إلى إجراءات تلبّيها',
    },
    principles: ['results-oriented-management'],
    stages: ['planning', 'tender'],
    sources: ['003', '001'],
  },
  {
    id: 'measurement-plan-and-active-management',
    kind: 'action',
    name: {
      he: 'מדדי תוצאה, תוכנית מדידה ושגרת ניהול אקטיבי מבוססת נתונים',
      en: 'Outcome indicators, a measurement plan and an active data-based management routine',
      ar: 'مؤشّرات النتائج وخطة القياس وروتين إدارة فاعلة مستندة إلى البيانات',
    },
    description: {
      he: 'מדדים ברורים להצלחת השירות ותוכנית לשימוש בנתונים בניהולו: מה נמדד, איך ובאיזו תדירות נאסף, ואיך משתמשים בממצאים מול המפעילים',
      en: "Clear indicators of the service's success and a plan for using the data to manage it: what is measured, how and how often it is collected, and how findings are used with operators",
      ar: 'مؤشّرات واضحة لنجاح الخدمة وخطة لاستخدام البيانات في إدارتها: ما الذي يُقاس، وكيف وبأيّ وتيرة يُجمع، وكيف تُستخدم النتائج مع المشغّلين',
    },
    principles: ['results-oriented-management'],
    stages: ['planning', 'tender', 'management'],
    sources: ['003', '001'],
  },
  {
    id: 'supervision-enforcement-incentives',
    kind: 'action',
    name: {
      he: 'חיבור לבקרה ולפיקוח ולמנגנוני האכיפה והתגמול',
      en: 'Connecting supervision, enforcement and incentives',
      ar: 'الربط بالرقابة والإشراف وبآليات الإنفاذ والمكافأة',
    },
    description: {
      he: 'הבקרה והפיקוח מותאמים למודל הלוגי ולמערך המדידה, והאכיפה והתגמול מדברים באותה שפה; למשל, תגמול המפעילים על השגת תוצאות נבחרות',
      en: 'Supervision is aligned with the logic model and the measurement system, and enforcement and rewards speak the same language; for example, rewarding operators for achieving chosen outcomes',
      ar: 'تتوافق الرقابة والإشراف مع النموذج المنطقي ومنظومة القياس، ويتحدّث الإنفاذ والمكافأة اللغة نفسها؛ مثلًا مكافأة المشغّلين على تحقيق نتائج مختارة',
    },
    principles: ['results-oriented-management'],
    stages: ['tender', 'management'],
    sources: ['003'],
  },
  // ---- Actions for the other principles (001, 002, 004) ----
  {
    id: 'public-participation',
    kind: 'action',
    name: { he: 'שיתוף ציבור', en: 'Public participation', ar: 'إشراك الجمهور' },
    description: {
      he: 'שיתוף מקבלי השירות ובעלי עניין ברמות של מידע, היוועצות ושיתוף פעולה, בכלים פיזיים (ראיונות עומק, קבוצות מיקוד, מפגשים, שולחנות עגולים) או מקוונים (סקרים, זירה מקוונת)',
      en: 'Involving recipients and stakeholders at the levels of information, consultation and collaboration, with physical tools (in-depth interviews, focus groups, meetings, round tables) or online ones (surveys, an online arena)',
      ar: 'إشراك متلقّي الخدمة وأصحاب المصلحة على مستويات المعلومات والتشاور والتعاون، بأدوات حضورية (مقابلات معمّقة، مجموعات تركيز، لقاءات، طاولات مستديرة) أو إلكترونية (استطلاعات، منصّة إلكترونية)',
    },
    principles: ['recipients-at-centre'],
    stages: ['planning', 'management'],
    sources: ['004', '001'],
  },
  {
    id: 'operator-consultation',
    kind: 'action',
    name: { he: 'היוועצות עם מפעילים', en: 'Consulting operators', ar: 'التشاور مع المشغّلين' },
    description: {
      he: 'היוועצות עם מפעילים קיימים ופוטנציאליים על מודל השירות, המודל הכלכלי, המודל המכרזי או המדידה',
      en: 'Consulting existing and potential operators on the service model, the economic model, the tender model or measurement',
      ar: 'التشاور مع المشغّلين الحاليين والمحتملين حول نموذج الخدمة أو النموذج الاقتصادي أو نموذج المناقصة أو القياس',
    },
    principles: ['operator-as-partner'],
    stages: ['planning'],
    sources: ['002', '001'],
  },
  {
    id: 'active-contract-management',
    kind: 'action',
    name: { he: 'ניהול התקשרות אקטיבי', en: 'Active contract management', ar: 'الإدارة الفاعلة للتعاقد' },
    description: {
      he: 'שיח מובנה ורציף עם המפעילים שמכוון ללמידה ולשיפור: שיתוף שוטף בממצאים, מפגשים תקופתיים ומפת דרכים של מה לשמר ומה לשפר (לפי Government Performance Lab של הרווארד)',
      en: "A structured, continuous dialogue with operators aimed at learning and improvement: sharing findings regularly, periodic meetings and a roadmap of what to keep and what to improve (after Harvard's Government Performance Lab)",
      ar: 'حوار منظّم ومتواصل مع المشغّلين يهدف إلى التعلّم والتحسين: مشاركة النتائج بانتظام، ولقاءات دورية، وخريطة طريق لما يجب الحفاظ عليه وما يجب تحسينه (وفق مختبر الأداء الحكومي في جامعة هارفارد)',
    },
    principles: ['operator-as-partner', 'results-oriented-management'],
    stages: ['management'],
    sources: ['001'],
  },
  {
    id: 'quality-baskets',
    kind: 'action',
    name: { he: 'סלי איכות', en: 'Quality baskets', ar: 'سلال الجودة' },
    description: {
      he: 'מפעיל שנותן שירות מעל הסטנדרט שהמכרז מחייב מתוגמל לפי מדרג שנקבע מראש (כמו באגף הגריאטריה במשרד הבריאות)',
      en: "An operator that delivers above the standard the tender requires is rewarded on a scale set in advance (as in the Ministry of Health's geriatrics division)",
      ar: 'يُكافأ المشغّل الذي يقدّم خدمة تفوق المعيار الذي تشترطه المناقصة وفق سلّم محدّد مسبقًا (كما في قسم طبّ الشيخوخة في وزارة الصحة)',
    },
    principles: ['economic-planning-and-competition'],
    stages: ['tender', 'management'],
    sources: ['001'],
  },
  {
    id: 'payment-by-results',
    kind: 'action',
    name: { he: 'תשלום עבור תוצאות', en: 'Payment by results', ar: 'الدفع مقابل النتائج' },
    description: {
      he: 'חלק מהתשלום תלוי בהשגת תוצאות; רצוי לקשור לכך עד 5% מהתשלום, ולעקוב אחר מניפולציה בנתונים, הסטת מטרות וגריפת שמנת',
      en: 'Part of the payment depends on achieving outcomes; tie at most 5% of it to them, and watch for gaming, goal displacement and cream-skimming',
      ar: 'جزء من الدفع مرتبط بتحقيق النتائج؛ يُستحسن ألّا يتجاوز 5% من الدفع، مع متابعة التلاعب بالبيانات وإزاحة الأهداف وانتقاء الحالات السهلة',
    },
    principles: ['economic-planning-and-competition', 'results-oriented-management'],
    stages: ['tender', 'management'],
    sources: ['001'],
  },
  {
    id: 'past-results-in-future-tenders',
    kind: 'action',
    name: { he: 'שימוש בממצאים במכרזים עתידיים', en: 'Using past results in future tenders', ar: 'استخدام النتائج السابقة في مناقصات مستقبلية' },
    description: {
      he: 'ממצאי המדידה משמשים כתנאי סף או כאמת מידה בבחירת מפעילים; מפעילים חדשים שאין עליהם נתונים נבחנים בנפרד ולא נחסמים',
      en: 'Measurement findings serve as a threshold condition or a criterion in choosing operators; new operators without data are treated separately and not blocked',
      ar: 'تُستخدم نتائج القياس شرطًا أساسيًا أو معيارًا في اختيار المشغّلين؛ ويُعامَل المشغّلون الجدد الذين لا تتوفّر عنهم بيانات بشكل منفصل ولا يُمنعون من الدخول',
    },
    principles: ['economic-planning-and-competition'],
    stages: ['planning', 'tender'],
    sources: ['001'],
  },
  {
    id: 'cake-model',
    kind: 'action',
    name: { he: '"מודל העוגה"', en: 'The "cake model"', ar: '«نموذج الكعكة»' },
    description: {
      he: 'המשרד מגדיר את התוצאות הרצויות ורק את רכיבי החובה, והמתמודדים מציעים את המודל שנראה להם האפקטיבי ביותר בתוך התקציב',
      en: 'The ministry defines the desired outcomes and only the required components, and bidders propose the model they find most effective within the budget',
      ar: 'تحدّد الوزارة النتائج المرجوّة والمكوّنات الإلزامية فقط، ويقترح المتقدّمون النموذج الذي يرونه الأكثر فعالية ضمن الميزانية',
    },
    principles: ['innovation-and-flexibility'],
    stages: ['tender'],
    sources: ['001'],
  },
  {
    id: 'contract-change-clauses',
    kind: 'action',
    name: { he: 'סעיפי שינוי בחוזה', en: 'Contract change clauses', ar: 'بنود التغيير في العقد' },
    description: {
      he: 'סעיפים מוגדרים ותחומים שמאפשרים, בהסכמה, לשנות את היקף השירותים, הרכבם ואופן אספקתם במהלך ההתקשרות, ולעדכן בהתאם את המודל הלוגי והמדדים',
      en: 'Defined, bounded clauses that allow, by agreement, changes to the scope, mix and delivery of services during the contract, with the logic model and indicators updated to match',
      ar: 'بنود محدّدة ومقيّدة تتيح، بالاتفاق، تغيير حجم الخدمات وتركيبها وطريقة تقديمها خلال التعاقد، مع تحديث النموذج المنطقي والمؤشّرات وفقًا لذلك',
    },
    principles: ['innovation-and-flexibility'],
    stages: ['tender', 'management'],
    sources: ['001'],
  },
  {
    id: 'experimental-indicators',
    kind: 'action',
    name: { he: 'מדדים ניסיוניים', en: 'Experimental indicators', ar: 'مؤشّرات تجريبية' },
    description: {
      he: 'מה שנמדד נשאר קבוע, אבל ניסוח המדדים וכלי המדידה מתוקנים בצמתים שנקבעו מראש, עם תקופת היערכות למפעילים',
      en: 'What is measured stays fixed, but the wording of indicators and the measurement tools are revised at junctures set in advance, with time for operators to adapt',
      ar: 'يبقى موضوع القياس ثابتًا، لكن صياغة المؤشّرات وأدوات القياس تُعدَّل في محطّات محدّدة مسبقًا، مع فترة تكيّف للمشغّلين',
    },
    principles: ['results-oriented-management', 'innovation-and-flexibility'],
    stages: ['tender', 'management'],
    sources: ['001'],
  },
  {
    id: 'knowledge-handover-clause',
    kind: 'action',
    name: { he: 'סעיף תיעוד והעברת ידע במכרז', en: 'Knowledge documentation and handover clause', ar: 'بند توثيق المعرفة وتسليمها في المناقصة' },
    description: {
      he: 'המכרז מחייב את המפעיל לתעד את הידע שנצבר אצלו (נתונים, כלים, מודלים) ולהעבירו למשרד ולמפעיל המחליף בסוף ההתקשרות, ומגדיר את דרכי ההעברה ואת הזכויות לשימוש במידע',
      en: 'The tender requires the operator to document the knowledge it gains (data, tools, models) and hand it to the ministry and the replacing operator when the contract ends, and defines how it is handed over and who may use the information',
      ar: 'تُلزم المناقصة المشغّل بتوثيق المعرفة التي تراكمت لديه (بيانات، أدوات، نماذج) وتسليمها إلى الوزارة وإلى المشغّل البديل عند انتهاء التعاقد، وتحدّد طرق التسليم ومن يحقّ له استخدام المعلومات',
    },
    principles: ['knowledge-development-and-retention'],
    stages: ['tender', 'management'],
    sources: ['002'],
  },
]);

/**
 * The tools that serve a principle, including those that serve the whole process
 * (`principles: []`) unless `specificOnly` is set.
 * @example tools_forPrinciple('innovation-and-flexibility', { specificOnly: true }).map((t) => t.id)
 *   // ['cake-model', 'contract-change-clauses', 'experimental-indicators']
 */
export function tools_forPrinciple(id: PrincipleId, options?: { specificOnly?: boolean }): readonly Tool[] {
  return toolsMenu.filter((t) => t.principles.includes(id) || (!options?.specificOnly && t.principles.length === 0));
}

/**
 * The tools that serve a stage of the procurement process, including those for every stage.
 * @example tools_forStage('management').some((t) => t.id === 'active-contract-management') // true
 */
export function tools_forStage(stage: ProcurementStage): readonly Tool[] {
  return toolsMenu.filter((t) => t.stages.length === 0 || t.stages.includes(stage));
}

/**
 * A tool by id, or `undefined`.
 * @example tool_get('roadmap')?.kind // 'practical-tool'
 */
export function tool_get(id: string): Tool | undefined {
  return toolsMenu.find((t) => t.id === id);
}
