/**
 * The basic assumption, the overall goal and the six principles of optimal social procurement,
 * each with its super-goal and super-outcomes. Facts from 002 (the logic model for optimal social
 * procurement); the definition of results-oriented management from 003's principle board. Our own
 * wording throughout.
 */
import type { ContentText, Principle, PrincipleId } from './types.js';
import { freezeDeep } from './freeze.js';

/**
 * The basic assumption the whole model rests on (002).
 * @example text_get(basicAssumption, 'en') // 'A well-managed social procurement process improves…'
 */
export const basicAssumption: ContentText = /* @__PURE__ */ Object.freeze({
  he: 'תהליך רכש חברתי שמנוהל באופן מיטבי משפר את האיכות והיעילות של השירותים החברתיים, באמצעות ששת העקרונות לרכש חברתי מיטבי',
  en: 'A well-managed social procurement process improves the quality and efficiency of social services through the six principles of optimal social procurement',
  ar: 'عملية شراء اجتماعي تُدار على النحو الأمثل تحسّن جودة الخدمات الاجتماعية ونجاعتها من خلال المبادئ الستة للشراء الاجتماعي الأمثل',
});

/**
 * The overall goal the six principles serve (002).
 * @example text_get(overallGoal, 'he') // 'מקבלי השירותים החברתיים מקבלים מענה…'
 */
export const overallGoal: ContentText = /* @__PURE__ */ Object.freeze({
  he: 'מקבלי השירותים החברתיים מקבלים מענה יעיל ואפקטיבי המותאם לצורכיהם',
  en: 'Recipients of social services get an efficient, effective response fitted to their needs',
  ar: 'يحصل متلقّو الخدمات الاجتماعية على استجابة ناجعة وفعّالة وملائمة لاحتياجاتهم',
});

/**
 * The six principles, in the documents' order. Ids are stable kebab-case English; super-goal and
 * super-outcome ids are the ids of their boxes in `fullLogicModel`.
 * @example principles.map((p) => p.id)
 *   // ['recipients-at-centre', 'results-oriented-management', …, 'knowledge-development-and-retention']
 */
export const principles: readonly Principle[] = /* @__PURE__ */ freezeDeep<Principle[]>([
  {
    id: 'recipients-at-centre',
    number: 1,
    name: { he: 'מקבלי השירות במרכז', en: 'Service recipients at the centre', ar: 'متلقّو الخدمة في المركز' },
    superGoal: {
      id: 'recipients-at-centre-goal',
      text: {
        he: 'השירות נותן מענה מותאם ומיטבי לצורכי קהל היעד על כל גווניו, ומעניק לו קול בעיצוב השירות',
        en: 'The service gives its target population, in all its diversity, the best response fitted to its needs, and a voice in designing the service',
        ar: 'تقدّم الخدمة استجابة ملائمة ومثلى لاحتياجات الفئة المستهدفة بكل تنوّعها، وتمنحها صوتًا في تصميم الخدمة',
      },
    },
    superOutcomes: [
      {
        id: 'service-fits-all-needs',
        text: { he: 'השירות מותאם לצורכי כל מקבלי השירות', en: 'The service fits the needs of all its recipients', ar: 'الخدمة ملائمة لاحتياجات جميع متلقّيها' },
      },
      {
        id: 'recipients-have-a-voice',
        text: {
          he: 'למקבלי השירות יש קול בעיצוב השירות ולאורך כל תקופת מתן השירותים',
          en: 'Recipients have a voice in designing the service and throughout its delivery',
          ar: 'لمتلقّي الخدمة صوت في تصميمها وطوال فترة تقديمها',
        },
      },
      {
        id: 'information-is-accessible',
        text: {
          he: 'מידע על השירות מונגש למקבלי השירות, כדי שיוכלו לממש את זכויותיהם בו',
          en: 'Information about the service is accessible to recipients, so they can exercise their rights in it',
          ar: 'المعلومات عن الخدمة متاحة لمتلقّيها كي يتمكّنوا من ممارسة حقوقهم فيها',
        },
      },
      {
        id: 'continuity-of-care',
        text: {
          he: 'נשמרות רציפות ויציבות במתן השירות ובקשר הטיפולי',
          en: 'Continuity and stability are kept in the service and in the care relationship',
          ar: 'تُحفظ استمرارية الخدمة واستقرارها واستمرارية العلاقة العلاجية',
        },
      },
    ],
  },
  {
    id: 'results-oriented-management',
    number: 2,
    name: { he: 'ניהול מוכוון תוצאות', en: 'Results-oriented management', ar: 'إدارة موجّهة نحو النتائج' },
    definition: {
      he: 'השירות לומד ומשתפר בלי הפסקה, כדי להשיג תוצאות שמקדמות את מטרותיו ולספק שירות איכותי',
      en: 'The service keeps learning and improving, to achieve results that advance its goals and to provide a quality service',
      ar: 'تتعلّم الخدمة وتتحسّن باستمرار، لتحقيق نتائج تعزّز أهدافها ولتقديم خدمة جيّدة',
    },
    superGoal: {
      id: 'results-oriented-management-goal',
      text: {
        he: 'השירות לומד ומשתפר על בסיס נתונים, כדי להשיג את תוצאותיו ולספק שירות איכותי',
        en: 'The service learns and improves on the basis of data, to achieve its outcomes and provide a quality service',
        ar: 'تتعلّم الخدمة وتتحسّن استنادًا إلى البيانات، لتحقيق نتائجها وتقديم خدمة جيّدة',
      },
    },
    superOutcomes: [
      {
        id: 'aims-at-defined-outcomes',
        text: { he: 'השירות מכוון להשגת תוצאות מוגדרות', en: 'The service aims at defined outcomes', ar: 'تسعى الخدمة إلى تحقيق نتائج محدّدة' },
      },
      {
        id: 'measured-and-managed-by-results',
        text: {
          he: 'לשירות יש מערך מדידה שבוחן עד כמה הושגו התוצאות, והוא מנוהל לפי תוצאות',
          en: 'The service has a measurement system that shows how far its outcomes are achieved, and it is managed by results',
          ar: 'للخدمة منظومة قياس تفحص مدى تحقيق النتائج، وتُدار وفقًا للنتائج',
        },
      },
    ],
  },
  {
    id: 'economic-planning-and-competition',
    number: 3,
    name: {
      he: 'תכנון כלכלי ותחרות בשירות האיכות',
      en: 'Economic planning and competition in the service of quality',
      ar: 'التخطيط الاقتصادي والمنافسة في خدمة الجودة',
    },
    superGoal: {
      id: 'economic-planning-and-competition-goal',
      text: {
        he: 'התכנון הכלכלי, מודל התחרות ומודל התמורה מתמרצים את המפעיל לתת שירות איכותי ויעיל בתוך התקציב',
        en: 'Economic planning, the competition model and the payment model give the operator incentives to provide a quality, efficient service within the budget',
        ar: 'يحفّز التخطيط الاقتصادي ونموذجا المنافسة والمقابل المشغّلَ على تقديم خدمة جيّدة وناجعة ضمن الميزانية',
      },
    },
    superOutcomes: [
      {
        id: 'more-competition-in-tender',
        text: { he: 'גוברת התחרות בין המתמודדים בשלב המכרז', en: 'More competition between bidders during the tender', ar: 'زيادة المنافسة بين المتقدّمين خلال فترة المناقصة' },
      },
      {
        id: 'more-competition-during-contract',
        text: {
          he: 'גוברת התחרות בין המפעילים לאורך חיי ההתקשרות',
          en: 'More competition between operators over the life of the contract',
          ar: 'زيادة المنافسة بين المشغّلين طوال فترة التعاقد',
        },
      },
      {
        id: 'economic-planning-fits-quality',
        text: {
          he: 'התכנון הכלכלי הולם את מה ששירות איכותי צריך',
          en: 'Economic planning fits what a quality service needs',
          ar: 'يلائم التخطيط الاقتصادي ما تحتاجه خدمة جيّدة',
        },
      },
    ],
  },
  {
    id: 'operator-as-partner',
    number: 4,
    name: { he: 'המפעיל כשותף', en: 'The operator as a partner', ar: 'المشغّل كشريك' },
    superGoal: {
      id: 'operator-as-partner-goal',
      text: {
        he: 'היחסים עם המפעיל נשענים על אמון ועל מחויבות משותפת לשירות איכותי',
        en: 'Relations with the operator rest on trust and a shared commitment to a quality service',
        ar: 'تقوم العلاقة مع المشغّل على الثقة والالتزام المشترك بتقديم خدمة جيّدة',
      },
    },
    superOutcomes: [
      {
        id: 'continuous-professional-dialogue',
        text: {
          he: 'מתקיים שיח מקצועי רציף בין המשרד למפעילים, בתכנון השירות ובזמן מתן השירותים',
          en: 'The ministry and the operators keep up a professional dialogue while the service is planned and while it is delivered',
          ar: 'يجري حوار مهني متواصل بين الوزارة والمشغّلين في مراحل تخطيط الخدمة وخلال تقديمها',
        },
      },
    ],
  },
  {
    id: 'innovation-and-flexibility',
    number: 5,
    name: { he: 'חדשנות וגמישות', en: 'Innovation and flexibility', ar: 'الابتكار والمرونة' },
    superGoal: {
      id: 'innovation-and-flexibility-goal',
      text: {
        he: 'השירות מיישם את חזית הידע בתחומו ומתעדכן לפי צורכי השעה, ממצאי המדידה והתפתחות הידע',
        en: 'The service applies the knowledge frontier of its field and keeps up with current needs, measurement findings and new knowledge',
        ar: 'تطبّق الخدمة أحدث المعارف في مجالها وتتجدّد وفق احتياجات الساعة ونتائج القياس وتطوّر المعرفة',
      },
    },
    superOutcomes: [
      {
        id: 'reflects-knowledge-frontier',
        text: { he: 'מודל השירות משקף את חזית הידע', en: 'The service model reflects the knowledge frontier', ar: 'يعكس نموذج الخدمة أحدث ما توصّلت إليه المعرفة' },
      },
      {
        id: 'flexible-to-changing-needs',
        text: {
          he: 'אפשר להתאים את השירות בגמישות לצרכים משתנים',
          en: 'The service can be adapted flexibly to changing needs',
          ar: 'يمكن تكييف الخدمة بمرونة مع الاحتياجات المتغيّرة',
        },
      },
    ],
  },
  {
    id: 'knowledge-development-and-retention',
    number: 6,
    name: { he: 'פיתוח ושימור ידע', en: 'Knowledge development and retention', ar: 'تطوير المعرفة والحفاظ عليها' },
    superGoal: {
      id: 'knowledge-development-and-retention-goal',
      text: {
        he: 'הידע שנצבר במהלך ההתקשרות מתועד, משותף ומשמש לקבלת החלטות',
        en: 'Knowledge gained during the contract is documented, shared and informs decisions',
        ar: 'المعرفة المتراكمة خلال فترة التعاقد موثّقة ومُشارَكة وتُغذّي اتخاذ القرارات',
      },
    },
    superOutcomes: [
      {
        id: 'knowledge-documented-and-handed-over',
        text: {
          he: 'המפעיל מתעד את הידע שפותח ונצבר בהתקשרות כך שאפשר לשמר אותו, לשתף בו וללמוד ממנו, ומעביר אותו במלואו למשרד ו/או למפעיל המחליף',
          en: 'The operator documents the knowledge developed and gained during the contract so that it can be kept, shared and learnt from, and hands it over in full to the ministry and/or a replacing operator',
          ar: 'يوثّق المشغّل المعرفة التي طُوّرت وتراكمت خلال التعاقد بطريقة تتيح حفظها ومشاركتها والتعلّم منها، ويسلّمها كاملة إلى الوزارة و/أو إلى المشغّل البديل',
        },
      },
    ],
  },
]);

/**
 * A principle by id, or `undefined` for an unknown id (never throws).
 * @example principle_get('operator-as-partner')?.superOutcomes.length // 1
 * @example principle_get('nope') // undefined
 */
export function principle_get(id: string): Principle | undefined {
  return principles.find((p) => p.id === id);
}

/**
 * Whether a string is one of the six principle ids.
 * @example principle_isId('innovation-and-flexibility') // true
 */
export function principle_isId(id: unknown): id is PrincipleId {
  return typeof id === 'string' && principles.some((p) => p.id === id);
}
