/**
 * The words around a logic-model diagram: a text summary, an outline (the same information as
 * the drawing, as a nested list), and the live-region sentence for the focused box.
 */
import type { Locale } from '../schema/types.js';
import { text_resolve, type ResolvedText } from '../i18n/locale.js';
import { catalog_merge, translator_of, type MessageKey, type Translate } from '../i18n/translate.js';
import { commonMessages } from '../i18n/catalogs/common.js';
import { logicModelMessages } from '../i18n/catalogs/logicModel.js';
import { list_of } from './list.js';
import type { BoxResponsibility, LogicModel, LogicModelBox } from './types.js';
import type { LogicModelLayout } from './layout.js';
import type { NavVia } from './nav.js';

const catalog = /* @__PURE__ */ catalog_merge(commonMessages, logicModelMessages);
const RESPONSIBILITIES: readonly BoxResponsibility[] = ['operator', 'ministry', 'shared', 'adjacent'];

/** Data text in bidi isolates, so ids and mixed-script labels keep their order inside a sentence. */
const isolate = (s: string) => `\u2068${s}\u2069`;
const count_words = (t: Translate, family: 'incoming' | 'outgoing' | 'indicators', count: number) =>
  t(`logicModel.${family}.${count === 0 ? 'none' : count === 1 ? 'one' : 'many'}` as MessageKey, { count });

function list_join(items: string[], locale: Locale): string {
  try {
    return new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(items);
  } catch {
    return items.join(', ');
  }
}

function boxes_of(model: LogicModel): LogicModelBox[] {
  const seen = new Set<string>();
  const columns = new Set(list_of(model?.columns).map((c) => c?.id));
  return (Array.isArray(model?.boxes) ? model.boxes : []).filter((b) => b && columns.has(b.column) && !seen.has(b.id) && !!seen.add(b.id));
}

function links_of(model: LogicModel, ids: ReadonlySet<string>) {
  return (Array.isArray(model?.links) ? model.links : [])
    .map((link, index) => ({ link, index }))
    .filter(({ link }) => link && ids.has(link.from) && ids.has(link.to) && link.from !== link.to);
}

/**
 * A text summary of the model, as sentences: its stages, how many boxes and links, boxes per
 * stage, who is responsible for how many, key outcomes and boxes with indicators.
 * @example logicModel_summary(model, 'en')
 *   // ['Detox: a logic model in 4 stages: Inputs, Outputs, Short-term outcomes, Long-term outcomes.',
 *   //  'Boxes: 9. Links between them: 11.', 'Boxes per stage: Inputs 2, Outputs 3, …', 'Responsibility: operator 5, …', …]
 */
export function logicModel_summary(model: LogicModel, locale: Locale, t: Translate = translator_of(catalog, locale)): string[] {
  const columns = list_of(model?.columns).filter((c) => c && typeof c.id === 'string');
  const boxes = boxes_of(model);
  const title = isolate(text_resolve(model?.title, locale).text);
  const out = [t('logicModel.summary.columns', { title, count: columns.length, columns: list_join(columns.map((c) => isolate(text_resolve(c.label, locale).text)), locale) })];
  if (boxes.length === 0) return [...out, t('logicModel.summary.empty')];
  const links = links_of(model, new Set(boxes.map((b) => b.id)));
  out.push(t('logicModel.summary.counts', { boxes: boxes.length, links: links.length }));
  const perColumn = columns.map((c) =>
    t('logicModel.summary.item', { name: isolate(text_resolve(c.label, locale).text), count: boxes.filter((b) => b.column === c.id).length }),
  );
  out.push(t('logicModel.summary.perColumn', { list: list_join(perColumn, locale) }));
  const split = [...RESPONSIBILITIES, 'none' as const]
    .map((r) => ({ r, count: boxes.filter((b) => (RESPONSIBILITIES.includes(b.responsibility!) ? b.responsibility : 'none') === r).length }))
    .filter(({ count }) => count > 0)
    .map(({ r, count }) => t('logicModel.summary.item', { name: t(`logicModel.resp.${r}`), count }));
  out.push(t('logicModel.summary.responsibility', { list: list_join(split, locale) }));
  const key = boxes.filter((b) => b.key === true).length;
  if (key > 0) out.push(t('logicModel.summary.key', { count: key }));
  const measured = boxes.filter((b) => (b.indicatorIds?.length ?? 0) > 0).length;
  out.push(t('logicModel.summary.indicators', { count: measured, total: boxes.length }));
  return out;
}

/** The other end of a link, as the outline names it. */
export interface OutlineLinkEnd {
  /** Index of the link in `model.links`. */
  link: number;
  boxId: string;
  label: ResolvedText;
  columnId: string;
  columnLabel: ResolvedText;
}

/** One box in the outline. */
export interface OutlineBox {
  id: string;
  label: ResolvedText;
  description?: ResolvedText;
  columnId: string;
  /** 1-based position in its column and the column's size ("3 of 5"). */
  position: number;
  count: number;
  responsibility?: BoxResponsibility;
  key: boolean;
  incoming: OutlineLinkEnd[];
  outgoing: OutlineLinkEnd[];
  indicators: Array<{ id: string; name: ResolvedText }>;
}

/** One column (stage) in the outline. */
export interface OutlineColumn {
  id: string;
  label: ResolvedText;
  description?: ResolvedText;
  boxes: OutlineBox[];
}

/** The model as a nested list: what the outline alternative renders. */
export interface LogicModelOutline {
  title: ResolvedText;
  columns: OutlineColumn[];
  targetPopulation?: { description: ResolvedText; characteristics: ResolvedText[] };
  assumptions: ResolvedText[];
  externalFactors: ResolvedText[];
}

/**
 * The outline alternative: every column with its boxes, each with its responsibility, its
 * incoming and outgoing links (naming the box at the other end) and its indicators. Texts are
 * resolved for the locale and say when they fell back to another language (for `lang`). Pass
 * the layout to list boxes in the drawing's top-to-bottom order; otherwise data order.
 * @example logicModel_outline(model, 'he').columns[1].boxes[0]
 *   // { id: 'sessions', label: { text: 'מפגשים טיפוליים', lang: 'he', fallback: false }, position: 1, count: 3,
 *   //   responsibility: 'operator', incoming: [{ boxId: 'staff', … }], outgoing: [...], indicators: [...] }
 */
export function logicModel_outline(model: LogicModel, locale: Locale, layout?: LogicModelLayout): LogicModelOutline {
  const text = (t: Parameters<typeof text_resolve>[0]) => text_resolve(t, locale);
  const columns = list_of(model?.columns).filter((c) => c && typeof c.id === 'string');
  const columnLabel = new Map(columns.map((c) => [c.id, text(c.label)]));
  const boxes = boxes_of(model);
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const indicators = new Map(list_of(model?.indicators).filter((i) => i && typeof i.id === 'string').map((i) => [i.id, i]));
  const links = links_of(model, new Set(byId.keys()));
  const end = (link: number, id: string): OutlineLinkEnd => {
    const b = byId.get(id)!;
    return { link, boxId: id, label: text(b.label), columnId: b.column, columnLabel: columnLabel.get(b.column)! };
  };
  const order = new Map<string, number>();
  layout?.columns.forEach((c) => c.boxIds.forEach((id, i) => order.set(id, i)));
  const rank = (b: LogicModelBox) => order.get(b.id) ?? Number.MAX_SAFE_INTEGER;
  return {
    title: text(model?.title),
    columns: columns.map((c) => {
      const inColumn = boxes
        .map((b, i) => ({ b, i }))
        .filter(({ b }) => b.column === c.id)
        .sort((x, y) => rank(x.b) - rank(y.b) || x.i - y.i)
        .map(({ b }) => b);
      const column: OutlineColumn = {
        id: c.id,
        label: columnLabel.get(c.id)!,
        boxes: inColumn.map((b, i) => {
          const box: OutlineBox = {
            id: b.id,
            label: text(b.label),
            columnId: c.id,
            position: i + 1,
            count: inColumn.length,
            key: b.key === true,
            incoming: links.filter(({ link }) => link.to === b.id).map(({ link, index }) => end(index, link.from)),
            outgoing: links.filter(({ link }) => link.from === b.id).map(({ link, index }) => end(index, link.to)),
            indicators: [...new Set(list_of(b.indicatorIds))].flatMap((id) => {
              const ind = indicators.get(id);
              return ind ? [{ id, name: text(ind.name) }] : [];
            }),
          };
          if (b.description !== undefined) box.description = text(b.description);
          if (b.responsibility && RESPONSIBILITIES.includes(b.responsibility)) box.responsibility = b.responsibility;
          return box;
        }),
      };
      if (c.description !== undefined) column.description = text(c.description);
      return column;
    }),
    ...(model?.targetPopulation
      ? { targetPopulation: { description: text(model.targetPopulation.description), characteristics: list_of(model.targetPopulation.characteristics).map(text) } }
      : {}),
    assumptions: list_of(model?.assumptions).map(text),
    externalFactors: list_of(model?.externalFactors).map(text),
  };
}

/**
 * The live-region sentence for a focused box: "Detox completed, 3 of 5 in Short-term outcomes,
 * 2 incoming links, 1 outgoing link, responsibility: operator, key outcome, 2 indicators" — with
 * "link 2 of 3" first when the box was reached along a link. Empty for an unknown box.
 * @example logicModel_announce(model, layout, 'detox-done', 'en')
 *   // 'Detox completed, 1 of 2 in Short-term outcomes, 2 incoming links, 1 outgoing link, responsibility: operator, 1 indicator'
 */
export function logicModel_announce(
  model: LogicModel,
  layout: LogicModelLayout,
  boxId: string,
  locale: Locale,
  options: { via?: NavVia; t?: Translate } = {},
): string {
  const t = options.t ?? translator_of(catalog, locale);
  const placed = layout.boxes.find((b) => b.id === boxId);
  if (!placed) return '';
  const column = layout.columns[placed.columnIndex]!;
  const columnData = list_of(model?.columns).find((c) => c?.id === column.id);
  const incoming = layout.links.filter((l) => l.to === boxId).length;
  const outgoing = layout.links.filter((l) => l.from === boxId).length;
  const parts: string[] = [];
  if (options.via) parts.push(t('logicModel.announceVia', { position: options.via.position, count: options.via.count }));
  parts.push(
    t('logicModel.announce', {
      label: isolate(text_resolve(placed.box.label, locale).text),
      position: placed.order + 1,
      count: column.boxIds.length,
      column: isolate(text_resolve(columnData?.label, locale).text),
      incoming: count_words(t, 'incoming', incoming),
      outgoing: count_words(t, 'outgoing', outgoing),
    }),
  );
  if (placed.box.responsibility && RESPONSIBILITIES.includes(placed.box.responsibility)) {
    parts.push(t('logicModel.announceResponsibility', { responsibility: t(`logicModel.resp.${placed.box.responsibility}`) }));
  }
  if (placed.box.key === true) parts.push(t('logicModel.announceKey'));
  const indicators = new Set(list_of(placed.box.indicatorIds)).size;
  if (indicators > 0) parts.push(count_words(t, 'indicators', indicators));
  return parts.join(locale === 'ar' ? '، ' : ', ');
}
