import type { Meta, StoryObj } from '@storybook/react-vite';
import { Sparkline } from '@rechesh/react/indicators';

/**
 * A word-sized line of recent periods. Time flows with the reading direction; gaps (missing or
 * suppressed periods) stay gaps.
 */
const meta: Meta<typeof Sparkline> = {
  title: 'Indicators/Sparkline',
  component: Sparkline,
  args: {
    label: 'שיעור השלמת גמילה ב-7 הרבעונים האחרונים: מ-66.7% ל-79.5%',
    points: [66.7, 68.8, 71.6, 75.9, 76.8, 76.3, 79.5].map((value, i) => ({ key: `q${i}`, value })),
    reference: 75,
    width: 160,
    height: 40,
  },
};
export default meta;
type Story = StoryObj<typeof Sparkline>;

export const WithTarget: Story = {};
export const WithGaps: Story = {
  args: {
    label: 'שיעור החוזרים לאשפוז: 2 תקופות אינן מוצגות בשל מיעוט מקרים',
    points: [20, null, 18.5, 17.9, null, 16.2].map((value, i) => ({ key: `q${i}`, value })),
    reference: undefined,
  },
};
