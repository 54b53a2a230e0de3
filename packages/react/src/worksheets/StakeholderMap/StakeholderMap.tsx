import * as React from 'react';
import {
  intl_tag,
  participation_levels,
  participation_stages,
  participation_tools,
  stakeholderMap_add,
  stakeholderMap_issues,
  stakeholderMap_remove,
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
import { stakeholderMapCatalog } from '../../internal/catalogs.js';
import { KeepPanel, PropIssues, useWorksheetKeep, type WorksheetKeepProps } from '../shared/keep.js';
import { CheckComplete, ErrorSummary, Field, FieldError, field_focus, useFormCheck } from '../shared/fields.js';
import { LevelMark, MapView } from './Drawing.js';
import { Outline, ParticipationGrid } from './Outline.js';

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
  const s = useRechesh({ locale, dir, theme, numberingSystem, suppression, messages }, stakeholderMapCatalog);
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
  const { showErrors, setShowErrors, errorAt, onSubmit } = useFormCheck(issues, defaultShowErrors, `${prefix}-errors`);

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
      {/* A value it cannot read shows the panel, not an empty form whose first keystroke would report the work gone. */}
      {keep.propIssues.length > 0 ? null : (
        <>

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
            onSubmit={onSubmit}
          >
            <H2 className="rch-ws__section-title" id={`${prefix}-editor`}>
              {t('worksheet.ui.stakeholders')}
            </H2>
            {showErrors && issues.length > 0 ? (
              <ErrorSummary
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
              <CheckComplete id={`${prefix}-errors`}>
                {t('worksheet.ui.mapComplete')}
              </CheckComplete>
            ) : null}
          </form>
        </>
      )}
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
