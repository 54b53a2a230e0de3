export { IndicatorCard, type IndicatorCardProps } from './IndicatorCard.js';
export { MeasurementPlanDialog, targetDescription } from './MeasurementPlanDialog.js';
export { card_model, type CardModel } from './model.js';
