import * as React from 'react';
import {
  intl_tag,
  participation_levels,
  participation_stages,
  participation_tools,
  stakeholderMap_add,
  stakeholderMap_grid,
  stakeholderMap_issues,
  stakeholderMap_remove,
  stakeholderMap_rings,
  stakeholderMap_update,
  stakeholder_rings,
  worksheet_fieldId,
  worksheet_limits,
  type Locale,
  type ParticipationLevel,
  type Stakeholder,
  type StakeholderMapState,
  type Translate,
} from '@rechesh/core';
import { useRechesh, type RecheshSettings } from '../../provider/RecheshProvider.js';
import { SafeBoundary, cx } from '../../error/ErrorPanel.js';
import { worksheetsCatalog } from '../../internal/catalogs.js';
import { useWidth } from '../../internal/useWidth.js';
import { KeepPanel, PropIssues, useWorksheetKeep, type WorksheetKeepProps } from '../shared/keep.js';
import { ErrorSummary, Field, FieldError, field_focus } from '../shared/fields.js';
import { map_layout, map_nav, type MapLayout, type MapMove } from './layout.js';

/* -------------------------------------------------------------------------------------------------
 * StakeholderMap
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'StakeholderMap';

export interface StakeholderMapProps
  extends RecheshSettings,
    WorksheetKeepProps<StakeholderMapState>,
    Omit<React.HTMLAttributes<HTMLElement>, 'dir' | 'onChange' | 'defaultValue'> {
  /** Heading level of the title. @defaultValue 2 */
  headingLevel?: 2 | 3 | 4;
  /** Show the check from the start (as after pressing "check the map"). @defaultValue false */
  defaultShowErrors?: boolean;
}

/**
 * The stakeholder map of public participation (004): the service recipients at the centre, the
 * commissioning ministry, operators, adjacent and complementary services and others in rings
 * around them, each with a level of participation, the stages it takes part in and the tools.
 * Drawn as rings with a legend, with the same map as a numbered outline and a grid of levels by
 * stages; the arrow keys walk the drawing and Enter goes to the stakeholder's fields. The work is
 * never lost: autosave with a restore notice, export and import of JSON, reset and removals with
 * undo, print.
 */
export const StakeholderMap = React.forwardRef<HTMLElement, StakeholderMapProps>(function StakeholderMap(props, ref) {
  const { locale, dir, theme, numberingSystem, suppression, messages } = props;
  return (
    <SafeBoundary component={NAME} settings={{ locale, dir, theme, numberingSystem, suppression, messages }} resetKeys={[props.value]}>
      <StakeholderMapImpl {...props} ref={ref} />
    </SafeBoundary>
  );
});

const iso = (v: string) => `\u2068${v}\u2069`;

const StakeholderMapImpl = React.forwardRef<HTMLElement, StakeholderMapProps>(function StakeholderMapImpl(
  {
    value,
    defaultValue,
    onChange,
    autosave,
    storageId,
    autosaveDelay,
    exportName,
    headingLevel = 2,
    defaultShowErrors = false,
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
  const s = useRechesh({ locale, dir, theme, numberingSystem, suppression, messages }, worksheetsCatalog);
  const t = s.t;
  const prefix = `rch-sm${React.useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const fid = (path: string) => worksheet_fieldId(path, prefix);
  const keep = useWorksheetKeep('stakeholder-map', { value, defaultValue, onChange, autosave, storageId, autosaveDelay, exportName }, s.locale);
  const { state, stateRef, change } = keep;
  const list = state.stakeholders;

  const nameOf = (st: Stakeholder) => st.name.trim() || t('worksheet.ui.unnamed');
  const words = useListWords(s.locale, t);
  const rowOf = (st: Stakeholder) =>
    t('worksheet.ui.stakeholderRow', {
      name: iso(nameOf(st)),
      ring: t(`worksheet.ring.${st.ring}`),
      level: t(`worksheet.level.${st.level}`),
      stages: words(st.stages.map((x) => t(`worksheet.pstage.${x}`))),
      tools: words(st.tools.map((x) => t(`worksheet.ptool.${x}`))),
    });

  // ---- The check -------------------------------------------------------------------------------
  const issues = React.useMemo(() => stakeholderMap_issues(state, { locale: s.locale, idPrefix: prefix }), [state, s.locale, prefix]);
  const [showErrors, setShowErrors] = React.useState(defaultShowErrors);
  const [checks, setChecks] = React.useState(0);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const completeRef = React.useRef<HTMLParagraphElement>(null);
  React.useEffect(() => {
    if (checks > 0) (summaryRef.current ?? completeRef.current)?.focus();
  }, [checks]);
  const errorAt = (path: string) => (showErrors ? issues.find((i) => i.path === path)?.message : undefined);

  // ---- Focus on the new stakeholder's name after adding one -----------------------------------
  const focusAdded = React.useRef<string | undefined>(undefined);
  React.useEffect(() => {
    const id = focusAdded.current;
    if (id === undefined) return;
    focusAdded.current = undefined;
    field_focus(id);
  });

  const H = `h${headingLevel}` as 'h2';
  const H2 = `h${headingLevel + 1}` as 'h3';
  const H3 = `h${headingLevel + 2}` as 'h4';
  const titleId = `${prefix}-title`;
  const update = (id: string, patch: Partial<Omit<Stakeholder, 'id'>>) => change(stakeholderMap_update(stateRef.current, id, patch));

  return (
    <section aria-labelledby={titleId} dir={s.dir} lang={s.locale} data-rch-theme={theme} {...rest} ref={ref} className={cx('rch-ws rch-sm', className)}>
      <H className="rch-ws__title" id={titleId}>
        {t('worksheet.map.title')}
      </H>
      <PropIssues keep={keep} component={NAME} locale={s.locale} dir={s.dir} messages={messages} />
      <KeepPanel keep={keep} t={t} prefix={prefix} locale={s.locale} onReset={() => setShowErrors(false)} />

      {/* The service and who is at the centre. */}
      <section className="rch-sm__details" aria-labelledby={`${prefix}-details`}>
        <H2 className="rch-ws__section-title" id={`${prefix}-details`}>
          {t('worksheet.ui.mapDetails')}
        </H2>
        <Field id={fid('serviceName')} label={t('worksheet.serviceName')} max={worksheet_limits.nameChars} text={state.serviceName} onText={(v) => change({ ...stateRef.current, serviceName: v })} />
        <Field
          id={fid('recipients')}
          label={t('worksheet.map.recipients')}
          hint={t('worksheet.map.recipientsHint')}
          multiline
          max={worksheet_limits.textChars}
          text={state.recipients}
          onText={(v) => change({ ...stateRef.current, recipients: v })}
        />
      </section>

      {/* The map: drawing and legend, the outline, the grid. */}
      <section className="rch-sm__overview" aria-labelledby={`${prefix}-overview`}>
        <H2 className="rch-ws__section-title" id={`${prefix}-overview`}>
          {t('worksheet.ui.overview')}
        </H2>
        <MapView state={state} t={t} dir={s.dir} prefix={prefix} rowOf={rowOf} nameOf={nameOf} onEdit={(i) => field_focus(fid(`stakeholders[${i}].name`))} />
        <Outline state={state} t={t} prefix={prefix} heading={H3} rowOf={rowOf} />
        <ParticipationGrid state={state} t={t} prefix={prefix} nameOf={nameOf} words={words} />
      </section>

      {/* The stakeholders, one fieldset each, and the check. */}
      <form
        className="rch-sm__editor"
        aria-labelledby={`${prefix}-editor`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setShowErrors(true);
          setChecks((n) => n + 1);
        }}
      >
        <H2 className="rch-ws__section-title" id={`${prefix}-editor`}>
          {t('worksheet.ui.stakeholders')}
        </H2>
        {showErrors && issues.length > 0 ? (
          <ErrorSummary
            ref={summaryRef}
            id={`${prefix}-errors`}
            heading={H3}
            title={t('worksheet.errorSummary')}
            issues={issues.map((i) => ({ path: i.path, href: i.fieldId, message: i.message }))}
          />
        ) : null}
        {list.length === 0 ? <p className="rch-ws__hint">{t('worksheet.ui.mapNone')}</p> : null}
        <ol className="rch-sm__list">
          {list.map((st, i) => {
            const at = (field: string) => fid(`stakeholders[${i}].${field}`);
            const err = (field: string) => errorAt(`stakeholders[${i}].${field}`);
            return (
              <li key={st.id}>
                <fieldset className="rch-ws__fieldset rch-sm__stakeholder" data-ring={st.ring} data-level={st.level}>
                  <legend className="rch-sm__step">{t('worksheet.ui.stakeholderStep', { number: i + 1, count: list.length, name: iso(nameOf(st)) })}</legend>
                  <Field id={at('name')} label={t('worksheet.map.name')} error={err('name')} max={worksheet_limits.nameChars} text={st.name} onText={(v) => update(st.id, { name: v })} />
                  <Choices id={at('ring')} type="radio" legend={t('worksheet.map.ring')} options={stakeholder_rings} label={(r) => t(`worksheet.ring.${r}`)} checked={(r) => st.ring === r} onPick={(r) => update(st.id, { ring: r })} />
                  <Choices
                    id={at('level')}
                    type="radio"
                    legend={t('worksheet.map.level')}
                    options={participation_levels}
                    label={(l) => t(`worksheet.level.${l}`)}
                    checked={(l) => st.level === l}
                    onPick={(l) => update(st.id, { level: l })}
                    mark
                  />
                  <Choices
                    id={at('stages')}
                    type="checkbox"
                    legend={t('worksheet.map.stages')}
                    error={err('stages')}
                    options={participation_stages}
                    label={(x) => t(`worksheet.pstage.${x}`)}
                    checked={(x) => st.stages.includes(x)}
                    onPick={(x) => {
                      const now = stateRef.current.stakeholders.find((y) => y.id === st.id)?.stages ?? [];
                      update(st.id, { stages: participation_stages.filter((y) => (y === x ? !now.includes(x) : now.includes(y))) });
                    }}
                  />
                  <Choices
                    id={at('tools')}
                    type="checkbox"
                    legend={t('worksheet.map.tools')}
                    error={err('tools')}
                    options={participation_tools}
                    label={(x) => t(`worksheet.ptool.${x}`)}
                    checked={(x) => st.tools.includes(x)}
                    onPick={(x) => {
                      const now = stateRef.current.stakeholders.find((y) => y.id === st.id)?.tools ?? [];
                      update(st.id, { tools: participation_tools.filter((y) => (y === x ? !now.includes(x) : now.includes(y))) });
                    }}
                  />
                  <Field
                    id={at('note')}
                    label={`${t('worksheet.note')} ${t('worksheet.optional')}`}
                    multiline
                    max={worksheet_limits.textChars}
                    text={st.note ?? ''}
                    onText={(v) => update(st.id, { note: v })}
                  />
                  <button type="button" className="rch-button rch-button--secondary rch-ws__remove" onClick={() => keep.remove(stakeholderMap_remove(stateRef.current, st.id), nameOf(st))}>
                    {t('worksheet.map.remove', { name: iso(nameOf(st)) })}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <FieldError id={fid('stakeholders')} error={errorAt('stakeholders')} />
        <button
          type="button"
          id={fid('stakeholders')}
          className="rch-button rch-button--secondary rch-ws__add"
          aria-describedby={errorAt('stakeholders') ? `${fid('stakeholders')}-error` : undefined}
          disabled={list.length >= worksheet_limits.stakeholders}
          onClick={() => {
            focusAdded.current = fid(`stakeholders[${stateRef.current.stakeholders.length}].name`);
            change(stakeholderMap_add(stateRef.current));
          }}
        >
          {t('worksheet.map.add')}
        </button>
        <div className="rch-ws__submit">
          <button type="submit" className="rch-button">
            {t('worksheet.ui.checkMap')}
          </button>
        </div>
        {showErrors && issues.length === 0 ? (
          <p className="rch-ws__complete" role="status" tabIndex={-1} ref={completeRef}>
            {t('worksheet.ui.mapComplete')}
          </p>
        ) : null}
      </form>
    </section>
  );
});

/** Lists of words in the locale's way ("a, b, c"), or "none chosen". */
function useListWords(locale: Locale, t: Translate): (items: readonly string[]) => string {
  const format = React.useMemo(() => {
    try {
      return new Intl.ListFormat(intl_tag({ locale }), { type: 'unit', style: 'short' });
    } catch {
      return undefined;
    }
  }, [locale]);
  return (items) => (items.length === 0 ? t('worksheet.ui.noneChosen') : format ? format.format(items) : items.join(', '));
}

/* -------------------------------------------------------------------------------------------------
 * The drawing: one tab stop; arrow keys walk the marks, a live region says where you are
 * -----------------------------------------------------------------------------------------------*/

function MapView({
  state,
  t,
  dir,
  prefix,
  rowOf,
  nameOf,
  onEdit,
}: {
  state: StakeholderMapState;
  t: Translate;
  dir: 'rtl' | 'ltr';
  prefix: string;
  rowOf: (s: Stakeholder) => string;
  nameOf: (s: Stakeholder) => string;
  onEdit: (index: number) => void;
}) {
  const [width, widthRef] = useWidth(640, true);
  const list = state.stakeholders;
  const layout = React.useMemo(() => {
    const numbers = new Map(list.map((x, i) => [x.id, i + 1]));
    const byId = new Map(list.map((x) => [x.id, x]));
    return map_layout(stakeholderMap_rings(state), {
      width,
      dir,
      numbers,
      ringLabel: (r) => t(`worksheet.ring.${r}`),
      name: (id) => nameOf(byId.get(id)!),
      centre: t('worksheet.map.recipients'),
    });
    // `nameOf` and `t` follow the locale, which `t` stands for.
  }, [state, width, dir, t]); // eslint-disable-line react-hooks/exhaustive-deps
  const levels = React.useMemo(() => new Map(list.map((x) => [x.id, x.level])), [list]);
  const [activeId, setActiveId] = React.useState<string | undefined>(undefined);
  const [focused, setFocused] = React.useState(false);
  const [live, setLive] = React.useState('');
  const active = layout.marks.find((m) => m.id === activeId) ?? layout.marks[0];
  const say = (id: string | undefined) => {
    const i = list.findIndex((x) => x.id === id);
    if (i >= 0) setLive(`${i + 1}. ${rowOf(list[i]!)}`);
  };
  const go = (id: string | undefined) => {
    if (id === undefined) {
      setLive(t('worksheet.ui.mapEdge'));
      return;
    }
    setActiveId(id);
    say(id);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || !active) return;
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const moves: Record<string, MapMove> = { [forward]: 'next', [backward]: 'previous', ArrowUp: 'inward', ArrowDown: 'outward', Home: 'first', End: 'last' };
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const i = list.findIndex((x) => x.id === active.id);
      if (i >= 0) onEdit(i);
      return;
    }
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    go(map_nav(layout.marks, active.id, move));
  };

  const empty = layout.marks.length === 0;
  const label = t('worksheet.ui.mapLabel', { count: list.length });
  return (
    <div className="rch-sm__map" data-compact={layout.compact || undefined}>
      <Legend t={t} />
      <div className="rch-sm__drawing" ref={widthRef}>
        {empty ? (
          <>
            <MapSvg layout={layout} activeId={undefined} levels={levels} uid={prefix} rtl={dir === 'rtl'} />
            <p className="rch-sm__none">{t('worksheet.ui.mapNone')}</p>
          </>
        ) : (
          // A widget with its own keys (see FunnelPlot): one tab stop, the drawing inside is aria-hidden.
          // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
          <div
            className="rch-sm__app"
            role="application"
            aria-label={label}
            aria-describedby={`${prefix}-keys`}
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
            tabIndex={0}
            onKeyDown={onKeyDown}
            onFocus={(e) => {
              if (e.target !== e.currentTarget) return;
              setFocused(true);
              if (active) say(active.id);
            }}
            onBlur={() => setFocused(false)}
            onClick={(e) => {
              const box = e.currentTarget.querySelector('svg')?.getBoundingClientRect();
              if (!box) return;
              const px = e.clientX - box.left;
              const py = e.clientY - box.top;
              let best: string | undefined;
              let dist = 24 * 24;
              for (const m of layout.marks) {
                const d = (m.x - px) ** 2 + (m.y - py) ** 2;
                if (d < dist) [best, dist] = [m.id, d];
              }
              if (best) go(best);
            }}
          >
            <MapSvg layout={layout} activeId={focused ? active?.id : undefined} levels={levels} uid={prefix} rtl={dir === 'rtl'} />
          </div>
        )}
        <p className="rch-visually-hidden" id={`${prefix}-keys`}>
          {t('worksheet.ui.mapKeys')}
        </p>
        <p className="rch-visually-hidden" aria-live="polite" aria-atomic="true">
          {live}
        </p>
      </div>
    </div>
  );
}

/** The shape of a level: hollow circle, half-filled diamond, filled square (not colour alone). */
function LevelMark({ level, size }: { level: ParticipationLevel; size: number }) {
  const m = size;
  if (level === 'information') return <circle className="rch-sm__shape" r={m} />;
  if (level === 'consultation') {
    return (
      <>
        <path className="rch-sm__shape" d={`M0 ${-m * 1.2}L${m * 1.2} 0L0 ${m * 1.2}L${-m * 1.2} 0Z`} />
        <path className="rch-sm__fill" d={`M${-m * 1.2} 0L${m * 1.2} 0L0 ${m * 1.2}Z`} />
      </>
    );
  }
  return <rect className="rch-sm__shape rch-sm__fill" x={-m * 0.9} y={-m * 0.9} width={m * 1.8} height={m * 1.8} />;
}

function MapSvg({ layout, activeId, levels, uid, rtl }: { layout: MapLayout; activeId: string | undefined; levels: ReadonlyMap<string, ParticipationLevel>; uid: string; rtl: boolean }) {
  const { width, height, cx, cy, core, bands, marks, markSize, ringFont } = layout;
  const levelOf = (id: string) => levels.get(id) ?? 'information';
  return (
    <svg className="rch-sm__svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} direction="ltr" aria-hidden="true" focusable="false">
      <defs>
        {bands.map((b) => (
          <path key={b.ring} id={`${uid}-${b.ring}`} d={b.labelPath} />
        ))}
      </defs>
      {[...bands].reverse().map((b) => (
        <circle key={b.ring} className="rch-sm__band" data-depth={b.depth} cx={cx} cy={cy} r={b.outer} />
      ))}
      <circle className="rch-sm__core" cx={cx} cy={cy} r={core} />
      {bands.map((b) => (
        <text key={b.ring} className="rch-sm__ring-name" fontSize={ringFont}>
          <textPath href={`#${uid}-${b.ring}`} startOffset="50%" textAnchor="middle">
            {iso(b.label)}
          </textPath>
        </text>
      ))}
      <text className="rch-sm__centre" x={cx} y={cy} textAnchor="middle" fontSize={ringFont + 1}>
        {layout.centre.map((line, i) => (
          <tspan key={i} x={cx} dy={i === 0 ? `${0.35 - (layout.centre.length - 1) * 0.6}em` : '1.2em'}>
            {iso(line)}
          </tspan>
        ))}
      </text>
      {marks.map((m) => (m.label ? <path key={`l${m.id}`} className="rch-sm__leader" d={m.label.leader} data-active={m.id === activeId || undefined} /> : null))}
      {marks.map((m) => (
        <g key={m.id} className="rch-sm__mark" data-id={m.id} data-level={levelOf(m.id)} data-side={m.side} data-active={m.id === activeId || undefined} transform={`translate(${m.x},${m.y})`}>
          {m.id === activeId ? <circle className="rch-sm__focus" r={markSize + 6} /> : null}
          <LevelMark level={levelOf(m.id)} size={markSize} />
        </g>
      ))}
      {marks.map((m) =>
        m.label ? (
          <text key={`t${m.id}`} className="rch-sm__name" data-id={m.id} data-active={m.id === activeId || undefined} x={m.label.x} y={m.label.y} dy="0.35em" textAnchor={m.label.anchor}>
            {`${rtl ? '\u2067' : '\u2066'}${m.number}. ${iso(m.label.text)}\u2069`}
          </text>
        ) : m.tag ? (
          <text key={`t${m.id}`} className="rch-sm__num" data-id={m.id} data-active={m.id === activeId || undefined} x={m.tag.x} y={m.tag.y} dy="0.35em" textAnchor={m.tag.anchor}>
            {m.number}
          </text>
        ) : null,
      )}
    </svg>
  );
}

/** The legend of levels: each level's shape and its name. */
function Legend({ t }: { t: Translate }) {
  return (
    <div className="rch-sm__legend">
      <p className="rch-sm__legend-title">{t('worksheet.map.level')}</p>
      <ul>
        {participation_levels.map((l) => (
          <li key={l} data-level={l}>
            <svg className="rch-sm__swatch" viewBox="-12 -12 24 24" width="24" height="24" aria-hidden="true" focusable="false">
              <g className="rch-sm__mark" data-level={l}>
                <LevelMark level={l} size={8} />
              </g>
            </svg>
            {t(`worksheet.level.${l}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/* -------------------------------------------------------------------------------------------------
 * The outline: rings inner to outer, each stakeholder with its number, level, stages and tools
 * -----------------------------------------------------------------------------------------------*/

function Outline({ state, t, prefix, heading: H, rowOf }: { state: StakeholderMapState; t: Translate; prefix: string; heading: 'h4'; rowOf: (s: Stakeholder) => string }) {
  const numbers = new Map(state.stakeholders.map((x, i) => [x.id, i + 1]));
  return (
    <section className="rch-sm__outline" aria-labelledby={`${prefix}-outline`}>
      <H className="rch-sm__subtitle" id={`${prefix}-outline`}>
        {t('worksheet.ui.mapOutline')}
      </H>
      <p className="rch-sm__recipients">
        <span className="rch-sm__ring-title">{t('worksheet.map.recipients')}: </span>
        <bdi>{state.recipients.trim() || t('worksheet.ui.noneChosen')}</bdi>
      </p>
      <ol className="rch-sm__rings">
        {stakeholderMap_rings(state).map((r) => (
          <li key={r.ring} data-ring={r.ring}>
            <p className="rch-sm__ring-title">{t('worksheet.ui.mapRing', { ring: t(`worksheet.ring.${r.ring}`), count: r.stakeholders.length })}</p>
            {r.stakeholders.length > 0 ? (
              <ul className="rch-sm__people">
                {r.stakeholders.map((x) => (
                  <li key={x.id} data-id={x.id} data-level={x.level}>
                    <span className="rch-sm__number">{numbers.get(x.id)}.</span> {rowOf(x)}
                    {x.note?.trim() ? (
                      <>
                        {' '}
                        <span className="rch-sm__note" dir="auto">
                          {x.note}
                        </span>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/* -------------------------------------------------------------------------------------------------
 * The participation grid: levels by stages, who is in each cell
 * -----------------------------------------------------------------------------------------------*/

function ParticipationGrid({ state, t, prefix, nameOf, words }: { state: StakeholderMapState; t: Translate; prefix: string; nameOf: (s: Stakeholder) => string; words: (items: readonly string[]) => string }) {
  const grid = stakeholderMap_grid(state);
  const byId = new Map(state.stakeholders.map((x, i) => [x.id, { x, n: i + 1 }]));
  const captionId = `${prefix}-grid`;
  return (
    // A wide table scrolls sideways on its own on a narrow screen; focusable so the keys scroll it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="rch-sm__grid-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="rch-sm__grid">
        <caption id={captionId}>{t('worksheet.ui.mapGrid')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('worksheet.map.level')}</th>
            {participation_stages.map((st) => (
              <th key={st} scope="col">
                {t(`worksheet.pstage.${st}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.map((row, i) => (
            <tr key={participation_levels[i]}>
              <th scope="row">{t(`worksheet.level.${participation_levels[i]!}`)}</th>
              {row.map((cell) => (
                <td key={cell.stage} data-count={cell.stakeholderIds.length}>
                  {cell.stakeholderIds.length > 0
                    ? words(cell.stakeholderIds.map((id) => {
                        const e = byId.get(id)!;
                        return `${e.n}. ${iso(nameOf(e.x))}`;
                      }))
                    : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/* -------------------------------------------------------------------------------------------------
 * A group of radios or checkboxes, GOV.UK style: legend, inline error, the first option carries
 * the id the error summary links to
 * -----------------------------------------------------------------------------------------------*/

function Choices<T extends string>({
  id,
  type,
  legend,
  error,
  options,
  label,
  checked,
  onPick,
  mark,
}: {
  id: string;
  type: 'radio' | 'checkbox';
  legend: string;
  error?: string | undefined;
  options: readonly T[];
  label: (o: T) => string;
  checked: (o: T) => boolean;
  onPick: (o: T) => void;
  mark?: boolean;
}) {
  return (
    <fieldset className={cx('rch-ws__fieldset', error && 'rch-ws__field--error')} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="rch-ws__label">{legend}</legend>
      <FieldError id={id} error={error} />
      <div className="rch-ws__choices rch-sm__choices">
        {options.map((o, i) => {
          const oid = i === 0 ? id : `${id}-${o}`;
          const on = checked(o);
          return (
            <div key={o} className="rch-ws__choice" data-checked={on || undefined}>
              <input id={oid} type={type} name={id} value={o} checked={on} onChange={() => onPick(o)} />
              <label htmlFor={oid}>
                {mark ? (
                  <svg className="rch-sm__swatch" viewBox="-12 -12 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                    <g className="rch-sm__mark" data-level={o}>
                      <LevelMark level={o as ParticipationLevel} size={8} />
                    </g>
                  </svg>
                ) : null}
                {label(o)}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
