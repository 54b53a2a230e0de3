import { describe, it, expect } from 'vitest';
import { validate_indicator, validate_logicModel } from '@rechesh/core';
import { examples, detoxInpatientModel, residentialYouthCareModel } from '@rechesh/content';
import { model_problems } from './helpers.js';

describe('example logic models', () => {
  it('are both listed, each with a basis that says what is illustrative', () => {
    expect(examples.map((e) => e.model)).toEqual([detoxInpatientModel, residentialYouthCareModel]);
    for (const e of examples) {
      expect(e.id).toBe(e.model.id);
      expect(e.basis.en).toMatch(/illustrative/);
      expect((e.model.title as { en: string }).en).toMatch(/\(illustrative example\)$/);
    }
  });

  it('are well-formed graphs that core validation accepts', () => {
    for (const { model } of examples) {
      expect(model_problems(model), model.id).toEqual([]);
      expect(validate_logicModel(model).issues, model.id).toEqual([]);
    }
  });

  it("use 001's stages: inputs, outputs, short-term, intermediate and long-term outcomes", () => {
    for (const { model } of examples) expect(model.columns.map((c) => c.id)).toEqual(['inputs', 'outputs', 'short-term', 'intermediate', 'long-term']);
  });

  it('have every box linked in, and every box but the long-term outcomes linked onward', () => {
    for (const { model } of examples) {
      for (const b of model.boxes) {
        if (b.column !== 'inputs') expect(model.links.some((l) => l.to === b.id), `${b.id} has no incoming link`).toBe(true);
        if (b.column !== 'long-term') expect(model.links.some((l) => l.from === b.id), `${b.id} has no outgoing link`).toBe(true);
      }
    }
  });
});

describe('given the detox inpatient example', () => {
  const box = (id: string) => detoxInpatientModel.boxes.find((b) => b.id === id);

  it('gives the operator physiological detox and the adjacent services the long-term outcome (001)', () => {
    expect(box('detox-physiological-detox')).toMatchObject({ responsibility: 'operator', key: true });
    expect(box('detox-long-term-recovery')).toMatchObject({ responsibility: 'adjacent', key: true });
    expect(box('detox-in-continued-care')?.responsibility).toBe('adjacent');
    expect(box('detox-in-continued-care')?.label).toMatchObject({ en: expect.stringMatching(/methadone/) });
  });

  it('splits responsibility: operator, ministry and adjacent boxes all present', () => {
    const kinds = new Set(detoxInpatientModel.boxes.map((b) => b.responsibility));
    expect([...kinds].sort()).toEqual(['adjacent', 'ministry', 'operator']);
  });

  it('has assumptions, external factors and a target population with characteristics', () => {
    expect(detoxInpatientModel.assumptions?.length).toBeGreaterThanOrEqual(2);
    expect(detoxInpatientModel.externalFactors?.length).toBeGreaterThanOrEqual(2);
    expect(detoxInpatientModel.targetPopulation?.characteristics?.length).toBeGreaterThanOrEqual(2);
  });
});

describe('given the residential youth-care example', () => {
  const indicators = residentialYouthCareModel.indicators ?? [];

  it('has indicators that each pass validate_indicator', () => {
    expect(indicators.length).toBeGreaterThan(0);
    for (const i of indicators) expect(validate_indicator(i).issues, i.id).toEqual([]);
  });

  it('has 4 to 7 key indicators, as the report advises', () => {
    const key = indicators.filter((i) => i.key).length;
    expect(key).toBeGreaterThanOrEqual(4);
    expect(key).toBeLessThanOrEqual(7);
  });

  it('attaches every indicator to a box, and each box only to indicators that exist', () => {
    const attached = residentialYouthCareModel.boxes.flatMap((b) => b.indicatorIds ?? []);
    expect(new Set(attached)).toEqual(new Set(indicators.map((i) => i.id)));
  });

  it('matches each indicator kind to its column (input on inputs, output on outputs, outcome on outcomes)', () => {
    for (const b of residentialYouthCareModel.boxes) {
      for (const id of b.indicatorIds ?? []) {
        const kind = indicators.find((i) => i.id === id)!.kind;
        const expected = b.column === 'inputs' ? 'input' : b.column === 'outputs' ? 'output' : 'outcome';
        expect(kind, `${id} on ${b.id}`).toBe(expected);
      }
    }
  });

  it('balances input, output and outcome indicators and collects one directly from the children', () => {
    expect(new Set(indicators.map((i) => i.kind))).toEqual(new Set(['input', 'output', 'outcome']));
    expect(indicators.some((i) => (i.rationale as { en?: string } | undefined)?.en?.includes('directly from the children'))).toBe(true);
  });
});
