import { describe, it, expect } from 'vitest';
import { format_date, format_period } from '../../src/format/period.js';

describe('format_period', () => {
  it.each([
    ['2025', 'he', '2025'],
    ['2025', 'en', '2025'],
    ['2025-Q3', 'he', 'רבעון 3 2025'],
    ['2025-Q3', 'ar', 'الربع 3 2025'],
    ['2025-Q3', 'en', 'Q3 2025'],
    ['2025-H1', 'he', 'מחצית 1 2025'],
    ['2025-H2', 'en', 'H2 2025'],
    ['2025-03', 'en', 'March 2025'],
    ['2025-03', 'he', 'מרץ 2025'],
    ['2024/25', 'en', 'School year 2024–25'],
    ['2024/25', 'he', 'שנת הלימודים 2024–25'],
  ] as const)('%s in %s reads "%s"', (period, locale, expected) => {
    expect(format_period(period, { locale }).replace(/[\u2066-\u2069]/g, '')).toBe(expected);
  });

  it('isolates a school-year span so it is not reversed in right-to-left text', () => {
    expect(format_period('2024/25', { locale: 'he' })).toBe('שנת הלימודים \u20662024–25\u2069');
  });

  it('never groups a year like a quantity', () => {
    expect(format_period('2025', { locale: 'en' })).not.toContain(',');
  });

  it('gives back a label it does not know rather than hiding it', () => {
    expect(format_period('week 12', { locale: 'en' })).toBe('week 12');
    expect(format_period(42 as unknown as string, { locale: 'en' })).toBe('');
  });
});

describe('format_date', () => {
  it('formats ISO dates in the locale, independent of the machine time zone', () => {
    expect(format_date('2025-09-01', { locale: 'en' })).toMatch(/1 Sept? 2025/);
    expect(format_date('2025-01-01', { locale: 'he' })).toMatch(/2025/);
  });
  it('returns a malformed date unchanged', () => {
    expect(format_date('2025-13-01', { locale: 'en' })).toBe('2025-13-01');
  });
});
