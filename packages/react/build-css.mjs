// Concatenates component stylesheets into one file per family plus styles.css with everything.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const read = (p) => readFileSync(new URL(p, import.meta.url), 'utf8');
const families = {
  indicators: [
    'src/indicators/IndicatorCard/IndicatorCard.css',
    'src/indicators/IndicatorSet/IndicatorSet.css',
  ],
  trend: ['src/trend/TargetTrendChart/TargetTrendChart.css'],
  comparison: ['src/comparison/FunnelPlot/FunnelPlot.css', 'src/comparison/OperatorComparisonTable/OperatorComparisonTable.css'],
  'logic-model': ['src/logic-model/LogicModel/LogicModel.css'],
  worksheets: [
    'src/worksheets/shared/worksheet.css',
    'src/worksheets/DiagnosisWorksheet/DiagnosisWorksheet.css',
    'src/worksheets/RoadmapWorksheet/RoadmapWorksheet.css',
    'src/worksheets/StakeholderMap/StakeholderMap.css',
  ],
};
const base = read('src/styles/base.css');
mkdirSync(new URL('dist/', import.meta.url), { recursive: true });
let all = base;
for (const [name, files] of Object.entries(families)) {
  const css = files.map(read).join('\n');
  writeFileSync(new URL(`dist/${name}.css`, import.meta.url), `${base}\n${css}`);
  all += `\n${css}`;
}
writeFileSync(new URL('dist/styles.css', import.meta.url), all);
