import type { Meta, StoryObj } from '@storybook/react-vite';
import { StakeholderMap } from '@rechesh/react/worksheets';
import { stakeholderMapExamples as ex } from '../../packages/react/src/worksheets/StakeholderMap/StakeholderMap.examples.ts';

/**
 * The stakeholder map of public participation (the participation workshop of the toolkit). The
 * service recipients are at the centre; the commissioning ministry, the operators, adjacent
 * services, complementary services and others are rings around them. Each stakeholder has a level
 * of participation (shown by the mark's shape and fill, named in the legend), the stages it takes
 * part in and the tools. The same map is an outline, ring by ring, and a grid of levels by stages;
 * the arrow keys walk the drawing and Enter goes to the stakeholder's fields. "Check the map" shows
 * an error summary linked to the fields. The work is kept in the browser (autosave, off in these
 * stories), can be exported and imported as JSON, cleared with undo, and printed on A4.
 *
 * Embedding it in a portal page:
 *
 * ```tsx
 * import '@rechesh/tokens/tokens.css';
 * import '@rechesh/react/worksheets.css';
 * import { StakeholderMap } from '@rechesh/react/worksheets';
 *
 * <StakeholderMap locale="he" storageId="day-centres-2026" />
 * ```
 */
const meta: Meta<typeof StakeholderMap> = {
  title: 'Worksheets/StakeholderMap',
  component: StakeholderMap,
};
export default meta;
type Story = StoryObj<typeof StakeholderMap>;

/** A new map: the rings around the recipients, nobody on them yet. */
export const Empty: Story = { args: ex['empty: a new map'] };
/** Four stakeholders, two of them without stages or tools yet. */
export const HalfFilled: Story = { args: ex['half-filled: four stakeholders, some stages and tools missing'] };
/** Eleven stakeholders in every ring, each with a level, stages and tools. */
export const Complete: Story = { args: ex['complete: eleven stakeholders in every ring'] };
/** The map checked too early: the error summary links to each field that needs an answer. */
export const WithValidationErrors: Story = { args: ex['with validation errors: the map checked too early'] };
/** The complete map in Hebrew (right to left), whatever the toolbar says. */
export const InHebrew: Story = { args: { ...ex['complete: eleven stakeholders in every ring'], locale: 'he', dir: 'rtl' } };
/** Half filled, in Arabic, whatever the toolbar says. */
export const InArabic: Story = { args: { ...ex['half-filled: four stakeholders, some stages and tools missing'], locale: 'ar', dir: 'rtl' } };
/** With validation errors, in English (left to right), whatever the toolbar says. */
export const InEnglish: Story = { args: { ...ex['with validation errors: the map checked too early'], locale: 'en', dir: 'ltr' } };
