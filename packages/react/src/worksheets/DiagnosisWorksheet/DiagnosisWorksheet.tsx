import * as React from 'react';
import {
  diagnosis_answer,
  diagnosis_nextUnanswered,
  diagnosis_setAnswer,
  format_value,
  item_statuses,
  text_get,
  workPlan_issues,
  workPlan_setSuperOutcome,
  workPlan_toggle,
  worksheet_fieldId,
  worksheet_limits,
  worksheet_summary,
  worksheet_summaryBars,
  worksheet_summaryText,
  type DiagnosisState,
  type ItemStatus,
} from '@rechesh/core';
import { useRechesh, type RecheshSettings } from '../../provider/RecheshProvider.js';
import { ErrorPanel, SafeBoundary, cx } from '../../error/ErrorPanel.js';
import { diagnosisCatalog } from '../../internal/catalogs.js';
import { Text } from '../../internal/Text.js';
import { diagnosis_stages, principles_areValid, worksheetPrinciples_of, type DiagnosisPrinciple } from './model.js';
import { KeepPanel, PropIssues, useWorksheetKeep, type WorksheetKeepProps } from '../shared/keep.js';
import { CheckComplete, ErrorSummary, Field, field_focus, useFormCheck, type FieldProps } from '../shared/fields.js';

/* -------------------------------------------------------------------------------------------------
 * DiagnosisWorksheet
 * -----------------------------------------------------------------------------------------------*/

const NAME = 'DiagnosisWorksheet';

export interface DiagnosisWorksheetProps
  extends RecheshSettings,
    WorksheetKeepProps<DiagnosisState>,
    Omit<React.HTMLAttributes<HTMLElement>, 'dir' | 'onChange' | 'defaultValue'> {
  /** The six principles with their super-outcomes and items by stage (`diagnosisPrinciples_from`). */
  principles: readonly DiagnosisPrinciple[];
  /** Heading level of the title. @defaultValue 2 */
  headingLevel?: 2 | 3 | 4;
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

const DiagnosisWorksheetImpl = React.forwardRef<HTMLElement, DiagnosisWorksheetProps>(function DiagnosisWorksheetImpl(
  {
    principles,
    value,
    defaultValue,
    onChange,
    autosave,
    storageId,
    autosaveDelay,
    headingLevel = 2,
    exportName,
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
  const s = useRechesh({ locale, dir, theme, numberingSystem, suppression, messages }, diagnosisCatalog);
  const t = s.t;
  const say = (key: 'details' | 'check' | 'complete' | 'overall' | 'answer' | 'continue') => s.t(`worksheet.ui.${key}`);
  const prefix = `rch-dw${React.useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const fid = (path: string) => worksheet_fieldId(path, prefix);
  const keep = useWorksheetKeep('diagnosis', { value, defaultValue, onChange, autosave, storageId, autosaveDelay, exportName }, s.locale);
  const { state, stateRef, change } = keep;

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
  const { showErrors, setShowErrors, errorAt, onSubmit } = useFormCheck(issues, defaultShowErrors, `${prefix}-errors`);
  const focusId = fid('workPlan.focus');
  const hrefOf = (fieldId: string, path: string) => (path.endsWith('.principleId') ? focusId : fieldId);

  const fieldProps = (f: { path: string; label: string; hint?: string; multiline?: boolean; optional?: boolean; max: number; text: string }): Omit<FieldProps, 'onText'> => ({
    id: fid(f.path),
    label: f.optional ? `${f.label} ${t('worksheet.optional')}` : f.label,
    hint: f.hint,
    error: errorAt(f.path),
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
  return (
    <section
      aria-labelledby={titleId}
      dir={s.dir}
      lang={s.locale}
      data-rch-theme={theme}
      {...rest}
      ref={ref}
      className={cx('rch-ws rch-dw', className)}
    >
      <H className="rch-ws__title" id={titleId}>
        {t('worksheet.diagnosis.title')}
      </H>
      <PropIssues keep={keep} component={NAME} locale={s.locale} dir={s.dir} messages={messages} />
      <KeepPanel
        keep={keep}
        t={t}
        prefix={prefix}
        locale={s.locale}
        onReset={() => setShowErrors(false)}
        actions={
          next ? (
            <button type="button" className="rch-button" onClick={() => field_focus(fid(`items.${next.itemId}`))}>
              {say('continue')}
            </button>
          ) : null
        }
      />
      {/* A value it cannot read shows the panel, not an empty form whose first keystroke would report the work gone. */}
      {keep.propIssues.length > 0 ? null : (
        <>

          {/* The service, the tender, the team. */}
          <section className="rch-dw__details" aria-labelledby={`${prefix}-details`}>
            <H2 className="rch-ws__section-title" id={`${prefix}-details`}>
              {say('details')}
            </H2>
            <Field {...fieldProps({ path: 'serviceName', label: t('worksheet.serviceName'), max: worksheet_limits.nameChars, text: state.serviceName})} onText={(v) => change({ ...stateRef.current, serviceName: v })} />
            <Field {...fieldProps({ path: 'tenderName', label: t('worksheet.tenderName'), max: worksheet_limits.nameChars, text: state.tenderName})} onText={(v) => change({ ...stateRef.current, tenderName: v })} />
            <fieldset className="rch-ws__fieldset" aria-describedby={`${prefix}-team-hint`}>
              <legend className="rch-ws__label">{t('worksheet.team')}</legend>
              <p className="rch-ws__hint" id={`${prefix}-team-hint`}>
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
                      className="rch-ws__input"
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
                        className="rch-button rch-button--secondary rch-ws__remove"
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
                className="rch-button rch-button--secondary rch-ws__add"
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
                <H2 className="rch-ws__section-title" id={pid}>
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
            <H2 className="rch-ws__section-title" id={`${prefix}-summary`}>
              {say('overall')}
            </H2>
            <p className="rch-ws__hint">{words.weighting}</p>
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
            onSubmit={onSubmit}
          >
            <H2 className="rch-ws__section-title" id={`${prefix}-wp`}>
              {t('worksheet.workPlan.title')}
            </H2>
            {showErrors && issues.length > 0 ? (
              <ErrorSummary
                id={`${prefix}-errors`}
                heading={H3}
                title={t('worksheet.errorSummary')}
                issues={issues.map((i) => ({ path: i.path, href: hrefOf(i.fieldId, i.path), message: i.message }))}
              />
            ) : null}
            <fieldset
              className={cx('rch-ws__fieldset', errorAt('workPlan.focus') && 'rch-ws__field--error')}
              aria-describedby={cx(`${focusId}-hint`, errorAt('workPlan.focus') && `${focusId}-error`)}
            >
              <legend className="rch-ws__label">{t('worksheet.workPlan.principles')}</legend>
              <p className="rch-ws__hint" id={`${focusId}-hint`}>
                {t('worksheet.workPlan.principlesHint')}
              </p>
              {errorAt('workPlan.focus') ? (
                <p className="rch-ws__error" id={`${focusId}-error`}>
                  {errorAt('workPlan.focus')}
                </p>
              ) : null}
              <div className="rch-ws__choices">
                {principles.map((p, pi) => {
                  const id = pi === 0 ? focusId : `${focusId}-${pi}`;
                  const on = state.workPlan.focus.some((f) => f.principleId === p.id);
                  return (
                    <div key={p.id} className="rch-ws__choice" data-checked={on || undefined}>
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
                  <fieldset className={cx('rch-ws__fieldset', error && 'rch-ws__field--error')} aria-describedby={cx(`${id}-hint`, error && `${id}-error`)}>
                    <legend className="rch-ws__label">{t('worksheet.workPlan.superOutcome', { principle: `\u2068${names.get(p.id) ?? p.id}\u2069` })}</legend>
                    <p className="rch-ws__hint" id={`${id}-hint`}>
                      {t('worksheet.workPlan.superOutcomeHint')}
                    </p>
                    {error ? (
                      <p className="rch-ws__error" id={`${id}-error`}>
                        {error}
                      </p>
                    ) : null}
                    <div className="rch-ws__choices">
                      {p.superOutcomes.map((o, oi) => {
                        const rid = oi === 0 ? id : `${id}-${oi}`;
                        return (
                          <div key={o.id} className="rch-ws__choice" data-checked={f.superOutcomeId === o.id || undefined}>
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
            <div className="rch-ws__submit">
              <button type="submit" className="rch-button">
                {say('check')}
              </button>
            </div>
            {showErrors && issues.length === 0 ? (
              <CheckComplete id={`${prefix}-errors`}>
                {say('complete')}
              </CheckComplete>
            ) : null}
          </form>
        </>
      )}
    </section>
  );
});

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
      <fieldset className="rch-ws__fieldset" aria-describedby={`${id}-hint`}>
        <legend className="rch-dw__item-label">{label}</legend>
        <p className="rch-ws__hint" id={`${id}-hint`}>
          {t('worksheet.itemQuestion')}
        </p>
        <div className="rch-ws__radios">
          {item_statuses.map((st, j) => {
            const rid = j === 0 ? id : `${id}-${st}`;
            return (
              <div key={st} className="rch-ws__radio" data-checked={status === st || undefined}>
                <input id={rid} type="radio" name={id} value={st} checked={status === st} onChange={() => onStatus(st)} />
                <label htmlFor={rid}>{t(`worksheet.status.${st}` as const)}</label>
              </div>
            );
          })}
        </div>
        <p className="rch-ws__print-only rch-dw__print-answer">
          {answerWord}: {t(`worksheet.status.${status ?? 'unanswered'}` as const)}
        </p>
      </fieldset>
      {status ? (
        <div className="rch-ws__field rch-dw__note">
          <label className="rch-ws__label" htmlFor={`${id}-note`}>
            {t('worksheet.note')} {t('worksheet.optional')}
          </label>
          <p className="rch-ws__hint" id={`${id}-note-hint`}>
            {t('worksheet.noteHint')}
          </p>
          <textarea
            className="rch-ws__textarea"
            id={`${id}-note`}
            dir="auto"
            rows={2}
            maxLength={worksheet_limits.textChars}
            aria-describedby={`${id}-note-hint`}
            value={note}
            onChange={(e) => onNote(e.currentTarget.value)}
          />
          {note ? <p className="rch-ws__print-only rch-ws__print-text" dir="auto">{note}</p> : null}
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
