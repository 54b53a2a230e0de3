import type { Direction, Locale, LocalizedText } from '../schema/types.js';

/** Every locale we ship, Hebrew first. */
export const locales: readonly Locale[] = ['he', 'ar', 'en'];

const RTL: ReadonlySet<Locale> = new Set(['he', 'ar']);

/**
 * Reading direction of a locale.
 * @example locale_direction('he') // 'rtl'
 */
export function locale_direction(locale: Locale): Direction {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}

/**
 * Maps any BCP 47 tag (or nothing) to one of our locales. Hebrew is the default because the
 * ministries' interfaces are Hebrew first.
 * @example locale_resolve('ar-IL') // 'ar'
 * @example locale_resolve('iw') // 'he' (the old code for Hebrew, still sent by some systems)
 */
export function locale_resolve(tag: string | null | undefined, fallback: Locale = 'he'): Locale {
  if (typeof tag !== 'string' || tag === '') return fallback;
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  if (primary === 'he' || primary === 'iw') return 'he';
  if (primary === 'ar') return 'ar';
  if (primary === 'en') return 'en';
  return fallback;
}

/** Resolved data text: what to show, and in which language it is (for the `lang` attribute). */
export interface ResolvedText {
  text: string;
  /** Language of `text`, when known. */
  lang: Locale | undefined;
  /** True when the text is not in the requested locale (the UI should mark it with `lang`). */
  fallback: boolean;
}

const FALLBACK_ORDER: readonly Locale[] = ['he', 'en', 'ar'];

/**
 * Picks the text for a locale from data text, falling back visibly: the result says which
 * language it is in, so the component can set `lang` and a screen reader reads it correctly.
 * @example text_resolve({ he: 'שלום', en: 'Hello' }, 'ar') // { text: 'שלום', lang: 'he', fallback: true }
 */
export function text_resolve(text: LocalizedText | null | undefined, locale: Locale): ResolvedText {
  if (typeof text === 'string') {
    const lang = text_script(text);
    return { text, lang, fallback: lang !== undefined && lang !== locale };
  }
  if (text === null || typeof text !== 'object') return { text: '', lang: undefined, fallback: false };
  const own = text[locale];
  if (typeof own === 'string' && own !== '') return { text: own, lang: locale, fallback: false };
  for (const l of FALLBACK_ORDER) {
    const t = text[l];
    if (typeof t === 'string' && t !== '') return { text: t, lang: l, fallback: true };
  }
  return { text: '', lang: undefined, fallback: false };
}

/**
 * Guesses the language of a plain data string from its first strong letter: Hebrew and Arabic
 * letters are unambiguous; Latin letters could be any language, so they give `undefined`.
 * @example text_script('שיעור CGAS') // 'he'
 */
export function text_script(text: string): Locale | undefined {
  const m = /[\p{L}]/u.exec(text);
  if (!m) return undefined;
  const c = m[0].codePointAt(0)!;
  if (c >= 0x0590 && c <= 0x05ff) return 'he';
  if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff)) return 'ar';
  return undefined;
}

/**
 * Just the string of `text_resolve`, without building its result or guessing a plain string's
 * language: tables read 10,000 names through this.
 */
export function text_get(text: LocalizedText | null | undefined, locale: Locale): string {
  if (typeof text === 'string') return text;
  if (text === null || typeof text !== 'object') return '';
  const own = text[locale];
  if (typeof own === 'string' && own !== '') return own;
  for (const l of FALLBACK_ORDER) {
    const t = text[l];
    if (typeof t === 'string' && t !== '') return t;
  }
  return '';
}
