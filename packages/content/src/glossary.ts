/**
 * The definitions glossary. The core terms follow the definitions section of the M&E report
 * (001); the rest are terms 001, 002 and 004 use and explain in their text.
 */
import type { GlossaryTerm } from './types.js';
import { freezeDeep } from './freeze.js';

/**
 * Every glossary term, the report's core definitions first.
 * @example glossary_get('target')?.term.en // 'Target'
 */
export const glossary: readonly GlossaryTerm[] = /* @__PURE__ */ freezeDeep<GlossaryTerm[]>([
  {
    id: 'theory-of-change',
    term: { he: 'תיאוריית שינוי', en: 'Theory of change', ar: 'نظرية التغيير' },
    definition: {
      he: 'מסגרת מושגית שמסבירה איך ולמה השירות אמור להביא לתוצאות הרצויות אצל קהל היעד: מערכת של הנחות וטענות שמתארות את דרכי ההתמודדות עם בעיה במציאות ומנמקות אותן',
      en: 'A conceptual framework that explains how and why the service is meant to bring about the desired outcomes for its target population: a set of assumptions and claims that describe, and give reasons for, the ways it tackles a real-world problem',
      ar: 'إطار مفاهيمي يشرح كيف ولماذا يُفترض أن تحقّق الخدمة النتائج المرجوّة لدى فئتها المستهدفة: مجموعة من الافتراضات والادّعاءات التي تصف طرق التعامل مع مشكلة في الواقع وتعلّلها',
    },
    related: ['logic-model', 'assumptions'],
    sources: ['001'],
  },
  {
    id: 'logic-model',
    term: { he: 'מודל לוגי', en: 'Logic model', ar: 'النموذج المنطقي' },
    definition: {
      he: 'ייצוג חזותי תמציתי של תיאוריית השינוי: הקשר המתוכנן בין מה שמשקיעים (תשומות), מה שעושים (תפוקות) והשינוי שמבקשים לחולל (תוצאות), לצד קהל היעד ומאפייניו וההנחות שבבסיס השירות',
      en: 'A concise visual of the theory of change: the planned links between what we invest (inputs), what we do (outputs) and the change we seek (outcomes), with the target population, its characteristics and the assumptions behind the service',
      ar: 'تمثيل بصري موجز لنظرية التغيير: العلاقات المخطّطة بين ما نستثمره (المدخلات) وما نفعله (المخرجات) والتغيير الذي نسعى إليه (النتائج)، إلى جانب الفئة المستهدفة وخصائصها والافتراضات التي تقوم عليها الخدمة',
    },
    related: ['theory-of-change', 'input', 'output', 'outcome', 'target-population'],
    sources: ['001'],
  },
  {
    id: 'indicator',
    term: { he: 'מדד (סמן)', en: 'Indicator', ar: 'مؤشّر' },
    definition: {
      he: 'הגדרה אופרציונלית של תשומה, תפוקה או תוצאה, שמאפשרת לבדוק עד כמה הושגה',
      en: 'An operational definition of an input, output or outcome that lets us check how far it has been achieved',
      ar: 'تعريف إجرائي لمُدخَل أو مُخرَج أو نتيجة يتيح فحص مدى تحقيقه',
    },
    related: ['key-indicators', 'shared-indicator', 'experimental-indicator', 'measurement-plan'],
    sources: ['001'],
  },
  {
    id: 'measurement-plan',
    term: { he: 'תוכנית מדידה', en: 'Measurement plan', ar: 'خطة القياس' },
    definition: {
      he: 'לכל רכיב במודל הלוגי שמודדים (תשומה, תפוקה או תוצאה): מהם המדדים, למה נבחרו, מהי הנוסחה, מהו מקור המידע ושיטת האיסוף, מי אוסף, מתי ובאיזו תדירות',
      en: 'For each logic-model element we measure (input, output or outcome): its indicators, why they were chosen, the formula, the data source and collection method, who collects, when and how often',
      ar: 'لكل عنصر نقيسه في النموذج المنطقي (مُدخَل أو مُخرَج أو نتيجة): مؤشّراته، وسبب اختيارها، والمعادلة، ومصدر المعلومات وطريقة جمعها، ومن يجمعها، ومتى وبأيّ وتيرة',
    },
    related: ['indicator', 'ongoing-measurement'],
    sources: ['001'],
  },
  {
    id: 'target',
    term: { he: 'יעד', en: 'Target', ar: 'هدف رقمي' },
    definition: {
      he: 'מספר שמגדיר את הרמה הרצויה של מדד, או את השינוי שרוצים לראות בו, בתקופה מוגדרת. קובעים יעד רק כשיש לו בסיס: מדידה קודמת, השוואה לשירותים דומים או מחקר',
      en: 'A number that sets the desired level of an indicator, or the change we want to see in it, within a set period. Set a target only where it has a basis: a previous measurement, comparison with similar services, or research',
      ar: 'رقم يحدّد المستوى المرغوب لمؤشّر، أو التغيير الذي نريد أن نراه فيه، خلال فترة محدّدة. لا يُحدَّد هدف رقمي إلا إذا كان له أساس: قياس سابق، أو مقارنة بخدمات مشابهة، أو بحث',
    },
    related: ['differential-target', 'indicator'],
    sources: ['001'],
  },
  {
    id: 'ongoing-measurement',
    term: { he: 'מדידה שוטפת', en: 'Ongoing measurement', ar: 'القياس الجاري' },
    definition: {
      he: 'מדידה סדירה ומתמשכת, לרוב בידי המפעיל; מוגבלת יותר בהיקפה ובעומקה ממחקר הערכה, אבל המידע מיידי וזמין ומשרת את הניהול השוטף. כמו לוח המחוונים ברכב',
      en: "Regular, continuous measurement, usually by the operator; narrower and shallower than an evaluation study, but its information is immediate and at hand for day-to-day management. Like a car's dashboard",
      ar: 'قياس منتظم ومتواصل، يجريه المشغّل عادةً؛ أضيق وأقلّ عمقًا من الدراسة التقييمية، لكنّ معلوماته فورية ومتاحة للإدارة اليومية. مثل لوحة العدّادات في السيارة',
    },
    related: ['evaluation-study', 'measurement-plan'],
    sources: ['001'],
  },
  {
    id: 'evaluation-study',
    term: { he: 'מחקר הערכה', en: 'Evaluation study', ar: 'دراسة تقييمية' },
    definition: {
      he: 'מחקר תקופתי, לרוב בידי חוקרים חיצוניים, על פרק זמן מוגדר; מעמיק יותר מהמדידה השוטפת ולעיתים מאפשר לייחס את התוצאות לשירות ולהסיק על סיבתיות. כמו בדיקה תקופתית של הרכב במוסך; שתי הדרכים משלימות זו את זו',
      en: 'A periodic study, usually by external researchers, over a set period; deeper than ongoing measurement, and sometimes able to attribute outcomes to the service and infer causality. Like a periodic check of the car at the garage; the two complement each other',
      ar: 'دراسة دورية يجريها عادةً باحثون خارجيون على مدى فترة محدّدة؛ أعمق من القياس الجاري، وتتيح أحيانًا نسب النتائج إلى الخدمة واستنتاج السببية. مثل الفحص الدوري للسيارة في المرآب؛ والاثنان يكمّل أحدهما الآخر',
    },
    related: ['ongoing-measurement', 'experimental-design', 'quasi-experimental-design'],
    sources: ['001'],
  },
  {
    id: 'input',
    term: { he: 'תשומה', en: 'Input', ar: 'مُدخَل' },
    definition: { he: 'מה שמשקיעים בשירות', en: 'What is invested in the service', ar: 'ما يُستثمَر في الخدمة' },
    related: ['logic-model', 'output'],
    sources: ['001'],
  },
  {
    id: 'output',
    term: { he: 'תפוקה', en: 'Output', ar: 'مُخرَج' },
    definition: {
      he: 'מה שהשירות עושה ומפיק; מדדי תפוקה מאזנים בין היקף (כמו מספר המטפלים או שעות הטיפול) לבין איכות',
      en: 'What the service does and produces; output indicators balance volume (such as the number of carers or treatment hours) with quality',
      ar: 'ما تفعله الخدمة وتنتجه؛ توازن مؤشّرات المخرجات بين الحجم (مثل عدد المعالجين أو ساعات العلاج) والجودة',
    },
    related: ['logic-model', 'input', 'outcome'],
    sources: ['001'],
  },
  {
    id: 'outcome',
    term: { he: 'תוצאה', en: 'Outcome', ar: 'نتيجة' },
    definition: {
      he: 'השינוי שהשירות מבקש לחולל אצל קהל היעד, בטווח הקצר, הבינוני או הארוך. רוב מדדי התוצאה מתמקדים בתקופת ההתקשרות, ורצוי למדוד גם תוצאות ארוכות טווח',
      en: 'The change the service seeks in its target population, in the short, intermediate or long term. Most outcome indicators focus on the contract period; measuring long-term outcomes too is welcome',
      ar: 'التغيير الذي تسعى الخدمة إلى إحداثه لدى فئتها المستهدفة، على المدى القصير أو المتوسّط أو الطويل. تركّز معظم مؤشّرات النتائج على فترة التعاقد، ويُستحسن قياس النتائج طويلة المدى أيضًا',
    },
    related: ['logic-model', 'output', 'super-outcome'],
    sources: ['001'],
  },
  {
    id: 'assumptions',
    term: { he: 'הנחות יסוד', en: 'Assumptions', ar: 'الافتراضات الأساسية' },
    definition: {
      he: 'מה שצריך להתקיים כדי שהקשרים במודל הלוגי יחזיקו; חלק מהמודל הלוגי לצד קהל היעד',
      en: 'What must hold for the links of the logic model to work; part of the logic model, beside the target population',
      ar: 'ما يجب أن يتحقّق كي تصمد العلاقات في النموذج المنطقي؛ جزء من النموذج المنطقي إلى جانب الفئة المستهدفة',
    },
    related: ['logic-model', 'theory-of-change'],
    sources: ['001', '002'],
  },
  {
    id: 'target-population',
    term: { he: 'קהל יעד', en: 'Target population', ar: 'الفئة المستهدفة' },
    definition: {
      he: 'האנשים שהשירות מיועד להם, ומאפייניהם; חלק מהמודל הלוגי',
      en: 'The people the service is for, and their characteristics; part of the logic model',
      ar: 'الأشخاص الذين تُقدَّم لهم الخدمة، وخصائصهم؛ جزء من النموذج المنطقي',
    },
    related: ['logic-model'],
    sources: ['001'],
  },
  {
    id: 'key-indicators',
    term: { he: 'מדדים מרכזיים', en: 'Key indicators', ar: 'المؤشّرات الرئيسية' },
    definition: {
      he: 'מספר מצומצם של מדדים שעליהם נשען ניהול השירות, בדרך כלל 4 עד 7; מדד אחד יכול להיות מורכב מכמה פריטים',
      en: 'The few indicators the management of a service rests on, usually 4 to 7; one indicator may combine several items',
      ar: 'عدد قليل من المؤشّرات تستند إليها إدارة الخدمة، عادةً من 4 إلى 7؛ ويمكن أن يتكوّن المؤشّر الواحد من عدّة بنود',
    },
    related: ['indicator'],
    sources: ['001'],
  },
  {
    id: 'shared-indicator',
    term: { he: 'מדד משותף', en: 'Shared indicator', ar: 'مؤشّر مشترك' },
    definition: {
      he: 'מדד עם הגדרה אחידה ושיטת חישוב אחידה בשירותים דומים, שמאפשר השוואה זהירה ביניהם ולעיתים סכימה של נתונים',
      en: 'An indicator with the same definition and the same calculation across similar services, allowing careful comparison between them and sometimes aggregation',
      ar: 'مؤشّر بتعريف موحّد وطريقة حساب موحّدة في الخدمات المتشابهة، يتيح مقارنة حذرة بينها وأحيانًا تجميع البيانات',
    },
    related: ['indicator'],
    sources: ['001'],
  },
  {
    id: 'experimental-indicator',
    term: { he: 'מדד ניסיוני', en: 'Experimental indicator', ar: 'مؤشّر تجريبي' },
    definition: {
      he: 'מדד שמה שהוא מודד קבוע לאורך ההתקשרות, אבל ניסוחו וכלי המדידה שלו יכולים להתעדכן בצמתים שנקבעו מראש; מגמה שחוצה עדכון כזה אינה השוואה של שווה לשווה',
      en: 'An indicator whose subject stays fixed over the contract while its wording and tools may be revised at junctures set in advance; a trend across such a revision is not like-for-like',
      ar: 'مؤشّر يبقى موضوع قياسه ثابتًا طوال التعاقد، بينما يمكن تعديل صياغته وأدواته في محطّات محدّدة مسبقًا؛ والاتجاه الذي يعبر مثل هذا التعديل ليس مقارنة بين متماثلين',
    },
    related: ['indicator'],
    sources: ['001'],
  },
  {
    id: 'differential-target',
    term: { he: 'יעד דיפרנציאלי', en: 'Differential target', ar: 'هدف تفاضلي' },
    definition: {
      he: 'יעדים שונים לאוכלוסיות או לאזורים שונים, כשצפויה ביניהם שונות משמעותית',
      en: 'Different targets for different populations or regions, where they are expected to differ a lot',
      ar: 'أهداف رقمية مختلفة لفئات سكانية أو مناطق مختلفة، حين يُتوقَّع تباين كبير بينها',
    },
    related: ['target'],
    sources: ['001'],
  },
  {
    id: 'measurement-and-evaluation-strategy',
    term: { he: 'אסטרטגיית מדידה והערכה', en: 'Measurement and evaluation strategy', ar: 'استراتيجية القياس والتقييم' },
    definition: {
      he: 'מטרות המדידה, העקרונות שבבסיסה, הפעולות העיקריות והקווים המנחים לשימוש בממצאים ולניהול מבוסס נתונים, כולל שילוב של מדידה שוטפת ומחקרי הערכה',
      en: 'The aims of measurement, its principles, the main actions and the guidelines for using findings and managing by data, including how ongoing measurement and evaluation studies combine',
      ar: 'أهداف القياس ومبادئه والإجراءات الرئيسية والخطوط التوجيهية لاستخدام النتائج والإدارة المستندة إلى البيانات، بما في ذلك الجمع بين القياس الجاري والدراسات التقييمية',
    },
    related: ['ongoing-measurement', 'evaluation-study'],
    sources: ['001'],
  },
  {
    id: 'experimental-design',
    term: { he: 'מחקר ניסויי', en: 'Experimental design', ar: 'تصميم تجريبي' },
    definition: {
      he: 'שיטת מחקר שבודקת קשר סיבתי בהשוואה בין קבוצת ניסוי לקבוצת ביקורת, שהמשתתפים מוקצים אליהן באקראי',
      en: 'A research method that tests a causal relation by comparing a treatment group with a control group to which participants are randomly assigned',
      ar: 'طريقة بحث تفحص علاقة سببية بالمقارنة بين مجموعة تجريبية ومجموعة ضابطة يُوزَّع المشاركون عليهما عشوائيًا',
    },
    related: ['quasi-experimental-design', 'evaluation-study'],
    sources: ['001'],
  },
  {
    id: 'quasi-experimental-design',
    term: { he: 'מחקר דמוי ניסוי', en: 'Quasi-experimental design', ar: 'تصميم شبه تجريبي' },
    definition: {
      he: 'מערכי מחקר שדומים למחקר ניסויי ברוב מאפייניהם, אבל בלי הקצאה אקראית לקבוצות',
      en: 'Research designs that share most features of an experimental design, but without random assignment to groups',
      ar: 'تصاميم بحثية تشترك في معظم خصائص التصميم التجريبي، ولكن من دون توزيع عشوائي على المجموعات',
    },
    related: ['experimental-design', 'evaluation-study'],
    sources: ['001'],
  },
  {
    id: 'super-outcome',
    term: { he: 'תוצאת על', en: 'Super-outcome', ar: 'نتيجة عليا' },
    definition: {
      he: 'במודל הלוגי של רכש חברתי מיטבי: מה שמתקיים כשההתקשרות מנוהלת לאור עיקרון; הדרך שבה משיגים את מטרת העל שלו',
      en: 'In the logic model of optimal social procurement: what holds when the contract is managed in the light of a principle; the way its super-goal is reached',
      ar: 'في النموذج المنطقي للشراء الاجتماعي الأمثل: ما يتحقّق حين يُدار التعاقد في ضوء مبدأ ما؛ وهو الطريق إلى هدفه الأعلى',
    },
    related: ['super-goal', 'outcome'],
    sources: ['002'],
  },
  {
    id: 'super-goal',
    term: { he: 'מטרת על', en: 'Super-goal', ar: 'هدف أعلى' },
    definition: {
      he: 'במודל הלוגי של רכש חברתי מיטבי: ההשפעה של עיקרון על איכות השירות ויעילותו',
      en: "In the logic model of optimal social procurement: a principle's effect on the quality and efficiency of the service",
      ar: 'في النموذج المنطقي للشراء الاجتماعي الأمثل: أثر المبدأ على جودة الخدمة ونجاعتها',
    },
    related: ['super-outcome'],
    sources: ['002'],
  },
  {
    id: 'active-contract-management',
    term: { he: 'ניהול התקשרות אקטיבי', en: 'Active contract management', ar: 'الإدارة الفاعلة للتعاقد' },
    definition: {
      he: 'גישה (של Government Performance Lab בהרווארד) של שיח רציף ומובנה עם המפעילים, מכוון ללמידה ולשיפור, שבו הנתונים והתובנות זורמים לשני הכיוונים',
      en: "An approach (from Harvard's Government Performance Lab) of continuous, structured dialogue with operators aimed at learning and improvement, in which data and insights flow both ways",
      ar: 'نهج (من مختبر الأداء الحكومي في جامعة هارفارد) يقوم على حوار منظّم ومتواصل مع المشغّلين يهدف إلى التعلّم والتحسين، وتتدفّق فيه البيانات والرؤى في الاتجاهين',
    },
    related: ['ongoing-measurement'],
    sources: ['001'],
  },
  {
    id: 'gaming',
    term: { he: 'מניפולציה בנתונים', en: 'Gaming', ar: 'التلاعب بالبيانات' },
    definition: {
      he: 'שינוי הנתונים המדווחים כדי לעמוד ביעד או לזכות בתגמול, במקום לשפר את השירות',
      en: 'Shaping reported data to meet a target or win a reward, instead of improving the service',
      ar: 'التلاعب بالبيانات المُبلَّغ عنها لبلوغ هدف رقمي أو نيل مكافأة، بدلًا من تحسين الخدمة',
    },
    related: ['goal-displacement', 'cream-skimming'],
    sources: ['001'],
  },
  {
    id: 'goal-displacement',
    term: { he: 'הסטת מטרות', en: 'Goal displacement', ar: 'إزاحة الأهداف' },
    definition: {
      he: 'התמקדות יתר בהשגת היעדים על חשבון המהות שעומדת בבסיסם',
      en: 'Focusing on hitting the targets at the expense of what they stand for',
      ar: 'التركيز المفرط على بلوغ الأهداف الرقمية على حساب الجوهر الذي تعبّر عنه',
    },
    related: ['gaming', 'cream-skimming'],
    sources: ['001'],
  },
  {
    id: 'cream-skimming',
    term: { he: 'גריפת שמנת', en: 'Cream-skimming', ar: 'انتقاء الحالات السهلة' },
    definition: {
      he: 'בחירת המקרים הקלים לטיפול, כדי להגיע לתוצאות טובות יותר בפחות משאבים',
      en: 'Choosing the easier cases, to reach better results with fewer resources',
      ar: 'اختيار الحالات الأسهل علاجًا، للوصول إلى نتائج أفضل بموارد أقلّ',
    },
    related: ['gaming', 'goal-displacement'],
    sources: ['001'],
  },
  {
    id: 'social-ministries',
    term: { he: 'המשרדים החברתיים', en: 'Social ministries', ar: 'الوزارات الاجتماعية' },
    definition: {
      he: 'משרד החינוך, משרד הבריאות ומשרד העבודה, הרווחה והשירותים החברתיים',
      en: 'The Ministry of Education, the Ministry of Health, and the Ministry of Labour, Social Affairs and Social Services',
      ar: 'وزارة التربية والتعليم، ووزارة الصحة، ووزارة العمل والرفاه والخدمات الاجتماعية',
    },
    related: ['social-service'],
    sources: ['001'],
  },
  {
    id: 'social-service',
    term: { he: 'שירות חברתי', en: 'Social service', ar: 'خدمة اجتماعية' },
    definition: {
      he: 'שירות חינוכי או טיפולי (כולל נפשי, סוציאלי, רפואי ופרא-רפואי) שהמשרדים החברתיים נותנים, במישרין או בעקיפין. במסמכים, "שירות" הוא ההתערבויות והמענים שניתנים במסגרת מכרז',
      en: 'An educational or care service (including mental-health, social, medical and paramedical care) the social ministries provide, directly or indirectly. In the documents, "service" means the interventions and responses provided under a tender',
      ar: 'خدمة تربوية أو علاجية (بما فيها النفسية والاجتماعية والطبية وشبه الطبية) تقدّمها الوزارات الاجتماعية بشكل مباشر أو غير مباشر. وفي الوثائق، يُقصد بـ«الخدمة» التدخّلات والاستجابات المقدَّمة في إطار مناقصة',
    },
    related: ['social-ministries'],
    sources: ['001'],
  },
  {
    id: 'stakeholder-map',
    term: { he: 'מפת שחקנים', en: 'Stakeholder map', ar: 'خريطة أصحاب المصلحة' },
    definition: {
      he: 'מפה שבמרכזה מקבלי השירות, וסביבם המשרד המזמין, המפעילים ומפעילי שירותים משיקים ומשלימים',
      en: 'A map with service recipients at the centre and, around them, the commissioning ministry, the operators and the operators of adjacent and complementary services',
      ar: 'خريطة يقع في مركزها متلقّو الخدمة، ومن حولهم الوزارة المُشترية والمشغّلون ومشغّلو الخدمات المجاورة والمكمّلة',
    },
    related: ['target-population'],
    sources: ['004'],
  },
]);

/**
 * A glossary term by id, or `undefined`.
 * @example glossary_get('ongoing-measurement')?.related // ['evaluation-study', 'measurement-plan']
 */
export function glossary_get(id: string): GlossaryTerm | undefined {
  return glossary.find((t) => t.id === id);
}
