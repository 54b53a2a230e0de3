import * as React from 'react';
import {
  action_aspects,
  action_statuses,
  roadmap_addAction,
  roadmap_addMilestone,
  roadmap_fromDiagnosis,
  roadmap_issues,
  roadmap_removeAction,
  roadmap_removeMilestone,
  roadmap_sort,
  roadmap_timeline,
  roadmap_updateAction,
  roadmap_updateMilestone,
  text_get,
  worksheet_fieldId,
  worksheet_limits,
  worksheet_parse,
  type DiagnosisState,
  type Locale,
  type LocalizedText,
  type RoadmapAction,
  type RoadmapSortKey,
  type RoadmapState,
  type TimelineRow,
  type WorksheetPrinciple,
} from '@rechesh/core';
import { useRechesh, type RecheshSettings } from '../../provider/RecheshProvider.js';
import { ErrorPanel, SafeBoundary, cx } from '../../error/ErrorPanel.js';
import { roadmapCatalog } from '../../internal/catalogs.js';
import { KeepPanel, PropIssues, useWorksheetKeep, type WorksheetKeepProps } from '../shared/keep.js';
import { CheckComplete, ErrorSummary, Field, FieldError, field_focus, useFormCheck } from '../shared/fields.js';
import { timeline_axis, when_label } from './timeline.js';

/* -------------------------------------------------------------------------------------------------
 * RoadmapWorksheet
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'RoadmapWorksheet';

/** A principle the actions can serve, with its super-outcomes (`principles` of @rechesh/content fits). */
export interface RoadmapPrinciple {
  id: string;
  name: LocalizedText;
  superOutcomes: readonly { id: string; text: LocalizedText }[];
}

/** A tool of the tools menu an action can apply (`toolsMenu` of @rechesh/content fits). */
export interface RoadmapTool {
  id: string;
  name: LocalizedText;
  /** Principles the tool serves specifically; empty for a tool that serves all. */
  principles: readonly string[];
}

export interface RoadmapWorksheetProps
  extends RecheshSettings,
    WorksheetKeepProps<RoadmapState>,
    Omit<React.HTMLAttributes<HTMLElement>, 'dir' | 'onChange' | 'defaultValue'> {
  /** The principles an action can serve, with their super-outcomes. */
  principles?: readonly RoadmapPrinciple[];
  /** The tools menu an action can be chosen from. Without it, actions are free text only. */
  tools?: readonly RoadmapTool[];
  /** The diagnosis whose work-plan focus an empty roadmap can start from. */
  diagnosis?: DiagnosisState;
  /** The day marked "today" on the timeline (a `Date` or an ISO date). @defaultValue the current date */
  today?: Date | string;
  /** Which overview shows first. @defaultValue 'timeline' */
  defaultView?: 'timeline' | 'table';
  /** Heading level of the title. @defaultValue 2 */
  headingLevel?: 2 | 3 | 4;
  /** Show the roadmap check from the start (as after pressing "check"). @defaultValue false */
  defaultShowErrors?: boolean;
}

function list_isValid(list: unknown, keys: readonly string[]): boolean {
  return (
    list === undefined ||
    (Array.isArray(list) &&
      list.every((p: unknown) => p !== null && typeof p === 'object' && typeof (p as { id: unknown }).id === 'string' && keys.every((k) => Array.isArray((p as Record<string, unknown>)[k]))))
  );
}

/**
 * The roadmap of what to preserve and what to improve: actions linked to a principle and its
 * super-outcome, chosen from the tools menu or written freely, each with who leads it, when it
 * starts and ends (quarters or dates), its status, whether it preserves or improves, and
 * milestones. A timeline in the reading direction with today marked, and a sortable table; every
 * field is edited with the keyboard; a check with an error summary linked to the fields. Started
 * from the diagnosis focus or empty, and never lost: autosave with a restore notice, JSON export
 * and import, reset and removals that can be undone, print.
 */
export const RoadmapWorksheet = React.forwardRef<HTMLElement, RoadmapWorksheetProps>(function RoadmapWorksheet(props, ref) {
  const { locale, dir, theme, numberingSystem, suppression, messages } = props;
  const settings = { locale, dir, theme, numberingSystem, suppression, messages };
  const issues = [
    ...(list_isValid(props.principles, ['superOutcomes']) ? [] : [{ path: 'principles', code: 'type' as const }]),
    ...(list_isValid(props.tools, ['principles']) ? [] : [{ path: 'tools', code: 'type' as const }]),
  ];
  return (
    <SafeBoundary component={NAME} settings={settings} resetKeys={[props.principles, props.tools, props.value]}>
      {issues.length === 0 ? <RoadmapWorksheetImpl {...props} ref={ref} /> : <ErrorPanel component={NAME} {...settings} issues={issues} />}
    </SafeBoundary>
  );
});

type T = ReturnType<typeof useRechesh>['t'];

const RoadmapWorksheetImpl = React.forwardRef<HTMLElement, RoadmapWorksheetProps>(function RoadmapWorksheetImpl(
  {
    principles = [],
    tools = [],
    diagnosis,
    today,
    defaultView = 'timeline',
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
  const s = useRechesh({ locale, dir, theme, numberingSystem, suppression, messages }, roadmapCatalog);
  const t = s.t;
  const loc = s.locale;
  const prefix = `rch-rw${React.useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const fid = (path: string) => worksheet_fieldId(path, prefix);
  const keep = useWorksheetKeep('roadmap', { value, defaultValue, onChange, autosave, storageId, autosaveDelay, exportName: exportName ?? 'roadmap' }, loc);
  const { state, stateRef, change } = keep;

  // ---- Names of principles, super-outcomes and tools in the user's language ------------------------
  const names = React.useMemo(() => {
    const principle = new Map(principles.map((p) => [p.id, text_get(p.name, loc)]));
    const outcome = new Map(principles.flatMap((p) => p.superOutcomes.map((o) => [o.id, text_get(o.text, loc)] as const)));
    const tool = new Map(tools.map((x) => [x.id, text_get(x.name, loc)]));
    return { principle, outcome, tool };
  }, [principles, tools, loc]);
  const titleOf = (a: RoadmapAction) => a.title.trim() || (a.toolId !== undefined ? (names.tool.get(a.toolId) ?? a.toolId) : '') || t('worksheet.action.untitled');
  const statusWord = (a: RoadmapAction) => t(`worksheet.action.status.${a.status}` as const);
  const firstFieldOf = (i: number) => fid(tools.length > 0 ? `actions[${i}].toolId` : `actions[${i}].title`);

  // ---- Checks -------------------------------------------------------------------------------------
  const core = React.useMemo<WorksheetPrinciple[]>(
    () => principles.map((p) => ({ id: p.id, name: text_get(p.name, loc), superOutcomeIds: p.superOutcomes.map((o) => o.id) })),
    [principles, loc],
  );
  const issues = React.useMemo(() => roadmap_issues(state, { locale: loc, principles: principles.length > 0 ? core : undefined, idPrefix: prefix }), [state, loc, core, principles.length, prefix]);
  const { showErrors, setShowErrors, errorAt, onSubmit } = useFormCheck(issues, defaultShowErrors, `${prefix}-errors`);

  // ---- Focus after adding ------------------------------------------------------------------------
  const focusNext = React.useRef<string | undefined>(undefined);
  React.useEffect(() => {
    if (focusNext.current === undefined) return;
    field_focus(focusNext.current);
    focusNext.current = undefined;
  });

  const [view, setView] = React.useState<'timeline' | 'table'>(defaultView === 'table' ? 'table' : 'timeline');
  const [todayAt] = React.useState(() => today ?? new Date());
  const timeline = React.useMemo(() => roadmap_timeline(state, today ?? todayAt), [state, today, todayAt]);

  const H = `h${headingLevel}` as 'h2';
  const H2 = `h${headingLevel + 1}` as 'h3';
  const H3 = `h${headingLevel + 2}` as 'h4';
  const titleId = `${prefix}-title`;
  // The diagnosis comes from elsewhere on the page (or a saved file): read, never trusted as given.
  const focusOf = React.useMemo(() => {
    const read = diagnosis === undefined ? undefined : worksheet_parse(diagnosis, { kind: 'diagnosis' });
    return read?.ok ? read.value : undefined;
  }, [diagnosis]);
  const seedable = state.actions.length === 0 && (focusOf?.workPlan.focus.length ?? 0) > 0;

  const seed = () => {
    const seeded = roadmap_fromDiagnosis(focusOf, { tools });
    const now = stateRef.current;
    change({ ...now, serviceName: now.serviceName || seeded.serviceName, tenderName: now.tenderName || seeded.tenderName, actions: seeded.actions });
    keep.announce(t('worksheet.ui.seeded', { count: seeded.actions.length }));
  };
  const addAction = () => {
    focusNext.current = firstFieldOf(stateRef.current.actions.length);
    change(roadmap_addAction(stateRef.current));
  };

  return (
    <section aria-labelledby={titleId} dir={s.dir} lang={loc} data-rch-theme={theme} {...rest} ref={ref} className={cx('rch-ws rch-rw', className)}>
      <H className="rch-ws__title" id={titleId}>
        {t('worksheet.roadmap.title')}
      </H>
      <PropIssues keep={keep} component={NAME} locale={loc} dir={s.dir} messages={messages} />
      <KeepPanel keep={keep} t={t} prefix={prefix} locale={loc} onReset={() => setShowErrors(false)} />
      {/* A value it cannot read shows the panel, not an empty form whose first keystroke would report the work gone. */}
      {keep.propIssues.length > 0 ? null : (
        <>

          <section className="rch-rw__details" aria-labelledby={`${prefix}-details`}>
            <H2 className="rch-ws__section-title" id={`${prefix}-details`}>
              {t('worksheet.ui.details')}
            </H2>
            <Field id={fid('serviceName')} label={t('worksheet.serviceName')} max={worksheet_limits.nameChars} text={state.serviceName} onText={(v) => change({ ...stateRef.current, serviceName: v })} />
            <Field id={fid('tenderName')} label={t('worksheet.tenderName')} max={worksheet_limits.nameChars} text={state.tenderName} onText={(v) => change({ ...stateRef.current, tenderName: v })} />
          </section>

          {/* The overview: a timeline or a table. */}
          <section className="rch-rw__overview" aria-labelledby={`${prefix}-overview`}>
            <H2 className="rch-ws__section-title" id={`${prefix}-overview`}>
              {t('worksheet.ui.overview')}
            </H2>
            <div className="rch-rw__views" role="group" aria-label={t('worksheet.ui.viewAs')}>
              {(['timeline', 'table'] as const).map((v) => (
                <button key={v} type="button" className="rch-button rch-button--secondary" aria-pressed={view === v} onClick={() => setView(v)}>
                  {t(`worksheet.view.${v}` as const)}
                </button>
              ))}
            </div>
            {state.actions.length === 0 ? (
              <p className="rch-rw__none">{t('worksheet.roadmap.none')}</p>
            ) : view === 'timeline' ? (
              <Timeline prefix={prefix} rows={timeline} t={t} locale={loc} titleOf={titleOf} statusWord={statusWord} onEdit={(i) => field_focus(firstFieldOf(i))} />
            ) : (
              <ActionsTable
                actions={state.actions}
                t={t}
                locale={loc}
                principleOrder={principles.map((p) => p.id)}
                principleName={(id) => names.principle.get(id) ?? id}
                titleOf={titleOf}
                statusWord={statusWord}
                onEdit={(i) => field_focus(firstFieldOf(i))}
              />
            )}
          </section>

          {/* The actions, each edited in full. */}
          <form
            className="rch-rw__actions"
            aria-labelledby={`${prefix}-actions`}
            noValidate
            onSubmit={onSubmit}
          >
            <H2 className="rch-ws__section-title" id={`${prefix}-actions`}>
              {t('worksheet.ui.actions')}
            </H2>
            {showErrors && issues.length > 0 ? (
              <ErrorSummary
                id={`${prefix}-errors`}
                heading={H3}
                title={t('worksheet.errorSummary')}
                issues={issues.map((i) => ({ path: i.path, href: i.fieldId, message: i.message }))}
              />
            ) : null}
            <p className="rch-ws__hint" id={`${prefix}-when-hint`}>
              {t('worksheet.action.whenHint')}
            </p>
            {seedable ? (
              <div className="rch-ws__toolbar">
                <button type="button" className="rch-button" onClick={seed}>
                  {t('worksheet.roadmap.fromDiagnosis')}
                </button>
              </div>
            ) : null}
            <ol className="rch-rw__list">
              {state.actions.map((a, i) => (
                <li key={a.id}>
                  <ActionEditor
                    action={a}
                    index={i}
                    count={state.actions.length}
                    fid={fid}
                    whenHintId={`${prefix}-when-hint`}
                    t={t}
                    locale={loc}
                    principles={principles}
                    tools={tools}
                    title={titleOf(a)}
                    errorAt={errorAt}
                    onPatch={(patch) => change(roadmap_updateAction(stateRef.current, a.id, patch))}
                    onRemove={() => keep.remove(roadmap_removeAction(stateRef.current, a.id), titleOf(a))}
                    onAddMilestone={() => {
                      focusNext.current = fid(`actions[${i}].milestones[${a.milestones.length}].title`);
                      change(roadmap_addMilestone(stateRef.current, a.id));
                    }}
                    onPatchMilestone={(id, patch) => change(roadmap_updateMilestone(stateRef.current, a.id, id, patch))}
                    onRemoveMilestone={(id, name) => keep.remove(roadmap_removeMilestone(stateRef.current, a.id, id), name)}
                  />
                </li>
              ))}
            </ol>
            <div className="rch-ws__toolbar">
              <button type="button" className="rch-button rch-button--secondary rch-ws__add" disabled={state.actions.length >= worksheet_limits.actions} onClick={addAction}>
                {t('worksheet.action.add')}
              </button>
              <button type="submit" className="rch-button rch-ws__submit">
                {t('worksheet.ui.checkRoadmap')}
              </button>
            </div>
            {showErrors && issues.length === 0 ? (
              <CheckComplete id={`${prefix}-errors`}>
                {t('worksheet.ui.roadmapComplete')}
              </CheckComplete>
            ) : null}
          </form>
        </>
      )}
    </section>
  );
});

/* -------------------------------------------------------------------------------------------------
 * The timeline: rows of actions on a time axis that runs in the reading direction, today marked
 * -----------------------------------------------------------------------------------------------*/

interface OverviewProps {
  t: T;
  locale: Locale;
  titleOf: (a: RoadmapAction) => string;
  statusWord: (a: RoadmapAction) => string;
  /** Moves focus to the editor of the action at this index of the roadmap. */
  onEdit: (index: number) => void;
}

const pct = (x: number) => `${(x * 100).toFixed(3)}%`;

function Timeline({ prefix, rows: timeline, t, locale, titleOf, statusWord, onEdit }: OverviewProps & { prefix: string; rows: ReturnType<typeof roadmap_timeline> }) {
  const { rows, domain } = timeline;
  const axis = domain ? timeline_axis(domain, locale) : undefined;
  const dated = rows.length - timeline.undated;
  const [active, setActive] = React.useState(0);
  const current = Math.min(active, rows.length - 1);
  const listRef = React.useRef<HTMLUListElement>(null);
  const iso = (v: string) => `\u2068${v}\u2069`;
  const span = (r: TimelineRow) => [when_label(r.action.start, locale), when_label(r.action.end || r.action.start, locale)] as const;
  const describe = (r: TimelineRow) => {
    const title = iso(titleOf(r.action));
    const parts = [r.startDay === undefined ? `${title}: ${t('worksheet.timeline.undated')}, ${statusWord(r.action)}` : t('worksheet.timeline.row', { title, start: iso(span(r)[0]), end: iso(span(r)[1]), status: statusWord(r.action) })];
    parts.push(t(`worksheet.aspect.${r.action.aspect}` as const));
    if (r.milestones.length > 0) parts.push(t('worksheet.ui.milestonesCount', { count: r.milestones.length, done: r.milestones.filter((m) => m.done).length }));
    if (r.overdue) parts.push(t('worksheet.ui.overdue'));
    return parts.join('; ');
  };
  const move = (to: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, to));
    setActive(next);
    listRef.current?.querySelectorAll<HTMLButtonElement>('.rch-rw__bar')[next]?.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const to = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: rows.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    move(to);
  };
  const summary = dated
    ? t('worksheet.ui.timelineSummary', {
        count: rows.length,
        dated,
        start: iso(when_label(rows[0]!.startDate!, locale)),
        end: iso(when_label(rows.slice(0, dated).reduce((a, r) => (r.lastDate! > a ? r.lastDate! : a), rows[0]!.lastDate!), locale)),
        current: rows.filter((r) => r.current).length,
        overdue: rows.filter((r) => r.overdue).length,
      })
    : t('worksheet.ui.timelineEmpty');
  const todayAt = axis ? axis.at(timeline.today) : undefined;

  return (
    <figure className="rch-rw__timeline" aria-labelledby={`${prefix}-tl`}>
      <figcaption id={`${prefix}-tl`} className="rch-rw__caption">
        {t('worksheet.timeline.label', { count: rows.length })}
      </figcaption>
      <p className="rch-rw__summary">{summary}</p>
      {axis ? (
        <div className="rch-rw__axis" aria-hidden="true">
          <span />
          <span className="rch-rw__scale">
            {axis.ticks.map((tick) => (
              <span key={tick.day} className="rch-rw__tick" style={{ insetInlineStart: pct(tick.at) }}>
                {tick.label}
              </span>
            ))}
            {todayAt !== undefined ? (
              <span className="rch-rw__today-label" style={{ insetInlineStart: pct(todayAt) }}>
                {t('worksheet.timeline.today')}
              </span>
            ) : null}
          </span>
        </div>
      ) : null}
      <ul className="rch-rw__rows" ref={listRef}>
        {rows.map((r, i) => {
          const [from, to] = span(r);
          const start = axis && r.startDay !== undefined ? axis.at(r.startDay) : undefined;
          const end = axis && r.endDay !== undefined ? axis.at(r.endDay) : undefined;
          return (
            <li key={r.id} className="rch-rw__row" data-status={r.action.status} data-aspect={r.action.aspect} data-overdue={r.overdue || undefined} data-current={r.current || undefined}>
              <span className="rch-rw__label" aria-hidden="true">
                <span className="rch-rw__name" dir="auto">
                  {titleOf(r.action)}
                </span>
                <span className="rch-rw__when">
                  {r.startDay === undefined ? t('worksheet.timeline.undated') : from === to ? iso(from) : `${iso(from)} – ${iso(to)}`} · {statusWord(r.action)}
                  {r.overdue ? ` · ${t('worksheet.ui.overdue')}` : ''}
                </span>
              </span>
              <span className="rch-rw__track">
                {todayAt !== undefined ? <span className="rch-rw__today" style={{ insetInlineStart: pct(todayAt) }} aria-hidden="true" /> : null}
                <button
                  type="button"
                  className="rch-rw__bar"
                  data-undated={start === undefined || undefined}
                  // A short action at the end of the axis stays inside the track (bars are at least 1.5rem).
                  style={start !== undefined && end !== undefined ? { insetInlineStart: `min(${pct(start)}, 100% - 1.5rem)`, inlineSize: pct(Math.max(0, end - start)) } : undefined}
                  tabIndex={i === current ? 0 : -1}
                  aria-label={describe(r)}
                  aria-describedby={`${prefix}-tl-keys`}
                  onKeyDown={onKeyDown}
                  onFocus={() => setActive(i)}
                  onClick={() => onEdit(r.index)}
                >
                  {r.action.status === 'done' ? '✓' : r.overdue ? '!' : ''}
                </button>
                {axis
                  ? r.milestones.map((m) =>
                      m.day === undefined ? null : (
                        <span key={m.id} className="rch-rw__milestone" data-done={m.done || undefined} data-overdue={m.overdue || undefined} style={{ insetInlineStart: pct(axis.at(m.day)) }} aria-hidden="true" />
                      ),
                    )
                  : null}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="rch-ws__hint rch-rw__keys" id={`${prefix}-tl-keys`}>
        {t('worksheet.ui.timelineKeys')}
      </p>
      <ul className="rch-rw__legend" aria-label={t('worksheet.ui.overview')}>
        {action_aspects.map((a) => (
          <li key={a}>
            <span className="rch-rw__swatch" data-aspect={a} aria-hidden="true" /> {t(`worksheet.aspect.${a}` as const)}
          </li>
        ))}
        <li>
          <span className="rch-rw__swatch rch-rw__swatch--milestone" aria-hidden="true" /> {t('worksheet.milestones')}
        </li>
        <li>
          <span className="rch-rw__swatch rch-rw__swatch--milestone" data-done="" aria-hidden="true" /> {t('worksheet.milestone.done')}
        </li>
        <li>
          <span className="rch-rw__swatch rch-rw__swatch--today" aria-hidden="true" /> {t('worksheet.timeline.today')}
        </li>
      </ul>
    </figure>
  );
}

/* -------------------------------------------------------------------------------------------------
 * The table: every action in a row, sortable by each column
 * -----------------------------------------------------------------------------------------------*/

function ActionsTable({
  actions,
  t,
  locale,
  principleOrder,
  principleName,
  titleOf,
  statusWord,
  onEdit,
}: OverviewProps & { actions: readonly RoadmapAction[]; principleOrder: readonly string[]; principleName: (id: string) => string }) {
  const [sort, setSort] = React.useState<{ key: RoadmapSortKey; direction: 'ascending' | 'descending' } | undefined>(undefined);
  const index = new Map(actions.map((a, i) => [a.id, i]));
  const rows = sort ? roadmap_sort(actions, sort.key, { direction: sort.direction, locale, titleOf, ...(principleOrder.length > 0 ? { principleOrder } : {}) }) : actions;
  const columns: { key: RoadmapSortKey; label: string; cell: (a: RoadmapAction) => React.ReactNode }[] = [
    { key: 'principle', label: t('worksheet.action.principle'), cell: (a) => (a.principleId !== undefined ? principleName(a.principleId) : '') },
    { key: 'owner', label: t('worksheet.action.owner'), cell: (a) => <bdi>{a.owner}</bdi> },
    { key: 'start', label: t('worksheet.action.start'), cell: (a) => <bdi>{when_label(a.start, locale)}</bdi> },
    { key: 'end', label: t('worksheet.action.end'), cell: (a) => <bdi>{when_label(a.end, locale)}</bdi> },
    { key: 'status', label: t('worksheet.action.status'), cell: statusWord },
    { key: 'aspect', label: t('worksheet.ui.aspectColumn'), cell: (a) => t(`worksheet.aspect.${a.aspect}` as const) },
  ];
  const header = (key: RoadmapSortKey, label: string) => {
    const on = sort?.key === key ? sort.direction : undefined;
    return (
      <th key={key} scope="col" aria-sort={on ?? 'none'}>
        <button
          type="button"
          className="rch-rw__sort"
          onClick={() => setSort(on === 'ascending' ? { key, direction: 'descending' } : on === 'descending' ? undefined : { key, direction: 'ascending' })}
        >
          {label}
          <span className="rch-rw__sort-icon" aria-hidden="true">
            {on === 'ascending' ? '▲' : on === 'descending' ? '▼' : '↕'}
          </span>
        </button>
      </th>
    );
  };
  return (
    <div className="rch-rw__table-wrap">
      <table className="rch-table rch-rw__table">
        <caption>{t('worksheet.ui.tableCaption')}</caption>
        <thead>
          <tr>
            {header('title', t('worksheet.action.title'))}
            {columns.map((c) => header(c.key, c.label))}
            <th scope="col">{t('worksheet.milestones')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <button type="button" className="rch-rw__edit" onClick={() => onEdit(index.get(a.id)!)}>
                  <span className="rch-visually-hidden">{t('worksheet.ui.editAction', { title: '' })}</span>
                  <bdi>{titleOf(a)}</bdi>
                </button>
              </th>
              {columns.map((c) => (
                <td key={c.key}>{c.cell(a)}</td>
              ))}
              <td>{a.milestones.length > 0 ? t('worksheet.ui.milestonesCount', { count: a.milestones.length, done: a.milestones.filter((m) => m.done).length }) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Options with the current value added when the list does not have it (shown as its id). */
function withCurrent(options: readonly (readonly [string, string])[], current: string | undefined): readonly (readonly [string, string])[] {
  return current === undefined || current === '' || options.some(([v]) => v === current) ? options : [...options, [current, current] as const];
}

/* -------------------------------------------------------------------------------------------------
 * One action: every field, with its milestones
 * -----------------------------------------------------------------------------------------------*/

function ActionEditor({
  action: a,
  index: i,
  count,
  fid,
  whenHintId,
  t,
  locale,
  principles,
  tools,
  title,
  errorAt,
  onPatch,
  onRemove,
  onAddMilestone,
  onPatchMilestone,
  onRemoveMilestone,
}: {
  action: RoadmapAction;
  index: number;
  count: number;
  fid: (path: string) => string;
  whenHintId: string;
  t: T;
  locale: Locale;
  principles: readonly RoadmapPrinciple[];
  tools: readonly RoadmapTool[];
  title: string;
  errorAt: (path: string) => string | undefined;
  onPatch: (patch: Partial<Omit<RoadmapAction, 'id'>>) => void;
  onRemove: () => void;
  onAddMilestone: () => void;
  onPatchMilestone: (id: string, patch: { title?: string; date?: string; done?: boolean }) => void;
  onRemoveMilestone: (id: string, name: string) => void;
}) {
  const at = (field: string) => `actions[${i}].${field}`;
  const principle = principles.find((p) => p.id === a.principleId);
  const legendId = fid(at('legend'));
  const select = (field: 'toolId' | 'principleId' | 'superOutcomeId' | 'status', label: string, options: readonly (readonly [string, string])[], current: string, onValue: (v: string) => void, none?: string) => {
    const id = fid(at(field));
    const error = errorAt(at(field));
    return (
      <div className={cx('rch-ws__field', error && 'rch-ws__field--error')}>
        <label className="rch-ws__label" htmlFor={id}>
          {label}
        </label>
        <FieldError id={id} error={error} />
        <select className="rch-ws__input rch-ws__select" id={id} value={current} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onValue(e.currentTarget.value)}>
          {none !== undefined ? <option value="">{none}</option> : null}
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
        <p className="rch-ws__print-only rch-ws__print-text">{options.find(([v]) => v === current)?.[1] ?? ''}</p>
      </div>
    );
  };
  // Tools that serve this action's principle first, then those for every principle, then the rest.
  const toolOptions = React.useMemo(() => {
    const rank = (x: RoadmapTool) => (a.principleId !== undefined && x.principles.includes(a.principleId) ? 0 : x.principles.length === 0 ? 1 : 2);
    return [...tools].sort((x, y) => rank(x) - rank(y)).map((x) => [x.id, text_get(x.name, locale)] as const);
  }, [tools, a.principleId, locale]);

  return (
    <fieldset className="rch-ws__fieldset rch-rw__action" id={fid(`actions[${i}]`)} data-status={a.status}>
      <legend className="rch-rw__action-title" id={legendId}>
        {t('worksheet.ui.actionStep', { number: i + 1, count, title: `\u2068${title}\u2069` })}
      </legend>
      {tools.length > 0
        ? select('toolId', t('worksheet.action.tool'), withCurrent(toolOptions, a.toolId), a.toolId ?? '', (v) => onPatch({ toolId: v || undefined }), t('worksheet.action.freeText'))
        : null}
      <Field
        id={fid(at('title'))}
        label={a.toolId !== undefined ? `${t('worksheet.action.title')} ${t('worksheet.optional')}` : t('worksheet.action.title')}
        hint={t('worksheet.action.titleHint')}
        error={errorAt(at('title'))}
        max={worksheet_limits.nameChars}
        text={a.title}
        onText={(v) => onPatch({ title: v })}
      />
      {principles.length > 0 ? (
        <div className="rch-rw__pair">
          {select(
            'principleId',
            t('worksheet.action.principle'),
            // An id the list does not have (content changed since) stays visible, so it can be changed.
            withCurrent(principles.map((p) => [p.id, text_get(p.name, locale)] as const), a.principleId),
            a.principleId ?? '',
            (v) => onPatch({ principleId: v || undefined, superOutcomeId: undefined }),
            t('worksheet.ui.notChosen'),
          )}
          {select(
            'superOutcomeId',
            t('worksheet.action.superOutcome'),
            withCurrent((principle?.superOutcomes ?? []).map((o) => [o.id, text_get(o.text, locale)] as const), a.superOutcomeId),
            a.superOutcomeId ?? '',
            (v) => onPatch({ superOutcomeId: v || undefined }),
            principle ? t('worksheet.ui.notChosen') : t('worksheet.ui.choosePrincipleFirst'),
          )}
        </div>
      ) : null}
      <Field id={fid(at('owner'))} label={t('worksheet.action.owner')} max={worksheet_limits.nameChars} text={a.owner} onText={(v) => onPatch({ owner: v })} />
      <div className="rch-rw__pair">
        <Field id={fid(at('start'))} label={t('worksheet.action.start')} sharedHintId={whenHintId} error={errorAt(at('start'))} max={worksheet_limits.nameChars} text={a.start} onText={(v) => onPatch({ start: v })} className="rch-rw__when-field" />
        <Field id={fid(at('end'))} label={t('worksheet.action.end')} sharedHintId={whenHintId} error={errorAt(at('end'))} max={worksheet_limits.nameChars} text={a.end} onText={(v) => onPatch({ end: v })} className="rch-rw__when-field" />
      </div>
      {select('status', t('worksheet.action.status'), action_statuses.map((st) => [st, t(`worksheet.action.status.${st}` as const)] as const), a.status, (v) => onPatch({ status: v as RoadmapAction['status'] }))}
      <fieldset className="rch-ws__fieldset">
        <legend className="rch-ws__label">{t('worksheet.action.aspect')}</legend>
        <div className="rch-ws__radios">
          {action_aspects.map((asp, j) => {
            const rid = j === 0 ? fid(at('aspect')) : `${fid(at('aspect'))}-${asp}`;
            return (
              <div key={asp} className="rch-ws__radio" data-checked={a.aspect === asp || undefined}>
                <input id={rid} type="radio" name={fid(at('aspect'))} value={asp} checked={a.aspect === asp} onChange={() => onPatch({ aspect: asp })} />
                <label htmlFor={rid}>{t(`worksheet.aspect.${asp}` as const)}</label>
              </div>
            );
          })}
        </div>
        <p className="rch-ws__print-only rch-ws__print-text">{t(`worksheet.aspect.${a.aspect}` as const)}</p>
      </fieldset>
      <Field
        id={fid(at('note'))}
        label={`${t('worksheet.action.note')} ${t('worksheet.optional')}`}
        multiline
        max={worksheet_limits.textChars}
        text={a.note ?? ''}
        className={a.note ? undefined : 'rch-ws__print-hide'}
        onText={(v) => onPatch({ note: v || undefined })}
      />
      <fieldset className="rch-ws__fieldset rch-rw__milestones">
        <legend className="rch-ws__label">{t('worksheet.milestones')}</legend>
        {a.milestones.length > 0 ? (
          <ol className="rch-rw__milestone-list">
            {a.milestones.map((m, j) => {
              const mp = (field: string) => at(`milestones[${j}].${field}`);
              const name = m.title.trim() || `${t('worksheet.milestone.title')} ${j + 1}`;
              return (
                <li key={m.id} className="rch-rw__milestone-row">
                  <Field id={fid(mp('title'))} label={`${t('worksheet.milestone.title')} ${j + 1}`} max={worksheet_limits.nameChars} text={m.title} onText={(v) => onPatchMilestone(m.id, { title: v })} />
                  <Field
                    id={fid(mp('date'))}
                    label={t('worksheet.milestone.date')}
                    sharedHintId={whenHintId}
                    error={errorAt(mp('date'))}
                    max={worksheet_limits.nameChars}
                    text={m.date}
                    onText={(v) => onPatchMilestone(m.id, { date: v })}
                    className="rch-rw__when-field"
                  />
                  <div className="rch-ws__choice" data-checked={m.done || undefined}>
                    <input id={fid(mp('done'))} type="checkbox" checked={m.done} onChange={(e) => onPatchMilestone(m.id, { done: e.currentTarget.checked })} />
                    <label htmlFor={fid(mp('done'))}>{t('worksheet.milestone.done')}</label>
                  </div>
                  <button type="button" className="rch-button rch-button--secondary rch-ws__remove" onClick={() => onRemoveMilestone(m.id, name)}>
                    {t('worksheet.milestone.remove', { title: `\u2068${name}\u2069` })}
                  </button>
                </li>
              );
            })}
          </ol>
        ) : null}
        <button type="button" className="rch-button rch-button--secondary rch-ws__add" disabled={a.milestones.length >= worksheet_limits.milestones} onClick={onAddMilestone}>
          {t('worksheet.milestone.add')}
        </button>
      </fieldset>
      <button type="button" className="rch-button rch-button--secondary rch-ws__remove rch-rw__remove" onClick={onRemove}>
        {t('worksheet.action.remove', { title: `\u2068${title}\u2069` })}
      </button>
    </fieldset>
  );
}
