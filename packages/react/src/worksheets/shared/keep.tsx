/**
 * Keeping a person's work, the same in every worksheet: controlled or uncontrolled state read
 * through the core parser, autosave to local storage with a restore notice, export and import of
 * JSON, reset after a confirmation, and undo of a reset, an import or a removal.
 */
import * as React from 'react';
import {
  intl_tag,
  worksheet_empty,
  worksheet_history,
  worksheet_issueMessage,
  worksheet_issueMessages,
  worksheet_kindNames,
  worksheet_limits,
  worksheet_parse,
  worksheet_restoreNotice,
  worksheet_serialize,
  worksheet_storageKey,
  type IssueCatalog,
  type Locale,
  type ValidationIssue,
  type WorksheetHistory,
  type WorksheetHistoryAction,
  type WorksheetIssue,
  type WorksheetKind,
  type WorksheetState,
  type WorksheetStateOf,
} from '@rechesh/core';
import type { useRechesh } from '../../provider/RecheshProvider.js';
import { ErrorPanel } from '../../error/ErrorPanel.js';
import { file_text, json_download, storage_read, storage_write } from './storage.js';

const useIsoLayoutEffect = typeof window === 'undefined' ? React.useEffect : React.useLayoutEffect;

type T = ReturnType<typeof useRechesh>['t'];

/** Props every worksheet takes for keeping the work. */
export interface WorksheetKeepProps<S> {
  /** The work (controlled). */
  value?: S;
  /** The work to start from (uncontrolled). @defaultValue an empty worksheet */
  defaultValue?: S;
  /** Called with the whole state after every change. */
  onChange?: (state: S) => void;
  /**
   * Keep the work in this browser's local storage and bring it back on the next visit, with a
   * notice. In controlled mode the restored work comes through `onChange`. @defaultValue true
   */
  autosave?: boolean;
  /** Which worksheet this is, for the storage key (one per service or tender). @defaultValue 'default' */
  storageId?: string;
  /** Milliseconds of quiet before saving. @defaultValue 600 */
  autosaveDelay?: number;
  /** File name (without extension) of the export. @defaultValue the worksheet's kind */
  exportName?: string;
}

export type WorksheetNotice =
  | { kind: 'restored'; savedAt: string | undefined }
  | { kind: 'unreadable'; text: string }
  | { kind: 'other-tab'; state: WorksheetState }
  | { kind: 'imported'; file: string; migrated: boolean }
  | { kind: 'import-failed'; file: string; reasons: string[] }
  | { kind: 'reset' }
  | { kind: 'removed'; name: string }
  | { kind: 'undone' }
  | { kind: 'info'; text: string };

function withoutTime<S extends { savedAt?: string }>(state: S): string {
  const { savedAt: _, ...rest } = state;
  return worksheet_serialize(rest as never);
}

/** A kind-mismatch issue with the kinds named in the user's language, for the error panel. */
function kindNamed(issue: WorksheetIssue, locale: Locale): WorksheetIssue {
  if (issue.code !== 'kind-mismatch' || !issue.params) return issue;
  const names: Record<string, string> = worksheet_kindNames[locale] ?? worksheet_kindNames.he;
  const named = (v: unknown) => (typeof v === 'string' && Object.prototype.hasOwnProperty.call(names, v) ? names[v]! : String(v));
  return { ...issue, params: { ...issue.params, found: named(issue.params['found']), expected: named(issue.params['expected']) } };
}

/**
 * The work of a worksheet and everything that keeps it. `change` records an edit, `remove` an edit
 * that can be undone (a removed action), `reset` asks nothing (the panel asks first).
 */
export function useWorksheetKeep<K extends WorksheetKind>(kind: K, props: WorksheetKeepProps<WorksheetStateOf<K>>, locale: Locale) {
  type S = WorksheetStateOf<K>;
  const { value, defaultValue, onChange, autosave = true, storageId = 'default', autosaveDelay = 600, exportName = kind } = props;
  const storageKey = worksheet_storageKey(kind, storageId);
  const delay = Number.isFinite(autosaveDelay) && autosaveDelay >= 0 ? autosaveDelay : 600;

  // ---- The work: controlled or own, read through the core parser (never trusted as given) ----
  const controlled = value !== undefined;
  const readValue = React.useMemo(() => (value === undefined ? undefined : worksheet_parse(value, { kind })), [value, kind]);
  const [readDefault] = React.useState(() => (defaultValue === undefined ? undefined : worksheet_parse(defaultValue, { kind })));
  const [own, setOwn] = React.useState<S>(() => (readDefault?.ok ? (readDefault.value as S) : worksheet_empty(kind)));
  const state: S = controlled ? (readValue?.ok ? (readValue.value as S) : worksheet_empty(kind)) : own;
  const propRead = controlled ? readValue : readDefault;
  const propIssues: WorksheetIssue[] = propRead && !propRead.ok ? propRead.issues : [];
  /** What the portal gave (`value` or `defaultValue`), read; what "start again instead" goes back to. */
  const given: S | undefined = propRead?.ok ? (propRead.value as S) : undefined;

  type Undo = WorksheetHistory<S>['undo'];
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
    (action: WorksheetHistoryAction<S>, options: { save?: boolean } = {}) => {
      const before: WorksheetHistory<S> = { state: stateRef.current, ...(undoRef.current ? { undo: undoRef.current } : {}) };
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

  // ---- Notices, and where focus goes after them (the panel moves it) ---------------------------
  const [notice, setNotice] = React.useState<WorksheetNotice | undefined>(undefined);
  const [focusRequest, setFocusRequest] = React.useState<{ to: 'notice' | 'undo'; n: number } | undefined>(undefined);
  const focusTo = (to: 'notice' | 'undo') => setFocusRequest((r) => ({ to, n: (r?.n ?? 0) + 1 }));

  // ---- Autosave and restore ---------------------------------------------------------------------
  const [saved, setSaved] = React.useState<{ ok: boolean; at: Date } | undefined>(undefined);
  // Saving waits while another tab's newer copy is unanswered, and while a reset, an import or a
  // removal can still be undone: the copy in storage is then what undo brings back, so a reload or
  // a crashed tab before "undo" loses nothing.
  const paused = React.useRef(false);
  const flush = React.useCallback(() => {
    if (!autosave || !dirty.current || paused.current || undoRef.current) return;
    dirty.current = false;
    const at = new Date();
    const ok = storage_write(storageKey, worksheet_serialize(stateRef.current, { savedAt: at }));
    if (mounted.current) setSaved({ ok, at });
  }, [autosave, storageKey]);

  React.useEffect(() => {
    if (!autosave || !dirty.current) return;
    const timer = setTimeout(flush, delay);
    return () => clearTimeout(timer);
  }, [state, undo, autosave, delay, flush]);

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
    const before = restoredFrom.current;
    restoredFrom.current = storageKey;
    // Another worksheet (a route that changed `storageId`): its own work, not the last one's. The
    // last one's keystrokes were saved under its own key when the old autosave effect cleaned up.
    if (before !== undefined && !controlled) {
      apply({ type: 'change', state: given ?? worksheet_empty(kind) }, { save: false });
      setNotice(undefined);
    }
    const text = storage_read(storageKey);
    if (text === null) return;
    const read = worksheet_parse(text, { kind });
    if (!read.ok) {
      // Storage is read once, after hydration, so the server and the first client render agree.
      // The unreadable copy is kept aside before anything is saved over it.
      if (storage_read(`${storageKey}:unreadable`) !== text) storage_write(`${storageKey}:unreadable`, text);
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setNotice({ kind: 'unreadable', text });
      return;
    }
    if (withoutTime(read.value) === withoutTime(stateRef.current)) return;
    // The portal's copy is newer than this browser's: keep it.
    const savedHere = Date.parse(read.value.savedAt ?? '');
    const savedGiven = Date.parse(given?.savedAt ?? '');
    if (Number.isFinite(savedGiven) && !(savedHere > savedGiven)) return;
    apply({ type: 'change', state: read.value as S }, { save: false });
    setNotice({ kind: 'restored', savedAt: read.value.savedAt });
  }, [autosave, storageKey, apply, kind, controlled, given]);

  // Another tab or window saved this worksheet: pause saving here and ask which copy to keep.
  React.useEffect(() => {
    if (!autosave || typeof window === 'undefined') return;
    const onStorage = (e: StorageEvent) => {
      if (e.key !== storageKey || e.newValue === null) return;
      const read = worksheet_parse(e.newValue, { kind });
      if (!read.ok || withoutTime(read.value) === withoutTime(stateRef.current)) return;
      paused.current = true;
      setNotice({ kind: 'other-tab', state: read.value });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [autosave, storageKey, kind]);

  // ---- Export, import, reset, undo -----------------------------------------------------------------
  const exportFile = () => json_download(worksheet_serialize(stateRef.current, { savedAt: new Date(), space: 2 }), `${exportName}.json`);

  const importFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const name = file.name;
    let read: ReturnType<typeof worksheet_parse<K>>;
    if (file.size > worksheet_limits.jsonChars * 4) read = { ok: false, issues: [{ path: '', code: 'too-large', params: { max: worksheet_limits.jsonChars } }] };
    else {
      try {
        read = worksheet_parse(await file_text(file), { kind });
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
      apply({ type: 'import', state: read.value as S });
      setNotice({ kind: 'imported', file: name, migrated: read.migratedFrom !== undefined });
    } else {
      setNotice({ kind: 'import-failed', file: name, reasons: read.issues.slice(0, 5).map((i) => worksheet_issueMessage(kindNamed(i, locale), locale)) });
    }
    focusTo('notice');
  };

  return {
    kind,
    state,
    stateRef,
    propIssues,
    apply,
    /** Records an edit. */
    change: (next: S) => apply({ type: 'change', state: next }),
    /** Records a removal that can be undone, and says what was removed. */
    remove: (next: S, name: string) => {
      apply({ type: 'remove', state: next });
      setNotice({ kind: 'removed', name });
      focusTo('undo');
    },
    undo,
    notice,
    setNotice,
    focusRequest,
    autosave,
    saved,
    exportFile,
    importFile,
    reset: () => {
      apply({ type: 'reset' });
      setNotice({ kind: 'reset' });
      focusTo('undo');
    },
    /** After a restore: back to what the portal gave (or empty), with undo. */
    discard: () => {
      apply({ type: 'reset', ...(given ? { state: given } : {}) });
      setNotice({ kind: 'reset' });
      focusTo('undo');
    },
    /** Another tab's copy replaces this one. */
    loadOther: () => {
      if (notice?.kind !== 'other-tab') return;
      paused.current = false;
      apply({ type: 'change', state: notice.state as S }, { save: false });
      setNotice(undefined);
    },
    /** This copy stays, and is saved over the other tab's. */
    keepThis: () => {
      paused.current = false;
      dirty.current = true;
      setNotice(undefined);
      flush();
    },
    /** The unreadable saved copy, as a file. */
    downloadUnreadable: () => {
      if (notice?.kind === 'unreadable') json_download(notice.text, `${exportName}-saved-copy.json`);
    },
    undoLast: () => {
      apply({ type: 'undo' });
      setNotice({ kind: 'undone' });
      focusTo('notice');
    },
    dismiss: () => {
      setNotice(undefined);
      apply({ type: 'dismiss' });
    },
    /** Says something in the notice area, and moves focus there. */
    announce: (text: string) => {
      setNotice({ kind: 'info', text });
      focusTo('notice');
    },
  };
}

/** What the keep panel reads of `useWorksheetKeep` (the parts that do not depend on the kind). */
export type WorksheetKeep = Pick<
  ReturnType<typeof useWorksheetKeep<WorksheetKind>>,
  | 'notice'
  | 'undo'
  | 'focusRequest'
  | 'autosave'
  | 'saved'
  | 'exportFile'
  | 'importFile'
  | 'reset'
  | 'discard'
  | 'loadOther'
  | 'keepThis'
  | 'downloadUnreadable'
  | 'undoLast'
  | 'dismiss'
  | 'propIssues'
>;

/** The error panel for a `value` or `defaultValue` that could not be read, with kinds named. */
export function PropIssues({ keep, component, locale, dir, messages }: { keep: Pick<WorksheetKeep, 'propIssues'>; component: string; locale: Locale; dir: 'rtl' | 'ltr'; messages?: Parameters<typeof ErrorPanel>[0]['messages'] }) {
  if (keep.propIssues.length === 0) return null;
  return (
    <ErrorPanel
      component={component}
      issues={keep.propIssues.map((i) => kindNamed(i, locale)) as unknown as ValidationIssue[]}
      issueMessages={worksheet_issueMessages as unknown as IssueCatalog}
      locale={locale}
      dir={dir}
      messages={messages}
    />
  );
}

/**
 * The "keep your work" part of a worksheet: the notice with its choices, export, print, reset
 * with a confirmation, import, and whether the work is saved in this browser.
 */
export function KeepPanel({ keep, t, prefix, locale, actions, onReset }: { keep: WorksheetKeep; t: T; prefix: string; locale: Locale; actions?: React.ReactNode; onReset?: () => void }) {
  const { notice, undo, focusRequest } = keep;
  const noticeRef = React.useRef<HTMLParagraphElement>(null);
  const undoButtonRef = React.useRef<HTMLButtonElement>(null);
  const exportRef = React.useRef<HTMLButtonElement>(null);
  const focused = React.useRef(0);
  React.useEffect(() => {
    if (!focusRequest || focusRequest.n === focused.current) return;
    const el = focusRequest.to === 'undo' ? undoButtonRef.current : noticeRef.current;
    if (!el) return;
    focused.current = focusRequest.n;
    el.focus();
  }, [focusRequest, notice, undo]);
  const reset = () => {
    keep.reset();
    onReset?.();
  };
  const [confirming, setConfirming] = React.useState(false);
  const confirmRef = React.useRef<HTMLParagraphElement>(null);
  const resetButtonRef = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const time = (d: Date) => {
    try {
      return new Intl.DateTimeFormat(intl_tag({ locale }), { timeStyle: 'short' }).format(d);
    } catch {
      return d.toISOString();
    }
  };
  const isolate = (v: string) => `\u2068${v}\u2069`;
  const noticeText = (() => {
    if (!notice) return '';
    switch (notice.kind) {
      case 'restored':
        return worksheet_restoreNotice(notice.savedAt, { locale });
      case 'unreadable':
        return t('worksheet.ui.unreadable');
      case 'other-tab':
        return t('worksheet.ui.otherTab');
      case 'imported':
        return `${t('worksheet.imported', { file: isolate(notice.file) })}${notice.migrated ? ` ${t('worksheet.importMigrated')}` : ''}`;
      case 'import-failed':
        return t('worksheet.importFailed', { file: isolate(notice.file) });
      case 'reset':
        return t('worksheet.resetDone');
      case 'removed':
        return t('worksheet.removed', { name: isolate(notice.name) });
      case 'undone':
        return t('worksheet.undone');
      case 'info':
        return notice.text;
    }
  })();

  return (
    <section className="rch-ws__keep" aria-label={t('worksheet.ui.keep')}>
      <div className="rch-ws__live" role="status">
        {notice ? (
          <p className="rch-ws__notice" data-kind={notice.kind} ref={noticeRef} tabIndex={-1}>
            {noticeText}
          </p>
        ) : null}
        {/* Inside the live region, so the reasons are heard with the notice. */}
        {notice?.kind === 'import-failed' ? (
          <ul className="rch-ws__reasons">
            {notice.reasons.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {notice ? (
        <div className="rch-ws__notice-actions">
          {undo ? (
            <button type="button" className="rch-button" ref={undoButtonRef} onClick={keep.undoLast}>
              {undo.after === 'import' ? t('worksheet.importUndo') : t('worksheet.undo')}
            </button>
          ) : null}
          {notice.kind === 'restored' ? actions : null}
          {notice.kind === 'restored' ? (
            <button
              type="button"
              className="rch-button rch-button--secondary"
              onClick={() => {
                keep.discard();
                onReset?.();
              }}
            >
              {t('worksheet.restoreDiscard')}
            </button>
          ) : null}
          {notice.kind === 'unreadable' ? (
            <button type="button" className="rch-button rch-button--secondary" onClick={keep.downloadUnreadable}>
              {t('worksheet.ui.downloadUnreadable')}
            </button>
          ) : null}
          {notice.kind === 'other-tab' ? (
            <>
              <button type="button" className="rch-button" onClick={() => (keep.loadOther(), exportRef.current?.focus())}>
                {t('worksheet.ui.loadOther')}
              </button>
              <button type="button" className="rch-button rch-button--secondary" onClick={() => (keep.keepThis(), exportRef.current?.focus())}>
                {t('worksheet.ui.keepThis')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="rch-button rch-button--secondary"
              onClick={() => {
                keep.dismiss();
                // The button goes with the notice: focus stays in the panel, not on the page body.
                exportRef.current?.focus();
              }}
            >
              {t('worksheet.ui.dismiss')}
            </button>
          )}
        </div>
      ) : null}
      <div className="rch-ws__toolbar">
        <button type="button" className="rch-button rch-button--secondary" ref={exportRef} onClick={keep.exportFile}>
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
        <div className="rch-ws__confirm" role="group" aria-labelledby={`${prefix}-confirm`}>
          <p id={`${prefix}-confirm`} ref={confirmRef} tabIndex={-1}>
            {t('worksheet.resetConfirm')}
          </p>
          <button
            type="button"
            className="rch-button"
            onClick={() => {
              setConfirming(false);
              reset();
            }}
          >
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
      <div className="rch-ws__field rch-ws__import">
        <label className="rch-ws__label" htmlFor={`${prefix}-import`}>
          {t('worksheet.import')}
        </label>
        <p className="rch-ws__hint" id={`${prefix}-import-hint`}>
          {t('worksheet.importHint')}
        </p>
        <input id={`${prefix}-import`} className="rch-ws__file" type="file" accept="application/json,.json" aria-describedby={`${prefix}-import-hint`} onChange={(e) => void keep.importFile(e)} />
      </div>
      {keep.autosave ? (
        keep.saved && !keep.saved.ok ? (
          <p className="rch-ws__save rch-ws__save--failed" role="alert">
            {t('worksheet.saveFailed')}
          </p>
        ) : (
          <p className="rch-ws__save">
            {t('worksheet.autosaveHint')}
            {keep.saved ? ` ${t('worksheet.saved', { time: `\u2068${time(keep.saved.at)}\u2069` })}` : null}
          </p>
        )
      ) : null}
    </section>
  );
}
