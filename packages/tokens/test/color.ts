/**
 * Colour maths for the token tests, written out here rather than taken from a library so the
 * guarantees in the README can be audited line by line.
 *
 * References:
 * - WCAG 2.2, "relative luminance" and "contrast ratio" definitions
 *   (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance). The 0.04045 sRGB threshold is used
 *   (the IEC value; WCAG's historical 0.03928 gives identical results at 8 bits).
 * - CIE 1976 L*a*b* with the D65 white point, and ΔE*ab (CIE76) = Euclidean distance in L*a*b*.
 * - Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color
 *   Vision Deficiency", IEEE TVCG 15(6). Severity 1.0 matrices (full dichromacy), applied to
 *   linear-light sRGB.
 */

export type Rgb = readonly [number, number, number];

/** Parse `#rgb`, `#rrggbb`, `rgb(r, g, b)`, `rgb(r g b)` (and `rgba()` when opaque) into 0–255 channels. */
export function parseColor(input: string): Rgb {
  const c = input.trim().toLowerCase();
  let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (m) return [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h + h, 16)) as unknown as Rgb;
  m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(c);
  if (m) return [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16)) as unknown as Rgb;
  m = /^rgba?\(\s*([\d.]+)(%?)\s*[,\s]\s*([\d.]+)(%?)\s*[,\s]\s*([\d.]+)(%?)\s*(?:[,/]\s*([\d.]+)(%?)\s*)?\)$/.exec(c);
  if (m) {
    const channel = (v: string, pct: string) => {
      const n = Number(v);
      return pct ? (n * 255) / 100 : n;
    };
    if (m[7] !== undefined) {
      const alpha = m[8] ? Number(m[7]) / 100 : Number(m[7]);
      if (alpha !== 1) throw new Error(`Contrast of a translucent colour is undefined: ${input}`);
    }
    const rgb = [channel(m[1]!, m[2]!), channel(m[3]!, m[4]!), channel(m[5]!, m[6]!)] as const;
    if (rgb.some((v) => v < 0 || v > 255)) throw new Error(`Channel out of range: ${input}`);
    return rgb;
  }
  throw new Error(`Unsupported colour syntax: ${input}`);
}

/** sRGB channel (0–255) → linear light (0–1). */
export function toLinear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Linear light (0–1, clamped) → sRGB channel (0–255, unrounded). */
export function fromLinear(value: number): number {
  const v = Math.min(1, Math.max(0, value));
  return 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);
}

/** WCAG 2.x relative luminance. */
export function relativeLuminance(color: string | Rgb): number {
  const [r, g, b] = (typeof color === 'string' ? parseColor(color) : color).map(toLinear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** sRGB → CIE L*a*b* (D65). */
export function toLab(rgb: Rgb): [number, number, number] {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 colour difference ΔE*ab. */
export function deltaE76(a: Rgb, b: Rgb): number {
  const [l1, a1, b1] = toLab(a);
  const [l2, a2, b2] = toLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';

type Matrix = readonly [Rgb, Rgb, Rgb];

/** Machado et al. 2009, severity 1.0. */
const MACHADO: Record<Exclude<Vision, 'normal'>, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** How a colour appears with the given colour-vision deficiency (as sRGB 0–255). */
export function simulate(rgb: Rgb, vision: Vision): Rgb {
  if (vision === 'normal') return rgb;
  const m = MACHADO[vision];
  const lin = rgb.map(toLinear) as unknown as Rgb;
  return m.map((row) => fromLinear(row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])) as unknown as Rgb;
}

/** HSL hue (degrees, 0–360) and saturation (0–1). */
export function hueSaturation(color: string): { hue: number; saturation: number } {
  const [r, g, b] = parseColor(color).map((v) => v / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  let hue = 0;
  if (d) {
    if (max === r) hue = ((g - b) / d) % 6;
    else if (max === g) hue = (b - r) / d + 2;
    else hue = (r - g) / d + 4;
    hue *= 60;
    if (hue < 0) hue += 360;
  }
  const l = (max + min) / 2;
  const saturation = d ? d / (1 - Math.abs(2 * l - 1)) : 0;
  return { hue, saturation };
}
