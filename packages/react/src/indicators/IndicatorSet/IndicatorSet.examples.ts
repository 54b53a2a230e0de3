/** Named examples of IndicatorSet, used by stories, tests and the axe run. */
import type { Service } from '@rechesh/core';
import { indicatorCardExamples as ex } from '../IndicatorCard/IndicatorCard.examples.js';
import type { IndicatorSetProps } from './IndicatorSet.js';

const youthCare: Service = {
  id: 'youth-residential-north',
  name: { he: 'פנימייה טיפולית לבני נוער בסיכון — מחוז צפון', en: 'Therapeutic residential setting for young people at risk — North', ar: 'مسكن علاجي للشباب في خطر — لواء الشمال' },
  ministry: 'משרד הרווחה והביטחון החברתי',
  targetPopulation: { he: 'בני נוער בגילאי 13–18 שהוצאו מביתם בהחלטת פקיד סעד', en: 'Young people aged 13–18 placed out of home by a welfare officer', ar: 'شباب بأعمار 13–18 أُخرجوا من بيوتهم بقرار من ضابط الرفاه' },
};

const detox: Service = {
  id: 'detox-inpatient',
  name: { he: 'מחלקת גמילה באשפוז', en: 'Inpatient detox unit', ar: 'قسم الفطام الاستشفائي' },
  ministry: 'משרד הבריאות',
  targetPopulation: { he: 'בגירים המכורים לחומרים פסיכואקטיביים', en: 'Adults addicted to psychoactive substances', ar: 'بالغون مدمنون على مواد نفسية فعالة' },
};

const card = (name: keyof typeof ex) => {
  const { indicator, observations, target, baseline } = ex[name] as (typeof ex)[keyof typeof ex] & { target?: never; baseline?: never };
  return { indicator, observations, target, baseline };
};

export const indicatorSetExamples = {
  'residential youth care: five key indicators': {
    service: youthCare,
    items: [
      card('experimental indicator whose definition changed this period'),
      card('flagged for data quality'),
      card('long Hebrew name'),
      { ...card('name mixing Hebrew, numbers and Latin'), indicator: { ...ex['name mixing Hebrew, numbers and Latin'].indicator, key: true } },
      { ...card('target without a basis'), indicator: { ...ex['target without a basis'].indicator, key: true } },
      card('no target set'),
    ],
  },
  'detox unit: too many key indicators': {
    service: detox,
    items: [
      card('meets its target'),
      card('lower is better and the target is missed'),
      ...(['suppressed because fewer than 10 cases', 'unstable: between 10 and 19 cases', 'no preferred direction', 'target without a basis', 'no target set', 'flagged for data quality'] as const).map(
        (n, i) => ({ ...card(n), indicator: { ...ex[n].indicator, id: `${ex[n].indicator.id}-${i}`, key: true } }),
      ),
    ],
  },
  'empty set': { service: detox, items: [] },
} satisfies Record<string, IndicatorSetProps>;
