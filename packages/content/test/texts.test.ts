import { describe, it, expect } from 'vitest';
import { text_resolve } from '@rechesh/core';
import { content_texts, content_untranslated, content_translationCoverage, examples, glossary } from '@rechesh/content';
import { string_problems } from './helpers.js';

const texts = content_texts();
const HEBREW = /[\u05d0-\u05ea]/;
const ARABIC = /[\u0621-\u064a]/;
const LATIN = /[A-Za-z]/;

describe('every text of the content', () => {
  it('is found by the audit walk (a sanity check that the walk reaches the whole tree)', () => {
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.map((t) => t.path)).toContain('principles[operator-as-partner].superOutcomes[continuous-professional-dialogue].text');
    expect(texts.map((t) => t.path)).toContain('examples[example-residential-youth-care].model.indicators[youth-feels-safe].formula.numerator');
    expect(texts.map((t) => t.path)).toContain('fullLogicModel.boxes[tender-theory-of-change].label');
  });

  it('has non-empty Hebrew (in Hebrew letters) and English (in Latin letters, no Hebrew)', () => {
    for (const { path, text } of texts) {
      expect(text.he, path).toMatch(HEBREW);
      expect(text.en, path).toMatch(LATIN);
      expect(text.en, path).not.toMatch(HEBREW);
      expect(text.en, path).not.toMatch(ARABIC);
    }
  });

  it('has Arabic in Arabic letters where present, never Hebrew', () => {
    for (const { path, text } of texts) {
      if (text.ar === undefined) continue;
      expect(text.ar, path).toMatch(ARABIC);
      expect(text.ar, path).not.toMatch(HEBREW);
    }
  });

  it('has no stray whitespace, markup, bullets or run-together words', () => {
    const bad = texts.flatMap(({ path, text }) =>
      Object.entries(text).flatMap(([locale, s]) => string_problems(s ?? '').map((p) => `${path}.${locale}: ${p}`)),
    );
    expect(bad).toEqual([]);
  });

  it('is not copied from another language by mistake: he, en and ar differ', () => {
    for (const { path, text } of texts) {
      expect(text.he, path).not.toBe(text.en);
      if (text.ar) expect(text.ar, path).not.toBe(text.he);
    }
  });
});

describe('content_untranslated', () => {
  it('finds nothing missing in Hebrew or English', () => {
    expect(content_untranslated('he')).toEqual([]);
    expect(content_untranslated('en')).toEqual([]);
  });

  it('lists exactly the texts without Arabic', () => {
    const missing = content_untranslated('ar');
    const expected = texts.filter((t) => !t.text.ar).map((t) => t.path);
    expect(missing.map((m) => m.path)).toEqual(expected);
    expect(missing.every((m) => m.locale === 'ar')).toBe(true);
    expect(missing.length).toBeGreaterThan(0);
  });

  it('lists only the editorial notes on the examples: every text a user reads has Arabic', () => {
    expect(content_untranslated('ar').map((m) => m.path)).toEqual([
      'examples[example-detox-inpatient].basis',
      'examples[example-residential-youth-care].basis',
    ]);
  });

  it('matches the coverage counts', () => {
    const c = content_translationCoverage();
    expect(c.total).toBe(texts.length);
    expect(c.translated.he).toBe(c.total);
    expect(c.translated.en).toBe(c.total);
    expect(c.translated.ar).toBe(c.total - content_untranslated('ar').length);
  });

  it('marks a missing Arabic text so that the UI falls back visibly to Hebrew', () => {
    const r = text_resolve(examples[0]!.basis, 'ar');
    expect(r).toMatchObject({ lang: 'he', fallback: true });
    expect(text_resolve(glossary[0]!.term, 'ar')).toMatchObject({ lang: 'ar', fallback: false });
  });
});
