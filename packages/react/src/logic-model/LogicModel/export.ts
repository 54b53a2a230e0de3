/**
 * Export of the diagram as a standalone SVG (boxes, wrapped labels, links, column headings, in
 * the reading direction) and as a PNG drawn from that SVG on a canvas. The SVG carries its own
 * colours (black on white), so it reads the same outside the page and in print.
 */
import { line, curveBumpX } from 'd3-shape';
import { text_resolve, text_wrap, type Direction, type Locale, type LogicModel, type Translate } from '@rechesh/core';
import type { LogicModelView } from './model.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The d attribute of a link through its points. */
export const link_path = /* @__PURE__ */ line<[number, number]>().curve(curveBumpX);

/**
 * The drawing as an SVG document string.
 * @example const svg = logicModel_svg(view, { locale: 'he', dir: 'rtl', t }); // '<svg xmlns=…'
 */
export function logicModel_svg(view: LogicModelView, o: { locale: Locale; dir: Direction; t: Translate }): string {
  const { physical, layout, drawn } = view;
  const rtl = o.dir === 'rtl';
  const iso = (s: string) => (rtl ? `\u2067${s}\u2069` : `\u2066${s}\u2069`);
  const anchor = rtl ? 'end' : 'start';
  const text = (t: Parameters<typeof text_resolve>[0]) => text_resolve(t, o.locale).text;
  const parts: string[] = [];
  const w = Math.ceil(physical.width);
  const h = Math.ceil(physical.height);
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="Arial, sans-serif" font-size="14">`,
    `<title>${esc(text((drawn as LogicModel).title))}</title>`,
    `<rect width="${w}" height="${h}" fill="#fff"/>`,
    '<defs><marker id="a" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="M0 0L10 5L0 10z" fill="#333"/></marker></defs>',
  );
  physical.columns.forEach((c, i) => {
    const col = drawn.columns[layout.columns[i]!.index];
    const lines = text_wrap(text(col?.label), Math.max(6, Math.floor(c.width / 8)));
    lines.forEach((ln, k) => {
      const x = rtl ? c.x + c.width : c.x;
      parts.push(`<text x="${x}" y="${16 + 18 * (k + 1)}" text-anchor="${anchor}" font-weight="bold" fill="#000">${esc(iso(ln))}</text>`);
    });
  });
  // A revision comparison keeps its marks outside the page: removed links dotted and grey, added
  // ones thick; boxes say "added", "removed" or "changed" in words, removed ones with a dashed border.
  for (const l of physical.links) {
    const link = drawn.links[l.index];
    const status = link ? view.linkStatus.get(link) : undefined;
    const dash = status === 'removed' ? ' stroke-dasharray="2 4"' : l.kind === 'forward' ? '' : ' stroke-dasharray="6 4"';
    const stroke = status === 'removed' ? '#767676' : '#333';
    const width = status === 'added' ? 3 : 1.5;
    parts.push(`<path d="${link_path(l.points) ?? ''}" fill="none" stroke="${stroke}" stroke-width="${width}"${dash} marker-end="url(#a)"/>`);
  }
  physical.boxes.forEach((b, i) => {
    const placed = layout.boxes[i]!;
    const rev = view.revision?.boxes.get(placed.id)?.status;
    const border = rev === 'removed' ? ' stroke-dasharray="6 4"' : '';
    const strokeWidth = rev === 'added' ? 3 : 1.5;
    parts.push(`<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="6" fill="#fff" stroke="#000" stroke-width="${strokeWidth}"${border}/>`);
    const lines = text_wrap(text(placed.box.label), Math.max(6, Math.floor((b.width - 20) / 8)));
    const x = rtl ? b.x + b.width - 10 : b.x + 10;
    lines.forEach((ln, k) => parts.push(`<text x="${x}" y="${b.y + 10 + 16 * (k + 1)}" text-anchor="${anchor}" fill="#000">${esc(iso(ln))}</text>`));
    const resp = placed.box.responsibility;
    const foot = [resp ? o.t(`logicModel.resp.${resp}`) : '', rev && rev !== 'unchanged' ? o.t(`logicModel.rev.${rev}`) : ''].filter(Boolean).join(' · ');
    if (foot) {
      parts.push(`<text x="${x}" y="${b.y + b.height - 10}" text-anchor="${anchor}" font-size="12" fill="#333">${esc(iso(foot))}</text>`);
    }
  });
  parts.push('</svg>');
  return parts.join('');
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves the SVG string as a file. */
export function svg_download(svg: string, name: string): void {
  download(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
}

/** Draws the SVG on a canvas (twice the size, for sharpness) and saves it as a PNG. */
export function png_download(svg: string, name: string, width: number, height: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      try {
        const scale = 2;
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(width * scale);
        canvas.height = Math.ceil(height * scale);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no canvas');
        ctx.scale(scale, scale);
        ctx.drawImage(img, 0, 0);
        canvas.toBlob((blob) => {
          if (blob) download(blob, `${name}.png`);
          resolve();
        }, 'image/png');
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    };
    img.onerror = () => reject(new Error('svg image failed to load'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}
