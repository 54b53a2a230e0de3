/**
 * The full logic model of optimal social procurement (002's table): for each of the six
 * principles, planning actions for the tender process → short-term outcomes (the tender's
 * structure) → intermediate outcomes (how the service is managed) → super-outcomes → super-goal.
 *
 * 002 runs the bullet items of each cell together; here each item is its own box, split by
 * meaning. Links follow what the table implies: within a principle's row each item leads to the
 * items of the next stage that it makes possible (many to many), and a tender item leads straight
 * to a super-outcome where no management item stands between them. Super-outcomes are the key
 * outcomes (`key: true`), the ones the work-plan worksheet (003) asks a team to choose from.
 *
 * Responsibility is marked only where the process or the text says who acts: the ministry plans
 * the tender and writes it; the operator documents and hands over knowledge; professional
 * dialogue is shared. The other boxes are left without one.
 */
import type { BoxResponsibility, LogicModel, LogicModelBox, LogicModelColumn, LogicModelLink } from '@rechesh/core';
import type { ContentText, PrincipleId } from './types.js';
import { basicAssumption, principles } from './principles.js';
import { freezeDeep } from './freeze.js';

/** The column ids of the full logic model, in reading order. */
export type FullModelColumnId = 'principle' | 'planning' | 'tender' | 'management' | 'super-outcome' | 'super-goal';

interface Item {
  id: string;
  text: ContentText;
  /** Ids of boxes in a later column this item leads to. */
  to: readonly string[];
  responsibility?: BoxResponsibility;
}

interface Row {
  principle: PrincipleId;
  planning: readonly Item[];
  tender: readonly Item[];
  management: readonly Item[];
}

const columns: LogicModelColumn[] = [
  {
    id: 'principle',
    label: { he: 'עקרונות הרכש החברתי', en: 'Principles of social procurement', ar: 'مبادئ الشراء الاجتماعي' },
  },
  {
    id: 'planning',
    label: { he: 'פעולות: תכנון ההליך המכרזי', en: 'Actions: planning the tender process', ar: 'الإجراءات: تخطيط عملية المناقصة' },
  },
  {
    id: 'tender',
    label: { he: 'תוצאות לטווח קצר: מבנה המכרז', en: 'Short-term outcomes: the structure of the tender', ar: 'نتائج قصيرة المدى: بنية المناقصة' },
  },
  {
    id: 'management',
    label: { he: 'תוצאות ביניים: אופן ניהול השירות', en: 'Intermediate outcomes: how the service is managed', ar: 'نتائج مرحلية: طريقة إدارة الخدمة' },
  },
  {
    id: 'super-outcome',
    label: { he: 'תוצאות העל', en: 'Super-outcomes', ar: 'النتائج العليا' },
    description: {
      he: 'ההתקשרות מנוהלת לאור עקרונות הרכש החברתי',
      en: 'The contract is managed in the light of the principles of social procurement',
      ar: 'يُدار التعاقد في ضوء مبادئ الشراء الاجتماعي',
    },
  },
  {
    id: 'super-goal',
    label: { he: 'מטרות העל', en: 'Super-goals', ar: 'الأهداف العليا' },
    description: {
      he: 'השפעת העיקרון על איכות השירות ויעילותו',
      en: "The principle's effect on the quality and efficiency of the service",
      ar: 'أثر المبدأ على جودة الخدمة ونجاعتها',
    },
  },
];

const rows: readonly Row[] = [
  {
    principle: 'recipients-at-centre',
    planning: [
      {
        id: 'plan-recipient-needs-gathered',
        text: {
          he: 'נאסף מידע על הצרכים וההעדפות של מקבלי השירות, על כל גווניהם',
          en: 'Information is gathered on the needs and preferences of service recipients in all their diversity',
          ar: 'جُمعت معلومات عن احتياجات متلقّي الخدمة وتفضيلاتهم بكل تنوّعهم',
        },
        to: ['tender-model-meets-needs', 'tender-information-for-recipients', 'tender-operator-transition'],
      },
      {
        id: 'plan-recipients-heard',
        text: {
          he: 'קולם של מקבלי השירות או של בני משפחותיהם נשמע בתהליך התכנון',
          en: 'Recipients or their families are heard in the planning process',
          ar: 'استُمع إلى صوت متلقّي الخدمة أو عائلاتهم في عملية التخطيط',
        },
        to: ['tender-model-meets-needs', 'tender-recipient-voice'],
      },
    ],
    tender: [
      {
        id: 'tender-model-meets-needs',
        text: {
          he: 'מודל השירות עונה על הצרכים של מקבלי השירות על כל גווניהם',
          en: 'The service model meets the needs of recipients in all their diversity',
          ar: 'يلبّي نموذج الخدمة احتياجات متلقّيها بكل تنوّعهم',
        },
        to: ['manage-response-quality-tracked'],
      },
      {
        id: 'tender-recipient-voice',
        text: {
          he: 'המכרז קובע הליכים שנותנים למקבלי השירות קול בהפעלתו',
          en: 'The tender sets procedures that give recipients a voice in how the service is run',
          ar: 'تحدّد المناقصة إجراءات تمنح متلقّي الخدمة صوتًا في تشغيلها',
        },
        to: ['manage-recipient-channels-used'],
      },
      {
        id: 'tender-information-for-recipients',
        text: {
          he: 'המכרז מפרט איזה מידע על המפעיל להנגיש למקבלי השירות כדי שיממשו את זכויותיהם בו, וכיצד להנגיש אותו',
          en: 'The tender specifies what information the operator must make accessible to recipients so they can exercise their rights in the service, and how',
          ar: 'تفصّل المناقصة المعلومات التي على المشغّل إتاحتها لمتلقّي الخدمة كي يمارسوا حقوقهم فيها، وطريقة إتاحتها',
        },
        to: ['manage-recipient-channels-used'],
      },
      {
        id: 'tender-operator-transition',
        text: {
          he: 'המכרז כולל הליכים לשיפור המעבר בין מפעילים, שמתחשבים בצורך ברציפות וביציבות של השירות',
          en: 'The tender includes procedures for a better handover between operators that take account of the need for continuity and stability of service',
          ar: 'تتضمّن المناقصة إجراءات لتحسين الانتقال بين المشغّلين تراعي الحاجة إلى استمرارية الخدمة واستقرارها',
        },
        to: ['manage-handover-keeps-care'],
      },
    ],
    management: [
      {
        id: 'manage-response-quality-tracked',
        text: {
          he: 'איכות המענה לצורכי מקבלי השירות נמצאת במעקב, ונעשות התאמות לפי הצורך',
          en: "The quality of the response to recipients' needs is monitored, and adjustments are made as needed",
          ar: 'تُتابَع جودة الاستجابة لاحتياجات متلقّي الخدمة، وتُجرى التعديلات اللازمة',
        },
        to: ['service-fits-all-needs'],
      },
      {
        id: 'manage-recipient-channels-used',
        text: {
          he: 'מקבלי השירות משתמשים בערוצים לקבלת מידע, להעלאת צרכים ולתלונות, ועמדותיהם נשקלות בהפעלת השירות',
          en: 'Recipients use the channels for getting information, raising needs and complaining, and their views are taken into account in running the service',
          ar: 'يستخدم متلقّو الخدمة قنوات الحصول على المعلومات وطرح الاحتياجات والشكاوى، وتؤخذ آراؤهم بالحسبان في تشغيل الخدمة',
        },
        to: ['recipients-have-a-voice', 'information-is-accessible'],
      },
      {
        id: 'manage-handover-keeps-care',
        text: {
          he: 'החפיפה בין מפעילים נעשית כך שהטיפול במקבלי השירות נמשך ברציפות ובהתחשב בצורך ביציבות',
          en: "The handover between operators is done so that recipients' care goes on without a break and with regard to their need for stability",
          ar: 'يجري التسليم بين المشغّلين بحيث يستمرّ علاج متلقّي الخدمة دون انقطاع ومع مراعاة حاجتهم إلى الاستقرار',
        },
        to: ['continuity-of-care'],
      },
    ],
  },
  {
    principle: 'results-oriented-management',
    planning: [
      {
        id: 'plan-outcomes-defined',
        text: {
          he: 'התוצאות הרצויות של השירות הוגדרו במונחי השפעה על רווחת קהל היעד, ונבחנו התפוקות והתשומות הדרושות להשגתן',
          en: "The service's desired outcomes are defined as effects on the target population's wellbeing, and the outputs and inputs needed to achieve them are examined",
          ar: 'حُدّدت النتائج المرجوّة من الخدمة من حيث أثرها على رفاه الفئة المستهدفة، وفُحصت المخرجات والمدخلات اللازمة لتحقيقها',
        },
        to: ['tender-theory-of-change', 'tender-aligned-with-logic-model'],
      },
      {
        id: 'plan-indicators-listed',
        text: {
          he: 'גובשה רשימת מדדים לשירות, ובהם מדדי תוצאה',
          en: 'A list of indicators for the service is drawn up, including outcome indicators',
          ar: 'وُضعت قائمة مؤشّرات للخدمة، من بينها مؤشّرات نتائج',
        },
        to: ['tender-outcome-indicators'],
      },
      {
        id: 'plan-measurement-work-plan',
        text: {
          he: 'גובשה תוכנית עבודה להקמת מערך המדידה ולשימוש בממצאיו',
          en: 'A work plan is drawn up for setting up the measurement system and using its findings',
          ar: 'وُضعت خطة عمل لإنشاء منظومة القياس واستخدام نتائجها',
        },
        to: ['tender-outcome-indicators', 'tender-data-routines-and-incentives'],
      },
    ],
    tender: [
      {
        id: 'tender-theory-of-change',
        text: {
          he: 'המכרז כולל תיאוריית שינוי ומודל לוגי, או רכיבים מהם',
          en: 'The tender includes a theory of change and a logic model, or parts of them',
          ar: 'تتضمّن المناقصة نظرية تغيير ونموذجًا منطقيًا، أو أجزاءً منهما',
        },
        to: ['manage-by-findings'],
      },
      {
        id: 'tender-aligned-with-logic-model',
        text: {
          he: 'מודל השירות, תנאי המכרז והמודל התקציבי תואמים את המודל הלוגי',
          en: "The service model, the tender's terms and the budget model are consistent with the logic model",
          ar: 'يتوافق نموذج الخدمة وشروط المناقصة ونموذج الميزانية مع النموذج المنطقي',
        },
        to: ['manage-by-findings'],
      },
      {
        id: 'tender-outcome-indicators',
        text: {
          he: 'המכרז מגדיר את מדדי התוצאה שלפיהם יימדד המפעיל, ואת הפעולות והמשאבים שהמדידה דורשת',
          en: 'The tender defines the outcome indicators the operator will be measured by, and the actions and resources the measurement needs',
          ar: 'تحدّد المناقصة مؤشّرات النتائج التي سيُقاس المشغّل وفقها، والإجراءات والموارد التي يتطلّبها القياس',
        },
        to: ['manage-data-collected'],
      },
      {
        id: 'tender-data-routines-and-incentives',
        text: {
          he: 'המכרז מגדיר שגרות לניהול מבוסס נתונים ואת אופן השימוש בהן, כולל התמריצים',
          en: 'The tender defines the routines of data-based management and how they are used, including the incentives',
          ar: 'تحدّد المناقصة إجراءات الإدارة المستندة إلى البيانات وطريقة استخدامها، بما في ذلك الحوافز',
        },
        to: ['manage-by-findings', 'manage-measurement-reviewed'],
      },
    ],
    management: [
      {
        id: 'manage-data-collected',
        text: {
          he: 'הנתונים נאספים ומדווחים לפי תוכניות המדידה והפיקוח',
          en: 'Data are collected and reported as the measurement and supervision plans set out',
          ar: 'تُجمع البيانات ويُبلَّغ عنها وفق خطط القياس والرقابة',
        },
        to: ['measured-and-managed-by-results'],
      },
      {
        id: 'manage-by-findings',
        text: {
          he: 'השירות מנוהל באופן פעיל על בסיס ממצאי המדידה',
          en: 'The service is actively managed on the basis of measurement findings',
          ar: 'تُدار الخدمة بشكل فاعل استنادًا إلى نتائج القياس',
        },
        to: ['aims-at-defined-outcomes', 'measured-and-managed-by-results'],
      },
      {
        id: 'manage-measurement-reviewed',
        text: {
          he: 'מערך המדידה נבחן מעת לעת ומותאם לפי הצורך',
          en: 'The measurement system is reviewed periodically and adjusted where needed',
          ar: 'تُراجَع منظومة القياس دوريًا وتُعدَّل عند الحاجة',
        },
        to: ['measured-and-managed-by-results'],
      },
    ],
  },
  {
    principle: 'economic-planning-and-competition',
    planning: [
      {
        id: 'plan-market-analysed',
        text: {
          he: 'נותח שוק המפעילים: מה מניע אותם להתמודד במכרז ומה חוסם אותם, ואילו תמריצים פועלים על בעלי העניין השונים',
          en: 'The operator market is analysed: what moves operators to bid and what holds them back, and which incentives act on the various stakeholders',
          ar: 'حُلّل سوق المشغّلين: ما الذي يدفعهم إلى التقدّم للمناقصة وما الذي يعيقهم، وما الحوافز المؤثّرة في أصحاب المصلحة المختلفين',
        },
        to: ['tender-barriers-removed', 'tender-incentive-model'],
      },
      {
        id: 'plan-number-of-operators',
        text: {
          he: 'נקבע בתנאי המכרז כמה מפעילים ייבחרו, כדי להפיק את מרב היתרונות של התחרות',
          en: "The tender's terms set how many operators will be selected, to get the most out of competition",
          ar: 'حُدّد في شروط المناقصة عدد المشغّلين الذين سيُختارون، للاستفادة القصوى من مزايا المنافسة',
        },
        to: ['tender-barriers-removed', 'tender-competition-during-contract'],
      },
      {
        id: 'plan-economic-planning',
        text: {
          he: 'נעשה תכנון כלכלי שבוחן את התקציב מול הסטנדרטים ששירות איכותי דורש',
          en: 'Economic planning is done, checking the budget against the standards a quality service requires',
          ar: 'أُجري تخطيط اقتصادي يفحص الميزانية مقارنةً بالمعايير التي تتطلّبها خدمة جيّدة',
        },
        to: ['tender-incentive-model', 'tender-budget-fits-requirements'],
      },
    ],
    tender: [
      {
        id: 'tender-barriers-removed',
        text: {
          he: 'מודל השירות ומודל המכרז נועדו להסיר את החסמים שמצא ניתוח השוק בפני מפעילים שרוצים להתמודד',
          en: 'The service and tender models aim to remove the barriers to bidding that the market analysis found',
          ar: 'يهدف نموذجا الخدمة والمناقصة إلى إزالة العوائق التي كشفها تحليل السوق أمام المشغّلين الراغبين في التقدّم',
        },
        // Competition at the tender itself: no management stage stands between them.
        to: ['more-competition-in-tender'],
      },
      {
        id: 'tender-competition-during-contract',
        text: {
          he: 'מודל השירות והמכרז מקדמים תחרות בין מפעילים לאורך ההתקשרות, באופן שתורם ליעילות השירות ולאיכותו',
          en: "The service and tender models promote competition between operators throughout the contract, in a way that adds to the service's efficiency and quality",
          ar: 'يعزّز نموذجا الخدمة والمناقصة المنافسة بين المشغّلين طوال فترة التعاقد، بما يسهم في نجاعة الخدمة وجودتها',
        },
        to: ['manage-competition-applied'],
      },
      {
        id: 'tender-incentive-model',
        text: {
          he: 'יש מודל תמרוץ שתורם לאיכות השירות וליעילותו',
          en: "There is an incentive model that adds to the service's quality and efficiency",
          ar: 'يوجد نموذج حوافز يسهم في جودة الخدمة ونجاعتها',
        },
        to: ['manage-incentives-applied'],
      },
      {
        id: 'tender-budget-fits-requirements',
        text: {
          he: 'המסגרת התקציבית או התעריף תואמים את דרישות המכרז',
          en: "The budget or tariff matches the tender's requirements",
          ar: 'يتلاءم الإطار الميزاني أو التعرفة مع متطلّبات المناقصة',
        },
        to: ['manage-budget-fits-cost'],
      },
    ],
    management: [
      {
        id: 'manage-competition-applied',
        text: {
          he: 'התנאים והשיטות לעידוד תחרות בין מפעילים לאורך ההתקשרות, שנכתבו במכרז, מיושמים כמצופה',
          en: 'The conditions and methods for encouraging competition between operators during the contract, as the tender wrote them, are applied as expected',
          ar: 'تُطبَّق كما هو متوقّع الشروط والأساليب التي نصّت عليها المناقصة لتشجيع المنافسة بين المشغّلين طوال فترة التعاقد',
        },
        to: ['more-competition-during-contract'],
      },
      {
        id: 'manage-incentives-applied',
        text: { he: 'התמריצים שהוגדרו מופעלים בפועל', en: 'The incentives that were defined are actually applied', ar: 'تُطبَّق الحوافز المحدّدة فعليًا' },
        to: ['more-competition-during-contract', 'economic-planning-fits-quality'],
      },
      {
        id: 'manage-budget-fits-cost',
        text: {
          he: 'המסגרת התקציבית או התעריף תואמים את העלות בפועל של מתן השירותים',
          en: 'The budget or tariff matches the actual cost of delivering the services',
          ar: 'يتلاءم الإطار الميزاني أو التعرفة مع التكلفة الفعلية لتقديم الخدمات',
        },
        to: ['economic-planning-fits-quality'],
      },
    ],
  },
  {
    principle: 'operator-as-partner',
    planning: [
      {
        id: 'plan-operators-consulted',
        text: {
          he: 'התקיימה היוועצות עם מפעילים קיימים ופוטנציאליים על היבטים של מודל השירות, המודל הכלכלי, המודל המכרזי או המדידה',
          en: 'Existing and potential operators are consulted on aspects of the service model, the economic model, the tender model or measurement',
          ar: 'جرت مشاورات مع مشغّلين حاليين ومحتملين حول جوانب من نموذج الخدمة أو النموذج الاقتصادي أو نموذج المناقصة أو القياس',
        },
        to: ['tender-operator-voice'],
      },
    ],
    tender: [
      {
        id: 'tender-operator-voice',
        text: {
          he: 'המכרז כולל הליכים שנותנים למפעיל קול לשיח מקצועי ולהעלאת צרכים מול המשרד',
          en: 'The tender includes procedures that give the operator a voice for professional dialogue with the ministry and for raising needs',
          ar: 'تتضمّن المناقصة إجراءات تمنح المشغّل صوتًا لإجراء حوار مهني مع الوزارة ولطرح احتياجاته',
        },
        to: ['manage-dialogue-with-feedback'],
      },
    ],
    management: [
      {
        id: 'manage-dialogue-with-feedback',
        text: {
          he: 'ההליכים לשיח מקצועי שוטף מיושמים, והמשרד משיב לצרכים ולתובנות שהמפעילים מעלים',
          en: 'The procedures for ongoing professional dialogue are applied, and the ministry answers the needs and insights the operators raise',
          ar: 'تُطبَّق إجراءات الحوار المهني الجاري، وتردّ الوزارة على الاحتياجات والرؤى التي يطرحها المشغّلون',
        },
        to: ['continuous-professional-dialogue'],
        responsibility: 'shared',
      },
    ],
  },
  {
    principle: 'innovation-and-flexibility',
    planning: [
      {
        id: 'plan-knowledge-frontier-reviewed',
        text: {
          he: 'נסקרה חזית הידע בתחום השירות, ונבחן אם יש לעדכן היבטים בשירות',
          en: "The knowledge frontier of the service's field is reviewed, and whether aspects of the service need updating is examined",
          ar: 'رُوجعت أحدث المعارف في مجال الخدمة، وفُحصت الحاجة إلى تحديث جوانب منها',
        },
        to: ['tender-encourages-innovation'],
      },
      {
        id: 'plan-professional-rules-mapped',
        text: {
          he: 'מופו ההנחיות המקצועיות (חוק, תקנות, נהלים), ונבחן כמה גמישות הן מאפשרות באספקת השירות לפי צרכים משתנים',
          en: 'The professional rules (law, regulations, procedures) are mapped, and how much flexibility they allow in delivering the service as needs change is examined',
          ar: 'رُصدت التعليمات المهنية (القانون والأنظمة والإجراءات)، وفُحص مدى المرونة التي تتيحها في تقديم الخدمة وفق الاحتياجات المتغيّرة',
        },
        to: ['tender-allows-flexibility'],
      },
    ],
    tender: [
      {
        id: 'tender-encourages-innovation',
        text: {
          he: 'מודל השירות והמודל המכרזי מעודדים הכנסת רכיבים חדשניים לשירות',
          en: 'The service and tender models encourage bringing innovative elements into the service',
          ar: 'يشجّع نموذجا الخدمة والمناقصة إدخال عناصر مبتكرة إلى الخدمة',
        },
        to: ['manage-innovation-evaluated'],
      },
      {
        id: 'tender-allows-flexibility',
        text: {
          he: 'המודל המכרזי מאפשר גמישות באספקת השירות, תוך שמירה על איכותו ועל ההנחיות המקצועיות',
          en: 'The tender model allows flexibility in how the service is delivered, while keeping its quality and the professional rules',
          ar: 'يتيح نموذج المناقصة مرونة في طريقة تقديم الخدمة مع الحفاظ على جودتها وعلى التعليمات المهنية',
        },
        to: ['manage-service-updated'],
      },
    ],
    management: [
      {
        id: 'manage-innovation-evaluated',
        text: {
          he: 'הרכיבים החדשניים שהוכנסו נמדדים ומוערכים באופן שוטף',
          en: 'The innovative elements brought in are measured and evaluated on an ongoing basis',
          ar: 'تُقاس العناصر المبتكرة التي أُدخلت وتُقيَّم بشكل متواصل',
        },
        to: ['reflects-knowledge-frontier'],
      },
      {
        id: 'manage-service-updated',
        text: {
          he: 'כשיש צורך, השירות מתעדכן בתגובה לשינויים במציאות או למה שנלמד',
          en: 'When needed, the service is updated in response to changes in reality or to what has been learnt',
          ar: 'عند الحاجة، تُحدَّث الخدمة استجابةً لتغيّرات الواقع أو لما تمّ تعلّمه',
        },
        to: ['reflects-knowledge-frontier', 'flexible-to-changing-needs'],
      },
    ],
  },
  {
    principle: 'knowledge-development-and-retention',
    planning: [
      {
        id: 'plan-knowledge-types-mapped',
        text: {
          he: 'מופו סוגי הידע שנאספים אצל המפעיל (נתונים, כלים, מודלים), ונבחרו התוצרים שיש לשמר לשם ניהול מיטבי',
          en: 'The kinds of knowledge the operator gathers (data, tools, models) are mapped, and the products to keep for good management are chosen',
          ar: 'رُصدت أنواع المعرفة التي يجمعها المشغّل (بيانات، أدوات، نماذج)، واختيرت المنتجات التي يجب حفظها لإدارة مثلى',
        },
        to: ['tender-knowledge-duty'],
      },
    ],
    tender: [
      {
        id: 'tender-knowledge-duty',
        text: {
          he: 'המכרז מעגן את חובת המפעיל לתעד את הידע שנצבר אצלו ולהעבירו למשרד ולמפעיל המחליף בסוף ההתקשרות, ומגדיר את דרכי ההעברה ואת הזכויות לשימוש במידע',
          en: "The tender sets the operator's duty to document the knowledge it gains and to hand it to the ministry and the replacing operator when the contract ends, and defines how it is handed over and who may use the information",
          ar: 'ترسّخ المناقصة واجب المشغّل في توثيق المعرفة التي تراكمت لديه وتسليمها إلى الوزارة وإلى المشغّل البديل عند انتهاء التعاقد، وتحدّد طرق التسليم وحقوق استخدام المعلومات',
        },
        to: ['manage-knowledge-shared'],
      },
    ],
    management: [
      {
        id: 'manage-knowledge-shared',
        text: {
          he: 'המפעיל מתעד את הידע שנצבר בהתקשרות, משתף בו בזמן אמת ומעביר אותו במלואו למשרד ולמחליף בסוף ההתקשרות',
          en: 'The operator documents the knowledge gained during the contract, shares it in real time and hands it over in full to the ministry and its successor when the contract ends',
          ar: 'يوثّق المشغّل المعرفة التي تراكمت خلال التعاقد، ويشاركها في الوقت الفعلي، ويسلّمها كاملة إلى الوزارة وإلى المشغّل البديل عند انتهاء التعاقد',
        },
        to: ['knowledge-documented-and-handed-over'],
        responsibility: 'operator',
      },
    ],
  },
];

/** Super-outcome boxes whose responsibility the text names. */
const SUPER_OUTCOME_RESPONSIBILITY: Readonly<Record<string, BoxResponsibility>> = {
  'continuous-professional-dialogue': 'shared',
  'knowledge-documented-and-handed-over': 'operator',
};

function model_build(): { model: LogicModel; byPrinciple: Record<PrincipleId, readonly string[]> } {
  const boxes: LogicModelBox[] = [];
  const links: LogicModelLink[] = [];
  const byPrinciple = {} as Record<PrincipleId, readonly string[]>;
  const stage = (column: FullModelColumnId, items: readonly Item[], fallback?: BoxResponsibility): string[] =>
    items.map((item) => {
      const responsibility = item.responsibility ?? fallback;
      boxes.push({ id: item.id, column, label: item.text, ...(responsibility ? { responsibility } : {}) });
      for (const to of item.to) links.push({ from: item.id, to });
      return item.id;
    });
  for (const row of rows) {
    const p = principles.find((x) => x.id === row.principle)!;
    boxes.push({ id: p.id, column: 'principle', label: p.name });
    // The ministry plans the tender process and writes the tender.
    const planning = stage('planning', row.planning, 'ministry');
    for (const id of planning) links.push({ from: p.id, to: id });
    const tender = stage('tender', row.tender, 'ministry');
    const management = stage('management', row.management);
    const outcomes = p.superOutcomes.map((o) => {
      const responsibility = SUPER_OUTCOME_RESPONSIBILITY[o.id];
      boxes.push({ id: o.id, column: 'super-outcome', label: o.text, key: true, ...(responsibility ? { responsibility } : {}) });
      links.push({ from: o.id, to: p.superGoal.id });
      return o.id;
    });
    boxes.push({ id: p.superGoal.id, column: 'super-goal', label: p.superGoal.text });
    byPrinciple[p.id] = [p.id, ...planning, ...tender, ...management, ...outcomes, p.superGoal.id];
  }
  const model: LogicModel = {
    id: 'optimal-social-procurement',
    title: {
      he: 'המודל הלוגי המלא של רכש חברתי מיטבי',
      en: 'The full logic model of optimal social procurement',
      ar: 'النموذج المنطقي الكامل للشراء الاجتماعي الأمثل',
    },
    version: '002',
    columns,
    boxes,
    links,
    assumptions: [basicAssumption],
    targetPopulation: {
      description: {
        he: 'מקבלי השירותים החברתיים שהמשרדים החברתיים (חינוך, בריאות, רווחה) רוכשים ממפעילים חיצוניים',
        en: 'Recipients of the social services that the social ministries (Education, Health, Welfare) buy from outside operators',
        ar: 'متلقّو الخدمات الاجتماعية التي تشتريها الوزارات الاجتماعية (التربية، الصحة، الرفاه) من مشغّلين خارجيين',
      },
    },
  };
  return { model, byPrinciple: freezeDeep(byPrinciple) };
}

const built = /* @__PURE__ */ model_build();

/**
 * The full logic model of optimal social procurement, ready for `LogicModel` and for every
 * `logicModel_*` helper in @rechesh/core. Six columns (principle → planning → tender →
 * management → super-outcome → super-goal); super-outcomes are `key: true`.
 * @example fullLogicModel.columns.map((c) => c.id)
 *   // ['principle', 'planning', 'tender', 'management', 'super-outcome', 'super-goal']
 * @example logicModel_tender(fullLogicModel, { keyOnly: true }) // a tender view of the key outcomes
 */
export const fullLogicModel: LogicModel = /* @__PURE__ */ freezeDeep(built.model);

/**
 * The ids of the boxes in one principle's row of the full model, in column order (principle,
 * planning actions, tender, management, super-outcomes, super-goal); `[]` for an unknown id.
 * A diagnosis walks these: for each stage of a chosen principle, is each item in place?
 * @example principle_boxIds('operator-as-partner')
 *   // ['operator-as-partner', 'plan-operators-consulted', 'tender-operator-voice', …, 'operator-as-partner-goal']
 */
export function principle_boxIds(id: string): readonly string[] {
  return (built.byPrinciple as Record<string, readonly string[] | undefined>)[id] ?? [];
}
