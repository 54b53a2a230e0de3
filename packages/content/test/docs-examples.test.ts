import { describe, it, expect } from 'vitest';
import { text_get } from '@rechesh/core';
import {
  basicAssumption,
  overallGoal,
  detoxInpatientModel,
  residentialYouthCareModel,
  examples,
  content_untranslated,
  content_translationCoverage,
  glossary_get,
  principle_boxIds,
} from '@rechesh/content';

// The @example lines of the TSDoc, checked so the docs cannot drift from the data.
describe('the documented examples', () => {
  it('hold for the basic assumption and the overall goal', () => {
    expect(text_get(basicAssumption, 'en')).toMatch(/^A well-managed social procurement process improves/);
    expect(text_get(overallGoal, 'he')).toMatch(/^מקבלי השירותים החברתיים מקבלים מענה/);
  });

  it('hold for the examples', () => {
    expect(detoxInpatientModel.boxes.filter((b) => b.responsibility === 'adjacent').length).toBe(4);
    expect(residentialYouthCareModel.indicators?.length).toBe(5);
    expect(examples.map((e) => e.id)).toEqual(['example-detox-inpatient', 'example-residential-youth-care']);
  });

  it('hold for the audit and the glossary', () => {
    expect(content_untranslated('ar')[0]).toEqual({ path: 'examples[example-detox-inpatient].basis', locale: 'ar' });
    const c = content_translationCoverage();
    expect(c.translated.he).toBe(c.total);
    expect(glossary_get('ongoing-measurement')?.related).toEqual(['evaluation-study', 'measurement-plan']);
    expect(glossary_get('target')?.term.en).toBe('Target');
  });

  it('hold for a principle row', () => {
    expect(principle_boxIds('operator-as-partner')[0]).toBe('operator-as-partner');
    expect(principle_boxIds('operator-as-partner').at(-1)).toBe('operator-as-partner-goal');
  });
});
