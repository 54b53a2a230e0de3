import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  baseTokenNames,
  colorTokenNames,
  cssVar,
  cssVarName,
  themes,
  tokens,
  type ThemeName,
  type TokenName,
} from '@rechesh/tokens';
import {
  COLOR_SCHEME,
  FONT_IMPORTS,
  THEME_SELECTORS,
  loadTokens,
  renderFontsCss,
  renderGeneratedTs,
  renderTokensCss,
  type ResolvedTokens,
} from '../build.mjs';

const file = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const distCss = file('../dist/tokens.css');
const distFonts = file('../dist/fonts.css');

/** The names components are written against. Renaming any of these is a breaking change. */
const statusFamilies = [
  'status-better',
  'status-worse',
  'status-similar',
  'status-none',
  'caution',
  'error',
  'info',
  'neutral-higher',
  'neutral-similar',
  'neutral-lower',
];
const requiredColors = [
  'color-bg',
  'color-surface',
  'color-surface-raised',
  'color-surface-sunken',
  'color-text',
  'color-text-muted',
  'color-border',
  'color-border-strong',
  'color-focus',
  'color-accent',
  'color-accent-text',
  'color-link',
  ...statusFamilies.flatMap((f) => ['bg', 'text', 'border'].map((s) => `color-${f}-${s}`)),
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `color-data-${i}`),
  'color-chart-grid',
  'color-chart-axis',
  'color-chart-target',
  'color-chart-band',
];
const requiredBase = [
  'font-family-base',
  'font-family-numeric',
  ...['xs', 'sm', 'md', 'lg', 'xl', '2xl'].map((s) => `font-size-${s}`),
  'line-height-tight',
  'line-height-base',
  'font-weight-regular',
  'font-weight-bold',
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `space-${i}`),
  'radius-sm',
  'radius-md',
  'radius-lg',
  'focus-width',
  'border-width',
  'duration-fast',
  'duration-base',
  'shadow-raised',
];

/** Body of the first rule whose selector (prelude) is exactly `selector`, inside `css`. */
function ruleBody(css: string, selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`No rule for ${JSON.stringify(selector)}`);
  const open = start + selector.length + 1;
  const close = css.indexOf('}', open);
  return css.slice(open + 1, close);
}

/** Body of an at-rule block `@media … { … }` (one level of nesting). */
function mediaBody(css: string, query: string): string {
  const start = css.indexOf(`@media ${query} {`);
  if (start < 0) throw new Error(`No @media ${query}`);
  let depth = 0;
  for (let i = css.indexOf('{', start); i < css.length; i++) {
    if (css[i] === '{') depth++;
    if (css[i] === '}' && --depth === 0) return css.slice(css.indexOf('{', start) + 1, i);
  }
  throw new Error(`Unclosed @media ${query}`);
}

function declarations(body: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of body.matchAll(/(--[\w-]+|color-scheme)\s*:\s*([^;]+);/g)) out.set(m[1]!, m[2]!.trim());
  return out;
}

let resolved: ResolvedTokens;
let css: string;
beforeAll(async () => {
  resolved = await loadTokens();
  css = renderTokensCss(resolved);
});

describe('token names', () => {
  it('every required colour token exists in every theme', () => {
    for (const theme of themes) {
      const names = Object.keys(tokens[theme]);
      expect(requiredColors.filter((n) => !names.includes(n)), theme).toEqual([]);
    }
  });

  it('every required base token exists', () => {
    expect(requiredBase.filter((n) => !(n in tokens.base))).toEqual([]);
  });

  it('no token is missing from any theme (all themes define the same names, in the same order)', () => {
    const reference = Object.keys(tokens.light);
    for (const theme of themes) expect(Object.keys(tokens[theme]), theme).toEqual(reference);
    expect(colorTokenNames).toEqual(reference);
    expect(baseTokenNames).toEqual(Object.keys(tokens.base));
  });

  it('theme list and map keys agree', () => {
    expect(themes).toEqual(['light', 'dark', 'high-contrast']);
    expect(Object.keys(tokens).sort()).toEqual(['base', 'dark', 'high-contrast', 'light']);
  });

  it('all names are lower-case kebab-case (valid in a custom property)', () => {
    for (const n of [...colorTokenNames, ...baseTokenNames]) expect(n).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('body line-height is at least 1.5 (Hebrew and Arabic)', () => {
    expect(tokens.base['line-height-base']).toBeGreaterThanOrEqual(1.5);
  });

  it('font stack puts Hebrew first and ends with generic families', () => {
    expect(tokens.base['font-family-base']).toBe(
      "'Noto Sans Hebrew', 'Noto Sans Arabic', 'Noto Sans', system-ui, sans-serif",
    );
  });

  it('cssVar / cssVarName', () => {
    expect(cssVar('color-text')).toBe('var(--rch-color-text)');
    expect(cssVar('space-4')).toBe('var(--rch-space-4)');
    expect(cssVarName('color-focus')).toBe('--rch-color-focus');
    // @ts-expect-error unknown token names are a type error
    cssVar('color-nope');
  });
});

describe('sources and generated files are in step', () => {
  it('src/generated.ts matches tokens/*.json (run `pnpm --filter @rechesh/tokens build` if not)', () => {
    expect(readFileSync(file('../src/generated.ts'), 'utf8')).toBe(renderGeneratedTs(resolved));
  });

  it.skipIf(!existsSync(distCss))('dist/tokens.css is current (run the build if not)', () => {
    expect(readFileSync(distCss, 'utf8')).toBe(css);
  });

  it.skipIf(!existsSync(distFonts))('dist/fonts.css is current', () => {
    expect(readFileSync(distFonts, 'utf8')).toBe(renderFontsCss());
  });
});

describe('tokens.css', () => {
  const cases = (): Array<[ThemeName, string]> => themes.map((t) => [t, THEME_SELECTORS[t]]);

  it('declares only --rch- custom properties', () => {
    const props = [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!);
    expect(props.length).toBeGreaterThan(0);
    expect(props.filter((p) => !p.startsWith('--rch-'))).toEqual([]);
  });

  it('declares every base token on :root', () => {
    const decl = declarations(ruleBody(css, ':root'));
    for (const name of baseTokenNames) expect(decl.get(`--rch-${name}`), name).toBe(String(tokens.base[name]));
    expect(decl.size).toBe(baseTokenNames.length);
  });

  it.each(themes.map((t) => [t] as const))('declares every %s colour token, with its value and color-scheme', (theme) => {
    const selector = cases().find(([t]) => t === theme)![1];
    const decl = declarations(ruleBody(css, selector));
    for (const name of colorTokenNames) expect(decl.get(`--rch-${name}`), `${theme} ${name}`).toBe(tokens[theme][name]);
    expect(decl.get('color-scheme')).toBe(COLOR_SCHEME[theme]);
    expect(decl.size).toBe(colorTokenNames.length + 1);
  });

  it('puts the light theme on :root and on [data-rch-theme="light"]', () => {
    expect(css).toContain(':root,\n[data-rch-theme="light"] {');
    expect(css).toContain('[data-rch-theme="dark"] {');
    expect(css).toContain('[data-rch-theme="high-contrast"] {');
  });

  it('follows prefers-color-scheme: dark when no theme is set', () => {
    const decl = declarations(ruleBody(mediaBody(css, '(prefers-color-scheme: dark)'), ':root:not([data-rch-theme])'));
    for (const name of colorTokenNames) expect(decl.get(`--rch-${name}`), name).toBe(tokens.dark[name]);
    expect(decl.get('color-scheme')).toBe('dark');
  });

  it('follows prefers-contrast: more (light scheme) when no theme is set', () => {
    const body = mediaBody(css, '(prefers-contrast: more) and (prefers-color-scheme: light)');
    const decl = declarations(ruleBody(body, ':root:not([data-rch-theme])'));
    for (const name of colorTokenNames) expect(decl.get(`--rch-${name}`), name).toBe(tokens['high-contrast'][name]);
  });

  it('maps every colour token to a CSS system colour under forced-colors: active', () => {
    const system = new Set([
      'Canvas',
      'CanvasText',
      'LinkText',
      'Highlight',
      'HighlightText',
      'GrayText',
      'ButtonText',
      'ButtonFace',
      'Mark',
      'MarkText',
    ]);
    const body = mediaBody(css, '(forced-colors: active)');
    const decl = declarations(ruleBody(body, ':root:not([data-rch-theme]),\n  [data-rch-theme]'));
    for (const name of colorTokenNames) {
      const value = decl.get(`--rch-${name}`);
      expect(value, name).toBeDefined();
      expect(system.has(value!), `${name}: ${value}`).toBe(true);
    }
    const expected: Partial<Record<TokenName, string>> = {
      'color-bg': 'Canvas',
      'color-surface': 'Canvas',
      'color-text': 'CanvasText',
      'color-link': 'LinkText',
      'color-focus': 'Highlight',
      'color-border': 'GrayText',
      'color-accent': 'ButtonText',
      'color-accent-text': 'ButtonFace',
      'color-caution-bg': 'Mark',
    };
    for (const [name, value] of Object.entries(expected)) expect(decl.get(`--rch-${name}`), name).toBe(value);
    // Every system colour the brief asks for is used at least once.
    const used = new Set(decl.values());
    for (const c of ['Canvas', 'CanvasText', 'LinkText', 'Highlight', 'GrayText', 'ButtonText', 'ButtonFace', 'Mark']) {
      expect(used.has(c), c).toBe(true);
    }
  });

  it('shortens durations under prefers-reduced-motion', () => {
    const decl = declarations(ruleBody(mediaBody(css, '(prefers-reduced-motion: reduce)'), ':root'));
    expect(decl.get('--rch-duration-fast')).toBe('1ms');
    expect(decl.get('--rch-duration-base')).toBe('1ms');
  });

  it('has balanced braces', () => {
    expect(css.split('{').length).toBe(css.split('}').length);
  });
});

describe('fonts.css', () => {
  const require = createRequire(import.meta.url);

  it('imports 400 and 700 of Noto Sans Hebrew, Arabic and Latin from @fontsource (no remote URLs)', () => {
    const fonts = renderFontsCss();
    for (const family of ['noto-sans-hebrew', 'noto-sans-arabic', 'noto-sans']) {
      for (const weight of [400, 700]) expect(fonts).toContain(`@import "@fontsource/${family}/${weight}.css";`);
    }
    expect(fonts).not.toMatch(/https?:/);
  });

  it.each(FONT_IMPORTS.map((s) => [s] as const))('%s resolves and serves local files only', (spec) => {
    const path = require.resolve(spec);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('@font-face');
    expect(text).not.toMatch(/url\(\s*['"]?https?:/);
  });
});
