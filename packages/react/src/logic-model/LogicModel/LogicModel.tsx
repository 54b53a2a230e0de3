import * as React from 'react';
import {
  logicModel_announce,
  logicModel_issueMessages,
  logicModel_nav,
  logicModel_outline,
  logicModel_paths,
  logicModel_summary,
  text_get,
  type LogicModel as LogicModelData,
  type LogicModelMove,
  type NavVia,
  type Observation,
  type TenderSelection,
  type Translate,
} from '@rechesh/core';
import { useRechesh, type RecheshSettings } from '../../provider/RecheshProvider.js';
import { ErrorPanel, SafeBoundary, cx } from '../../error/ErrorPanel.js';
import { logicModelCatalog } from './catalog.js';
import { Text } from '../../internal/Text.js';
import { logicModel_view, type BoxRevision } from './model.js';
import { Diagram } from './Diagram.js';
import { BoxDetails, Outline, RText, revision_words } from './Outline.js';
import { logicModel_svg, png_download, svg_download } from './export.js';

export { logicModel_view, logicModel_svg };

const IndicatorDialog = /* @__PURE__ */ React.lazy(() => import('./IndicatorDialog.js'));

/* -------------------------------------------------------------------------------------------------
 * LogicModel
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'LogicModel';

export interface LogicModelProps extends RecheshSettings, Omit<React.HTMLAttributes<HTMLElement>, 'dir'> {
  /** The model: columns (stages) from data, boxes, links, responsibility, indicators. */
  model: LogicModelData;
  /** An earlier version: the diagram marks what was added, removed and changed since. */
  compareWith?: LogicModelData;
  /** The part of the model a tender shows. With it, a toggle switches between tender and full. */
  tender?: TenderSelection;
  /** Show the tender's narrower model (controlled). */
  tenderView?: boolean;
  /** @defaultValue true when `tender` is given */
  defaultTenderView?: boolean;
  onTenderViewChange?: (tenderView: boolean) => void;
  /** Collapsed columns (controlled). */
  collapsedColumns?: readonly string[];
  /** @defaultValue [] */
  defaultCollapsedColumns?: readonly string[];
  onCollapsedColumnsChange?: (ids: string[]) => void;
  /** Observations per indicator id, for the indicator cards the badges open. */
  observations?: Readonly<Record<string, readonly Observation[]>>;
  /** Open with the outline instead of the diagram. @defaultValue false */
  defaultShowOutline?: boolean;
  /** Box width in pixels. @defaultValue 200 */
  boxWidth?: number;
  /** Heading level of the title. @defaultValue 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** File name (without extension) for the exports. @defaultValue the model's id */
  exportName?: string;
}

/**
 * A logic model (theory of change) drawn from data: stages as columns in reading order (right to
 * left in Hebrew and Arabic), boxes with wrapped text, links, responsibility in words and
 * pattern, indicators one badge away. Keyboard: one tab stop; arrow keys follow links and move
 * within a column; Enter opens a box's details; O shows the outline. Bad data shows an error
 * panel beside the drawing of the valid part, never a crash.
 */
export const LogicModel = React.forwardRef<HTMLElement, LogicModelProps>(function LogicModel(props, ref) {
  const { locale, dir, theme, numberingSystem, suppression, messages } = props;
  return (
    <SafeBoundary
      component={NAME}
      settings={{ locale, dir, theme, numberingSystem, suppression, messages }}
      resetKeys={[props.model, props.compareWith, props.tender]}
    >
      <LogicModelImpl {...props} ref={ref} />
    </SafeBoundary>
  );
});

const useIsoLayoutEffect = typeof window === 'undefined' ? React.useEffect : React.useLayoutEffect;

function useControlled<T>(value: T | undefined, initial: T, onChange?: (v: T) => void): [T, (v: T) => void] {
  const [own, setOwn] = React.useState(initial);
  const controlled = value !== undefined;
  return [
    controlled ? value : own,
    (v: T) => {
      if (!controlled) setOwn(v);
      onChange?.(v);
    },
  ];
}

const LogicModelImpl = React.forwardRef<HTMLElement, LogicModelProps>(function LogicModelImpl(
  {
    model,
    compareWith,
    tender,
    tenderView: tenderViewProp,
    defaultTenderView,
    onTenderViewChange,
    collapsedColumns: collapsedProp,
    defaultCollapsedColumns,
    onCollapsedColumnsChange,
    observations,
    defaultShowOutline = false,
    boxWidth: boxWidthProp = 200,
    headingLevel = 3,
    exportName,
    locale,
    dir,
    theme,
    numberingSystem,
    suppression,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const s = useRechesh({ locale, dir, theme, numberingSystem, suppression, messages }, logicModelCatalog);
  const t = s.t;
  const uid = React.useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const boxWidth = Number.isFinite(boxWidthProp) && boxWidthProp >= 80 ? boxWidthProp : 200;
  const [tenderView, setTenderView] = useControlled(tenderViewProp, defaultTenderView ?? tender !== undefined, onTenderViewChange);
  const [collapsed, setCollapsed] = useControlled<readonly string[]>(collapsedProp, defaultCollapsedColumns ?? [], onCollapsedColumnsChange as (v: readonly string[]) => void);
  const [showOutline, setShowOutline] = React.useState(defaultShowOutline);
  const [resized, setResized] = React.useState(0);
  const [heights, setHeights] = React.useState<{ key: string; map: Map<string, number> }>({ key: '', map: new Map() });
  const sizeKey = `${s.locale}|${boxWidth}`;
  const view = React.useMemo(
    () =>
      logicModel_view(model, {
        locale: s.locale,
        dir: s.dir,
        compareWith,
        tender,
        tenderView,
        collapsed,
        boxWidth,
        heights: heights.key === sizeKey ? heights.map : undefined,
      }),
    [model, s.locale, s.dir, compareWith, tender, tenderView, collapsed, boxWidth, heights, sizeKey],
  );
  const { layout, drawn } = view;
  const [pos, setPos] = React.useState<{ boxId: string; via?: NavVia } | undefined>(undefined);
  const [hoverId, setHoverId] = React.useState<string | undefined>(undefined);
  const [focused, setFocused] = React.useState(false);
  const [detailsId, setDetailsId] = React.useState<string | undefined>(undefined);
  const [live, setLive] = React.useState('');
  const [dialog, setDialog] = React.useState<{ boxId: string; returnTo: HTMLElement | null } | undefined>(undefined);
  const boxes = React.useRef(new Map<string, HTMLElement>());
  const focusNext = React.useRef<string | undefined>(undefined);
  const detailsRef = React.useRef<HTMLElement>(null);
  const outlineRef = React.useRef<HTMLDivElement>(null);
  const outlineButton = React.useRef<HTMLButtonElement>(null);

  const placed = new Set(layout.boxes.map((b) => b.id));
  const firstId = layout.columns.find((c) => c.boxIds.length > 0)?.boxIds[0];
  const activeId = pos && placed.has(pos.boxId) ? pos.boxId : firstId;
  const highlightId = hoverId ?? (focused ? activeId : undefined) ?? (detailsId && placed.has(detailsId) ? detailsId : undefined);
  const paths = React.useMemo(() => (highlightId ? logicModel_paths(drawn, highlightId) : undefined), [drawn, highlightId]);
  const outline = React.useMemo(() => logicModel_outline(view.shown, s.locale, layout), [view.shown, s.locale, layout]);
  const summary = React.useMemo(() => logicModel_summary(view.shown, s.locale, t), [view.shown, s.locale, t]);
  const revisionBoxes = view.revision?.boxes as ReadonlyMap<string, BoxRevision> | undefined;

  // Real text may wrap to more lines than the estimate: measure the boxes and lay out again.
  useIsoLayoutEffect(() => {
    let grown: Map<string, number> | undefined;
    for (const b of layout.boxes) {
      const el = boxes.current.get(b.id);
      const h = el ? el.offsetHeight : 0;
      if (h > b.height + 0.5) {
        grown ??= new Map(heights.key === sizeKey ? heights.map : undefined);
        grown.set(b.id, Math.ceil(h));
      }
    }
    if (grown) setHeights({ key: sizeKey, map: grown });
  }, [layout, sizeKey, heights, resized]);

  // Text that reflows later (web fonts arriving, zoom) must not make boxes run into each other.
  React.useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setResized((n) => n + 1));
    });
    boxes.current.forEach((el) => observer.observe(el));
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [layout, showOutline]);

  React.useEffect(() => {
    const id = focusNext.current;
    if (id === undefined) return;
    focusNext.current = undefined;
    boxes.current.get(id)?.focus();
  });

  React.useEffect(() => {
    if (detailsId !== undefined) detailsRef.current?.focus();
  }, [detailsId]);

  const boxRef = React.useCallback((id: string, el: HTMLElement | null) => {
    if (el) boxes.current.set(id, el);
    else boxes.current.delete(id);
  }, []);

  const title = text_get(drawn.title, s.locale);
  const toggleOutline = (fromKey: boolean) => {
    setShowOutline((v) => !v);
    if (fromKey) setTimeout(() => outlineRef.current?.focus(), 0);
  };

  const move = (m: LogicModelMove) => {
    if (!activeId) return;
    let r = logicModel_nav(layout, pos && pos.boxId === activeId ? pos : activeId, m);
    if (!r.moved && (m === 'forward' || m === 'backward')) {
      r = logicModel_nav(layout, activeId, m === 'forward' ? 'column-forward' : 'column-backward');
    }
    if (!r.moved) {
      setLive(t('logicModel.announceEdge'));
      return;
    }
    setPos(r.via ? { boxId: r.boxId, via: r.via } : { boxId: r.boxId });
    focusNext.current = r.boxId;
    setLive(logicModel_announce(drawn, layout, r.boxId, s.locale, { via: r.via, t }));
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.target !== e.currentTarget && !(e.target instanceof HTMLElement && e.target.dataset['boxId'] !== undefined)) return;
    if (e.altKey || e.metaKey) return;
    const forward = s.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = s.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let m: LogicModelMove | undefined;
    switch (e.key) {
      case forward:
        m = 'forward';
        break;
      case backward:
        m = 'backward';
        break;
      case 'ArrowUp':
        m = 'up';
        break;
      case 'ArrowDown':
        m = 'down';
        break;
      case 'Home':
        m = e.ctrlKey ? 'start' : 'first';
        break;
      case 'End':
        m = e.ctrlKey ? 'end' : 'last';
        break;
      case 'Enter':
      case ' ':
        if (activeId) setDetailsId(activeId);
        e.preventDefault();
        return;
      case 'Escape':
        if (detailsId === undefined && hoverId === undefined) return;
        setDetailsId(undefined);
        setHoverId(undefined);
        e.preventDefault();
        return;
      default:
        if (e.ctrlKey) return;
        if (e.key === 'n' || e.key === 'N' || e.code === 'KeyN') m = e.shiftKey ? 'previous-link' : 'next-link';
        else if (e.key === 'o' || e.key === 'O' || e.code === 'KeyO') {
          e.preventDefault();
          toggleOutline(true);
          return;
        } else return;
    }
    e.preventDefault();
    move(m);
  };

  // Focus comes back to where the keyboard works: the box itself when the badge (not a tab stop)
  // was clicked, so the arrow keys go on from there; a focusable opener (details button) otherwise.
  const openIndicators = (boxId: string, el: HTMLElement | null) =>
    setDialog({ boxId, returnTo: el && el.tabIndex >= 0 ? el : (boxes.current.get(boxId) ?? el) });
  const closeDetails = () => {
    const id = detailsId;
    setDetailsId(undefined);
    if (id !== undefined && placed.has(id)) {
      setPos({ boxId: id });
      focusNext.current = id;
    }
  };

  const exportBase = (exportName ?? drawn.id) || 'logic-model';
  const svgString = () => logicModel_svg(view, { locale: s.locale, dir: s.dir, t });
  const Heading = `h${[2, 3, 4, 5, 6].includes(headingLevel) ? headingLevel : 3}` as 'h3';
  const dialogBox = dialog ? drawn.boxes.find((b) => b.id === dialog.boxId) ?? view.full.boxes.find((b) => b.id === dialog.boxId) : undefined;
  const indicatorsOf = (ids: readonly string[] | undefined) => (view.full.indicators ?? []).filter((i) => ids?.includes(i.id));
  const detailsBox = detailsId !== undefined ? outline.columns.flatMap((c) => c.boxes).find((b) => b.id === detailsId) : undefined;
  const detailsColumn = detailsBox ? outline.columns.find((c) => c.id === detailsBox.columnId) : undefined;
  const hasBoxes = view.full.boxes.length > 0 || (view.revision?.model.boxes.length ?? 0) > 0;
  const rev = view.revision;
  const population = drawn.targetPopulation;

  return (
    <figure
      aria-labelledby={`${uid}-title`}
      dir={s.dir}
      lang={s.locale}
      data-rch-theme={theme}
      data-view={rev ? 'revision' : view.tender ? 'tender' : 'full'}
      {...rest}
      ref={ref as React.Ref<HTMLElement>}
      className={cx('rch-lm', className)}
    >
      <Heading className="rch-lm__title" id={`${uid}-title`}>
        <Text value={drawn.title} locale={s.locale} />
      </Heading>
      {view.issues.length > 0 ? (
        <>
          <ErrorPanel component={NAME} issues={view.issues} issueMessages={logicModel_issueMessages} locale={s.locale} dir={s.dir} messages={messages} />
          {hasBoxes ? <p className="rch-lm__partial">{t('logicModel.partial', { count: view.issues.length })}</p> : null}
        </>
      ) : null}
      {hasBoxes ? (
        <>
          <div className="rch-lm__summary" id={`${uid}-summary`}>
            {summary.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
          {view.tender ? (
            <p className="rch-lm__notice" role="note" data-notice="tender">
              {t('logicModel.tenderNotice', { shown: view.tender.shown, total: view.tender.total })}
            </p>
          ) : null}
          {rev ? (
            <div className="rch-lm__notice" role="note" data-notice="revision">
              {compareWith?.version || model.version ? (
                <p>{t('logicModel.rev.compare', { from: compareWith?.version ?? '?', to: model.version ?? '?' })}</p>
              ) : null}
              <p>
                {t('logicModel.rev.summary', {
                  added: rev.diff.added.length,
                  removed: rev.diff.removed.length,
                  changed: rev.diff.changed.length,
                  linksAdded: rev.diff.addedLinks.length,
                  linksRemoved: rev.diff.removedLinks.length,
                })}
              </p>
            </div>
          ) : null}
          {population ? (
            <section className="rch-lm__panel" data-panel="population" aria-labelledby={`${uid}-pop`}>
              <p className="rch-lm__panel-title" id={`${uid}-pop`}>
                {t('logicModel.targetPopulation')}
              </p>
              <p>
                <Text value={population.description} locale={s.locale} />
              </p>
              {population.characteristics && population.characteristics.length > 0 ? (
                <>
                  <p className="rch-lm__panel-subtitle">{t('logicModel.characteristics')}</p>
                  <ul>
                    {population.characteristics.map((c, i) => (
                      <li key={i}>
                        <Text value={c} locale={s.locale} />
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </section>
          ) : null}
          <div className="rch-lm__toolbar">
            <button
              ref={outlineButton}
              type="button"
              className="rch-button rch-button--secondary"
              aria-expanded={showOutline}
              aria-controls={showOutline ? `${uid}-outline` : undefined}
              onClick={() => toggleOutline(false)}
            >
              {showOutline ? t('logicModel.showDiagram') : t('logicModel.showOutline')}
            </button>
            {tender && !rev ? (
              <button type="button" className="rch-button rch-button--secondary" aria-pressed={!tenderView} onClick={() => setTenderView(!tenderView)}>
                {t('logicModel.showFull')}
              </button>
            ) : null}
            <button type="button" className="rch-button rch-button--secondary" onClick={() => svg_download(svgString(), exportBase)}>
              {t('logicModel.exportSvg')}
            </button>
            <button
              type="button"
              className="rch-button rch-button--secondary"
              onClick={() => void png_download(svgString(), exportBase, view.physical.width, view.physical.height).catch(() => undefined)}
            >
              {t('logicModel.exportPng')}
            </button>
          </div>
          <p className="rch-visually-hidden" id={`${uid}-instructions`}>
            {t('logicModel.instructions')}
          </p>
          {showOutline ? (
            <Outline
              ref={outlineRef}
              outline={outline}
              locale={s.locale}
              t={t}
              id={`${uid}-outline`}
              revision={revisionBoxes}
              linkStatus={view.revision?.links}
              onIndicators={openIndicators}
            />
          ) : (
            // Tracks whether focus is inside the diagram (for path highlighting); not a control itself.
            // eslint-disable-next-line jsx-a11y/no-static-element-interactions
            <div
              className="rch-lm__diagram"
              onFocus={() => setFocused(true)}
              onBlur={(e) => {
                if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
              }}
            >
              <Diagram
                view={view}
                locale={s.locale}
                t={t}
                uid={uid}
                activeId={activeId}
                highlightId={highlightId}
                paths={paths}
                collapsed={collapsed}
                onToggleColumn={(id) => setCollapsed(collapsed.includes(id) ? collapsed.filter((c) => c !== id) : [...collapsed, id])}
                onBoxFocus={(id) => {
                  if (id !== activeId) setPos({ boxId: id });
                  setLive(logicModel_announce(drawn, layout, id, s.locale, { t, via: pos?.boxId === id ? pos.via : undefined }));
                }}
                onBoxClick={(id) => {
                  setPos({ boxId: id });
                  setDetailsId(id);
                }}
                onBoxHover={setHoverId}
                onBadge={openIndicators}
                onKeyDown={onKeyDown}
                boxRef={boxRef}
                label={title}
                instructionsId={`${uid}-instructions`}
              />
            </div>
          )}
          <p className="rch-visually-hidden" aria-live="polite" aria-atomic="true" data-live="">
            {live}
          </p>
          {detailsBox && !showOutline ? (
            // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape returns to the diagram
            <section
              ref={detailsRef}
              className="rch-lm__details"
              aria-labelledby={`${uid}-details`}
              tabIndex={-1}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  closeDetails();
                }
              }}
            >
              <p className="rch-lm__panel-title" id={`${uid}-details`}>
                <bdi>
                  <RText value={detailsBox.label} locale={s.locale} />
                </bdi>
                {revisionBoxes?.get(detailsBox.id) && revisionBoxes.get(detailsBox.id)!.status !== 'unchanged' ? (
                  <span className="rch-lm__tag"> ({revision_words(revisionBoxes.get(detailsBox.id), t, s.locale)})</span>
                ) : null}
              </p>
              <BoxDetails
                box={detailsBox}
                columnLabel={detailsColumn?.label}
                locale={s.locale}
                t={t}
                linkStatus={view.revision?.links}
                onIndicators={(el) => openIndicators(detailsBox.id, el)}
              />
              <button type="button" className="rch-button rch-button--secondary" onClick={closeDetails}>
                {t('logicModel.showDiagram')}
              </button>
            </section>
          ) : null}
          <Legend t={t} revision={!!rev} />
          {drawn.assumptions && drawn.assumptions.length > 0 ? (
            <Panel id={`${uid}-assumptions`} kind="assumptions" title={t('logicModel.assumptions')} items={drawn.assumptions} locale={s.locale} />
          ) : null}
          {drawn.externalFactors && drawn.externalFactors.length > 0 ? (
            <Panel id={`${uid}-external`} kind="external" title={t('logicModel.externalFactors')} items={drawn.externalFactors} locale={s.locale} />
          ) : null}
        </>
      ) : view.issues.length === 0 ? (
        <p className="rch-lm__summary">{summary.join(' ')}</p>
      ) : null}
      {dialog && dialogBox ? (
        <React.Suspense fallback={null}>
          <IndicatorDialog
            title={text_get(dialogBox.label, s.locale)}
            heading={t('logicModel.outlineIndicators')}
            indicators={indicatorsOf(dialogBox.indicatorIds)}
            observations={observations}
            s={s}
            returnTo={dialog.returnTo}
            onClose={() => setDialog(undefined)}
          />
        </React.Suspense>
      ) : null}
    </figure>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Parts
 * -----------------------------------------------------------------------------------------------*/

function Panel({ id, kind, title, items, locale }: { id: string; kind: string; title: string; items: LogicModelData['assumptions']; locale: LogicModelProps['locale'] & string }) {
  return (
    <section className="rch-lm__panel" data-panel={kind} aria-labelledby={id}>
      <p className="rch-lm__panel-title" id={id}>
        {title}
      </p>
      <ul>
        {(items ?? []).map((a, i) => (
          <li key={i}>
            <Text value={a} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  );
}

const RESPONSIBILITIES = ['operator', 'ministry', 'shared', 'adjacent', 'none'] as const;

function Legend({ t: tt, revision }: { t: Translate; revision: boolean }) {
  return (
    <div className="rch-lm__legend">
      <p className="rch-lm__panel-title">{tt('logicModel.legend')}</p>
      <ul>
        {RESPONSIBILITIES.map((r) => (
          <li key={r}>
            <span className="rch-lm__resp" data-resp={r}>
              <span className="rch-lm__swatch" aria-hidden="true" />
              {tt('logicModel.legendResponsibility')}: {tt(`logicModel.resp.${r}`)}
            </span>
          </li>
        ))}
        <li>
          <span className="rch-lm__tag rch-lm__tag--key">{tt('logicModel.legendKey')}</span>
        </li>
        <li>
          <span className="rch-lm__badge rch-lm__badge--sample" aria-hidden="true">
            3
          </span>{' '}
          {tt('logicModel.legendIndicators')}
        </li>
        <li>
          <svg className="rch-lm__legend-link" viewBox="0 0 40 12" width="40" height="12" aria-hidden="true" focusable="false">
            <path d="M2 6H34" className="rch-lm__link" />
            <path d="M32 1L40 6L32 11z" className="rch-lm__arrow" />
          </svg>{' '}
          {tt('logicModel.legendLink')}
        </li>
        {revision
          ? (['added', 'removed', 'changed'] as const).map((r) => (
              <li key={r}>
                <span className="rch-lm__tag rch-lm__tag--rev" data-rev={r}>
                  {tt(`logicModel.rev.${r}`)}
                </span>
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}
