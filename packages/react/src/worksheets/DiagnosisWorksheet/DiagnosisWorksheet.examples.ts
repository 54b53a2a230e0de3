/**
 * Named examples of DiagnosisWorksheet, used by stories, tests and the SSR check. The principles
 * and items come from @rechesh/content (the six principles and the full logic model); the states
 * are filled in here. Autosave is off in every example, so stories never restore each other's work.
 */
import { fullLogicModel, principle_boxIds, principles } from '@rechesh/content';
import { worksheet_empty, type DiagnosisState, type ItemStatus } from '@rechesh/core';
import type { DiagnosisWorksheetProps } from './DiagnosisWorksheet.js';
import { diagnosisPrinciples_from } from './model.js';

/** The six principles with their items by stage, from the content package. */
export const diagnosisPrinciples = /* @__PURE__ */ diagnosisPrinciples_from(principles, fullLogicModel, principle_boxIds);

const cycle: ItemStatus[] = ['in-place', 'partly', 'not-yet', 'in-place', 'not-relevant', 'partly'];

function answered(share: number): DiagnosisState['items'] {
  const items: DiagnosisState['items'] = {};
  diagnosisPrinciples.forEach((p, pi) => {
    const n = Math.round(p.items.length * share);
    p.items.slice(0, n).forEach((item, i) => {
      const status = cycle[(i + pi) % cycle.length]!;
      items[item.id] = i === 0 ? { status, note: 'Discussed with the operators in the June meeting' } : { status };
    });
  });
  return items;
}

const base: DiagnosisState = {
  ...worksheet_empty('diagnosis'),
  serviceName: 'מעונות יום שיקומיים',
  tenderName: 'מכרז 12/2026',
  team: ['נועה לוי', 'Ahmad Haddad', 'Dana Cohen'],
};

/** About half the items answered, the work plan not begun. */
export const halfFilledDiagnosis: DiagnosisState = { ...base, items: answered(0.5) };

const [first, second] = diagnosisPrinciples;

/** Every item answered and the work plan complete. */
export const completeDiagnosis: DiagnosisState = {
  ...base,
  items: answered(1),
  workPlan: {
    focus: [
      { principleId: first!.id, superOutcomeId: first!.superOutcomes[0]!.id, superOutcomeWhy: 'The families asked for it' },
      { principleId: second!.id, superOutcomeId: second!.superOutcomes[0]!.id },
    ],
    why: 'These are where the service has the most room to improve.',
    hesitation: 'We hesitated about innovation and flexibility.',
  },
};

/** One principle chosen, no reason, no super-outcome: the check shows what is missing. */
export const incompleteWorkPlan: DiagnosisState = {
  ...halfFilledDiagnosis,
  workPlan: { focus: [{ principleId: first!.id }], why: '', hesitation: '' },
};

export const diagnosisWorksheetExamples: Record<string, DiagnosisWorksheetProps> = {
  'empty: a new diagnosis': { principles: diagnosisPrinciples, autosave: false },
  'half-filled: half the items answered': { principles: diagnosisPrinciples, defaultValue: halfFilledDiagnosis, autosave: false },
  'complete: every item and the work plan': { principles: diagnosisPrinciples, defaultValue: completeDiagnosis, autosave: false },
  'with validation errors: the work plan checked too early': {
    principles: diagnosisPrinciples,
    defaultValue: incompleteWorkPlan,
    defaultShowErrors: true,
    autosave: false,
  },
};
