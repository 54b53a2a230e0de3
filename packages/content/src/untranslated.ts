/**
 * Translation audit: every text of the content, walked by path, so a portal can list what is
 * missing in a locale (and the UI falls back visibly there, never silently).
 */
import type { Locale } from '@rechesh/core';
import type { UntranslatedText } from './types.js';
import { basicAssumption, overallGoal, principles } from './principles.js';
import { fullLogicModel } from './full-model.js';
import { toolsMenu } from './tools.js';
import { glossary } from './glossary.js';
import { examples } from './examples.js';

const LOCALES: readonly Locale[] = ['he', 'ar', 'en'];

/** A text object: only locale keys, at least one of them a string. */
function isText(value: object): value is Partial<Record<Locale, string>> {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => (LOCALES as readonly string[]).includes(k)) && keys.some((k) => typeof (value as Record<string, unknown>)[k] === 'string');
}

function walk(value: unknown, path: string, visit: (path: string, text: Partial<Record<Locale, string>>) => void): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item: unknown, i) => {
      const id = item !== null && typeof item === 'object' && 'id' in item && typeof item.id === 'string' ? item.id : String(i);
      walk(item, `${path}[${id}]`, visit);
    });
    return;
  }
  if (isText(value)) {
    visit(path, value);
    return;
  }
  for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key, visit);
}

/** The content as one tree, in the order the audit reports it. */
const tree = { basicAssumption, overallGoal, principles, fullLogicModel, toolsMenu, glossary, examples };

/**
 * Every text of the content with its path, e.g. `principles[operator-as-partner].name`.
 * @example content_texts().length // the number of texts in the package
 */
export function content_texts(): { path: string; text: Partial<Record<Locale, string>> }[] {
  const out: { path: string; text: Partial<Record<Locale, string>> }[] = [];
  walk(tree, '', (path, text) => out.push({ path, text }));
  return out;
}

/**
 * The paths of texts that have no (non-empty) translation in `locale`. Hebrew and English are
 * complete, so only Arabic gives a list. Paths use ids where items have them.
 * @example content_untranslated('en') // []
 * @example content_untranslated('ar')[0] // { path: 'examples[example-detox-inpatient].basis', locale: 'ar' }
 */
export function content_untranslated(locale: Locale): UntranslatedText[] {
  return content_texts()
    .filter(({ text }) => !text[locale]?.trim())
    .map(({ path }) => ({ path, locale }));
}

/**
 * How many texts there are and how many of them each locale has.
 * @example content_translationCoverage().translated.he === content_translationCoverage().total // true
 */
export function content_translationCoverage(): { total: number; translated: Record<Locale, number> } {
  const texts = content_texts();
  const count = (l: Locale) => texts.filter(({ text }) => !!text[l]?.trim()).length;
  return { total: texts.length, translated: { he: count('he'), ar: count('ar'), en: count('en') } };
}
