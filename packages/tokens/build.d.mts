/** Types of build.mjs, for the tests that import its renderers. */
export type ResolvedTokens = {
  base: Record<string, string | number>;
  themes: Record<'light' | 'dark' | 'high-contrast', Record<string, string>>;
};
export declare const PREFIX: 'rch';
export declare const THEMES: readonly ['light', 'dark', 'high-contrast'];
export declare const COLOR_SCHEME: Record<'light' | 'dark' | 'high-contrast', 'light' | 'dark'>;
export declare const FONT_IMPORTS: readonly string[];
export declare const FORCED_COLORS: ReadonlyArray<[RegExp, string]>;
export declare const THEME_SELECTORS: Record<'light' | 'dark' | 'high-contrast', string>;
export declare function loadTokens(): Promise<ResolvedTokens>;
export declare function forcedColorFor(name: string): string;
export declare function renderTokensCss(tokens: ResolvedTokens): string;
export declare function renderFontsCss(): string;
export declare function renderGeneratedTs(tokens: ResolvedTokens): string;
export declare function build(): Promise<void>;
