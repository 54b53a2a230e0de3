import { describe, it, expect } from 'vitest';
import { validate_logicModel, logicModel_tender, logicModel_layout } from '@rechesh/core';
import { fullLogicModel, principles, principle_boxIds } from '@rechesh/content';
import { model_problems } from './helpers.js';

const box = (id: string) => fullLogicModel.boxes.find((b) => b.id === id);
const ofColumn = (ids: readonly string[], column: string) => ids.filter((id) => box(id)?.column === column);

describe('fullLogicModel', () => {
  it("has 002's six stages, in order", () => {
    expect(fullLogicModel.columns.map((c) => c.id)).toEqual(['principle', 'planning', 'tender', 'management', 'super-outcome', 'super-goal']);
  });

  it('is well-formed: links between existing boxes, to later columns, no cycles, known columns', () => {
    expect(model_problems(fullLogicModel)).toEqual([]);
    expect(validate_logicModel(fullLogicModel).issues).toEqual([]);
  });

  it("splits each of 002's cells into as many boxes as the cell has items", () => {
    const counts = principles.map((p) => {
      const ids = principle_boxIds(p.id);
      return ['planning', 'tender', 'management', 'super-outcome'].map((c) => ofColumn(ids, c).length);
    });
    expect(counts).toEqual([
      [2, 4, 3, 4],
      [3, 4, 3, 2],
      [3, 4, 3, 3],
      [1, 1, 1, 1],
      [2, 2, 2, 2],
      [1, 1, 1, 1],
    ]);
    const rows = principles.flatMap((p) => principle_boxIds(p.id));
    expect(new Set(rows).size).toBe(fullLogicModel.boxes.length);
  });

  it("keeps each link inside its principle's row, and each stage of a row leads to the next", () => {
    const rowOf = new Map(principles.flatMap((p) => principle_boxIds(p.id).map((id) => [id, p.id] as const)));
    for (const l of fullLogicModel.links) expect(rowOf.get(l.from), `${l.from} -> ${l.to}`).toBe(rowOf.get(l.to));
    const order = fullLogicModel.columns.map((c) => c.id);
    for (const b of fullLogicModel.boxes) {
      const outgoing = fullLogicModel.links.filter((l) => l.from === b.id);
      const incoming = fullLogicModel.links.filter((l) => l.to === b.id);
      if (b.column !== 'super-goal') expect(outgoing.length, `${b.id} leads nowhere`).toBeGreaterThan(0);
      if (b.column !== 'principle') expect(incoming.length, `nothing leads to ${b.id}`).toBeGreaterThan(0);
      // Only a tender item may skip a stage (straight to a super-outcome), never further.
      for (const l of outgoing) {
        const gap = order.indexOf(box(l.to)!.column) - order.indexOf(b.column);
        expect(gap === 1 || (b.column === 'tender' && gap === 2), `${l.from} -> ${l.to}`).toBe(true);
      }
    }
  });

  it("uses the principles' own ids and texts for principles, super-outcomes and super-goals", () => {
    for (const p of principles) {
      expect(box(p.id)?.label).toEqual(p.name);
      expect(box(p.superGoal.id)?.label).toEqual(p.superGoal.text);
      for (const o of p.superOutcomes) {
        expect(box(o.id)?.label).toEqual(o.text);
        expect(fullLogicModel.links).toContainEqual({ from: o.id, to: p.superGoal.id });
      }
    }
  });

  it('marks the super-outcomes, and only them, as key outcomes', () => {
    const key = fullLogicModel.boxes.filter((b) => b.key).map((b) => b.id);
    expect(key).toEqual(principles.flatMap((p) => p.superOutcomes.map((o) => o.id)));
    const tender = logicModel_tender(fullLogicModel, { keyOnly: true });
    expect(tender.model.boxes.map((b) => b.id)).toEqual(expect.arrayContaining(key));
  });

  it('gives the ministry the planning and the tender, and the operator the knowledge handover', () => {
    for (const b of fullLogicModel.boxes.filter((x) => x.column === 'planning' || x.column === 'tender')) expect(b.responsibility, b.id).toBe('ministry');
    expect(box('manage-knowledge-shared')?.responsibility).toBe('operator');
    expect(box('knowledge-documented-and-handed-over')?.responsibility).toBe('operator');
    expect(box('continuous-professional-dialogue')?.responsibility).toBe('shared');
  });

  it("is placed whole by core's layout, with every link drawn forward and no overlapping boxes", () => {
    const layout = logicModel_layout(fullLogicModel);
    expect(layout.boxes.length).toBe(fullLogicModel.boxes.length);
    expect(layout.links.every((l) => l.kind === 'forward')).toBe(true);
    for (const c of layout.columns) {
      const placed = layout.boxes.filter((b) => b.column === c.id).sort((a, b) => a.block - b.block);
      for (let i = 1; i < placed.length; i++) expect(placed[i]!.block).toBeGreaterThanOrEqual(placed[i - 1]!.block + placed[i - 1]!.height);
    }
  });

  it('gives [] for the boxes of an unknown principle', () => {
    expect(principle_boxIds('nope')).toEqual([]);
    expect(principle_boxIds('operator-as-partner')).toEqual([
      'operator-as-partner',
      'plan-operators-consulted',
      'tender-operator-voice',
      'manage-dialogue-with-feedback',
      'continuous-professional-dialogue',
      'operator-as-partner-goal',
    ]);
  });
});
