import type { Meta, StoryObj } from '@storybook/react-vite';
// Imported from source until `@rechesh/react/comparison` is wired.
import { FunnelPlot } from '@rechesh/react/comparison';
import {
  funnelPlotExamples as ex,
  invalidFunnelPlotExamples as bad,
} from '../../packages/react/src/comparison/FunnelPlot/FunnelPlot.examples.ts';

/**
 * Operators on one proportion against a benchmark, with 95% and 99.8% control limits that narrow
 * as the number of cases grows. Focus the plot and use the arrow keys to move between operators
 * in order of n, in the direction the axis runs on screen (in Hebrew and Arabic n grows to the
 * left, so ArrowLeft moves to a larger n); Enter selects; press T for the table. Operators with
 * too few cases are never drawn; new operators are listed apart and not compared.
 */
const meta: Meta<typeof FunnelPlot> = {
  title: 'Comparison/FunnelPlot',
  component: FunnelPlot,
};
export default meta;
type Story = StoryObj<typeof FunnelPlot>;

export const TwelveOperatorsTwoOutliers: Story = { args: ex['twelve operators, two outside the limits'] };
export const Anonymised: Story = { args: ex['anonymised for publication'] };
export const OverdispersionOn: Story = { args: ex['overdispersion adjustment on'] };
export const SuppressedAndNewOperator: Story = { args: { ...ex['a suppressed and a new operator'], defaultShowTable: true } };
export const LowerIsBetter: Story = { args: ex['lower is better: readmission'] };
export const InvalidData: Story = { args: bad['events above n, a duplicate id, a benchmark out of range'] };
export const Empty: Story = { args: ex['no operators yet'] };
/** The same plot in Arabic, whatever the toolbar says. */
export const InArabic: Story = { args: { ...ex['twelve operators, two outside the limits'], locale: 'ar', dir: 'rtl' } };
/** The same plot in English, whatever the toolbar says. */
export const InEnglish: Story = { args: { ...ex['twelve operators, two outside the limits'], locale: 'en', dir: 'ltr' } };
