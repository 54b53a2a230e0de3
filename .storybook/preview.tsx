import * as React from 'react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { RecheshProvider, type Theme } from '@rechesh/react';
import { locale_direction, type Locale } from '@rechesh/core';
import '@rechesh/tokens/fonts.css';
import '@rechesh/tokens/tokens.css';
import '../packages/react/src/styles/base.css';
import '../packages/react/src/indicators/IndicatorCard/IndicatorCard.css';
import '../packages/react/src/indicators/IndicatorSet/IndicatorSet.css';
import '../packages/react/src/trend/TargetTrendChart/TargetTrendChart.css';
import '../packages/react/src/comparison/FunnelPlot/FunnelPlot.css';
import '../packages/react/src/comparison/OperatorComparisonTable/OperatorComparisonTable.css';
import '../packages/react/src/logic-model/LogicModel/LogicModel.css';
import '../packages/react/src/worksheets/shared/worksheet.css';
import '../packages/react/src/worksheets/DiagnosisWorksheet/DiagnosisWorksheet.css';
import '../packages/react/src/worksheets/RoadmapWorksheet/RoadmapWorksheet.css';
import '../packages/react/src/worksheets/StakeholderMap/StakeholderMap.css';
import './preview.css';

/**
 * Every story runs inside RecheshProvider driven by three toolbar globals, which can also be set
 * from the URL so a link shows an exact view:
 *   iframe.html?id=indicators-indicatorcard--meets-its-target&globals=locale:ar;theme:dark
 */
const withRechesh: Decorator = (Story, context) => (
  <StoryFrame
    locale={(context.globals.locale ?? 'he') as Locale}
    direction={context.globals.direction ?? 'auto'}
    theme={(context.globals.theme ?? 'light') as Theme}
    setDocument={context.viewMode === 'story'}
  >
    <Story />
  </StoryFrame>
);

function StoryFrame({
  locale,
  direction,
  theme,
  setDocument,
  children,
}: {
  locale: Locale;
  direction: string;
  theme: Theme;
  setDocument: boolean;
  children: React.ReactNode;
}) {
  const dir = direction === 'rtl' || direction === 'ltr' ? direction : locale_direction(locale);
  // In the canvas the document carries them too, so the page background follows. Docs pages are
  // English prose and stay left to right; each example in them carries its own dir and lang.
  React.useLayoutEffect(() => {
    if (!setDocument) return;
    const html = document.documentElement;
    html.lang = locale;
    html.dir = dir;
    html.dataset.rchTheme = theme;
  }, [locale, dir, theme, setDocument]);
  return (
    <RecheshProvider locale={locale} dir={dir} theme={theme}>
      <main className="sb-rch-canvas">{children}</main>
    </RecheshProvider>
  );
}

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withRechesh],
  globalTypes: {
    locale: {
      description: 'Language of the interface',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'he', title: 'עברית (he)' },
          { value: 'ar', title: 'العربية (ar)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Reading direction (auto follows the locale)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction: auto' },
          { value: 'rtl', title: 'Direction: rtl' },
          { value: 'ltr', title: 'Direction: ltr' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'he', direction: 'auto', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    options: { storySort: { order: ['Guides', 'Indicators', 'Trend', 'Comparison'] } },
  },
};

export default preview;
