/**
 * @rechesh/tokens — typed access to the design tokens.
 *
 * The CSS lives in `@rechesh/tokens/tokens.css` (custom properties `--rch-*`) and
 * `@rechesh/tokens/fonts.css`; this module gives components and charts the names and resolved
 * values, plus the list of colour pairs whose contrast the package guarantees.
 */
import { tokens, themes as themeList } from './generated.js';

export { tokens } from './generated.js';
export { contrastPairs, minimumContrast } from './contrast.js';
export type { ContrastKind, ContrastPair } from './contrast.js';

/** A colour theme. Select one with `data-rch-theme="<name>"` on any element. */
export type ThemeName = 'light' | 'dark' | 'high-contrast';

/** Colour tokens: defined, with different values, in every theme. */
export type ColorTokenName = keyof (typeof tokens)['light'];
/** Theme-independent tokens: typography, spacing, radius, focus, motion, elevation. */
export type BaseTokenName = keyof (typeof tokens)['base'];
/** Any token name, without the `--rch-` prefix, e.g. `'color-text'` or `'space-4'`. */
export type TokenName = ColorTokenName | BaseTokenName;

/** Resolved values of one theme's colour tokens. */
export type ThemeTokens = { readonly [K in ColorTokenName]: string };

/** All themes, default (`light`) first. */
export const themes: readonly ThemeName[] = themeList;

/** Prefix of every custom property. */
export const TOKEN_PREFIX = 'rch';

/** Colour token names (the same in every theme). */
export const colorTokenNames = Object.keys(tokens.light) as readonly ColorTokenName[];
/** Base token names. */
export const baseTokenNames = Object.keys(tokens.base) as readonly BaseTokenName[];

/** The custom-property name of a token: `cssVarName('color-text')` → `'--rch-color-text'`. */
export function cssVarName(name: TokenName): `--rch-${TokenName}` {
  return `--${TOKEN_PREFIX}-${name}` as `--rch-${TokenName}`;
}

/** A `var()` reference to a token: `cssVar('color-text')` → `'var(--rch-color-text)'`. */
export function cssVar(name: TokenName): string {
  return `var(${cssVarName(name)})`;
}
