import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { locale_direction, locale_resolve, text_resolve, text_get, text_script } from '../../src/i18n/locale.js';

describe('locale_direction', () => {
  it('gives rtl for Hebrew and Arabic, ltr for English', () => {
    expect(locale_direction('he')).toBe('rtl');
    expect(locale_direction('ar')).toBe('rtl');
    expect(locale_direction('en')).toBe('ltr');
  });
});

describe('locale_resolve', () => {
  it.each([
    ['he-IL', 'he'],
    ['iw', 'he'],
    ['ar-IL', 'ar'],
    ['AR', 'ar'],
    ['en_GB', 'en'],
    ['ru', 'he'],
    ['', 'he'],
    [undefined, 'he'],
  ])('maps %s to %s', (tag, locale) => {
    expect(locale_resolve(tag)).toBe(locale);
  });
  it('takes a fallback other than Hebrew when asked', () => {
    expect(locale_resolve('fr', 'en')).toBe('en');
  });
});

describe('text_resolve', () => {
  it('returns the requested translation', () => {
    expect(text_resolve({ he: 'שלום', en: 'Hello' }, 'en')).toEqual({ text: 'Hello', lang: 'en', fallback: false });
  });
  it('falls back to Hebrew, then English, and says so', () => {
    expect(text_resolve({ he: 'שלום', en: 'Hello' }, 'ar')).toEqual({ text: 'שלום', lang: 'he', fallback: true });
    expect(text_resolve({ en: 'Hello' }, 'ar')).toEqual({ text: 'Hello', lang: 'en', fallback: true });
  });
  it('recognises the script of a plain string so a Hebrew name in an English page is marked', () => {
    expect(text_resolve('מספר אנשי צוות', 'en')).toEqual({ text: 'מספר אנשי צוות', lang: 'he', fallback: true });
    expect(text_resolve('מספר אנשי צוות', 'he')).toEqual({ text: 'מספר אנשי צוות', lang: 'he', fallback: false });
    expect(text_resolve('عدد الموظفين', 'he').lang).toBe('ar');
    expect(text_resolve('CGAS score', 'he').lang).toBeUndefined();
  });
  it('text_get gives text_resolve’s text for any input (property)', () => {
    const locale = fc.constantFrom('he', 'ar', 'en') as fc.Arbitrary<'he' | 'ar' | 'en'>;
    const entry = fc.oneof(fc.string({ maxLength: 4 }), fc.constant(''), fc.constant(3), fc.constant(null));
    const text = fc.oneof(fc.string({ maxLength: 6 }), fc.constant(null), fc.constant(undefined), fc.integer(), fc.dictionary(fc.constantFrom('he', 'ar', 'en', 'fr'), entry));
    fc.assert(
      fc.property(text, locale, (t, l) => {
        expect(text_get(t as never, l)).toBe(text_resolve(t as never, l).text);
      }),
    );
  });
  it('gives empty text for nothing usable, never throws', () => {
    for (const bad of [null, undefined, 42, {}, { fr: 'x' }, { he: '' }]) {
      expect(text_get(bad as never, 'he')).toBe('');
    }
  });
});

describe('text_script', () => {
  it('reads the first letter, skipping digits and punctuation', () => {
    expect(text_script('2025: שיעור')).toBe('he');
    expect(text_script('(90) نسبة')).toBe('ar');
    expect(text_script('SDQ-He שאלון')).toBeUndefined();
    expect(text_script('123')).toBeUndefined();
  });
});
