import * as React from 'react';
import {
  locale_direction,
  locale_resolve,
  suppression_rule,
  commonMessages,
  translator_of,
  type Catalog,
  type Direction,
  type Locale,
  type Messages,
  type NumberingSystem,
  type SuppressionRule,
  type Translate,
} from '@rechesh/core';

/* -------------------------------------------------------------------------------------------------
 * RecheshProvider
 * -----------------------------------------------------------------------------------------------*/

/** The themes the tokens ship. */
export type Theme = 'light' | 'dark' | 'high-contrast';

export interface RecheshSettings {
  /** UI language. @defaultValue the document's `lang`, else 'he' */
  locale?: Locale;
  /** Reading direction. @defaultValue the locale's direction */
  dir?: Direction;
  /** Colour theme. Leave unset to inherit from the page (and follow `prefers-color-scheme`). */
  theme?: Theme;
  /** Digits used in numbers. @defaultValue 'latn' */
  numberingSystem?: NumberingSystem;
  /** Small-number rule for every component below. @defaultValue { minN: 10, unstableN: 20 } */
  suppression?: Partial<SuppressionRule>;
  /** Catalog overrides for every component below. */
  messages?: Partial<Messages>;
}

const RecheshContext = React.createContext<RecheshSettings | null>(null);
RecheshContext.displayName = 'RecheshContext';

export interface RecheshProviderProps extends RecheshSettings {
  children?: React.ReactNode;
  /**
   * Render a wrapping `<div>` carrying `dir`, `lang` and `data-rch-theme`, so the subtree reads in
   * the right direction and theme. Turn it off when the page already sets them.
   * @defaultValue true
   */
  wrap?: boolean;
}

/**
 * Sets language, direction, theme and the suppression rule for every Rechesh component below it,
 * including content they portal out of the tree (dialogs), which copies these settings.
 */
export function RecheshProvider({ children, wrap = true, ...settings }: RecheshProviderProps) {
  const parent = React.useContext(RecheshContext);
  const merged = React.useMemo<RecheshSettings>(
    () => ({
      ...parent,
      ...dropUndefined(settings),
      // Field by field: an inner provider that sets only one field of the rule or one message
      // must not drop the outer ones (and so must not weaken suppression).
      suppression: mergeRule(parent?.suppression, settings.suppression),
      messages: parent?.messages || settings.messages ? { ...parent?.messages, ...settings.messages } : undefined,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- compare by value, not identity
    [parent, settings.locale, settings.dir, settings.theme, settings.numberingSystem, settings.suppression, settings.messages],
  );
  // Resolved the same way as the components inside, so the wrapper never disagrees with them.
  const { locale, dir } = useRechesh(merged);
  return (
    <RecheshContext.Provider value={merged}>
      {wrap ? (
        <div className="rch-root" dir={dir} lang={locale} data-rch-theme={merged.theme}>
          {children}
        </div>
      ) : (
        children
      )}
    </RecheshContext.Provider>
  );
}

/**
 * Combines an outer and an inner suppression rule field by field. A nested setting can make the
 * rule stricter or restate it, never looser than what it inherits: hiding is the safe side.
 */
function mergeRule(
  outer: Partial<SuppressionRule> | undefined,
  inner: Partial<SuppressionRule> | undefined,
): Partial<SuppressionRule> | undefined {
  // Only whole, finite, non-negative counts count: NaN, Infinity, strings or negatives are no
  // override at all, so a bad inner value can never fall back below the outer rule.
  // Infinity asks to hide everything, and gets the largest count there is.
  const clean = (v: unknown) =>
    v === Infinity ? Number.MAX_SAFE_INTEGER : typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : undefined;
  const max = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b !== undefined ? Math.max(a, b) : (b ?? a);
  const o = { minN: clean(outer?.minN), unstableN: clean(outer?.unstableN) };
  const i = { minN: clean(inner?.minN), unstableN: clean(inner?.unstableN) };
  return { minN: max(o.minN, i.minN), unstableN: max(o.unstableN, i.unstableN) };
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/* -------------------------------------------------------------------------------------------------
 * useRechesh
 * -----------------------------------------------------------------------------------------------*/

/** Everything a component needs to speak the user's language in the user's direction. */
export interface ResolvedSettings {
  locale: Locale;
  dir: Direction;
  theme: Theme | undefined;
  numberingSystem: NumberingSystem;
  suppression: SuppressionRule;
  t: Translate;
  /** The string overrides in force (provider's and component's, merged), for core helpers. */
  messages: Partial<Messages> | undefined;
}

// Without a provider, components follow the document: <html lang="ar" dir="rtl"> is enough.
function subscribe(onChange: () => void): () => void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return () => {};
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
  return () => observer.disconnect();
}
function documentSnapshot(): string {
  const el = document.documentElement;
  return `${el.getAttribute('lang') ?? ''}|${el.getAttribute('dir') ?? ''}`;
}
function serverSnapshot(): string {
  return '|';
}

/**
 * Resolves settings for a component: its own props first, then the nearest provider, then the
 * document's `lang`/`dir`, then Hebrew/RTL. `catalog` is the component family's strings (each
 * family ships its own, so a page pays only for the text of the components it uses).
 */
export function useRechesh(local: RecheshSettings = {}, catalog: Catalog = commonMessages): ResolvedSettings {
  const ctx = React.useContext(RecheshContext);
  const doc = React.useSyncExternalStore(subscribe, documentSnapshot, serverSnapshot);
  const [docLang, docDir] = doc.split('|');
  const locale = local.locale ?? ctx?.locale ?? locale_resolve(docLang);
  const dir: Direction =
    local.dir ??
    ctx?.dir ??
    (local.locale || ctx?.locale ? undefined : docDir === 'rtl' || docDir === 'ltr' ? docDir : undefined) ??
    locale_direction(locale);
  const theme = local.theme ?? ctx?.theme;
  const numberingSystem = local.numberingSystem ?? ctx?.numberingSystem ?? 'latn';
  const suppressionInput = mergeRule(ctx?.suppression, local.suppression);
  const minN = suppressionInput?.minN;
  const unstableN = suppressionInput?.unstableN;
  const suppression = React.useMemo(() => suppression_rule({ minN, unstableN }), [minN, unstableN]);
  const localMessages = local.messages;
  const ctxMessages = ctx?.messages;
  const merged = React.useMemo(
    () => (localMessages || ctxMessages ? { ...ctxMessages, ...localMessages } : undefined),
    [localMessages, ctxMessages],
  );
  const t = React.useMemo(() => translator_of(catalog, locale, merged), [catalog, locale, merged]);
  return { locale, dir, theme, numberingSystem, suppression, t, messages: merged };
}
