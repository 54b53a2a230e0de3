import { describe, it, expect } from 'vitest';
import {
  issue_codes,
  issue_expectedNames,
  issue_message,
  issue_messages,
  type IssueCode,
  type IssueMessages,
} from '../../src/schema/messages.js';
import type { Locale } from '../../src/schema/types.js';

const LOCALES: Locale[] = ['he', 'ar', 'en'];
const HEBREW = /[\u0590-\u05FF]/;
const ARABIC = /[\u0600-\u06FF]/;

/** Params each code's template may use; a template must not ask for anything else. */
const PARAMS: Record<IssueCode, string[]> = {
  required: [],
  type: ['expected'],
  enum: ['allowed'],
  'not-finite': [],
  'not-integer': [],
  negative: [],
  'out-of-range': ['min', 'max'],
  'too-small': ['min'],
  'too-many': ['max'],
  'period-format': [],
  'date-format': [],
  'interval-order': [],
  'numerator-exceeds-denominator': [],
  'duplicate-period': ['period'],
  'duplicate-id': ['id'],
  'mixed-periods': ['found'],
  unknown: [],
};

describe('issue_messages', () => {
  for (const locale of LOCALES) {
    it(`has a ${locale} sentence for every issue code, in the right script`, () => {
      expect(Object.keys(issue_messages[locale]).sort()).toEqual([...issue_codes].sort());
      for (const code of issue_codes) {
        const text = issue_messages[locale][code];
        expect(text.trim().length).toBeGreaterThan(5);
        if (locale === 'he') expect(text).toMatch(HEBREW);
        if (locale === 'ar') expect(text).toMatch(ARABIC);
        if (locale === 'en') expect(text).not.toMatch(HEBREW);
      }
    });

    it(`uses in ${locale} only the params the validator provides`, () => {
      for (const code of issue_codes) {
        const used = [...issue_messages[locale][code].matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(used.sort()).toEqual([...PARAMS[code]].sort());
      }
    });

    it(`names every expected type in ${locale}`, () => {
      expect(Object.keys(issue_expectedNames[locale]).sort()).toEqual(['boolean', 'list', 'number', 'object', 'text']);
    });
  }
});

describe('issue_message', () => {
  it('gives the plain sentence for a code without params', () => {
    expect(issue_message({ code: 'not-finite' }, 'he')).toBe('הערך חייב להיות מספר סופי');
    expect(issue_message({ code: 'not-finite' }, 'ar')).toBe('يجب أن تكون القيمة عددًا محدودًا');
    expect(issue_message({ code: 'not-finite' }, 'en')).toBe('The value must be a finite number');
  });

  // Params are wrapped in bidi isolates (FSI…PDI); compare what a reader sees.
  const seen = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

  it('isolates every param so Latin codes and lists keep their order inside Hebrew and Arabic', () => {
    const text = issue_message({ code: 'enum', params: { allowed: 'input, output, outcome' } }, 'he');
    expect(text).toContain('\u2068input, output, outcome\u2069');
    expect(issue_message({ code: 'too-many', params: { max: 5 } }, 'ar')).toContain('\u20685\u2069');
  });

  it('fills in numeric params in every locale, with Latin digits', () => {
    const issue = { path: 'indicator.decimals', code: 'out-of-range' as const, params: { min: 0, max: 20 } };
    expect(seen(issue_message(issue, 'en'))).toBe('The value must be between 0 and 20');
    expect(seen(issue_message(issue, 'he'))).toBe('הערך חייב להיות בין 0 ל-20');
    expect(seen(issue_message(issue, 'ar'))).toBe('يجب أن تكون القيمة بين 0 و20');
    expect(issue_message({ code: 'too-many', params: { max: 10000 } }, 'en')).toContain('10,000');
  });

  it('does not embed the field path', () => {
    expect(issue_message({ path: 'observations[2].n', code: 'negative' }, 'en')).not.toContain('observations');
  });

  it('translates the expected type', () => {
    expect(issue_message({ code: 'type', params: { expected: 'number' } }, 'he')).toBe('הערך צריך להיות מספר');
    expect(issue_message({ code: 'type', params: { expected: 'list' } }, 'ar')).toBe('يجب أن تكون القيمة قائمة');
    expect(issue_message({ code: 'type', params: { expected: 'text' } }, 'en')).toBe('The value must be text');
    expect(issue_message({ code: 'type', params: { expected: 'toString' } }, 'en')).toBe('The value must be toString');
  });

  it('fills in text params as given', () => {
    expect(seen(issue_message({ code: 'duplicate-period', params: { period: '2024/25' } }, 'he'))).toBe('התקופה 2024/25 מופיעה יותר מפעם אחת');
    expect(issue_message({ code: 'enum', params: { allowed: 'input, output, outcome' } }, 'en')).toContain('input, output, outcome');
  });

  it('leaves a placeholder whose param is missing', () => {
    expect(issue_message({ code: 'too-small' }, 'en')).toBe('The value must be at least {min}');
  });

  it('falls back to Hebrew for an unknown locale and to the unknown sentence for an unknown code', () => {
    expect(issue_message({ code: 'negative' }, 'fr' as Locale)).toBe(issue_messages.he.negative);
    expect(issue_message({ code: 'bogus' as IssueCode }, 'en')).toBe(issue_messages.en.unknown);
    expect(issue_message({ code: 'toString' as IssueCode }, 'en')).toBe(issue_messages.en.unknown);
    expect(issue_message(null as never, 'ar')).toBe(issue_messages.ar.unknown);
  });

  it('uses an overriding catalog, falling back to the built-in sentence for codes it lacks', () => {
    const custom = { ...issue_messages, en: { ...issue_messages.en, negative: 'No negatives, please' } } as IssueMessages;
    expect(issue_message({ code: 'negative' }, 'en', custom)).toBe('No negatives, please');
    const partial = { en: { negative: 'Nope' } } as unknown as IssueMessages;
    expect(issue_message({ code: 'required' }, 'en', partial)).toBe(issue_messages.en.required);
  });
});
