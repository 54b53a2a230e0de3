import { describe, it, expect } from 'vitest';
import { format_change, format_number, format_relative, format_value, intl_tag } from '../../src/format/number.js';

// Intl wraps some output in direction marks; compare what a reader sees.
const visible = (s: string) => s.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '').replace(/\u00a0|\u202f/g, ' ');

describe('intl_tag', () => {
  it('pins Latin digits by default, for Arabic too', () => {
    expect(intl_tag({ locale: 'ar' })).toBe('ar-u-nu-latn');
    expect(intl_tag({ locale: 'he' })).toBe('he-IL-u-nu-latn');
  });
  it('uses Arabic-Indic digits when asked', () => {
    expect(intl_tag({ locale: 'ar', numberingSystem: 'arab' })).toBe('ar-u-nu-arab');
  });
});

describe('format_value', () => {
  it('shows percentages stored as percent (42.5 means 42.5 %)', () => {
    expect(visible(format_value(42.5, 'percent', { locale: 'en' }))).toBe('42.5%');
    expect(visible(format_value(42.5, 'percent', { locale: 'he' }))).toBe('42.5%');
  });
  it('uses Latin digits in Arabic unless asked otherwise', () => {
    expect(visible(format_value(1234, 'count', { locale: 'ar' }))).toBe('1,234');
    expect(visible(format_value(42.5, 'percent', { locale: 'ar', numberingSystem: 'arab' }))).toMatch(/٤٢٫٥/);
  });
  it('groups thousands and honours decimals', () => {
    expect(format_value(12345.678, 'count', { locale: 'en', decimals: 2 })).toBe('12,345.68');
    expect(format_value(12345, 'count', { locale: 'he' })).toBe('12,345');
  });
  it('names days, hours and shekels in the locale', () => {
    expect(visible(format_value(3, 'days', { locale: 'en' }))).toBe('3 days');
    expect(visible(format_value(3, 'days', { locale: 'he' }))).toBe('3 ימים');
    expect(visible(format_value(2.5, 'hours', { locale: 'en', decimals: 1 }))).toBe('2.5 hours');
    expect(visible(format_value(1500, 'ils', { locale: 'he' }))).toMatch(/1,500/);
    expect(visible(format_value(1500, 'ils', { locale: 'he' }))).toMatch(/₪/);
  });
  it('writes rates per 1,000 in words', () => {
    expect(format_value(12.3, 'per-1000', { locale: 'en' })).toBe('12.3 per 1,000');
    expect(format_value(12.3, 'per-1000', { locale: 'he' })).toBe('12.3 ל-1,000');
  });
  it('gives an empty string for values that are not finite numbers', () => {
    for (const v of [Number.NaN, Infinity, -Infinity, '12' as unknown as number]) {
      expect(format_value(v, 'percent', { locale: 'he' })).toBe('');
      expect(format_number(v, { locale: 'he' })).toBe('');
    }
  });
  it('ignores nonsense decimals and falls back to the unit default', () => {
    expect(visible(format_value(42.25, 'percent', { locale: 'en', decimals: -3 }))).toBe('42.3%');
    expect(format_value(7.6, 'count', { locale: 'en', decimals: 1.5 })).toBe('8');
  });
});

describe('format_change', () => {
  it('shows a change in a percentage in points, with a sign', () => {
    expect(visible(format_change(2.5, 'percent', { locale: 'en' }))).toBe('+2.5 pts');
    expect(visible(format_change(-2.5, 'percent', { locale: 'he' }))).toBe('-2.5 נק׳');
    expect(visible(format_change(0, 'percent', { locale: 'en' }))).toBe('0.0 pts');
  });
  it('can leave the sign out (a distance)', () => {
    expect(visible(format_change(2.5, 'percent', { locale: 'en', signed: false }))).toBe('2.5 pts');
  });
  it('isolates the number so its sign stays in front of it in right-to-left text', () => {
    const text = format_change(2.5, 'percent', { locale: 'he' });
    expect(text.startsWith('\u2066')).toBe(true);
    expect(visible(text.slice(0, text.indexOf('\u2069')))).toBe('+2.5');
    expect(text.endsWith('\u2069 נק׳')).toBe(true);
  });
  it('uses the unit for other units', () => {
    expect(visible(format_change(3, 'count', { locale: 'en' }))).toBe('+3');
    expect(visible(format_change(-1, 'days', { locale: 'en' }))).toBe('-1 day');
  });
});

describe('format_relative', () => {
  it('shows a relative change as a signed, isolated percent', () => {
    expect(format_relative(10, { locale: 'en' })).toBe('\u2066+10%\u2069');
    expect(visible(format_relative(-10, { locale: 'ar' }))).toBe('-10%');
  });
});
