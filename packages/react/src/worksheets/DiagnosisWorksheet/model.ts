/**
 * What the diagnosis walks, as data: the principles with their super-outcomes and, per principle,
 * the items of the full logic model by stage. The component takes these as props; the content
 * package is the usual source (`diagnosisPrinciples_from(principles, fullLogicModel, principle_boxIds)`).
 */
import type { LocalizedText, LogicModel, WorksheetPrinciple } from '@rechesh/core';
import { text_get, type Locale } from '@rechesh/core';

/** The stages of the diagnosis, in order. */
export type DiagnosisStage = 'planning' | 'tender' | 'management' | 'super-outcome';

/**
 * Every stage, in the order the worksheet walks them.
 * @example diagnosis_stages[0] // 'planning'
 */
export const diagnosis_stages: readonly DiagnosisStage[] = ['planning', 'tender', 'management', 'super-outcome'];

/** One item to judge: is it in place in the service? */
export interface DiagnosisItem {
  id: string;
  stage: DiagnosisStage;
  label: LocalizedText;
}

/** One principle of the diagnosis. */
export interface DiagnosisPrinciple {
  id: string;
  name: LocalizedText;
  superOutcomes: readonly { id: string; text: LocalizedText }[];
  items: readonly DiagnosisItem[];
}

/** A principle as the content package gives it. */
export interface PrincipleSource {
  id: string;
  name: LocalizedText;
  superOutcomes: readonly { id: string; text: LocalizedText }[];
}

/**
 * The principles of the diagnosis from the content: each principle's row of the full logic model,
 * keeping the planning, tender, management and super-outcome boxes in order.
 * @example diagnosisPrinciples_from(principles, fullLogicModel, principle_boxIds)[0].items[0].stage // 'planning'
 */
export function diagnosisPrinciples_from(
  principles: readonly PrincipleSource[],
  model: Pick<LogicModel, 'boxes'>,
  boxIdsOf: (principleId: string) => readonly string[],
): DiagnosisPrinciple[] {
  const boxes = new Map(model.boxes.map((b) => [b.id, b]));
  return principles.map((p) => {
    const items: DiagnosisItem[] = [];
    for (const id of boxIdsOf(p.id)) {
      const box = boxes.get(id);
      if (box && (diagnosis_stages as readonly string[]).includes(box.column)) items.push({ id, stage: box.column as DiagnosisStage, label: box.label });
    }
    return { id: p.id, name: p.name, superOutcomes: p.superOutcomes.map((o) => ({ id: o.id, text: o.text })), items };
  });
}

/** What core needs of the principles (ids, names in `locale`, super-outcomes, items). */
export function worksheetPrinciples_of(principles: readonly DiagnosisPrinciple[], locale: Locale): WorksheetPrinciple[] {
  return principles.map((p) => ({
    id: p.id,
    name: text_get(p.name, locale),
    superOutcomeIds: p.superOutcomes.map((o) => o.id),
    itemIds: p.items.map((i) => i.id),
  }));
}

/** Whether the `principles` prop can be drawn: a list of principles with ids and item lists. */
export function principles_areValid(principles: unknown): principles is readonly DiagnosisPrinciple[] {
  return (
    Array.isArray(principles) &&
    principles.length > 0 &&
    principles.every(
      (p: unknown) =>
        p !== null &&
        typeof p === 'object' &&
        typeof (p as DiagnosisPrinciple).id === 'string' &&
        Array.isArray((p as DiagnosisPrinciple).items) &&
        Array.isArray((p as DiagnosisPrinciple).superOutcomes),
    )
  );
}
