import type { Meta, StoryObj } from '@storybook/react-vite';
import { TargetTrendChart, type TargetTrendChartProps } from '@rechesh/react/trend';
import {
  trendChartExamples as ex,
  invalidTrendChartExamples as bad,
} from '../../packages/react/src/trend/TargetTrendChart/TargetTrendChart.examples.ts';

/**
 * One indicator over time with its target at the centre. Focus the chart and use the arrow keys
 * to move between periods (up and down between series); press T for the data table. Time runs
 * with the reading direction by default (right to left in Hebrew and Arabic); set
 * `timeDirection="ltr"` to keep it left to right.
 */
const meta: Meta<typeof TargetTrendChart> = {
  title: 'Trend/TargetTrendChart',
  component: TargetTrendChart,
};
export default meta;
type Story = StoryObj<typeof TargetTrendChart>;

export const AbsoluteTarget: Story = { args: ex['absolute target, met in recent quarters'] };
export const ChangeTargetPerYear: Story = { args: ex['change target: +10% a year from a baseline'] };
export const RelativeToBenchmark: Story = { args: ex['relative to the national benchmark'] };
export const RelativeToOwnPast: Story = { args: ex['relative to own past: 10% fewer than a year earlier'] };
export const DifferentialTargets: Story = { args: ex['differential targets per population segment'] };
export const TargetWithoutBasis: Story = { args: ex['target without a basis'] };
export const EventsAndDefinitionChange: Story = { args: ex['events and a definition change'] };
export const SuppressedGaps: Story = { args: ex['suppressed periods shown as gaps'] };
export const Empty: Story = { args: ex['no data yet'] };
export const SinglePoint: Story = { args: ex['a single point'] };
export const ThreeOperatorsLongNames: Story = { args: ex['three operators with long Hebrew names'] };

/** Time kept left to right, whatever the reading direction. */
export const TimeLeftToRight: Story = { args: { ...ex['absolute target, met in recent quarters'], timeDirection: 'ltr' } };
/** The same chart in Arabic, whatever the toolbar says. */
export const InArabic: Story = { args: { ...ex['events and a definition change'], locale: 'ar', dir: 'rtl' } };
/** The same chart in English, whatever the toolbar says. */
export const InEnglish: Story = { args: { ...ex['relative to the national benchmark'], locale: 'en', dir: 'ltr' } };
/** With the data table open. */
export const WithTable: Story = { args: { ...ex['suppressed periods shown as gaps'], defaultShowTable: true } };
/** In a 320 px column (a phone, or 400% zoom). */
export const Narrow: Story = {
  args: ex['three operators with long Hebrew names'],
  decorators: [
    (Story) => (
      <div style={{ inlineSize: '320px', maxInlineSize: '100%' }}>
        <Story />
      </div>
    ),
  ],
};

export const InvalidData: Story = {
  args: bad['invalid data: series not a list, event in an impossible period'] as unknown as TargetTrendChartProps,
};
export const InvalidValues: Story = {
  args: bad['invalid data: values out of range and duplicated periods'] as unknown as TargetTrendChartProps,
};
