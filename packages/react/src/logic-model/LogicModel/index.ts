export { LogicModel, logicModel_view, logicModel_svg, type LogicModelProps } from './LogicModel.js';
export type { LogicModelView } from './model.js';
