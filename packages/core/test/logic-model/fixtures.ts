import type { LogicModel } from '../../src/logic-model/types.js';
import type { LogicModelLayout } from '../../src/logic-model/layout.js';

/** A small detox model: three columns, one link skipping a column, responsibility split. */
export function detox(): LogicModel {
  return {
    id: 'detox',
    title: { he: 'גמילה באשפוז', en: 'Inpatient detox' },
    version: '2025',
    columns: [
      { id: 'inputs', label: { he: 'תשומות', en: 'Inputs' } },
      { id: 'outputs', label: { he: 'תפוקות', en: 'Outputs' } },
      { id: 'outcomes', label: { he: 'תוצאות', en: 'Outcomes' } },
    ],
    boxes: [
      { id: 'staff', column: 'inputs', label: { he: 'צוות רפואי', en: 'Medical staff' }, responsibility: 'operator' },
      { id: 'beds', column: 'inputs', label: { he: 'מיטות אשפוז', en: 'Inpatient beds' }, responsibility: 'ministry' },
      { id: 'sessions', column: 'outputs', label: { he: 'מפגשים טיפוליים', en: 'Treatment sessions' }, responsibility: 'operator', indicatorIds: ['hours'] },
      { id: 'referrals', column: 'outputs', label: { he: 'הפניות להמשך טיפול', en: 'Referrals to further care' }, responsibility: 'shared' },
      { id: 'detox-done', column: 'outcomes', label: { he: 'השלמת גמילה', en: 'Detox completed' }, responsibility: 'operator', key: true, indicatorIds: ['completion'] },
      { id: 'rehab', column: 'outcomes', label: { he: 'המשך בקהילה טיפולית', en: 'Continues in a rehab community' }, responsibility: 'adjacent' },
    ],
    links: [
      { from: 'staff', to: 'sessions' },
      { from: 'beds', to: 'sessions' },
      { from: 'staff', to: 'referrals' },
      { from: 'sessions', to: 'detox-done' },
      { from: 'referrals', to: 'rehab' },
      { from: 'beds', to: 'detox-done' }, // skips the outputs column
    ],
    assumptions: [{ he: 'יש מקום פנוי בקהילות הטיפוליות', en: 'Rehab communities have places' }],
    externalFactors: ['Availability of methadone centres'],
    targetPopulation: { description: { he: 'בוגרים עם התמכרות', en: 'Adults with an addiction' }, characteristics: ['18+'] },
    indicators: [
      { id: 'hours', name: 'Treatment hours', kind: 'output', unit: 'hours', polarity: 'higher-better' },
      { id: 'completion', name: { he: 'שיעור השלמת גמילה', en: 'Detox completion rate' }, kind: 'outcome', unit: 'percent', polarity: 'higher-better', key: true },
    ],
  };
}

/** A model of `n` columns with given boxes per column and links (by box id), for layout cases. */
export function grid(columns: string[][], links: Array<[string, string]>): LogicModel {
  return {
    id: 'grid',
    title: 'Grid',
    columns: columns.map((_, i) => ({ id: `c${i}`, label: `Column ${i}` })),
    boxes: columns.flatMap((ids, i) => ids.map((id) => ({ id, column: `c${i}`, label: id }))),
    links: links.map(([from, to]) => ({ from, to })),
  };
}

/** Pairs of boxes whose rectangles overlap (touching edges do not count). */
export function overlaps(layout: LogicModelLayout): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const bs = layout.boxes;
  for (let i = 0; i < bs.length; i++)
    for (let j = i + 1; j < bs.length; j++) {
      const a = bs[i]!;
      const b = bs[j]!;
      if (a.inline < b.inline + b.width && b.inline < a.inline + a.width && a.block < b.block + b.height && b.block < a.block + a.height) out.push([a.id, b.id]);
    }
  return out;
}
