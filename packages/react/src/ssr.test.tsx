// @vitest-environment node
/**
 * Server rendering: every example renders to HTML in plain Node, where `window` and `document`
 * do not exist, so nothing touches them during render (they are only used in effects).
 */
import * as React from 'react';
import { describe, it, expect, vi } from 'vitest';
import { renderToString } from 'react-dom/server';
import { DiagnosisWorksheet, RoadmapWorksheet, StakeholderMap, FunnelPlot, IndicatorCard, IndicatorSet, LogicModel, OperatorComparisonTable, RecheshProvider, TargetTrendChart } from './index.js';
import { indicatorCardExamples } from './indicators/IndicatorCard/IndicatorCard.examples.js';
import { indicatorSetExamples } from './indicators/IndicatorSet/IndicatorSet.examples.js';
import { trendChartExamples } from './trend/TargetTrendChart/TargetTrendChart.examples.js';
import { funnelPlotExamples } from './comparison/FunnelPlot/FunnelPlot.examples.js';
import { operatorComparisonTableExamples } from './comparison/OperatorComparisonTable/OperatorComparisonTable.examples.js';
import { logicModelExamples, invalidLogicModelExamples } from './logic-model/LogicModel/LogicModel.examples.js';
import { diagnosisWorksheetExamples } from './worksheets/DiagnosisWorksheet/DiagnosisWorksheet.examples.js';
import { roadmapWorksheetExamples } from './worksheets/RoadmapWorksheet/RoadmapWorksheet.examples.js';
import { stakeholderMapExamples } from './worksheets/StakeholderMap/StakeholderMap.examples.js';

function html(element: React.ReactElement): string {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const out = renderToString(<RecheshProvider locale="he">{element}</RecheshProvider>);
    expect(errors.mock.calls).toEqual([]);
    return out;
  } finally {
    errors.mockRestore();
  }
}

describe('server rendering in Node (no window, no document)', () => {
  it('has no DOM globals here', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each(Object.entries(indicatorCardExamples))('IndicatorCard: %s', (_, props) => {
    expect(html(<IndicatorCard {...props} />)).toContain('<article');
  });

  it.each(Object.entries(indicatorSetExamples))('IndicatorSet: %s', (_, props) => {
    expect(html(<IndicatorSet {...props} />)).toContain('<section');
  });

  it.each(Object.entries(trendChartExamples))('TargetTrendChart: %s', (_, props) => {
    const out = html(<TargetTrendChart {...props} />);
    expect(out).toContain('<figure');
    expect(out).not.toContain('data-rch-error');
  });

  it.each(Object.entries(funnelPlotExamples))('FunnelPlot: %s', (_, props) => {
    const out = html(<FunnelPlot {...props} />);
    expect(out).not.toContain('data-rch-error');
  });

  it.each(Object.entries(operatorComparisonTableExamples))('OperatorComparisonTable: %s', (_, props) => {
    const out = html(<OperatorComparisonTable {...props} />);
    expect(out).toContain('role="grid"');
    expect(out).not.toContain('data-rch-error');
  });

  it.each(Object.entries(logicModelExamples))('LogicModel: %s', (_, props) => {
    const out = html(<LogicModel {...props} />);
    expect(out).toContain('rch-lm__box');
    expect(out).not.toContain('data-rch-error');
  });

  it.each(Object.entries(invalidLogicModelExamples))('LogicModel with bad data: %s', (_, props) => {
    const out = html(<LogicModel {...props} />);
    expect(out).toContain('data-rch-error');
    expect(out).toContain('rch-lm__box');
  });

  it.each(Object.entries(diagnosisWorksheetExamples))('DiagnosisWorksheet: %s', (_, props) => {
    const out = html(<DiagnosisWorksheet {...props} />);
    expect(out).toContain('rch-dw__item');
    expect(out).not.toContain('data-rch-error');
  });

  it.each(Object.entries(roadmapWorksheetExamples))('RoadmapWorksheet: %s', (_, props) => {
    const out = html(<RoadmapWorksheet {...props} />);
    expect(out).toContain('rch-rw__actions');
    expect(out).not.toContain('data-rch-error');
  });

  it.each(Object.entries(stakeholderMapExamples))('StakeholderMap: %s', (_, props) => {
    const out = html(<StakeholderMap {...props} />);
    expect(out).toContain('rch-sm__editor');
    expect(out).not.toContain('data-rch-error');
  });

  it('DiagnosisWorksheet with autosave on renders on the server without touching storage', () => {
    const out = html(<DiagnosisWorksheet principles={diagnosisWorksheetExamples['empty: a new diagnosis']!.principles} />);
    expect(out).toContain('rch-dw__item');
  });
});
