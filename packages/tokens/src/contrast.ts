import type { tokens } from './generated.js';

type ColorTokenName = keyof (typeof tokens)['light'];

/**
 * `text`: WCAG 2.x SC 1.4.3 (AA) — at least 4.5:1.
 * `graphic`: WCAG 2.x SC 1.4.11 — at least 3:1 for UI boundaries, focus indicators and chart marks.
 */
export type ContrastKind = 'text' | 'graphic';

/** A foreground/background pair of colour tokens whose contrast is guaranteed in every theme. */
export interface ContrastPair {
  readonly fg: ColorTokenName;
  readonly bg: ColorTokenName;
  readonly kind: ContrastKind;
}

/** Minimum WCAG 2.x contrast ratio per kind of pair. */
export const minimumContrast: { readonly [K in ContrastKind]: number } = { text: 4.5, graphic: 3 };

/** Backgrounds that text and controls are placed on. */
const surfaces = ['color-bg', 'color-surface', 'color-surface-raised', 'color-surface-sunken'] as const;

/** Families with `-bg`, `-text` and `-border` members. */
const families = [
  'color-status-better',
  'color-status-worse',
  'color-status-similar',
  'color-status-none',
  'color-caution',
  'color-error',
  'color-info',
  'color-neutral-higher',
  'color-neutral-similar',
  'color-neutral-lower',
] as const;

const dataColors = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `color-data-${i}` as ColorTokenName);

function buildPairs(): ContrastPair[] {
  const pairs: ContrastPair[] = [];
  const text = (fg: ColorTokenName, bg: ColorTokenName) => pairs.push({ fg, bg, kind: 'text' });
  const graphic = (fg: ColorTokenName, bg: ColorTokenName) => pairs.push({ fg, bg, kind: 'graphic' });

  // Running text, secondary text and links on every background.
  for (const bg of surfaces) {
    text('color-text', bg);
    text('color-text-muted', bg);
    text('color-link', bg);
    text('color-accent', bg);
  }
  // Primary buttons.
  text('color-accent-text', 'color-accent');

  // Status, caution, error, info and neutral comparison families.
  for (const family of families) {
    const fg = `${family}-text` as ColorTokenName;
    const bg = `${family}-bg` as ColorTokenName;
    text(fg, bg);
    text('color-text', bg);
    text(fg, 'color-surface');
    text(fg, 'color-surface-raised');
    text(fg, 'color-bg');
    graphic(`${family}-border` as ColorTokenName, 'color-surface');
  }

  // Charts: series, target and axis lines.
  for (const fg of [...dataColors, 'color-chart-target', 'color-chart-axis'] as ColorTokenName[]) {
    graphic(fg, 'color-surface');
    graphic(fg, 'color-bg');
  }

  // Control boundaries and focus indicators.
  for (const bg of surfaces) {
    graphic('color-border-strong', bg);
    graphic('color-focus', bg);
  }
  return pairs;
}

/**
 * Every colour pair the components use, with the contrast the package guarantees for it in every
 * theme (checked by test/contrast.test.ts). Components must not put text or essential graphics on
 * a pair that is not listed here.
 */
export const contrastPairs: readonly ContrastPair[] = buildPairs();
