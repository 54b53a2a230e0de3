import { describe, it, expect } from 'vitest';
import {
  messages,
  message_format,
  translator,
  translator_of,
  catalog_merge,
  commonMessages,
  indicatorMessages,
  trendMessages,
  comparisonMessages,
  comparisonTableMessages,
  logicModelMessages,
  worksheetMessages,
  type MessageKey,
} from '../../src/i18n/catalog.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(messages.en) as MessageKey[];

describe('the UI catalogs', () => {
  it.each(['he', 'ar'] as const)('%s has exactly the English keys, none empty', (locale) => {
    expect(Object.keys(messages[locale]).sort()).toEqual([...keys].sort());
    for (const k of keys) expect(messages[locale][k].trim(), k).not.toBe('');
  });

  it.each(['he', 'ar'] as const)('%s uses the same placeholders as English in every message', (locale) => {
    const mismatched = keys.filter((k) => placeholders(messages[locale][k]).join() !== placeholders(messages.en[k]).join());
    expect(mismatched).toEqual([]);
  });

  it.each(['he', 'ar'] as const)('%s is written in its own script (no English left untranslated)', (locale) => {
    const script = locale === 'he' ? /[\u0590-\u05ff]/ : /[\u0600-\u06ff]/;
    // Messages that are only placeholders and punctuation have nothing to translate.
    const untranslated = keys.filter((k) => /[a-z]{3,}/i.test(messages[locale][k].replace(/\{\w+\}/g, '')) && !script.test(messages[locale][k]));
    expect(untranslated).toEqual([]);
  });
});

describe('message_format', () => {
  it('fills placeholders', () => {
    expect(message_format('{n} cases of {total}', { n: 3, total: 10 })).toBe('3 cases of 10');
  });
  it('leaves an unknown placeholder visible rather than printing nothing', () => {
    expect(message_format('{n} cases', {})).toBe('{n} cases');
  });
});

describe('translator', () => {
  it('translates to the locale', () => {
    expect(translator('he')('card.target')).toBe('יעד');
    expect(translator('ar')('card.target')).toBe('الهدف');
    expect(translator('en')('card.target')).toBe('Target');
  });
  it('lets overrides replace single messages and keeps the rest', () => {
    const t = translator('he', { 'card.target': 'יעד שנתי' });
    expect(t('card.target')).toBe('יעד שנתי');
    expect(t('card.baseline')).toBe('ערך בסיס');
  });
});

describe('family catalogs', () => {
  const families = { commonMessages, indicatorMessages, trendMessages, comparisonMessages, comparisonTableMessages, logicModelMessages, worksheetMessages };
  it.each(Object.keys(families))('%s has the same keys in he, ar and en', (name) => {
    const c = families[name as keyof typeof families];
    expect(Object.keys(c.he).sort()).toEqual(Object.keys(c.en).sort());
    expect(Object.keys(c.ar).sort()).toEqual(Object.keys(c.en).sort());
  });

  it('do not share keys, and together make the full catalog', () => {
    const all = Object.values(families).flatMap((c) => Object.keys(c.en));
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(Object.keys(messages.en).sort());
  });

  it('merge, and a key missing from a catalog comes back visibly as the key', () => {
    const t = translator_of(catalog_merge(commonMessages), 'en');
    expect(t('card.target')).toBe('Target');
    expect(t('chart.instructions')).toBe('chart.instructions');
    expect(translator_of(catalog_merge(commonMessages, trendMessages), 'he')('chart.roledescription')).toBe('תרשים');
  });
});
