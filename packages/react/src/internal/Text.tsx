import { locale_direction, text_resolve, type Locale, type LocalizedText } from '@rechesh/core';

/**
 * Data text with its language marked. A Hebrew name inside an English page gets `lang="he"` and
 * its own direction, so screen readers switch voice and the bidi algorithm orders it correctly.
 */
export function Text({ value, locale }: { value: LocalizedText | undefined; locale: Locale }) {
  const r = text_resolve(value, locale);
  if (r.lang && r.lang !== locale) {
    return (
      <span lang={r.lang} dir={locale_direction(r.lang)}>
        {r.text}
      </span>
    );
  }
  return <>{r.text}</>;
}
