export { DiagnosisWorksheet, type DiagnosisWorksheetProps } from './DiagnosisWorksheet.js';
export { diagnosisPrinciples_from, diagnosis_stages, type DiagnosisItem, type DiagnosisPrinciple, type DiagnosisStage, type PrincipleSource } from './model.js';
