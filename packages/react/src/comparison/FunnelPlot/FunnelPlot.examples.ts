/**
 * Named examples of FunnelPlot, used by stories and tests. Hebrew first; the data is invented but
 * plausible for detox inpatient units run by different operators.
 */
import { detoxCompletion, readmission } from '../../indicators/IndicatorCard/IndicatorCard.examples.js';
import type { FunnelOperator, FunnelPlotProps } from './FunnelPlot.js';

const op = (id: string, he: string, en: string, ar: string, events: number, n: number, extra: Partial<FunnelOperator> = {}): FunnelOperator => ({
  id,
  label: { he, en, ar },
  events,
  n,
  ...extra,
});

/** Twelve operators around a 70% benchmark: one far above (99.8%), one below the 95% limits. */
export const twelveOperators: FunnelOperator[] = [
  op('op-01', 'מרכז אופק', 'Ofek Centre', 'مركز أوفك', 330, 400), // 82.5%: above the 99.8% limits
  op('op-02', 'בית דרור', 'Beit Dror', 'بيت درور', 122, 200), // 61%: below the 95% limits
  op('op-03', 'נווה שלום', 'Neve Shalom', 'نافيه شالوم', 36, 50),
  op('op-04', 'עמותת גשר', 'Gesher Association', 'جمعية جيشر', 58, 80),
  op('op-05', 'מרכז הגליל', 'Galilee Centre', 'مركز الجليل', 83, 120),
  op('op-06', 'בית הנגב', 'Negev House', 'بيت النقب', 104, 150),
  op('op-07', 'דרך חדשה', 'New Way', 'طريق جديد', 25, 35),
  op('op-08', 'מרכז השרון', 'Sharon Centre', 'مركز الشارون', 175, 250),
  op('op-09', 'אל-אמל', 'Al-Amal', 'الأمل', 63, 90),
  op('op-10', 'בית רעות', 'Beit Reut', 'بيت رعوت', 212, 300),
  op('op-11', 'מעגלים', 'Circles', 'دوائر', 44, 60),
  op('op-12', 'צעד קדימה', 'Step Forward', 'خطوة إلى الأمام', 126, 180),
];

const benchmark = { value: 70, label: { he: 'ממוצע ארצי', en: 'National average', ar: 'المعدل القطري' } };

export const funnelPlotExamples = {
  'twelve operators, two outside the limits': {
    indicator: detoxCompletion,
    operators: twelveOperators,
    benchmark,
  },
  'anonymised for publication': {
    indicator: detoxCompletion,
    operators: twelveOperators,
    benchmark,
    anonymise: true,
  },
  'overdispersion adjustment on': {
    indicator: detoxCompletion,
    operators: [
      ...twelveOperators.slice(2),
      op('op-13', 'מרכז הכרמל', 'Carmel Centre', 'مركز الكرمل', 210, 260),
      op('op-14', 'בית ים', 'Sea House', 'بيت البحر', 120, 220),
      op('op-15', 'אור לצעירים', 'Light for Youth', 'نور للشباب', 150, 180),
    ],
    benchmark,
    overdispersion: true,
  },
  'a suppressed and a new operator': {
    indicator: detoxCompletion,
    operators: [
      ...twelveOperators.slice(0, 8),
      op('op-s', 'מרכז קטן', 'Small Centre', 'مركز صغير', 6, 7),
      op('op-n', 'מפעיל חדש בצפון', 'New northern operator', 'مشغّل جديد في الشمال', 30, 40, { isNew: true }),
    ],
    benchmark,
  },
  'lower is better: readmission': {
    indicator: readmission,
    operators: [
      op('r1', 'מרכז אופק', 'Ofek Centre', 'مركز أوفك', 30, 300),
      op('r2', 'בית דרור', 'Beit Dror', 'بيت درور', 52, 200),
      op('r3', 'נווה שלום', 'Neve Shalom', 'نافيه شالوم', 8, 60),
      op('r4', 'עמותת גשר', 'Gesher Association', 'جمعية جيشر', 14, 100),
      op('r5', 'מרכז הגליל', 'Galilee Centre', 'مركز الجليل', 22, 150),
    ],
    benchmark: { value: 15, label: { he: 'ממוצע ארצי', en: 'National average', ar: 'المعدل القطري' } },
  },
  'no operators yet': {
    indicator: detoxCompletion,
    operators: [],
    benchmark,
  },
} satisfies Record<string, FunnelPlotProps>;

/** Data with mistakes, for the error panel. */
export const invalidFunnelPlotExamples = {
  'events above n, a duplicate id, a benchmark out of range': {
    indicator: detoxCompletion,
    operators: [
      op('a', 'א', 'A', 'أ', 10, 20),
      op('b', 'ב', 'B', 'ب', 30, 20),
      op('a', 'ג', 'C', 'ج', Number.NaN, 40),
    ],
    benchmark: { value: 120, label: 'ממוצע ארצי' },
  },
} satisfies Record<string, FunnelPlotProps>;
