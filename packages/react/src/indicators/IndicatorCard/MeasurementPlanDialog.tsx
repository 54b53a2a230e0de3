import * as React from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import {
  format_date,
  format_period,
  format_relative,
  format_value,
  format_change,
  text_resolve,
  period_isSuppressed,
  type Indicator,
  type LocalizedText,
  type Observation,
  type Locale,
  type Target,
} from '@rechesh/core';
import type { ResolvedSettings } from '../../provider/RecheshProvider.js';
import { Text } from '../../internal/Text.js';

/* -------------------------------------------------------------------------------------------------
 * MeasurementPlanDialog
 * -----------------------------------------------------------------------------------------------*/

interface MeasurementPlanDialogProps {
  indicator: Indicator;
  target: Target | undefined;
  /** The observations, so a target's starting value from a hidden period stays hidden. */
  observations?: readonly Observation[];
  s: ResolvedSettings;
  nameLang: Locale | undefined;
}

/**
 * The indicator's measurement plan in a modal dialog (Radix: focus is trapped inside, Escape
 * closes, focus returns to the button). The dialog is portalled to the end of <body>, outside
 * any provider's wrapper, so it carries the direction, language and theme itself.
 */
export function MeasurementPlanDialog({ indicator, target, observations, s, nameLang }: MeasurementPlanDialogProps) {
  const name = text_resolve(indicator.name, s.locale).text;
  const notSpecified = <span className="rch-plan__missing">{s.t('plan.notSpecified')}</span>;
  const txt = (v: LocalizedText | undefined) =>
    v === undefined || text_resolve(v, s.locale).text === '' ? notSpecified : <Text value={v} locale={s.locale} />;
  const fmt = { locale: s.locale, numberingSystem: s.numberingSystem };
  return (
    <Dialog.Root>
      {/* The name is appended off-screen rather than set with aria-label, so the accessible name
          always starts with the visible text, even when a portal rewords it (WCAG 2.5.3). */}
      <Dialog.Trigger className="rch-button">
        {s.t('card.openPlan')}
        <span className="rch-visually-hidden">
          {': '}
          <span lang={nameLang && nameLang !== s.locale ? nameLang : undefined}>{name}</span>
        </span>
      </Dialog.Trigger>
      <Dialog.Portal>
        <div className="rch-portal" dir={s.dir} lang={s.locale} data-rch-theme={s.theme}>
          <Dialog.Overlay className="rch-dialog__overlay" />
          <Dialog.Content className="rch-dialog" dir={s.dir} lang={s.locale}>
            <Dialog.Title className="rch-dialog__title">
              {s.t('plan.title')}
              {': '}
              <span lang={nameLang && nameLang !== s.locale ? nameLang : undefined}>{name}</span>
            </Dialog.Title>
            <Dialog.Description className="rch-dialog__description">
              {s.t(`kind.${indicator.kind}`)} · {s.t(`polarity.${indicator.polarity}`)}
            </Dialog.Description>
            <dl className="rch-plan">
              <div className="rch-plan__row">
                <dt>{s.t('plan.formula')}</dt>
                <dd>
                  {indicator.formula ? (
                    <span className="rch-formula">
                      <span className="rch-formula__part">
                        <span className="rch-formula__label">{s.t('plan.numerator')}: </span>
                        <Text value={indicator.formula.numerator} locale={s.locale} />
                      </span>
                      {indicator.formula.denominator !== undefined ? (
                        <span className="rch-formula__part">
                          <span className="rch-formula__label">{s.t('plan.denominator')}: </span>
                          <Text value={indicator.formula.denominator} locale={s.locale} />
                        </span>
                      ) : null}
                    </span>
                  ) : (
                    notSpecified
                  )}
                </dd>
              </div>
              <Row label={s.t('plan.rationale')}>{txt(indicator.rationale)}</Row>
              <Row label={s.t('plan.dataSource')}>{txt(indicator.dataSource)}</Row>
              <Row label={s.t('plan.collectionMethod')}>{txt(indicator.collectionMethod)}</Row>
              <Row label={s.t('plan.collector')}>{txt(indicator.collector)}</Row>
              <Row label={s.t('plan.frequency')}>
                {indicator.frequency ? s.t(`frequency.${indicator.frequency}`) : notSpecified}
              </Row>
              <Row label={s.t('plan.responsibility')}>
                {indicator.responsibility ? s.t(`responsibility.${indicator.responsibility}`) : notSpecified}
                {indicator.responsibilityNote !== undefined ? (
                  <>
                    {' — '}
                    <Text value={indicator.responsibilityNote} locale={s.locale} />
                  </>
                ) : null}
              </Row>
              <Row label={s.t('plan.targetBasis')}>
                {target ? (
                  <>
                    <span className="rch-plan__target">{targetDescription(target, indicator, s, observations)}</span>
                    {target.basis ? (
                      <>
                        {s.t(`basis.${target.basis.kind}`)}
                        {target.basis.note !== undefined ? (
                          <>
                            {': '}
                            <Text value={target.basis.note} locale={s.locale} />
                          </>
                        ) : null}
                      </>
                    ) : (
                      <strong>{s.t('basis.none')}</strong>
                    )}
                  </>
                ) : (
                  s.t('card.noTarget')
                )}
              </Row>
              <Row label={s.t('plan.revisions')}>
                {indicator.revisions && indicator.revisions.length > 0 ? (
                  <ul className="rch-plan__revisions">
                    {indicator.revisions.map((r, i) => (
                      <li key={i}>
                        <bdi>{format_date(r.date, fmt)}</bdi>
                        {r.period ? <> ({s.t('plan.revisionFrom', { period: format_period(r.period, fmt) })})</> : null}
                        {r.note !== undefined ? (
                          <>
                            {': '}
                            <Text value={r.note} locale={s.locale} />
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  s.t('plan.noRevisions')
                )}
              </Row>
            </dl>
            <Dialog.Close className="rch-button rch-dialog__close">{s.t('plan.close')}</Dialog.Close>
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="rch-plan__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A target described in words, for the card and the plan. */
export function targetDescription(
  target: Target,
  indicator: Indicator,
  s: ResolvedSettings,
  observations?: readonly Observation[],
): string {
  const fmt = { locale: s.locale, numberingSystem: s.numberingSystem, decimals: indicator.decimals };
  const change = (c: number, unit: 'percent' | 'points') =>
    unit === 'percent' ? format_relative(c, fmt) : `\u2068${format_change(c, indicator.unit, fmt)}\u2069`;
  switch (target.kind) {
    case 'absolute':
      return s.t('target.absolute', { value: `\u2068${format_value(target.value, indicator.unit, fmt)}\u2069` });
    case 'change':
      return s.t(target.per === 'year' ? 'target.change.year' : 'target.change', {
        change: change(target.change, target.changeUnit),
        // A starting value copied from a hidden measurement is hidden here too.
        from: period_isSuppressed(observations, target.from.period, s.suppression)
          ? s.t('card.suppressed')
          : `\u2068${format_value(target.from.value, indicator.unit, fmt)}\u2069`,
        fromPeriod: format_period(target.from.period, fmt),
      });
    case 'relative-to-benchmark':
      return s.t('target.relative-to-benchmark', {
        change: change(target.change, target.changeUnit),
        benchmark: text_resolve(target.benchmark.label, s.locale).text,
      });
    case 'relative-to-own-past':
      return s.t('target.relative-to-own-past', { change: change(target.change, target.changeUnit), lag: target.lag });
    default:
      return '';
  }
}
