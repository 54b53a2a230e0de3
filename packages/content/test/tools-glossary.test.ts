import { describe, it, expect } from 'vitest';
import { toolsMenu, tool_get, tools_forPrinciple, tools_forStage, glossary, glossary_get, principles } from '@rechesh/content';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('toolsMenu', () => {
  it('has unique kebab-case ids', () => {
    const ids = toolsMenu.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
  });

  it('names the three practical tools, three sites and five guides of 003', () => {
    const of = (kind: string) => toolsMenu.filter((t) => t.kind === kind).map((t) => t.id);
    expect(of('practical-tool')).toEqual(expect.arrayContaining(['diagnosis-and-planning-tool', 'tools-and-actions-menu', 'roadmap']));
    expect(of('site')).toEqual(['key-site', 'measurement-tool-and-dashboard', 'training-site']);
    expect(of('guide')).toHaveLength(5);
  });

  it("has the three tools of 003's results-oriented tool card", () => {
    const ro = tools_forPrinciple('results-oriented-management', { specificOnly: true }).map((t) => t.id);
    expect(ro).toEqual(expect.arrayContaining(['theory-of-change-and-logic-model', 'measurement-plan-and-active-management', 'supervision-enforcement-incentives']));
  });

  it('refers only to real principles, stages and sources, and has at least one source each', () => {
    const ids = new Set<string>(principles.map((p) => p.id));
    for (const t of toolsMenu) {
      for (const p of t.principles) expect(ids.has(p), `${t.id}: ${p}`).toBe(true);
      for (const s of t.stages) expect(['planning', 'tender', 'management']).toContain(s);
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      for (const s of t.sources) expect(['001', '002', '003', '004']).toContain(s);
    }
  });

  it('serves every principle with at least one tool of its own', () => {
    for (const p of principles) expect(tools_forPrinciple(p.id, { specificOnly: true }).length, p.id).toBeGreaterThan(0);
  });

  it('filters as the examples in the docs say', () => {
    expect(toolsMenu.filter((t) => t.principles.includes('operator-as-partner')).map((t) => t.id)).toEqual([
      'public-participation-guide',
      'operator-consultation',
      'active-contract-management',
    ]);
    expect(tools_forPrinciple('innovation-and-flexibility', { specificOnly: true }).map((t) => t.id)).toEqual([
      'cake-model',
      'contract-change-clauses',
      'experimental-indicators',
    ]);
    expect(tools_forPrinciple('innovation-and-flexibility').length).toBeGreaterThan(3);
    expect(tools_forStage('management').some((t) => t.id === 'active-contract-management')).toBe(true);
    expect(tools_forStage('planning').some((t) => t.id === 'cake-model')).toBe(false);
    expect(tool_get('roadmap')?.kind).toBe('practical-tool');
    expect(tool_get('nope')).toBeUndefined();
  });

  it('keeps the 5% cap on payment by results from 001', () => {
    expect(tool_get('payment-by-results')?.description.en).toMatch(/at most 5%/);
  });
});

describe('glossary', () => {
  it('has unique kebab-case ids', () => {
    const ids = glossary.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
  });

  it("defines the report's core terms first", () => {
    expect(glossary.slice(0, 7).map((t) => t.id)).toEqual([
      'theory-of-change',
      'logic-model',
      'indicator',
      'measurement-plan',
      'target',
      'ongoing-measurement',
      'evaluation-study',
    ]);
  });

  it('relates ongoing measurement and evaluation to each other, with the dashboard and garage images', () => {
    expect(glossary_get('ongoing-measurement')?.related).toContain('evaluation-study');
    expect(glossary_get('evaluation-study')?.related).toContain('ongoing-measurement');
    expect(glossary_get('ongoing-measurement')?.definition.en).toMatch(/dashboard/);
    expect(glossary_get('evaluation-study')?.definition.en).toMatch(/garage/);
  });

  it('relates only to terms that exist, never to itself', () => {
    for (const t of glossary) {
      for (const r of t.related ?? []) {
        expect(glossary_get(r), `${t.id} -> ${r}`).toBeDefined();
        expect(r).not.toBe(t.id);
      }
    }
  });

  it('gives undefined for an unknown term', () => {
    expect(glossary_get('nope')).toBeUndefined();
  });
});
