import type { Meta, StoryObj } from '@storybook/react-vite';
import { RoadmapWorksheet } from '@rechesh/react/worksheets';
import { roadmapWorksheetExamples as ex } from '../../packages/react/src/worksheets/RoadmapWorksheet/RoadmapWorksheet.examples.ts';

/**
 * The roadmap of what to preserve and what to improve. It starts from the focus of the diagnosis
 * (the two principles and their super-outcomes, with tools from the tools menu) or empty. Each
 * action is linked to a principle and a super-outcome, chosen from the tools menu or written
 * freely, and has who leads it, a start and an end (quarters like 2026-Q3, or dates), a status,
 * whether it preserves or improves, and milestones. The overview is a timeline that runs in the
 * reading direction with today marked (arrow keys move between actions, Enter goes to the action
 * to edit it) or a sortable table. "Check the roadmap" lists what needs fixing, linked to each
 * field. The work is kept in the browser (autosave, off in these stories), can be exported and
 * imported as JSON, cleared, and removals can be undone.
 *
 * Embedding it in a portal page:
 *
 * ```tsx
 * import '@rechesh/tokens/tokens.css';
 * import '@rechesh/react/worksheets.css';
 * import { RoadmapWorksheet } from '@rechesh/react/worksheets';
 * import { principles, toolsMenu } from '@rechesh/content';
 *
 * <RoadmapWorksheet locale="he" principles={principles} tools={toolsMenu} diagnosis={savedDiagnosis} storageId="detox-tender-2026" />
 * ```
 */
const meta: Meta<typeof RoadmapWorksheet> = {
  title: 'Worksheets/RoadmapWorksheet',
  component: RoadmapWorksheet,
};
export default meta;
type Story = StoryObj<typeof RoadmapWorksheet>;

/** A new roadmap: no actions yet; it can start from the focus of a completed diagnosis. */
export const Empty: Story = { args: ex['empty: a new roadmap that can start from the diagnosis focus'] };
/** Started from the diagnosis: actions linked to the chosen principles and tools, some planned. */
export const HalfFilled: Story = { args: ex['half-filled: started from the diagnosis, some actions planned'] };
/** Five actions to preserve and to improve, with times, statuses and milestones, on the timeline. */
export const Complete: Story = { args: ex['complete: five actions with times, statuses and milestones'] };
/** The same roadmap as a table, sortable by each column. */
export const AsTable: Story = { args: ex['complete, as a table'] };
/** Checked with mistakes: the error summary links to each field that needs fixing. */
export const WithValidationErrors: Story = { args: ex['with validation errors: the check points at each field'] };
/** Without principles or a tools menu: actions are free text only. */
export const FreeTextOnly: Story = { args: ex['without principles or tools: free text only'] };
/** Complete, in Arabic, whatever the toolbar says. */
export const InArabic: Story = { args: { ...ex['complete: five actions with times, statuses and milestones'], locale: 'ar', dir: 'rtl' } };
/** Complete, in English (left to right: time runs from left to right), whatever the toolbar says. */
export const InEnglish: Story = { args: { ...ex['complete: five actions with times, statuses and milestones'], locale: 'en', dir: 'ltr' } };
/** With validation errors, in English. */
export const InEnglishWithErrors: Story = { args: { ...ex['with validation errors: the check points at each field'], locale: 'en', dir: 'ltr' } };
