import * as React from 'react';
import type { LogicModelOutline, OutlineBox, ResolvedText, Locale, Translate } from '@rechesh/core';
import type { BoxRevision } from './model.js';

/* -------------------------------------------------------------------------------------------------
 * Outline — the diagram's information as a nested list: each stage, its boxes, and for each box
 * its responsibility, where it comes from, where it leads and its indicators.
 * -----------------------------------------------------------------------------------------------*/

/** A revision mark in words: "changed: wording, responsibility". Empty when unchanged. */
export function revision_words(rev: BoxRevision | undefined, t: Translate, locale: Locale): string {
  if (!rev || rev.status === 'unchanged') return '';
  const fields = rev.fields.map((f) => t(`logicModel.field.${f}`)).join(locale === 'ar' ? '، ' : ', ');
  return t(`logicModel.rev.${rev.status}`) + (fields ? `: ${fields}` : '');
}

/** Resolved data text, marked with its language when it fell back to another one. */
export function RText({ value, locale }: { value: ResolvedText | undefined; locale: Locale }) {
  if (!value) return null;
  if (value.lang && value.lang !== locale) return <span lang={value.lang}>{value.text}</span>;
  return <>{value.text}</>;
}

interface DetailsProps {
  box: OutlineBox;
  columnLabel: ResolvedText | undefined;
  locale: Locale;
  t: Translate;
  /** Opens the indicator dialog; a button is shown when given and the box has indicators. */
  onIndicators?: ((el: HTMLElement) => void) | undefined;
  /** In a revision comparison, each link's status by its index (a removed link must say so). */
  linkStatus?: readonly string[] | undefined;
}

/** One box's facts as a description list (used by the outline and the details panel). */
export function BoxDetails({ box, columnLabel, locale, t, onIndicators, linkStatus }: DetailsProps) {
  const none = t('logicModel.outlineNone');
  const ends = (list: OutlineBox['incoming']) =>
    list.length === 0 ? (
      none
    ) : (
      <ul className="rch-lm__ends">
        {list.map((e) => (
          <li key={e.link}>
            <bdi>
              <RText value={e.label} locale={locale} />
            </bdi>{' '}
            (<RText value={e.columnLabel} locale={locale} />)
            {linkStatus?.[e.link] === 'added' || linkStatus?.[e.link] === 'removed' ? (
              <span className="rch-lm__tag" data-rev={linkStatus[e.link]}>
                {' '}
                ({t(`logicModel.rev.${linkStatus[e.link] as 'added' | 'removed'}`)})
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    );
  return (
    <dl className="rch-lm__facts">
      {columnLabel ? (
        <div>
          <dt>{t('logicModel.field.column')}</dt>
          <dd>
            <RText value={columnLabel} locale={locale} /> ({box.position}/{box.count})
          </dd>
        </div>
      ) : null}
      {box.description ? (
        <div>
          <dt>{t('logicModel.field.description')}</dt>
          <dd>
            <RText value={box.description} locale={locale} />
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('logicModel.outlineResponsibility')}</dt>
        <dd>{t(`logicModel.resp.${box.responsibility ?? 'none'}`)}</dd>
      </div>
      {box.key ? (
        <div>
          <dt>{t('logicModel.legendKey')}</dt>
          <dd>✓</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('logicModel.outlineFrom')}</dt>
        <dd>{ends(box.incoming)}</dd>
      </div>
      <div>
        <dt>{t('logicModel.outlineTo')}</dt>
        <dd>{ends(box.outgoing)}</dd>
      </div>
      <div>
        <dt>{t('logicModel.outlineIndicators')}</dt>
        <dd>
          {box.indicators.length === 0 ? (
            none
          ) : (
            <ul className="rch-lm__ends">
              {box.indicators.map((i) => (
                <li key={i.id}>
                  <RText value={i.name} locale={locale} />
                </li>
              ))}
            </ul>
          )}
          {onIndicators && box.indicators.length > 0 ? (
            <button type="button" className="rch-button rch-button--secondary rch-lm__open" onClick={(e) => onIndicators(e.currentTarget)}>
              {t('logicModel.indicatorBadge', { count: box.indicators.length })}
            </button>
          ) : null}
        </dd>
      </div>
    </dl>
  );
}

interface OutlineProps {
  outline: LogicModelOutline;
  locale: Locale;
  t: Translate;
  id: string;
  revision?: ReadonlyMap<string, BoxRevision> | undefined;
  /** In a revision comparison, each link's status by its index. */
  linkStatus?: readonly string[] | undefined;
  onIndicators?: ((boxId: string, el: HTMLElement) => void) | undefined;
}

/** The outline alternative. */
export const Outline = React.forwardRef<HTMLDivElement, OutlineProps>(function Outline({ outline, locale, t, id, revision, linkStatus, onIndicators }, ref) {
  return (
    <div className="rch-lm__outline" id={id} ref={ref} tabIndex={-1}>
      <ol className="rch-lm__outline-columns">
        {outline.columns.map((c) => (
          <li key={c.id} data-column-id={c.id}>
            <p className="rch-lm__outline-column">
              <RText value={c.label} locale={locale} />
            </p>
            {c.boxes.length === 0 ? (
              <p>{t('logicModel.outlineNone')}</p>
            ) : (
              <ul className="rch-lm__outline-boxes">
                {c.boxes.map((b) => {
                  const rev = revision?.get(b.id);
                  return (
                    <li key={b.id} data-box-id={b.id} data-rev={rev?.status}>
                      <p className="rch-lm__outline-box">
                        <bdi>
                          <RText value={b.label} locale={locale} />
                        </bdi>
                        {rev && rev.status !== 'unchanged' ? <span className="rch-lm__tag"> ({revision_words(rev, t, locale)})</span> : null}
                      </p>
                      <BoxDetails
                        box={b}
                        columnLabel={undefined}
                        locale={locale}
                        t={t}
                        linkStatus={linkStatus}
                        onIndicators={onIndicators ? (el) => onIndicators(b.id, el) : undefined}
                      />
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
});
