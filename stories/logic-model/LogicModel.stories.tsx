import type { Meta, StoryObj } from '@storybook/react-vite';
import { LogicModel } from '@rechesh/react/logic-model';
import {
  logicModelExamples as ex,
  invalidLogicModelExamples as bad,
} from '../../packages/react/src/logic-model/LogicModel/LogicModel.examples.ts';

/**
 * A logic model (theory of change) drawn from data: stages as columns in reading order (right to
 * left in Hebrew and Arabic), boxes with wrapped text, links, responsibility in words and
 * pattern, indicator badges that open the indicator cards. Tab into the diagram; arrow keys
 * follow links (ArrowLeft goes forward in Hebrew and Arabic), Up and Down move within a column,
 * N moves between the links of a box, Enter opens a box's details, Escape returns, O shows the
 * outline. Hover or focus a box to highlight what leads to it and what it leads to.
 *
 * Embedding it in a portal page:
 *
 * ```tsx
 * import '@rechesh/tokens/tokens.css';
 * import '@rechesh/react/logic-model.css';
 * import { LogicModel } from '@rechesh/react/logic-model';
 * import { fullLogicModel } from '@rechesh/content';
 *
 * <LogicModel locale="he" model={fullLogicModel} />
 * ```
 */
const meta: Meta<typeof LogicModel> = {
  title: 'Logic model/LogicModel',
  component: LogicModel,
};
export default meta;
type Story = StoryObj<typeof LogicModel>;

/** The full logic model of optimal social procurement: six principles, 66 boxes. */
export const SixPrinciples: Story = { args: ex['the six principles: full logic model of optimal social procurement'] };
/** Detox inpatient service: the operator owns physiological detox, adjacent services share the long-term outcome. */
export const DetoxResponsibilitySplit: Story = { args: ex['detox inpatient service: responsibility split with adjacent services'] };
/** Residential youth care with five key indicators attached to boxes. */
export const YouthCareWithIndicators: Story = { args: ex['residential youth care with indicators'] };
/** A tender's narrower model: the key outcomes of the full model and the paths between them. */
export const TenderView: Story = { args: ex['tender view: key outcomes of the full model'] };
/** A tender around one box: what leads to physiological detox and what it leads to. */
export const TenderAroundOneBox: Story = { args: ex['tender view: what detox leads to and comes from'] };
/** Two versions of the detox model compared: added, removed and changed boxes and links. */
export const RevisionComparison: Story = { args: ex['revision: detox 2025 compared with 2026'] };
/** A loop and a link to a missing box: the error panel beside the drawing of the valid part. */
export const CycleAndDanglingLink: Story = { args: bad['a cycle and a dangling link'] };
/** A box in an unknown column and a self-link. */
export const UnknownColumn: Story = { args: bad['a box in an unknown column and a self-link'] };
/** The outline alternative, open from the start. */
export const Outline: Story = { args: { ...ex['residential youth care with indicators'], defaultShowOutline: true } };
/** The detox model in Arabic, whatever the toolbar says. */
export const InArabic: Story = { args: { ...ex['detox inpatient service: responsibility split with adjacent services'], locale: 'ar', dir: 'rtl' } };
/** The youth-care model in English (left to right), whatever the toolbar says. */
export const InEnglish: Story = { args: { ...ex['residential youth care with indicators'], locale: 'en', dir: 'ltr' } };
/** The six principles in English. */
export const SixPrinciplesInEnglish: Story = {
  args: { ...ex['the six principles: full logic model of optimal social procurement'], locale: 'en', dir: 'ltr' },
};
