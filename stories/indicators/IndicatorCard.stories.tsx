import type { Meta, StoryObj } from '@storybook/react-vite';
import { IndicatorCard, type IndicatorCardProps } from '@rechesh/react/indicators';
import {
  indicatorCardExamples as ex,
  invalidIndicatorCardExamples as bad,
} from '../../packages/react/src/indicators/IndicatorCard/IndicatorCard.examples.ts';

/**
 * One indicator at a glance: value against target and baseline, status in words and an icon,
 * change from the previous period, a sparkline, n and the confidence interval, caution badges,
 * and the measurement plan in a dialog. Every story here comes from the component's examples
 * file, which the tests and the axe run use too.
 */
const meta: Meta<typeof IndicatorCard> = {
  title: 'Indicators/IndicatorCard',
  component: IndicatorCard,
  decorators: [
    (Story) => (
      <div className="sb-rch-narrow">
        <Story />
      </div>
    ),
  ],
};
export default meta;
type Story = StoryObj<typeof IndicatorCard>;

export const MeetsItsTarget: Story = { args: ex['meets its target'] };
export const LowerIsBetterTargetMissed: Story = { args: ex['lower is better and the target is missed'] };
export const SuppressedFewerThan10Cases: Story = { args: ex['suppressed because fewer than 10 cases'] };
export const UnstableFewCases: Story = { args: ex['unstable: between 10 and 19 cases'] };
export const ExperimentalDefinitionChanged: Story = { args: ex['experimental indicator whose definition changed this period'] };
export const NoTarget: Story = { args: ex['no target set'] };
export const TargetWithoutBasis: Story = { args: ex['target without a basis'] };
export const DataQualityFlag: Story = { args: ex['flagged for data quality'] };
export const LongHebrewName: Story = { args: ex['long Hebrew name'] };
export const MixedHebrewNumbersLatin: Story = { args: ex['name mixing Hebrew, numbers and Latin'] };
export const NoPreferredDirection: Story = { args: ex['no preferred direction'] };

/** Invalid data never crashes the page: the card shows what is wrong, and where, in the user's language. */
export const InvalidData: Story = {
  args: bad['invalid data: unknown kind, value not a number, impossible period'] as unknown as IndicatorCardProps,
};
export const InvalidRanges: Story = {
  args: bad['invalid data: percent above 100 and interval upside down'] as unknown as IndicatorCardProps,
};
