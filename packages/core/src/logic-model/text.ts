/**
 * Text measurement without a DOM: a greedy word-wrap by characters per line, and a box-size
 * estimate built on it. The React side may measure real text instead and pass its own `size`
 * to `logicModel_layout`; the estimate is what server rendering and the first paint use.
 */
import type { Locale } from '../schema/types.js';
import { text_get } from '../i18n/locale.js';
import type { LogicModelBox } from './types.js';

/**
 * Wraps text into lines of at most `charsPerLine` characters, breaking at spaces; a word longer
 * than a line is cut. Counts code points, so Hebrew with niqqud or an emoji is not split in half.
 * Whitespace runs collapse as in HTML. Bad limits are treated as 1.
 * @example text_wrap('Fewer readmissions within a year', 12) // ['Fewer', 'readmissions', 'within a', 'year']
 */
export function text_wrap(text: string, charsPerLine: number): string[] {
  const limit = Number.isFinite(charsPerLine) && charsPerLine >= 1 ? Math.floor(charsPerLine) : 1;
  const words = String(text ?? '').split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line: string[] = [];
  let length = 0;
  for (const word of words) {
    let chars = Array.from(word);
    if (length > 0 && length + 1 + chars.length <= limit) {
      line.push(word);
      length += 1 + chars.length;
      continue;
    }
    if (length > 0) lines.push(line.join(' '));
    line = [];
    length = 0;
    while (chars.length > limit) {
      lines.push(chars.slice(0, limit).join(''));
      chars = chars.slice(limit);
    }
    if (chars.length > 0) {
      line = [chars.join('')];
      length = chars.length;
    }
  }
  if (length > 0) lines.push(line.join(' '));
  return lines;
}

/** How `logicModel_boxSize` estimates. Lengths in CSS pixels. */
export interface BoxSizeOptions {
  /** Language whose label is measured. @defaultValue 'he' */
  locale?: Locale;
  /** Box width. @defaultValue 200 */
  width?: number;
  /** Average character width (about 0.5em for Hebrew and Latin at 16px). @defaultValue 8 */
  charWidth?: number;
  /** Line height. @defaultValue 20 */
  lineHeight?: number;
  /** Padding on each side, inside the box. @defaultValue 10 */
  padding?: number;
  /** Extra block size for the responsibility marking and the indicator badge row. @defaultValue 22 */
  footer?: number;
  /** Fewest lines a box is given, so short boxes keep a common height. @defaultValue 2 */
  minLines?: number;
}

const positive = (x: number | undefined, fallback: number): number => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : fallback);

/**
 * An estimated box size from its wrapped label: fixed width, height from the number of lines.
 * @example logicModel_boxSize({ id: 'a', column: 'out', label: 'Detox completed' }) // { width: 200, height: 82 }
 */
export function logicModel_boxSize(box: LogicModelBox, options: BoxSizeOptions = {}): { width: number; height: number } {
  const width = positive(options.width, 200);
  const padding = positive(options.padding, 10);
  const charWidth = Math.max(1, positive(options.charWidth, 8));
  const lineHeight = positive(options.lineHeight, 20);
  const footer = positive(options.footer, 22);
  const minLines = positive(options.minLines, 2);
  const chars = Math.max(1, Math.floor((width - 2 * padding) / charWidth));
  const label = text_get(box?.label, options.locale ?? 'he');
  const lines = Math.max(minLines, text_wrap(label, chars).length);
  return { width, height: lines * lineHeight + 2 * padding + footer };
}
