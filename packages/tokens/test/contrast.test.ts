import { describe, expect, it } from 'vitest';
import { contrastPairs, minimumContrast, themes, tokens, type ColorTokenName, type ThemeName } from '@rechesh/tokens';
import {
  contrastRatio,
  deltaE76,
  hueSaturation,
  parseColor,
  relativeLuminance,
  simulate,
  type Vision,
} from './color.js';

const color = (theme: ThemeName, name: ColorTokenName): string => tokens[theme][name];

describe('WCAG contrast formula (self-check)', () => {
  it('parses #rgb, #rrggbb and rgb()', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('#0B57A4')).toEqual([11, 87, 164]);
    expect(parseColor('rgb(11, 87, 164)')).toEqual([11, 87, 164]);
    expect(parseColor('rgb(11 87 164)')).toEqual([11, 87, 164]);
    expect(parseColor('rgba(11, 87, 164, 1)')).toEqual([11, 87, 164]);
    expect(parseColor('rgb(100% 0% 50%)')).toEqual([255, 0, 127.5]);
    expect(() => parseColor('rgba(0, 0, 0, 0.5)')).toThrow(/translucent/);
    expect(() => parseColor('oklch(50% 0.1 200)')).toThrow(/Unsupported/);
  });

  it('matches known luminance and contrast values', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#0b57a4', '#0b57a4')).toBe(1);
    // Reference values (WebAIM contrast checker): #767676 is the lightest grey with 4.5:1 on white.
    expect(contrastRatio('#767676', '#fff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#fff')).toBeLessThan(4.5);
    expect(contrastRatio('rgb(0, 0, 255)', '#fff')).toBeCloseTo(8.59, 2);
  });
});

describe.each(themes.map((t) => [t] as const))('%s theme: WCAG 2.x contrast', (theme) => {
  it.each(
    contrastPairs.map((p) => [`${p.fg} on ${p.bg} (${p.kind}, ≥ ${minimumContrast[p.kind]}:1)`, p] as const),
  )(`${theme}: %s`, (_name, pair) => {
    const ratio = contrastRatio(color(theme, pair.fg), color(theme, pair.bg));
    expect(
      ratio,
      `${theme}: ${pair.fg} ${color(theme, pair.fg)} on ${pair.bg} ${color(theme, pair.bg)} is ${ratio.toFixed(2)}:1`,
    ).toBeGreaterThanOrEqual(minimumContrast[pair.kind]);
  });
});

describe('high-contrast theme: enhanced contrast (WCAG 1.4.6, 7:1) for every text pair', () => {
  it.each(contrastPairs.filter((p) => p.kind === 'text').map((p) => [`${p.fg} on ${p.bg}`, p] as const))(
    'high-contrast: %s ≥ 7:1',
    (_name, pair) => {
      const ratio = contrastRatio(color('high-contrast', pair.fg), color('high-contrast', pair.bg));
      expect(ratio).toBeGreaterThanOrEqual(7);
    },
  );
});

describe('contrastPairs covers what components use', () => {
  const has = (fg: string, bg: string, kind: 'text' | 'graphic') =>
    contrastPairs.some((p) => p.fg === fg && p.bg === bg && p.kind === kind);
  const surfaces = ['color-bg', 'color-surface', 'color-surface-raised', 'color-surface-sunken'];
  const families = [
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

  it('lists text, muted text and links on every background', () => {
    for (const bg of surfaces) {
      for (const fg of ['color-text', 'color-text-muted', 'color-link']) expect(has(fg, bg, 'text'), `${fg} on ${bg}`).toBe(true);
    }
    expect(has('color-accent-text', 'color-accent', 'text')).toBe(true);
  });

  it('lists every status/neutral -text on its -bg and on color-surface, and its -border on color-surface', () => {
    for (const f of families) {
      expect(has(`color-${f}-text`, `color-${f}-bg`, 'text'), f).toBe(true);
      expect(has(`color-${f}-text`, 'color-surface', 'text'), f).toBe(true);
      expect(has(`color-${f}-border`, 'color-surface', 'graphic'), f).toBe(true);
    }
  });

  it('lists the graphics: data series, target, axis, focus, strong border', () => {
    for (let i = 1; i <= 8; i++) expect(has(`color-data-${i}`, 'color-surface', 'graphic')).toBe(true);
    for (const fg of ['color-chart-target', 'color-chart-axis', 'color-focus', 'color-border-strong']) {
      expect(has(fg, 'color-surface', 'graphic'), fg).toBe(true);
      expect(has(fg, 'color-bg', 'graphic'), fg).toBe(true);
    }
  });

  it('names only existing colour tokens and has no duplicates', () => {
    const names = new Set(Object.keys(tokens.light));
    for (const p of contrastPairs) {
      expect(names.has(p.fg), p.fg).toBe(true);
      expect(names.has(p.bg), p.bg).toBe(true);
    }
    const keys = contrastPairs.map((p) => `${p.fg}|${p.bg}|${p.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

const dataNames = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `color-data-${i}` as ColorTokenName);

describe('categorical data palette', () => {
  it.each(themes.map((t) => [t] as const))('%s: has 8 distinct colours', (theme) => {
    const values = dataNames.map((n) => parseColor(color(theme, n)).join(','));
    expect(values).toHaveLength(8);
    expect(new Set(values).size).toBe(8);
  });

  it.each(themes.map((t) => [t] as const))('%s: neutral comparison palette is blue (hue 190°–250°, not grey)', (theme) => {
    const names = (Object.keys(tokens[theme]) as ColorTokenName[]).filter((n) => n.startsWith('color-neutral-'));
    expect(names).toHaveLength(9);
    for (const name of names) {
      const { hue, saturation } = hueSaturation(color(theme, name));
      expect(hue, `${theme} ${name} ${color(theme, name)} hue`).toBeGreaterThanOrEqual(190);
      expect(hue, `${theme} ${name} ${color(theme, name)} hue`).toBeLessThanOrEqual(250);
      expect(saturation, `${theme} ${name} ${color(theme, name)} saturation`).toBeGreaterThanOrEqual(0.15);
    }
  });
});

/**
 * Colour-vision deficiency check for the data palette.
 *
 * Each data colour is passed through the Machado et al. (2009) dichromacy model at full severity
 * (the worst case of each deficiency), then every pair of the 8 colours must differ by at least
 * ΔE*ab (CIE76) below. ΔE76 ≈ 2.3 is a just-noticeable difference for large adjacent patches;
 * ≈ 10 is clearly different side by side. Chart marks are small and rarely adjacent, so we ask
 * for 15 under protanopia and deuteranopia (together about 8% of men) and 20 for normal vision.
 * Tritanopia is rare (~0.01%) and blue–green confusions are hard to avoid with 3:1 on white, so
 * its bar is the plain 10. The palette shipped has head-room: ≥ 18 under protan/deutan, ≥ 24
 * normal, ≥ 12 tritan in every theme.
 */
const thresholds: Record<Vision, number> = { normal: 20, deuteranopia: 15, protanopia: 15, tritanopia: 10 };

function closestPairs(theme: ThemeName, vision: Vision) {
  const sims = dataNames.map((n) => simulate(parseColor(color(theme, n)), vision));
  const out: Array<{ a: string; b: string; dE: number }> = [];
  for (let i = 0; i < sims.length; i++) {
    for (let j = i + 1; j < sims.length; j++) {
      out.push({ a: dataNames[i]!, b: dataNames[j]!, dE: deltaE76(sims[i]!, sims[j]!) });
    }
  }
  return out.sort((x, y) => x.dE - y.dE);
}

describe('categorical data palette under simulated colour-vision deficiency (Machado 2009, severity 1)', () => {
  it('the simulation is not a no-op (control pairs that are known to be confused)', () => {
    // Red–green pairs that look very different to normal vision but collapse for dichromats.
    const a = parseColor('#ff6600');
    const b = parseColor('#66aa00');
    expect(deltaE76(a, b)).toBeGreaterThan(90);
    expect(deltaE76(simulate(a, 'deuteranopia'), simulate(b, 'deuteranopia'))).toBeLessThan(thresholds.deuteranopia);
    expect(deltaE76(simulate(a, 'protanopia'), simulate(b, 'protanopia'))).toBeLessThan(thresholds.protanopia);
    // Okabe–Ito orange and vermillion, naively darkened to 3:1 on white, are confused under deuteranopia:
    // this is why the shipped palette moves vermillion darker.
    const orange = parseColor('#c07b00');
    const vermillion = parseColor('#d55e00');
    expect(deltaE76(simulate(orange, 'deuteranopia'), simulate(vermillion, 'deuteranopia'))).toBeLessThan(5);
    // Green and spring green (ΔE76 ≈ 50 for normal vision) collapse for tritanopes.
    const green = parseColor('#00ff00');
    const spring = parseColor('#00ff99');
    expect(deltaE76(green, spring)).toBeGreaterThan(45);
    expect(deltaE76(simulate(green, 'tritanopia'), simulate(spring, 'tritanopia'))).toBeLessThan(thresholds.tritanopia);
  });

  const cases = themes.flatMap((theme) =>
    (Object.keys(thresholds) as Vision[]).map((vision) => [theme, vision, thresholds[vision]] as const),
  );
  it.each(cases)('%s: data-1…data-8 stay distinguishable under %s (every pair ΔE76 ≥ %d)', (theme, vision, min) => {
    const pairs = closestPairs(theme, vision);
    const failing = pairs.filter((p) => p.dE < min).map((p) => `${p.a}/${p.b} ΔE ${p.dE.toFixed(1)}`);
    expect(failing, `${theme} ${vision}: closest ${pairs[0]!.a}/${pairs[0]!.b} ΔE ${pairs[0]!.dE.toFixed(1)}`).toEqual([]);
  });
});
