import * as React from 'react';
import { text_get, type Locale, type LogicModelPaths, type Translate } from '@rechesh/core';
import { Text } from '../../internal/Text.js';
import { link_path } from './export.js';
import { revision_words } from './Outline.js';
import type { BoxRevision, LogicModelView } from './model.js';

/* -------------------------------------------------------------------------------------------------
 * Diagram — HTML boxes (real text wrapping, real accessible text) placed with logical insets
 * from the core layout, over an SVG of the links drawn with d3-shape in physical coordinates
 * (`layout_physical`), so the drawing flows right to left in he/ar and left to right in en.
 * -----------------------------------------------------------------------------------------------*/

export interface DiagramProps {
  view: LogicModelView;
  locale: Locale;
  t: Translate;
  uid: string;
  /** The box holding the roving tab stop. */
  activeId: string | undefined;
  /** Box whose paths are highlighted. */
  highlightId: string | undefined;
  paths: LogicModelPaths | undefined;
  collapsed: readonly string[];
  onToggleColumn: (id: string) => void;
  onBoxFocus: (id: string) => void;
  onBoxClick: (id: string) => void;
  onBoxHover: (id: string | undefined) => void;
  onBadge: (id: string, el: HTMLElement) => void;
  onKeyDown: (e: React.KeyboardEvent) => void;
  boxRef: (id: string, el: HTMLElement | null) => void;
  label: string;
  instructionsId: string;
}

export function Diagram(p: DiagramProps) {
  const { view, locale, t, uid } = p;
  const { layout, physical, revision } = view;
  const markerId = `${uid}-arrow`;
  const hl = p.paths;
  const up = new Set(hl?.upstream.boxIds);
  const down = new Set(hl?.downstream.boxIds);
  const upLinks = new Set(hl?.upstream.links);
  const downLinks = new Set(hl?.downstream.links);
  const pathOf = (id: string) => (p.highlightId === undefined ? undefined : id === p.highlightId ? 'self' : up.has(id) ? 'upstream' : down.has(id) ? 'downstream' : 'other');
  return (
    <div className="rch-lm__scroll">
      <div className="rch-lm__canvas" style={{ inlineSize: layout.inlineSize, blockSize: layout.blockSize }}>
        <svg
          className="rch-lm__links"
          width={physical.width}
          height={physical.height}
          viewBox={`0 0 ${physical.width} ${physical.height}`}
          aria-hidden="true"
          focusable="false"
        >
          <defs>
            <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto">
              <path d="M0 0L10 5L0 10z" className="rch-lm__arrow" />
            </marker>
          </defs>
          {physical.links.map((l) => {
            const link = view.drawn.links[l.index];
            const status = link ? view.linkStatus.get(link) : undefined;
            const path = p.highlightId === undefined ? undefined : upLinks.has(l.index) ? 'upstream' : downLinks.has(l.index) ? 'downstream' : 'other';
            return (
              <path
                key={l.index}
                className="rch-lm__link"
                d={link_path(l.points) ?? ''}
                data-kind={l.kind}
                data-rev={status}
                data-path={path}
                data-from={l.from}
                data-to={l.to}
                markerEnd={`url(#${markerId})`}
              />
            );
          })}
        </svg>
        {layout.columns.map((c) => {
          const col = view.drawn.columns[c.index];
          const isCollapsed = p.collapsed.includes(c.id);
          const hidden = view.hidden.get(c.id)?.length ?? 0;
          const rev = revision?.columns.get(c.id);
          return (
            <div
              key={c.id}
              className="rch-lm__column"
              data-column-id={c.id}
              data-collapsed={isCollapsed ? '' : undefined}
              data-rev={rev && rev !== 'unchanged' ? rev : undefined}
              style={{ insetInlineStart: c.inline, inlineSize: c.width, insetBlockStart: 8, blockSize: view.headerSize }}
            >
              <p className="rch-lm__column-title">
                <Text value={col?.label} locale={locale} />
                {rev && rev !== 'unchanged' ? <span className="rch-lm__tag"> ({t(`logicModel.rev.${rev}`)})</span> : null}
              </p>
              <button
                type="button"
                className="rch-lm__collapse"
                aria-expanded={!isCollapsed}
                aria-label={t(isCollapsed ? 'logicModel.expand' : 'logicModel.collapse', { column: col ? text_get(col.label, locale) : c.id })}
                onClick={() => p.onToggleColumn(c.id)}
              >
                <span aria-hidden="true">{isCollapsed ? '+' : '−'}</span>
              </button>
              {isCollapsed ? <p className="rch-lm__hidden">{t('logicModel.collapsedCount', { count: hidden })}</p> : null}
            </div>
          );
        })}
        {/* A widget with its own keys: arrow keys follow links, one tab stop (roving tabindex). */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
        <div
          className="rch-lm__boxes"
          role="application"
          aria-roledescription={t('logicModel.roledescription')}
          aria-label={p.label}
          aria-describedby={p.instructionsId}
          onKeyDown={p.onKeyDown}
        >
          {layout.boxes.map((b, i) => {
            const rev = revision?.boxes.get(b.id) as BoxRevision | undefined;
            const count = new Set(b.box.indicatorIds ?? []).size;
            const resp = b.box.responsibility;
            const labelId = `${uid}-b${i}`;
            const metaId = `${uid}-m${i}`;
            const revWords = revision_words(rev, t, locale);
            return (
              // Keys are handled by the application element above (arrow keys, Enter), not per box.
              // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/click-events-have-key-events
              <div
                key={b.id}
                ref={(el) => p.boxRef(b.id, el)}
                className="rch-lm__box"
                role="group"
                aria-roledescription={t('logicModel.boxRoledescription')}
                aria-labelledby={labelId}
                aria-describedby={metaId}
                tabIndex={b.id === p.activeId ? 0 : -1}
                data-box-id={b.id}
                data-resp={resp ?? 'none'}
                data-key={b.box.key ? '' : undefined}
                data-rev={rev?.status}
                data-path={pathOf(b.id)}
                style={{ insetInlineStart: b.inline, insetBlockStart: b.block, inlineSize: b.width, minBlockSize: b.height }}
                onFocus={(e) => e.target === e.currentTarget && p.onBoxFocus(b.id)}
                onClick={() => p.onBoxClick(b.id)}
                onMouseEnter={() => p.onBoxHover(b.id)}
                onMouseLeave={() => p.onBoxHover(undefined)}
              >
                <p className="rch-lm__label" id={labelId}>
                  <Text value={b.box.label} locale={locale} />
                </p>
                <p className="rch-lm__meta" id={metaId}>
                  <span className="rch-lm__resp" data-resp={resp ?? 'none'}>
                    <span className="rch-lm__swatch" aria-hidden="true" />
                    {t(`logicModel.resp.${resp ?? 'none'}`)}
                  </span>
                  {b.box.key ? <span className="rch-lm__tag rch-lm__tag--key">{t('logicModel.legendKey')}</span> : null}
                  {revWords ? (
                    <span className="rch-lm__tag rch-lm__tag--rev" data-rev={rev?.status}>
                      {revWords}
                    </span>
                  ) : null}
                </p>
                {count > 0 ? (
                  <button
                    type="button"
                    className="rch-lm__badge"
                    tabIndex={-1}
                    onClick={(e) => {
                      e.stopPropagation();
                      p.onBadge(b.id, e.currentTarget);
                    }}
                  >
                    <span aria-hidden="true">{count}</span>
                    <span className="rch-visually-hidden">{t('logicModel.indicatorBadge', { count })}</span>
                  </button>
                ) : null}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
