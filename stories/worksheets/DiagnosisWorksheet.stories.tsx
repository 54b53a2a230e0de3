import type { Meta, StoryObj } from '@storybook/react-vite';
import { DiagnosisWorksheet } from '@rechesh/react/worksheets';
import { diagnosisWorksheetExamples as ex } from '../../packages/react/src/worksheets/DiagnosisWorksheet/DiagnosisWorksheet.examples.ts';

/**
 * The diagnosis and work-plan worksheet of the social-procurement toolkit. For a named service and
 * tender, each item of the full logic model gets a status (in place, partly, not yet, not
 * relevant) and a note, principle by principle and stage by stage; a summary per principle in
 * words and bars; then the work-plan step: two principles, why, and one super-outcome each, with
 * an error summary linked to its fields. The work is kept in the browser (autosave, off in these
 * stories), can be exported and imported as JSON, cleared with undo, and printed on A4.
 *
 * Embedding it in a portal page:
 *
 * ```tsx
 * import '@rechesh/tokens/tokens.css';
 * import '@rechesh/react/worksheets.css';
 * import { DiagnosisWorksheet, diagnosisPrinciples_from } from '@rechesh/react/worksheets';
 * import { principles, fullLogicModel, principle_boxIds } from '@rechesh/content';
 *
 * const items = diagnosisPrinciples_from(principles, fullLogicModel, principle_boxIds);
 * <DiagnosisWorksheet locale="he" principles={items} storageId="detox-tender-2026" />
 * ```
 */
const meta: Meta<typeof DiagnosisWorksheet> = {
  title: 'Worksheets/DiagnosisWorksheet',
  component: DiagnosisWorksheet,
};
export default meta;
type Story = StoryObj<typeof DiagnosisWorksheet>;

/** A new diagnosis: nothing answered yet. */
export const Empty: Story = { args: ex['empty: a new diagnosis'] };
/** About half the items answered: summaries where there are enough answers, the work plan not begun. */
export const HalfFilled: Story = { args: ex['half-filled: half the items answered'] };
/** Every item answered and the work plan complete. */
export const Complete: Story = { args: ex['complete: every item and the work plan'] };
/** The work plan checked too early: the error summary links to each field that needs an answer. */
export const WithValidationErrors: Story = { args: ex['with validation errors: the work plan checked too early'] };
/** Half filled, in Arabic, whatever the toolbar says. */
export const InArabic: Story = { args: { ...ex['half-filled: half the items answered'], locale: 'ar', dir: 'rtl' } };
/** With validation errors, in English (left to right), whatever the toolbar says. */
export const InEnglish: Story = { args: { ...ex['with validation errors: the work plan checked too early'], locale: 'en', dir: 'ltr' } };
