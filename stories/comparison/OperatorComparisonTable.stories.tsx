import * as React from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { FunnelPlot, OperatorComparisonTable } from '@rechesh/react/comparison';
import {
  comparisonBenchmark,
  comparisonFeatures,
  comparisonIndicators,
  eightOperators,
  invalidOperatorComparisonTableExamples as bad,
  manyOperators,
  operatorComparisonTableExamples as ex,
} from '../../packages/react/src/comparison/OperatorComparisonTable/OperatorComparisonTable.examples.ts';
import { detoxCompletion } from '../../packages/react/src/indicators/IndicatorCard/IndicatorCard.examples.ts';

/**
 * Operators on shared indicators, compared with a benchmark through each value's confidence
 * interval, never ranked. Rows are by name by default; sorting by a value is allowed and then
 * shows intervals and cautions prominently. Badges explain themselves (Enter or click). The table
 * is a WAI-ARIA grid: Tab in, arrow keys move between cells, Enter on a header sorts, Space
 * selects an operator.
 *
 * Embedding it in a portal page:
 *
 * ```tsx
 * import '@rechesh/tokens/tokens.css';
 * import '@rechesh/react/comparison.css';
 * import { OperatorComparisonTable } from '@rechesh/react/comparison';
 *
 * <OperatorComparisonTable
 *   locale="he"
 *   indicators={[completion, readmission]}
 *   operators={operators} // OperatorRow[]: operatorId, name, region, isNew, population, values
 *   benchmark={{ completion: { value: 70, label: 'ממוצע ארצי' } }}
 *   onSelectedIdChange={(id) => setSelected(id)}
 * />
 * ```
 */
const meta: Meta<typeof OperatorComparisonTable> = {
  title: 'Comparison/OperatorComparisonTable',
  component: OperatorComparisonTable,
};
export default meta;
type Story = StoryObj<typeof OperatorComparisonTable>;

/** Eight operators on four indicators, with every caution kind: few cases, a hidden value, population mix, data quality, a new operator, a definition change and an external factor. */
export const EightOperatorsFourIndicators: Story = { args: ex['eight operators on four indicators'] };
/** For publication: A, B, C… in a stable mapping; regions and free text removed. */
export const Anonymised: Story = { args: ex['anonymised for publication'] };
export const GroupedByRegion: Story = { args: ex['grouped by region'] };
/** Sorted by a value: intervals appear and the sorted column's cautions stand out. */
export const SortedByValue: Story = { args: ex['sorted by value, intervals shown'] };
/** A new operator, listed apart and not compared. */
export const NewOperator: Story = {
  args: { ...ex['eight operators on four indicators'], operators: eightOperators.filter((o) => ['op-01', 'op-06', 'op-08'].includes(o.operatorId)) },
};
/** A suppressed cell: its value, n and interval never reach the page, the aria text or the CSV. */
export const SuppressedCell: Story = {
  args: { ...ex['eight operators on four indicators'], operators: eightOperators.filter((o) => ['op-04', 'op-06'].includes(o.operatorId)) },
};
/** 5,000 operators: only the rows in view are rendered (TanStack Virtual). */
export const FiveThousandOperators: Story = {
  args: { indicators: comparisonIndicators, benchmark: comparisonBenchmark, populationFeatures: comparisonFeatures, operators: manyOperators(5000), maxHeight: 480 },
};
export const Empty: Story = { args: ex['no operators yet'] };
export const InvalidData: Story = { args: bad['a duplicate id, n below zero, a share above 1'] as never };
/** The same table in Arabic, whatever the toolbar says. */
export const InArabic: Story = { args: { ...ex['eight operators on four indicators'], locale: 'ar', dir: 'rtl' } };
/** The same table in English, whatever the toolbar says. */
export const InEnglish: Story = { args: { ...ex['eight operators on four indicators'], locale: 'en', dir: 'ltr' } };

/** The table and a funnel plot share one selection: select an operator in either. */
export const WithFunnelPlot: Story = {
  render: function Linked(args) {
    const [selected, setSelected] = React.useState<string | null>('op-02');
    const funnelOperators = eightOperators.flatMap((o) => {
      const v = o.values['detox-completion'];
      return v && typeof v.numerator === 'number' && typeof v.n === 'number'
        ? [{ id: o.operatorId, label: o.name, events: v.numerator, n: v.n, isNew: o.isNew }]
        : [];
    });
    return (
      <div style={{ display: 'grid', gap: '2rem' }}>
        <OperatorComparisonTable {...args} selectedId={selected} onSelectedIdChange={setSelected} />
        <FunnelPlot
          locale={args.locale}
          dir={args.dir}
          indicator={detoxCompletion}
          operators={funnelOperators}
          benchmark={{ value: 70, label: comparisonBenchmark['detox-completion']!.label }}
          selectedId={selected}
          onSelectedIdChange={setSelected}
        />
      </div>
    );
  },
  args: ex['eight operators on four indicators'],
};
