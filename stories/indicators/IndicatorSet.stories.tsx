import type { Meta, StoryObj } from '@storybook/react-vite';
import { IndicatorSet } from '@rechesh/react/indicators';
import { indicatorSetExamples as ex } from '../../packages/react/src/indicators/IndicatorSet/IndicatorSet.examples.ts';

/**
 * The key indicators of one service as a grid of cards. When the key set is outside the usual
 * 4 to 7, a gentle notice says so.
 */
const meta: Meta<typeof IndicatorSet> = {
  title: 'Indicators/IndicatorSet',
  component: IndicatorSet,
};
export default meta;
type Story = StoryObj<typeof IndicatorSet>;

export const ResidentialYouthCare: Story = { args: ex['residential youth care: five key indicators'] };
export const TooManyKeyIndicators: Story = { args: ex['detox unit: too many key indicators'] };
export const Empty: Story = { args: ex['empty set'] };
