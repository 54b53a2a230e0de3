import * as React from 'react';
import {
  diagnosis_answer,
  diagnosis_nextUnanswered,
  diagnosis_setAnswer,
  format_value,
  intl_tag,
  item_statuses,
  text_get,
  workPlan_issues,
  workPlan_setSuperOutcome,
  workPlan_toggle,
  worksheet_empty,
  worksheet_fieldId,
  worksheet_history,
  worksheet_issueMessage,
  worksheet_issueMessages,
  worksheet_kindNames,
  worksheet_limits,
  worksheet_parse,
  worksheet_restoreNotice,
  worksheet_serialize,
  worksheet_storageKey,
  worksheet_summary,
  worksheet_summaryBars,
  worksheet_summaryText,
  type DiagnosisState,
  type IssueCatalog,
  type ItemStatus,
  type Locale,
  type ValidationIssue,
  type WorksheetHistory,
  type WorksheetHistoryAction,
  type WorksheetIssue,
} from '@rechesh/core';
import { useRechesh, type RecheshSettings } from '../../provider/RecheshProvider.js';
import { ErrorPanel, SafeBoundary, cx } from '../../error/ErrorPanel.js';
import { worksheetsCatalog } from '../../internal/catalogs.js';
import { Text } from '../../internal/Text.js';
import { diagnosis_stages, principles_areValid, worksheetPrinciples_of, type DiagnosisPrinciple } from './model.js';
import { file_text, json_download, storage_read, storage_write } from './storage.js';

/* -------------------------------------------------------------------------------------------------
 * DiagnosisWorksheet
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'DiagnosisWorksheet';

const useIsoLayoutEffect = typeof window === 'undefined' ? React.useEffect : React.useLayoutEffect;

export interface DiagnosisWorksheetProps extends RecheshSettings, Omit<React.HTMLAttributes<HTMLElement>, 'dir' | 'onChange' | 'defaultValue'> {
  /** The six principles with their super-outcomes and items by stage (`diagnosisPrinciples_from`). */
  principles: readonly DiagnosisPrinciple[];
  /** The work (controlled). */
  value?: DiagnosisState;
  /** The work to start from (uncontrolled). @defaultValue an empty diagnosis */
  defaultValue?: DiagnosisState;
  /** Called with the whole state after every change. */
  onChange?: (state: DiagnosisState) => void;
  /**
   * Keep the work in this browser's local storage and bring it back on the next visit, with a
   * notice. In controlled mode the restored work comes through `onChange`. @defaultValue true
   */
  autosave?: boolean;
  /** Which worksheet this is, for the storage key (one per service or tender). @defaultValue 'default' */
  storageId?: string;
  /** Milliseconds of quiet before saving. @defaultValue 600 */
  autosaveDelay?: number;
  /** Heading level of the title. @defaultValue 2 */
  headingLevel?: 2 | 3 | 4;
  /** File name (without extension) of the export. @defaultValue 'diagnosis' */
  exportName?: string;
  /** Show the work-plan check from the start (as after pressing "check"). @defaultValue false */
  defaultShowErrors?: boolean;
}

/**
 * The diagnosis and work-plan worksheet of the social-procurement toolkit: for a named service and
 * tender, each item of the full logic model, principle by principle and stage by stage, gets a
 * status and a note; a summary per principle in words and bars; then the work-plan step (two
 * principles, why, one super-outcome each) with an error summary linked to its fields. The work is
 * never lost: autosave with a restore notice, export and import of JSON, reset with undo, print.
 */
export const DiagnosisWorksheet = React.forwardRef<HTMLElement, DiagnosisWorksheetProps>(function DiagnosisWorksheet(props, ref) {
  const { locale, dir, theme, numberingSystem, suppression, messages } = props;
  const settings = { locale, dir, theme, numberingSystem, suppression, messages };
  return (
    <SafeBoundary component={NAME} settings={settings} resetKeys={[props.principles, props.value]}>
      {principles_areValid(props.principles) ? (
        <DiagnosisWorksheetImpl {...props} ref={ref} />
      ) : (
        <ErrorPanel component={NAME} {...settings} issues={[{ path: 'principles', code: 'required' }]} />
      )}
    </SafeBoundary>
  );
});

type Notice =
  | { kind: 'restored'; savedAt: string | undefined }
  | { kind: 'unreadable' }
  | { kind: 'imported'; file: string; migrated: boolean }
  | { kind: 'import-failed'; file: string; reasons: string[] }
  | { kind: 'reset' }
  | { kind: 'undone' };

type Undo = WorksheetHistory<DiagnosisState>['undo'];

/** A kind-mismatch issue with the kinds named in the user's language, for the error panel. */
function kindNamed(issue: WorksheetIssue, locale: Locale): WorksheetIssue {
  if (issue.code !== 'kind-mismatch' || !issue.params) return issue;
  const names: Record<string, string> = worksheet_kindNames[locale] ?? worksheet_kindNames.he;
  const named = (v: unknown) => (typeof v === 'string' && Object.prototype.hasOwnProperty.call(names, v) ? names[v]! : String(v));
  return { ...issue, params: { ...issue.params, found: named(issue.params['found']), expected: named(issue.params['expected']) } };
}

function withoutTime(state: DiagnosisState): string {
  const { savedAt: _, ...rest } = state;
  return worksheet_serialize(rest as DiagnosisState);
}

const DiagnosisWorksheetImpl = React.forwardRef<HTMLElement, DiagnosisWorksheetProps>(function DiagnosisWorksheetImpl(
  {
    principles,
    value,
    defaultValue,
    onChange,
    autosave = true,
    storageId = 'default',
    autosaveDelay = 600,
    headingLevel = 2,
    exportName = 'diagnosis',
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
  const say = (key: 'details' | 'check' | 'complete' | 'dismiss' | 'overall' | 'keep' | 'answer' | 'continue' | 'unreadable') => s.t(`worksheet.ui.${key}`);
  const prefix = `rch-dw${React.useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const fid = (path: string) => worksheet_fieldId(path, prefix);
  const storageKey = worksheet_storageKey('diagnosis', storageId);
  const delay = Number.isFinite(autosaveDelay) && autosaveDelay >= 0 ? autosaveDelay : 600;

  // ---- The work: controlled or own, read through the core parser (never trusted as given) ----
  const controlled = value !== undefined;
  const readValue = React.useMemo(() => (value === undefined ? undefined : worksheet_parse(value, { kind: 'diagnosis' })), [value]);
  const [readDefault] = React.useState(() => (defaultValue === undefined ? undefined : worksheet_parse(defaultValue, { kind: 'diagnosis' })));
  const [own, setOwn] = React.useState<DiagnosisState>(() => (readDefault?.ok ? readDefault.value : worksheet_empty('diagnosis')));
  const state: DiagnosisState = controlled ? (readValue?.ok ? readValue.value : worksheet_empty('diagnosis')) : own;
  const propRead = controlled ? readValue : readDefault;
  const propIssues: WorksheetIssue[] = propRead && !propRead.ok ? propRead.issues : [];

  const stateRef = React.useRef(state);
  const undoRef = React.useRef<Undo>(undefined);
  const [undo, setUndo] = React.useState<Undo>(undefined);
  const dirty = React.useRef(false);
  const mounted = React.useRef(false);
  const onChangeRef = React.useRef(onChange);
  useIsoLayoutEffect(() => {
    stateRef.current = state;
    onChangeRef.current = onChange;
  });

  const apply = React.useCallback(
    (action: WorksheetHistoryAction<DiagnosisState>, options: { save?: boolean } = {}) => {
      const before: WorksheetHistory<DiagnosisState> = { state: stateRef.current, ...(undoRef.current ? { undo: undoRef.current } : {}) };
      const after = worksheet_history(before, action);
      if (after.state !== before.state) {
        stateRef.current = after.state;
        if (options.save !== false) dirty.current = true;
        if (!controlled) setOwn(after.state);
        onChangeRef.current?.(after.state);
      }
      undoRef.current = after.undo;
      setUndo(after.undo);
    },
    [controlled],
  );
  const change = (next: DiagnosisState) => apply({ type: 'change', state: next });

  // ---- Notices -----------------------------------------------------------------------------------
  const [notice, setNotice] = React.useState<Notice | undefined>(undefined);
  const noticeRef = React.useRef<HTMLParagraphElement>(null);
  const focusNotice = React.useRef(false);
  React.useEffect(() => {
    if (focusNotice.current && notice) {
      focusNotice.current = false;
      noticeRef.current?.focus();
    }
  }, [notice]);

  // ---- Autosave and restore ---------------------------------------------------------------------
  const [saved, setSaved] = React.useState<{ ok: boolean; at: Date } | undefined>(undefined);
  const flush = React.useCallback(() => {
    if (!autosave || !dirty.current) return;
    dirty.current = false;
    const at = new Date();
    const ok = storage_write(storageKey, worksheet_serialize(stateRef.current, { savedAt: at }));
    if (mounted.current) setSaved({ ok, at });
  }, [autosave, storageKey]);

  React.useEffect(() => {
    if (!autosave || !dirty.current) return;
    const timer = setTimeout(flush, delay);
    return () => clearTimeout(timer);
  }, [state, autosave, delay, flush]);

  React.useEffect(() => {
    mounted.current = true;
    if (!autosave) return () => void (mounted.current = false);
    const onHide = () => flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      mounted.current = false;
      // Unmounting (a route change, a reload) must not drop the last keystrokes.
      flush();
    };
  }, [autosave, flush]);

  const restoredFrom = React.useRef<string | undefined>(undefined);
  React.useEffect(() => {
    if (!autosave || restoredFrom.current === storageKey) return;
    restoredFrom.current = storageKey;
    const text = storage_read(storageKey);
    if (text === null) return;
    const read = worksheet_parse(text, { kind: 'diagnosis' });
    if (!read.ok) {
      // Storage is read once, after hydration, so the server and the first client render agree.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setNotice({ kind: 'unreadable' });
      return;
    }
    if (withoutTime(read.value) === withoutTime(stateRef.current)) return;
    apply({ type: 'change', state: read.value }, { save: false });
    setNotice({ kind: 'restored', savedAt: read.value.savedAt });
  }, [autosave, storageKey, apply]);

  // ---- Export, import, reset, undo -----------------------------------------------------------------
  const exportFile = () => json_download(worksheet_serialize(stateRef.current, { savedAt: new Date(), space: 2 }), `${exportName}.json`);

  const importFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const name = file.name;
    let read: ReturnType<typeof worksheet_parse<'diagnosis'>>;
    if (file.size > worksheet_limits.jsonChars * 4) read = { ok: false, issues: [{ path: '', code: 'too-large', params: { max: worksheet_limits.jsonChars } }] };
    else {
      try {
        read = worksheet_parse(await file_text(file), { kind: 'diagnosis' });
      } catch {
        read = { ok: false, issues: [{ path: '', code: 'not-json' }] };
      }
    }
    try {
      input.value = '';
    } catch {
      // Some browsers refuse to clear a file input; choosing the same file again then does nothing.
    }
    if (read.ok) {
      apply({ type: 'import', state: read.value });
      setNotice({ kind: 'imported', file: name, migrated: read.migratedFrom !== undefined });
    } else {
      setNotice({ kind: 'import-failed', file: name, reasons: read.issues.slice(0, 5).map((i) => worksheet_issueMessage(i, s.locale)) });
    }
    focusNotice.current = true;
  };

  const [confirming, setConfirming] = React.useState(false);
  const confirmRef = React.useRef<HTMLParagraphElement>(null);
  const resetButtonRef = React.useRef<HTMLButtonElement>(null);
  const undoButtonRef = React.useRef<HTMLButtonElement>(null);
  const focusUndo = React.useRef(false);
  React.useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  React.useEffect(() => {
    if (focusUndo.current && undo) {
      focusUndo.current = false;
      undoButtonRef.current?.focus();
    }
  }, [undo]);

  const reset = () => {
    setConfirming(false);
    apply({ type: 'reset' });
    setShowErrors(false);
    setNotice({ kind: 'reset' });
    focusUndo.current = true;
  };
  const undoLast = () => {
    apply({ type: 'undo' });
    setNotice({ kind: 'undone' });
    focusNotice.current = true;
  };
  const dismiss = () => {
    setNotice(undefined);
    apply({ type: 'dismiss' });
  };
  const startAgain = () => {
    apply({ type: 'reset' });
    setNotice({ kind: 'reset' });
    focusUndo.current = true;
  };

  // ---- Summary and work-plan check -------------------------------------------------------------
  const names = React.useMemo(() => new Map(principles.map((p) => [p.id, text_get(p.name, s.locale)])), [principles, s.locale]);
  const byStage = React.useMemo(() => principles.map((p) => ({ principleId: p.id, itemIds: p.items.map((i) => i.id) })), [principles]);
  const summary = React.useMemo(() => worksheet_summary(state, byStage), [state, byStage]);
  const next = diagnosis_nextUnanswered(state, byStage);
  const words = worksheet_summaryText(summary, { locale: s.locale, name: (id) => names.get(id) ?? id });
  const bars = worksheet_summaryBars(summary);
  const percent = (share: number | undefined) => (share === undefined ? t('worksheet.summary.noValue') : format_value(share * 100, 'percent', { locale: s.locale, decimals: 0 }));

  const core = React.useMemo(() => worksheetPrinciples_of(principles, s.locale), [principles, s.locale]);
  const issues = React.useMemo(() => workPlan_issues(state, { locale: s.locale, principles: core, idPrefix: prefix }), [state, s.locale, core, prefix]);
  const [showErrors, setShowErrors] = React.useState(defaultShowErrors);
  const [checks, setChecks] = React.useState(0);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const completeRef = React.useRef<HTMLParagraphElement>(null);
  React.useEffect(() => {
    if (checks > 0) (summaryRef.current ?? completeRef.current)?.focus();
  }, [checks]);
  const errorAt = (path: string) => (showErrors ? issues.find((i) => i.path === path) : undefined);
  const focusId = fid('workPlan.focus');
  const hrefOf = (fieldId: string, path: string) => (path.endsWith('.principleId') ? focusId : fieldId);

  const fieldProps = (f: { path: string; label: string; hint?: string; multiline?: boolean; optional?: boolean; max: number; text: string }): Omit<FieldProps, 'onText'> => ({
    id: fid(f.path),
    label: f.optional ? `${f.label} ${t('worksheet.optional')}` : f.label,
    hint: f.hint,
    error: errorAt(f.path)?.message,
    multiline: f.multiline,
    max: f.max,
    text: f.text,
  });

  // ---- Team focus after adding a member ----------------------------------------------------------
  const focusTeam = React.useRef<number | undefined>(undefined);
  React.useEffect(() => {
    if (focusTeam.current === undefined) return;
    document.getElementById(fid(`team[${focusTeam.current}]`))?.focus();
    focusTeam.current = undefined;
  });

  const H = `h${headingLevel}` as 'h2';
  const H2 = `h${headingLevel + 1}` as 'h3';
  const H3 = `h${headingLevel + 2}` as 'h4';
  const titleId = `${prefix}-title`;
  const team = state.team.length > 0 ? state.team : [''];
  const time = (d: Date) => {
    try {
      return new Intl.DateTimeFormat(intl_tag({ locale: s.locale }), { timeStyle: 'short' }).format(d);
    } catch {
      return d.toISOString();
    }
  };

  const noticeText = (() => {
    if (!notice) return '';
    switch (notice.kind) {
      case 'restored':
        return worksheet_restoreNotice(notice.savedAt, { locale: s.locale });
      case 'unreadable':
        return say('unreadable');
      case 'imported':
        return `${t('worksheet.imported', { file: `\u2068${notice.file}\u2069` })}${notice.migrated ? ` ${t('worksheet.importMigrated')}` : ''}`;
      case 'import-failed':
        return t('worksheet.importFailed', { file: `\u2068${notice.file}\u2069` });
      case 'reset':
        return t('worksheet.resetDone');
      case 'undone':
        return t('worksheet.undone');
    }
  })();

  return (
    <section
      aria-labelledby={titleId}
      dir={s.dir}
      lang={s.locale}
      data-rch-theme={theme}
      {...rest}
      ref={ref}
      className={cx('rch-dw', className)}
    >
      <H className="rch-dw__title" id={titleId}>
        {t('worksheet.diagnosis.title')}
      </H>
      {propIssues.length > 0 ? (
        <ErrorPanel component={NAME} issues={propIssues.map((i) => kindNamed(i, s.locale)) as unknown as ValidationIssue[]} issueMessages={worksheet_issueMessages as unknown as IssueCatalog} locale={s.locale} dir={s.dir} messages={messages} />
      ) : null}

      {/* Keeping the work: notices, export, import, print, reset. */}
      <section className="rch-dw__keep" aria-label={say('keep')}>
        <div className="rch-dw__live" role="status">
          {notice ? (
            <p className="rch-dw__notice" data-kind={notice.kind} ref={noticeRef} tabIndex={-1}>
              {noticeText}
            </p>
          ) : null}
        </div>
        {notice?.kind === 'import-failed' ? (
          <ul className="rch-dw__reasons">
            {notice.reasons.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        ) : null}
        {notice ? (
          <div className="rch-dw__notice-actions">
            {undo ? (
              <button type="button" className="rch-button" ref={undoButtonRef} onClick={undoLast}>
                {undo.after === 'import' ? t('worksheet.importUndo') : t('worksheet.undo')}
              </button>
            ) : null}
            {notice.kind === 'restored' && next ? (
              <button
                type="button"
                className="rch-button"
                onClick={() => {
                  const el = document.getElementById(fid(`items.${next.itemId}`));
                  el?.focus();
                  el?.scrollIntoView?.({ block: 'center' });
                }}
              >
                {say('continue')}
              </button>
            ) : null}
            {notice.kind === 'restored' ? (
              <button type="button" className="rch-button rch-button--secondary" onClick={startAgain}>
                {t('worksheet.restoreDiscard')}
              </button>
            ) : null}
            <button type="button" className="rch-button rch-button--secondary" onClick={dismiss}>
              {say('dismiss')}
            </button>
          </div>
        ) : null}
        <div className="rch-dw__toolbar">
          <button type="button" className="rch-button rch-button--secondary" onClick={exportFile}>
            {t('worksheet.export')}
          </button>
          <button type="button" className="rch-button rch-button--secondary" onClick={() => typeof window !== 'undefined' && window.print?.()}>
            {t('worksheet.print')}
          </button>
          <button type="button" className="rch-button rch-button--secondary" ref={resetButtonRef} aria-expanded={confirming} onClick={() => setConfirming(true)}>
            {t('worksheet.reset')}
          </button>
        </div>
        {confirming ? (
          <div className="rch-dw__confirm" role="group" aria-labelledby={`${prefix}-confirm`}>
            <p id={`${prefix}-confirm`} ref={confirmRef} tabIndex={-1}>
              {t('worksheet.resetConfirm')}
            </p>
            <button type="button" className="rch-button" onClick={reset}>
              {t('worksheet.resetConfirmYes')}
            </button>
            <button
              type="button"
              className="rch-button rch-button--secondary"
              onClick={() => {
                setConfirming(false);
                resetButtonRef.current?.focus();
              }}
            >
              {t('worksheet.resetCancel')}
            </button>
          </div>
        ) : null}
        <div className="rch-dw__field rch-dw__import">
          <label className="rch-dw__label" htmlFor={`${prefix}-import`}>
            {t('worksheet.import')}
          </label>
          <p className="rch-dw__hint" id={`${prefix}-import-hint`}>
            {t('worksheet.importHint')}
          </p>
          <input id={`${prefix}-import`} className="rch-dw__file" type="file" accept="application/json,.json" aria-describedby={`${prefix}-import-hint`} onChange={(e) => void importFile(e)} />
        </div>
        {autosave ? (
          saved && !saved.ok ? (
            <p className="rch-dw__save rch-dw__save--failed" role="alert">
              {t('worksheet.saveFailed')}
            </p>
          ) : (
            <p className="rch-dw__save">
              {t('worksheet.autosaveHint')}
              {saved ? ` ${t('worksheet.saved', { time: `\u2068${time(saved.at)}\u2069` })}` : null}
            </p>
          )
        ) : null}
      </section>

      {/* The service, the tender, the team. */}
      <section className="rch-dw__details" aria-labelledby={`${prefix}-details`}>
        <H2 className="rch-dw__section-title" id={`${prefix}-details`}>
          {say('details')}
        </H2>
        <Field {...fieldProps({ path: 'serviceName', label: t('worksheet.serviceName'), max: worksheet_limits.nameChars, text: state.serviceName})} onText={(v) => change({ ...stateRef.current, serviceName: v })} />
        <Field {...fieldProps({ path: 'tenderName', label: t('worksheet.tenderName'), max: worksheet_limits.nameChars, text: state.tenderName})} onText={(v) => change({ ...stateRef.current, tenderName: v })} />
        <fieldset className="rch-dw__fieldset" aria-describedby={`${prefix}-team-hint`}>
          <legend className="rch-dw__label">{t('worksheet.team')}</legend>
          <p className="rch-dw__hint" id={`${prefix}-team-hint`}>
            {t('worksheet.teamHint')}
          </p>
          <ol className="rch-dw__team">
            {team.map((member, i) => (
              <li key={i} className="rch-dw__member">
                <label className="rch-dw__member-label" htmlFor={fid(`team[${i}]`)}>
                  <span className="rch-visually-hidden">{t('worksheet.team')} </span>
                  {i + 1}
                </label>
                <input
                  className="rch-dw__input"
                  type="text"
                  id={fid(`team[${i}]`)}
                  dir="auto"
                  maxLength={worksheet_limits.nameChars}
                  autoComplete="off"
                  value={member}
                  onChange={(e) => {
                    const next = [...team];
                    next[i] = e.currentTarget.value;
                    change({ ...stateRef.current, team: next });
                  }}
                />
                {team.length > 1 ? (
                  <button
                    type="button"
                    className="rch-button rch-button--secondary rch-dw__remove"
                    onClick={() => {
                      change({ ...stateRef.current, team: team.filter((_, j) => j !== i) });
                      focusTeam.current = Math.max(0, i - 1);
                    }}
                  >
                    {t('worksheet.teamRemove', { name: member.trim() ? `\u2068${member}\u2069` : String(i + 1) })}
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="rch-button rch-button--secondary rch-dw__add"
            disabled={team.length >= worksheet_limits.team}
            onClick={() => {
              focusTeam.current = team.length;
              change({ ...stateRef.current, team: [...team, ''] });
            }}
          >
            {t('worksheet.teamAdd')}
          </button>
        </fieldset>
      </section>

      {/* The six principles, item by item, stage by stage. */}
      {principles.map((p, pi) => {
        const pid = `${prefix}-p${pi}`;
        const bar = bars[pi];
        return (
          <section key={p.id} className="rch-dw__principle" aria-labelledby={pid} data-principle={p.id}>
            <H2 className="rch-dw__section-title" id={pid}>
              {t('worksheet.principleStep', { number: pi + 1, count: principles.length, name: `\u2068${names.get(p.id) ?? p.id}\u2069` })}
            </H2>
            {diagnosis_stages.map((stage) => {
              const items = p.items.filter((i) => i.stage === stage);
              if (items.length === 0) return null;
              return (
                <div key={stage} className="rch-dw__stage" data-stage={stage}>
                  <H3 className="rch-dw__stage-title">{t(`worksheet.stage.${stage}` as const)}</H3>
                  <ol className="rch-dw__items">
                    {items.map((item) => (
                      <li key={item.id}>
                        <Item
                          id={fid(`items.${item.id}`)}
                          label={<Text value={item.label} locale={s.locale} />}
                          status={diagnosis_answer(state, item.id)?.status}
                          note={diagnosis_answer(state, item.id)?.note ?? ''}
                          t={t}
                          answerWord={say('answer')}
                          onStatus={(status) => {
                            const was = diagnosis_answer(stateRef.current, item.id);
                            change(diagnosis_setAnswer(stateRef.current, item.id, { status, ...(was?.note ? { note: was.note } : {}) }));
                          }}
                          onNote={(note) => {
                            const was = diagnosis_answer(stateRef.current, item.id);
                            if (was) change(diagnosis_setAnswer(stateRef.current, item.id, { status: was.status, note }));
                          }}
                        />
                      </li>
                    ))}
                  </ol>
                </div>
              );
            })}
            <div className="rch-dw__principle-summary">
              <p>{words.principles[pi]?.text}</p>
              {bar ? <Bar value={bar.value} /> : null}
            </div>
          </section>
        );
      })}

      {/* Summary of all principles. */}
      <section className="rch-dw__summary" aria-labelledby={`${prefix}-summary`}>
        <H2 className="rch-dw__section-title" id={`${prefix}-summary`}>
          {say('overall')}
        </H2>
        <p className="rch-dw__hint">{words.weighting}</p>
        <figure className="rch-dw__chart" aria-labelledby={`${prefix}-chart`}>
          <figcaption id={`${prefix}-chart`}>{t('worksheet.summary.chartLabel')}</figcaption>
          <ul className="rch-dw__bars">
            {bars.map((b) => (
              <li key={b.principleId} className="rch-dw__bar-row">
                <span className="rch-dw__bar-name">{names.get(b.principleId) ?? b.principleId}</span>
                <Bar value={b.value} />
                <span className="rch-dw__bar-value rch-num">{percent(b.value)}</span>
              </li>
            ))}
          </ul>
        </figure>
        <p className="rch-dw__overall">{words.overall}</p>
      </section>

      {/* The work-plan step. */}
      <form
        className="rch-dw__workplan"
        aria-labelledby={`${prefix}-wp`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setShowErrors(true);
          setChecks((n) => n + 1);
        }}
      >
        <H2 className="rch-dw__section-title" id={`${prefix}-wp`}>
          {t('worksheet.workPlan.title')}
        </H2>
        {showErrors && issues.length > 0 ? (
          <div className="rch-dw__error-summary" role="alert" aria-labelledby={`${prefix}-errors`} tabIndex={-1} ref={summaryRef}>
            <H3 className="rch-dw__error-summary-title" id={`${prefix}-errors`}>
              {t('worksheet.errorSummary')}
            </H3>
            <ul>
              {issues.map((issue) => (
                <li key={issue.path}>
                  <a
                    href={`#${hrefOf(issue.fieldId, issue.path)}`}
                    onClick={(e) => {
                      const el = document.getElementById(hrefOf(issue.fieldId, issue.path));
                      if (!el) return;
                      e.preventDefault();
                      el.focus();
                      el.scrollIntoView?.({ block: 'center' });
                    }}
                  >
                    {issue.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <fieldset
          className={cx('rch-dw__fieldset', errorAt('workPlan.focus') && 'rch-dw__field--error')}
          aria-describedby={cx(`${focusId}-hint`, errorAt('workPlan.focus') && `${focusId}-error`)}
        >
          <legend className="rch-dw__label">{t('worksheet.workPlan.principles')}</legend>
          <p className="rch-dw__hint" id={`${focusId}-hint`}>
            {t('worksheet.workPlan.principlesHint')}
          </p>
          {errorAt('workPlan.focus') ? (
            <p className="rch-dw__error" id={`${focusId}-error`}>
              {errorAt('workPlan.focus')!.message}
            </p>
          ) : null}
          <div className="rch-dw__choices">
            {principles.map((p, pi) => {
              const id = pi === 0 ? focusId : `${focusId}-${pi}`;
              const on = state.workPlan.focus.some((f) => f.principleId === p.id);
              return (
                <div key={p.id} className="rch-dw__choice" data-checked={on || undefined}>
                  <input id={id} type="checkbox" checked={on} onChange={() => change(workPlan_toggle(stateRef.current, p.id))} />
                  <label htmlFor={id}>
                    <Text value={p.name} locale={s.locale} />
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
        <Field {...fieldProps({
          path: 'workPlan.why',
          label: t('worksheet.workPlan.why'),
          multiline: true,
          max: worksheet_limits.textChars,
          text: state.workPlan.why})} onText={(v) => change({ ...stateRef.current, workPlan: { ...stateRef.current.workPlan, why: v } })} />
        <Field {...fieldProps({
          path: 'workPlan.hesitation',
          label: t('worksheet.workPlan.hesitation'),
          optional: true,
          multiline: true,
          max: worksheet_limits.textChars,
          text: state.workPlan.hesitation})} onText={(v) => change({ ...stateRef.current, workPlan: { ...stateRef.current.workPlan, hesitation: v } })} />
        {state.workPlan.focus.map((f, fi) => {
          const p = principles.find((x) => x.id === f.principleId);
          if (!p) return null;
          const path = `workPlan.focus[${fi}].superOutcomeId`;
          const id = fid(path);
          const error = errorAt(path);
          return (
            <div key={f.principleId} className="rch-dw__focus" data-principle={p.id}>
              <fieldset className={cx('rch-dw__fieldset', error && 'rch-dw__field--error')} aria-describedby={cx(`${id}-hint`, error && `${id}-error`)}>
                <legend className="rch-dw__label">{t('worksheet.workPlan.superOutcome', { principle: `\u2068${names.get(p.id) ?? p.id}\u2069` })}</legend>
                <p className="rch-dw__hint" id={`${id}-hint`}>
                  {t('worksheet.workPlan.superOutcomeHint')}
                </p>
                {error ? (
                  <p className="rch-dw__error" id={`${id}-error`}>
                    {error.message}
                  </p>
                ) : null}
                <div className="rch-dw__choices">
                  {p.superOutcomes.map((o, oi) => {
                    const rid = oi === 0 ? id : `${id}-${oi}`;
                    return (
                      <div key={o.id} className="rch-dw__choice" data-checked={f.superOutcomeId === o.id || undefined}>
                        <input
                          id={rid}
                          type="radio"
                          name={id}
                          value={o.id}
                          checked={f.superOutcomeId === o.id}
                          onChange={() => change(workPlan_setSuperOutcome(stateRef.current, p.id, o.id))}
                        />
                        <label htmlFor={rid}>
                          <Text value={o.text} locale={s.locale} />
                        </label>
                      </div>
                    );
                  })}
                </div>
              </fieldset>
              <Field {...fieldProps({
                path: `workPlan.focus[${fi}].superOutcomeWhy`,
                label: t('worksheet.workPlan.superOutcomeWhy'),
                optional: true,
                multiline: true,
                max: worksheet_limits.textChars,
                text: f.superOutcomeWhy ?? ''})} onText={(v) => {
                  const now = stateRef.current.workPlan.focus.find((x) => x.principleId === p.id);
                  if (!now) return;
                  const focus = stateRef.current.workPlan.focus.map((x) => (x.principleId === p.id ? { ...x, superOutcomeWhy: v } : x));
                  change({ ...stateRef.current, workPlan: { ...stateRef.current.workPlan, focus } });
                }} />
            </div>
          );
        })}
        <div className="rch-dw__submit">
          <button type="submit" className="rch-button">
            {say('check')}
          </button>
        </div>
        {showErrors && issues.length === 0 ? (
          <p className="rch-dw__complete" role="status" tabIndex={-1} ref={completeRef}>
            {say('complete')}
          </p>
        ) : null}
      </form>
    </section>
  );
});

/* -------------------------------------------------------------------------------------------------
 * A labelled text field with a hint and an inline error (GOV.UK)
 * -----------------------------------------------------------------------------------------------*/

interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  multiline?: boolean | undefined;
  max: number;
  text: string;
  onText: (text: string) => void;
}

function Field({ id, label, hint, error, multiline, max, text, onText }: FieldProps) {
  const describedBy = cx(hint && `${id}-hint`, error && `${id}-error`) || undefined;
  const common = { id, dir: 'auto', maxLength: max, value: text, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, autoComplete: 'off' } as const;
  return (
    <div className={cx('rch-dw__field', error && 'rch-dw__field--error')}>
      <label className="rch-dw__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="rch-dw__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="rch-dw__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {multiline ? (
        <>
          <textarea className="rch-dw__textarea" rows={3} {...common} onChange={(e) => onText(e.currentTarget.value)} />
          {text ? <p className="rch-dw__print-only rch-dw__print-text" dir="auto">{text}</p> : null}
        </>
      ) : (
        <input className="rch-dw__input" type="text" {...common} onChange={(e) => onText(e.currentTarget.value)} />
      )}
    </div>
  );
}

/* -------------------------------------------------------------------------------------------------
 * One item: a radio group of status, and a note once a status is chosen
 * -----------------------------------------------------------------------------------------------*/

function Item({
  id,
  label,
  status,
  note,
  t,
  answerWord,
  onStatus,
  onNote,
}: {
  answerWord: string;
  id: string;
  label: React.ReactNode;
  status: ItemStatus | undefined;
  note: string;
  t: ReturnType<typeof useRechesh>['t'];
  onStatus: (status: ItemStatus) => void;
  onNote: (note: string) => void;
}) {
  return (
    <div className="rch-dw__item" data-status={status ?? 'unanswered'}>
      <fieldset className="rch-dw__fieldset" aria-describedby={`${id}-hint`}>
        <legend className="rch-dw__item-label">{label}</legend>
        <p className="rch-dw__hint" id={`${id}-hint`}>
          {t('worksheet.itemQuestion')}
        </p>
        <div className="rch-dw__radios">
          {item_statuses.map((st, j) => {
            const rid = j === 0 ? id : `${id}-${st}`;
            return (
              <div key={st} className="rch-dw__radio" data-checked={status === st || undefined}>
                <input id={rid} type="radio" name={id} value={st} checked={status === st} onChange={() => onStatus(st)} />
                <label htmlFor={rid}>{t(`worksheet.status.${st}` as const)}</label>
              </div>
            );
          })}
        </div>
        <p className="rch-dw__print-only rch-dw__print-answer">
          {answerWord}: {t(`worksheet.status.${status ?? 'unanswered'}` as const)}
        </p>
      </fieldset>
      {status ? (
        <div className="rch-dw__field rch-dw__note">
          <label className="rch-dw__label" htmlFor={`${id}-note`}>
            {t('worksheet.note')} {t('worksheet.optional')}
          </label>
          <p className="rch-dw__hint" id={`${id}-note-hint`}>
            {t('worksheet.noteHint')}
          </p>
          <textarea
            className="rch-dw__textarea"
            id={`${id}-note`}
            dir="auto"
            rows={2}
            maxLength={worksheet_limits.textChars}
            aria-describedby={`${id}-note-hint`}
            value={note}
            onChange={(e) => onNote(e.currentTarget.value)}
          />
          {note ? <p className="rch-dw__print-only rch-dw__print-text" dir="auto">{note}</p> : null}
        </div>
      ) : null}
    </div>
  );
}

/** A bar of the share in place: drawn for sighted readers; the numbers are in the words beside it. */
function Bar({ value }: { value: number | undefined }) {
  return (
    <span className="rch-dw__bar" aria-hidden="true" data-empty={value === undefined || undefined}>
      {value !== undefined ? <span className="rch-dw__bar-fill" style={{ inlineSize: `${Math.max(0, Math.min(1, value)) * 100}%` }} /> : null}
    </span>
  );
}
