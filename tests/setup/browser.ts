// Real-browser tests load the same stylesheets a portal would.
import '@rechesh/tokens/fonts.css';
import '@rechesh/tokens/tokens.css';
import '../../packages/react/src/styles/base.css';
import '../../packages/react/src/indicators/IndicatorCard/IndicatorCard.css';
import '../../packages/react/src/indicators/IndicatorSet/IndicatorSet.css';
import '../../packages/react/src/trend/TargetTrendChart/TargetTrendChart.css';
import '../../packages/react/src/comparison/FunnelPlot/FunnelPlot.css';
import '../../packages/react/src/comparison/OperatorComparisonTable/OperatorComparisonTable.css';
import '../../packages/react/src/logic-model/LogicModel/LogicModel.css';
import '../../packages/react/src/worksheets/shared/worksheet.css';
import '../../packages/react/src/worksheets/DiagnosisWorksheet/DiagnosisWorksheet.css';
import '../../packages/react/src/worksheets/RoadmapWorksheet/RoadmapWorksheet.css';
import '../../packages/react/src/worksheets/StakeholderMap/StakeholderMap.css';
