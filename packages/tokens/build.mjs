#!/usr/bin/env node
/**
 * Build of @rechesh/tokens.
 *
 *   tokens/base.json, tokens/{light,dark,high-contrast}.json   (W3C DTCG format, the source of truth)
 *     │  Style Dictionary 5 (usesDtcg) resolves aliases and transforms values to CSS
 *     ├─► dist/tokens.css      custom properties (--rch-*) per theme, media-query fallbacks, forced colours
 *     ├─► dist/fonts.css       @font-face through @fontsource (self-hosted, no CDN)
 *     ├─► src/generated.ts     typed token map (committed; the workspace imports src/ directly)
 *     └─► dist/*.js, *.d.ts    src/ compiled by tsc (tsconfig.build.json)
 *
 * Also importable (see build.d.mts): the tests render tokens.css and generated.ts in memory and
 * check that the committed/built files are current.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import StyleDictionary from 'style-dictionary';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export const PREFIX = 'rch';
/** Theme name → source file under tokens/. The first theme is the default (on :root). */
export const THEMES = /** @type {const} */ (['light', 'dark', 'high-contrast']);
/** `color-scheme` per theme, so UA widgets (scrollbars, form controls) match. */
export const COLOR_SCHEME = { light: 'light', dark: 'dark', 'high-contrast': 'light' };

export const FONT_IMPORTS = [
  '@fontsource/noto-sans-hebrew/400.css',
  '@fontsource/noto-sans-hebrew/700.css',
  '@fontsource/noto-sans-arabic/400.css',
  '@fontsource/noto-sans-arabic/700.css',
  '@fontsource/noto-sans/400.css',
  '@fontsource/noto-sans/700.css',
];

/**
 * Windows High Contrast / forced-colors mode: map every colour token to a CSS system colour so
 * that SVG charts and elements with forced-color-adjust: none follow the user's palette.
 * Keys are token names; values are matched in order, the first pattern wins.
 * @type {Array<[RegExp, string]>}
 */
export const FORCED_COLORS = [
  [/^color-(bg|surface|surface-raised|surface-sunken)$/, 'Canvas'],
  [/^color-(text|text-muted)$/, 'CanvasText'],
  [/^color-border$/, 'GrayText'],
  [/^color-border-strong$/, 'CanvasText'],
  [/^color-focus$/, 'Highlight'],
  [/^color-accent$/, 'ButtonText'],
  [/^color-accent-text$/, 'ButtonFace'],
  [/^color-link$/, 'LinkText'],
  [/^color-caution-bg$/, 'Mark'],
  [/^color-caution-text$/, 'MarkText'],
  [/^color-status-none-(text|border)$/, 'GrayText'],
  [/-bg$/, 'Canvas'],
  [/-(text|border)$/, 'CanvasText'],
  [/^color-data-\d+$/, 'CanvasText'],
  [/^color-chart-grid$/, 'GrayText'],
  [/^color-chart-axis$/, 'CanvasText'],
  [/^color-chart-(target|band)$/, 'Highlight'],
];

/** Durations under prefers-reduced-motion: reduce (1ms rather than 0 so transitionend still fires). */
const REDUCED_MOTION_DURATION = '1ms';

// ---------------------------------------------------------------------------------------------
// Style Dictionary
// ---------------------------------------------------------------------------------------------

const dimension = (v) =>
  v && typeof v === 'object' && 'value' in v && 'unit' in v ? `${v.value}${v.unit}` : v;

StyleDictionary.registerTransform({
  // Flat names straight from the token path: color.status.better.bg → color-status-better-bg.
  // (name/kebab would re-split "2xl" and digits; we want the path verbatim.)
  name: 'rch/name',
  type: 'name',
  transform: (token) => token.path.join('-'),
});

StyleDictionary.registerTransform({
  // DTCG 2025 object durations ({ value: 120, unit: "ms" }) → "120ms".
  name: 'rch/duration',
  type: 'value',
  filter: (token) => (token.$type ?? token.type) === 'duration',
  transform: (token) => dimension(token.$value ?? token.value),
});

StyleDictionary.registerTransform({
  // DTCG 2025 object dimensions ({ value: 1, unit: "rem" }) → "1rem" (pass-through for strings).
  name: 'rch/dimension',
  type: 'value',
  filter: (token) => (token.$type ?? token.type) === 'dimension',
  transform: (token) => dimension(token.$value ?? token.value),
});

const TRANSFORMS = [
  'attribute/cti',
  'rch/name',
  'rch/dimension',
  'rch/duration',
  'fontFamily/css',
  'color/css',
  'shadow/css/shorthand',
];

/**
 * Resolve one DTCG file with Style Dictionary.
 * @returns {Promise<Array<{ name: string; value: string | number; type: string | undefined; description: string | undefined }>>}
 */
async function resolveFile(file) {
  const sd = new StyleDictionary({
    usesDtcg: true,
    source: [path.join(here, 'tokens', file)],
    log: { warnings: 'error', verbosity: 'silent' },
    platforms: { css: { transforms: TRANSFORMS, files: [] } },
  });
  const dictionary = await sd.getPlatformTokens('css');
  return dictionary.allTokens.map((t) => ({
    name: t.name,
    value: t.$value,
    type: t.$type,
    description: t.$description,
  }));
}

/**
 * Load and resolve all token files.
 * @returns {Promise<{ base: Record<string, string | number>; themes: Record<string, Record<string, string>> }>}
 */
export async function loadTokens() {
  const toRecord = (list) => Object.fromEntries(list.map((t) => [t.name, t.value]));
  const [base, ...themeLists] = await Promise.all([
    resolveFile('base.json'),
    ...THEMES.map((t) => resolveFile(`${t}.json`)),
  ]);
  const themes = Object.fromEntries(THEMES.map((t, i) => [t, toRecord(themeLists[i])]));

  // Every theme must define exactly the same tokens, and only colours.
  const reference = Object.keys(themes[THEMES[0]]).sort();
  for (const theme of THEMES) {
    const names = Object.keys(themes[theme]).sort();
    const missing = reference.filter((n) => !names.includes(n));
    const extra = names.filter((n) => !reference.includes(n));
    if (missing.length || extra.length) {
      throw new Error(
        `Theme "${theme}" differs from "${THEMES[0]}": missing [${missing.join(', ')}], extra [${extra.join(', ')}]`,
      );
    }
    for (const [name, value] of Object.entries(themes[theme])) {
      if (!name.startsWith('color-')) throw new Error(`Theme "${theme}": non-colour token ${name}`);
      if (typeof value !== 'string' || !/^(#[0-9a-f]{3}([0-9a-f]{3})?|rgba?\([^)]*\))$/i.test(value)) {
        throw new Error(`Theme "${theme}": ${name} is not an opaque CSS colour: ${value}`);
      }
    }
  }
  const baseRecord = toRecord(base);
  for (const name of Object.keys(baseRecord)) {
    if (name.startsWith('color-')) throw new Error(`base.json must not define colours (${name})`);
  }
  return { base: baseRecord, themes };
}

// ---------------------------------------------------------------------------------------------
// Renderers (pure; used by the build and by the tests)
// ---------------------------------------------------------------------------------------------

const HEADER = (what, from = ' from tokens/*.json') =>
  `/**\n * @rechesh/tokens — ${what}\n * Generated by packages/tokens/build.mjs${from}. Do not edit.\n */\n`;

const declarations = (record, indent) =>
  Object.entries(record)
    .map(([name, value]) => `${indent}--${PREFIX}-${name}: ${value};`)
    .join('\n');

const block = (selector, body, indent = '') =>
  `${indent}${selector} {\n${body}\n${indent}}`;

const themeBody = (theme, record, indent) =>
  `${indent}color-scheme: ${COLOR_SCHEME[theme]};\n${declarations(record, indent)}`;

/** The system colour a colour token maps to under forced-colors: active. */
export function forcedColorFor(name) {
  const hit = FORCED_COLORS.find(([re]) => re.test(name));
  if (!hit) throw new Error(`No forced-colors mapping for ${name}`);
  return hit[1];
}

/** Selector of each theme's block (exported for tests). */
export const THEME_SELECTORS = {
  light: ':root,\n[data-rch-theme="light"]',
  dark: '[data-rch-theme="dark"]',
  'high-contrast': '[data-rch-theme="high-contrast"]',
};

/** @param {{ base: Record<string, string | number>; themes: Record<string, Record<string, string>> }} tokens */
export function renderTokensCss({ base, themes }) {
  const colorNames = Object.keys(themes[THEMES[0]]);
  const durations = Object.fromEntries(
    Object.keys(base)
      .filter((n) => n.startsWith('duration-'))
      .map((n) => [n, REDUCED_MOTION_DURATION]),
  );
  const forced = Object.fromEntries(colorNames.map((n) => [n, forcedColorFor(n)]));
  const parts = [
    HEADER('design tokens as CSS custom properties.\n * Set data-rch-theme="light|dark|high-contrast" on any element to theme its subtree.'),
    '/* Base tokens (theme-independent). */',
    block(':root', declarations(base, '  ')),
    '',
    ...THEMES.flatMap((theme) => [
      `/* Theme: ${theme}${theme === THEMES[0] ? ' (default)' : ''}. */`,
      block(THEME_SELECTORS[theme], themeBody(theme, themes[theme], '  ')),
      '',
    ]),
    '/* No explicit theme: follow the operating system. */',
    '@media (prefers-color-scheme: dark) {',
    block(':root:not([data-rch-theme])', themeBody('dark', themes.dark, '    '), '  '),
    '}',
    '',
    '@media (prefers-contrast: more) and (prefers-color-scheme: light) {',
    block(':root:not([data-rch-theme])', themeBody('high-contrast', themes['high-contrast'], '    '), '  '),
    '}',
    '',
    '@media (prefers-reduced-motion: reduce) {',
    block(':root', declarations(durations, '    '), '  '),
    '}',
    '',
    '/* Forced colours (e.g. Windows contrast themes): defer to the user\'s system colours. */',
    '@media (forced-colors: active) {',
    block(':root:not([data-rch-theme]),\n  [data-rch-theme]', declarations(forced, '    '), '  '),
    '}',
    '',
  ];
  return parts.join('\n');
}

export function renderFontsCss() {
  return [
    HEADER(
      'fonts, self-hosted from npm through @fontsource (no CDN).\n * Noto Sans Hebrew, Noto Sans Arabic and Noto Sans, weights 400 and 700, font-display: swap;\n * each face is split by unicode-range, so browsers download only the scripts a page uses.',
      '',
    ),
    ...FONT_IMPORTS.map((spec) => `@import "${spec}";`),
    '',
  ].join('\n');
}

const tsString = (v) => (typeof v === 'number' ? String(v) : JSON.stringify(String(v)));
const tsRecord = (record, indent) =>
  Object.entries(record)
    .map(([k, v]) => `${indent}'${k}': ${tsString(v)},`)
    .join('\n');

/** @param {{ base: Record<string, string | number>; themes: Record<string, Record<string, string>> }} tokens */
export function renderGeneratedTs({ base, themes }) {
  const themeEntries = THEMES.map(
    (theme) => `  '${theme}': {\n${tsRecord(themes[theme], '    ')}\n  },`,
  ).join('\n');
  return `// Generated by packages/tokens/build.mjs from tokens/*.json. Do not edit by hand:
// change the JSON and run \`pnpm --filter @rechesh/tokens build\`.

/** Resolved token values: base tokens, and the colour tokens of each theme, keyed by flat name. */
export const tokens = {
  base: {
${tsRecord(base, '    ')}
  },
${themeEntries}
} as const;

/** Names of the themes, default first. */
export const themes = [${THEMES.map((t) => `'${t}'`).join(', ')}] as const;
`;
}

// ---------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------

export async function build() {
  const started = performance.now();
  const tokens = await loadTokens();

  for (const spec of FONT_IMPORTS) require.resolve(spec); // fail early if a font package is missing

  const dist = path.join(here, 'dist');
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });

  const generatedPath = path.join(here, 'src', 'generated.ts');
  const generated = renderGeneratedTs(tokens);
  const previous = await readFile(generatedPath, 'utf8').catch(() => null);
  if (previous !== generated) await writeFile(generatedPath, generated);

  await Promise.all([
    writeFile(path.join(dist, 'tokens.css'), renderTokensCss(tokens)),
    writeFile(path.join(dist, 'fonts.css'), renderFontsCss()),
  ]);

  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(here, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });

  const count = Object.keys(tokens.base).length + Object.keys(tokens.themes[THEMES[0]]).length;
  console.log(
    `@rechesh/tokens: ${count} tokens (${Object.keys(tokens.base).length} base + ${Object.keys(tokens.themes[THEMES[0]]).length} colours × ${THEMES.length} themes) in ${Math.round(performance.now() - started)} ms`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await build();
}
