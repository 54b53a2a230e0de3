/**
 * What the LogicModel draws, from its props: the cleaned model, the tender or revision view,
 * collapsed columns, and the layout in logical and physical coordinates. Pure, so SSR, tests and
 * the component compute the same thing.
 */
import {
  logicModel_boxSize,
  logicModel_clean,
  logicModel_collapse,
  logicModel_layout,
  logicModel_revision,
  logicModel_tender,
  layout_physical,
  text_resolve,
  text_wrap,
  type Direction,
  type Locale,
  type LogicModel,
  type LogicModelBoxField,
  type LogicModelLayout,
  type LogicModelLink,
  type LogicModelRevision,
  type LogicModelTender,
  type PhysicalLayout,
  type RevisionStatus,
  type TenderSelection,
  type ValidationIssue,
} from '@rechesh/core';

export interface ViewOptions {
  locale: Locale;
  dir: Direction;
  /** Earlier version to compare with. */
  compareWith?: LogicModel | undefined;
  /** The tender's selection; used when `tenderView` is on. */
  tender?: TenderSelection | undefined;
  tenderView: boolean;
  collapsed: readonly string[];
  boxWidth: number;
  /** Measured box heights (from the DOM), by box id. */
  heights?: ReadonlyMap<string, number> | undefined;
}

export interface LogicModelView {
  /** The cleaned input model (what the outline of the full model reads). */
  full: LogicModel;
  issues: ValidationIssue[];
  /** The model before collapsing: the tender's, the revision's or the full one. */
  shown: LogicModel;
  /** The model drawn (collapsed columns emptied, links bridged). */
  drawn: LogicModel;
  tender?: LogicModelTender | undefined;
  revision?: LogicModelRevision | undefined;
  /** Revision status of each drawn link (by link object), when comparing. */
  linkStatus: Map<LogicModelLink, Exclude<RevisionStatus, 'changed'>>;
  /** Per collapsed column, the boxes it hides. */
  hidden: Map<string, string[]>;
  layout: LogicModelLayout;
  physical: PhysicalLayout;
  headerSize: number;
}

export type BoxRevision = { status: RevisionStatus; fields: LogicModelBoxField[] };

const PADDING = 16;
const LINE = 20;

/** Block size of the column headings: the longest heading, wrapped, plus the collapse button row. */
function header_size(model: LogicModel, locale: Locale, boxWidth: number): number {
  const chars = Math.max(8, Math.floor((boxWidth - 56) / 8));
  let lines = 1;
  for (const c of model.columns) lines = Math.max(lines, text_wrap(text_resolve(c.label, locale).text, chars).length);
  return lines * LINE + 24;
}

/** Computes everything the diagram draws. Never throws for typed input (core helpers don't). */
export function logicModel_view(input: LogicModel, o: ViewOptions): LogicModelView {
  const cleaned = logicModel_clean(input);
  const full = cleaned.model;
  let shown = full;
  let tender: LogicModelTender | undefined;
  let revision: LogicModelRevision | undefined;
  const linkStatus = new Map<LogicModelLink, Exclude<RevisionStatus, 'changed'>>();
  if (o.compareWith) {
    revision = logicModel_revision(logicModel_clean(o.compareWith).model, full);
    shown = revision.model;
    shown.links.forEach((l, i) => linkStatus.set(l, revision!.links[i] ?? 'unchanged'));
  } else if (o.tender && o.tenderView) {
    tender = logicModel_tender(full, o.tender);
    shown = tender.model;
  }
  const known = new Set(shown.columns.map((c) => c.id));
  const collapsed = o.collapsed.filter((id) => known.has(id));
  let drawn = shown;
  const hidden = new Map<string, string[]>();
  if (collapsed.length > 0) {
    const c = logicModel_collapse(shown, collapsed);
    drawn = c.model;
    for (const h of c.collapsed) hidden.set(h.columnId, h.boxIds);
  }
  const headerSize = header_size(drawn, o.locale, o.boxWidth);
  const layout = logicModel_layout(drawn, {
    size: (box) => {
      const est = logicModel_boxSize(box, { locale: o.locale, width: o.boxWidth, footer: 40 });
      const measured = o.heights?.get(box.id);
      return { width: est.width, height: measured !== undefined && measured > est.height ? measured : est.height };
    },
    headerSize,
    padding: PADDING,
    columnGap: 64,
    columnMinWidth: o.boxWidth,
    collapsedColumns: collapsed,
    collapsedWidth: 112,
  });
  return {
    full,
    issues: cleaned.issues,
    shown,
    drawn,
    tender,
    revision,
    linkStatus,
    hidden,
    layout,
    physical: layout_physical(layout, o.dir),
    headerSize,
  };
}
