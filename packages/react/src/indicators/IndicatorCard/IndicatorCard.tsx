import * as React from 'react';
import {
  format_change,
  format_period,
  format_value,
  revisions_breaks,
  text_resolve,
  validate_indicatorCard,
  type Baseline,
  type Indicator,
  type Observation,
  type Period,
  type Target,
} from '@rechesh/core';
import { useRechesh, type RecheshSettings, type ResolvedSettings } from '../../provider/RecheshProvider.js';
import { ErrorPanel, SafeBoundary, cx } from '../../error/ErrorPanel.js';
import { indicatorsCatalog } from '../../internal/catalogs.js';
import { ArrowIcon, CautionIcon, LockIcon, StatusIcon } from '../../internal/icons.js';
import { Sparkline } from '../Sparkline/Sparkline.js';
import { Text } from '../../internal/Text.js';
import { card_model, type CardModel } from './model.js';
import { MeasurementPlanDialog, targetDescription } from './MeasurementPlanDialog.js';

/* -------------------------------------------------------------------------------------------------
 * IndicatorCard
 * -----------------------------------------------------------------------------------------------*/

const CARD_NAME = 'IndicatorCard';

export interface IndicatorCardProps extends RecheshSettings, Omit<React.HTMLAttributes<HTMLElement>, 'dir'> {
  /** The indicator and its measurement plan. */
  indicator: Indicator;
  /** Measured values, in any order. */
  observations: readonly Observation[];
  /** The target to compare with. */
  target?: Target;
  /** The value the service started from. */
  baseline?: Baseline;
  /** Which period to show. @defaultValue the latest period in `observations` */
  period?: Period;
  /** How many recent periods the sparkline shows. @defaultValue 8 */
  recentPeriods?: number;
  /** Heading level of the indicator's name, to fit the page outline. @defaultValue 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Hide the measurement-plan button (e.g. when the page shows the plan elsewhere). @defaultValue false */
  hidePlan?: boolean;
}

/**
 * One indicator at a glance: its value against target and baseline, status in words and icon,
 * the change from the previous period, a sparkline, n and interval, cautions, and its
 * measurement plan one button away. Values from too few cases are never shown.
 */
export const IndicatorCard = React.forwardRef<HTMLElement, IndicatorCardProps>(function IndicatorCard(props, ref) {
  const { locale, dir, theme, numberingSystem, suppression, messages } = props;
  const settings = { locale, dir, theme, numberingSystem, suppression, messages };
  return (
    <SafeBoundary
      component={CARD_NAME}
      settings={settings}
      resetKeys={[props.indicator, props.observations, props.target, props.baseline, props.period]}
    >
      <IndicatorCardImpl {...props} ref={ref} />
    </SafeBoundary>
  );
});

const IndicatorCardImpl = React.forwardRef<HTMLElement, IndicatorCardProps>(function IndicatorCardImpl(
  {
    indicator,
    observations,
    target,
    baseline,
    period,
    recentPeriods = 8,
    headingLevel = 3,
    hidePlan = false,
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
  const s = useRechesh({ locale, dir, theme, numberingSystem, suppression, messages }, indicatorsCatalog);
  const titleId = React.useId();
  const checked = React.useMemo(
    () => validate_indicatorCard({ indicator, observations, target, baseline, suppression: s.suppression }),
    [indicator, observations, target, baseline, s.suppression],
  );
  if (!checked.ok) {
    return (
      <ErrorPanel
        component={CARD_NAME}
        issues={checked.issues}
        locale={s.locale}
        dir={s.dir}
        messages={messages}
        data-rch-theme={theme}
      />
    );
  }
  const data = checked.value;
  const model = card_model({
    indicator: data.indicator,
    observations: data.observations,
    target: data.target,
    baseline: data.baseline,
    period,
    rule: s.suppression,
    recentCount: Math.max(2, Math.min(24, Math.trunc(recentPeriods) || 8)),
  });
  const ind = data.indicator;
  const fmt = { locale: s.locale, numberingSystem: s.numberingSystem, decimals: ind.decimals };
  const name = text_resolve(ind.name, s.locale);
  const Heading = `h${headingLevel}` as 'h3';

  return (
    <article
      aria-labelledby={titleId}
      dir={s.dir}
      lang={s.locale}
      data-rch-theme={theme}
      data-status={model.suppressed ? 'suppressed' : (model.status ?? 'none')}
      data-kind={ind.kind}
      {...rest}
      ref={ref}
      className={cx('rch-card', className)}
    >
      <header className="rch-card__header">
        <p className="rch-card__meta">
          <span className="rch-tag" data-kind={ind.kind}>
            {s.t(`kind.${ind.kind}`)}
          </span>
          {ind.key ? <span className="rch-tag rch-tag--key">{s.t('card.key')}</span> : null}
          {ind.sharedIndicatorId ? (
            <span className="rch-tag">{s.t('card.shared', { id: ind.sharedIndicatorId })}</span>
          ) : null}
        </p>
        <Heading className="rch-card__title" id={titleId}>
          <Text value={ind.name} locale={s.locale} />
        </Heading>
        {model.current ? (
          <p className="rch-card__period">
            <span className="rch-visually-hidden">{s.t('card.period')}: </span>
            <bdi>{format_period(model.current.period, fmt)}</bdi>
          </p>
        ) : null}
      </header>

      <ValueBlock model={model} indicator={ind} s={s} />

      <dl className="rch-card__facts">
        <Fact label={s.t('card.target')}>
          {model.targetValue !== undefined ? (
            <>
              <bdi className="rch-num">{format_value(model.targetValue, ind.unit, fmt)}</bdi>
              {model.gap !== undefined ? (
                <span className="rch-card__gap">
                  {model.gap === 0
                    ? s.t('card.onTarget')
                    : s.t('card.fromTarget', { gap: `\u2068${format_change(Math.abs(model.gap), ind.unit, { ...fmt, signed: false })}\u2069` })}
                </span>
              ) : null}
              {data.target && data.target.kind !== 'absolute' ? (
                <span className="rch-card__sub">{targetDescription(data.target, ind, s, data.observations)}</span>
              ) : null}
              {data.target?.segment ? (
                <span className="rch-card__sub">
                  {s.t('target.segment', { segment: text_resolve(data.target.segment, s.locale).text })}
                </span>
              ) : null}
            </>
          ) : data.target && !model.suppressed ? (
            <span className="rch-card__sub">{targetDescription(data.target, ind, s, data.observations)}</span>
          ) : (
            <span className="rch-card__muted">{data.target ? s.t('status.not-comparable') : s.t('card.noTarget')}</span>
          )}
        </Fact>
        {model.baseline ? (
          <Fact label={s.t('card.baseline')}>
            <bdi className="rch-num">{format_value(model.baseline.value, ind.unit, fmt)}</bdi>{' '}
            <span className="rch-card__sub">
              (<bdi>{format_period(model.baseline.period, fmt)}</bdi>)
            </span>
          </Fact>
        ) : null}
        {model.previous ? (
          <Fact label={s.t('card.previous', { period: `\u2068${format_period(model.previous.period, fmt)}\u2069` })}>
            {model.delta ? (
              <span className="rch-card__delta" data-direction={model.delta.direction}>
                {model.delta.direction !== 'same' ? <ArrowIcon up={model.delta.direction === 'up'} /> : null}
                <bdi className="rch-num">{format_change(model.delta.change, ind.unit, fmt)}</bdi>
              </span>
            ) : (
              <span className="rch-card__muted">{s.t('card.noPrevious')}</span>
            )}
          </Fact>
        ) : null}
        {model.n !== undefined ? (
          <Fact label={s.t('card.n')}>
            <bdi className="rch-num">{format_value(model.n, 'count', { ...fmt, decimals: 0 })}</bdi>
          </Fact>
        ) : null}
        {model.interval ? (
          <Fact
            label={s.t('card.interval', {
              level: format_value(model.interval.level * 100, 'percent', { ...fmt, decimals: 0 }),
            })}
          >
            <bdi className="rch-num">
              {format_value(model.interval.lower, ind.unit, fmt)}–{format_value(model.interval.upper, ind.unit, fmt)}
            </bdi>
          </Fact>
        ) : null}
      </dl>

      <Trend model={model} indicator={ind} s={s} />

      {model.cautions.length > 0 ? (
        <section className="rch-card__cautions" aria-label={s.t('card.cautions')}>
          <ul className="rch-cautions">
            {model.cautions.map((c) => (
              <li key={c.kind} className="rch-caution" data-caution={c.kind}>
                <details>
                  <summary>
                    {c.kind === 'suppressed' ? <LockIcon /> : <CautionIcon />}
                    <span>{s.t(`caution.${c.kind}`)}</span>
                  </summary>
                  <p>
                    {s.t(`caution.${c.kind}.detail`, {
                      ...cautionParams(c.params, s),
                      flags: (c.flags ?? []).map((f) => s.t(`quality.${f}`)).join(', '),
                      minN: s.suppression.minN,
                      unstableN: s.suppression.unstableN,
                    })}
                  </p>
                </details>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {hidePlan ? null : (
        <footer className="rch-card__footer">
          <MeasurementPlanDialog indicator={ind} target={data.target} observations={data.observations} s={s} nameLang={name.lang} />
        </footer>
      )}
    </article>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Parts
 * -----------------------------------------------------------------------------------------------*/

function ValueBlock({ model, indicator, s }: { model: CardModel; indicator: Indicator; s: ResolvedSettings }) {
  const fmt = { locale: s.locale, numberingSystem: s.numberingSystem, decimals: indicator.decimals };
  if (model.suppressed) {
    return (
      <div className="rch-card__value" data-suppressed="">
        <p className="rch-card__suppressed">
          <LockIcon />
          <span>{s.t('card.suppressed')}</span>
        </p>
        <p className="rch-card__rule">{s.t('card.suppressedRule', { minN: s.suppression.minN })}</p>
      </div>
    );
  }
  if (model.value === undefined) {
    return (
      <div className="rch-card__value">
        <p className="rch-card__muted">{s.t('card.noValue')}</p>
      </div>
    );
  }
  return (
    <div className="rch-card__value">
      <p className="rch-card__number">
        <span className="rch-visually-hidden">{s.t('card.value')}: </span>
        <bdi className="rch-num">{format_value(model.value, indicator.unit, fmt)}</bdi>
        {indicator.unitLabel ? (
          <span className="rch-card__unit">
            {' '}
            <Text value={indicator.unitLabel} locale={s.locale} />
          </span>
        ) : null}
      </p>
      {model.status ? (
        <p className="rch-card__status" data-status={model.status}>
          <StatusIcon status={model.status} />
          <span>{s.t(`status.${model.status}`)}</span>
        </p>
      ) : null}
    </div>
  );
}

function Trend({ model, indicator, s }: { model: CardModel; indicator: Indicator; s: ResolvedSettings }) {
  if (model.recent.length < 2) return null;
  const fmt = { locale: s.locale, numberingSystem: s.numberingSystem, decimals: indicator.decimals };
  const shown = model.recent.filter((p) => p.value !== null);
  const hidden = model.recent.filter((p) => p.hidden).length;
  const first = shown[0];
  const last = shown[shown.length - 1];
  const parts = [s.t('card.trend', { count: model.recent.length })];
  if (first && last && first !== last) {
    parts.push(
      s.t('card.trendSummary', {
        first: format_value(first.value as number, indicator.unit, fmt),
        firstPeriod: format_period(first.period, fmt),
        last: format_value(last.value as number, indicator.unit, fmt),
        lastPeriod: format_period(last.period, fmt),
      }),
    );
  }
  if (hidden > 0) parts.push(s.t(hidden === 1 ? 'card.trendGaps.one' : 'card.trendGaps', { count: hidden }));
  const breaks = revisions_breaks(indicator.revisions, model.recent.map((p) => p.period));
  for (const b of breaks) {
    parts.push(`${s.t('caution.definition-changed')}: ${format_period(model.recent[b.index]!.period, fmt)}`);
  }
  const label = parts.join('. ');
  return (
    <div className="rch-card__trend">
      <Sparkline
        points={model.recent.map((p) => ({ key: p.period, value: p.value }))}
        breaks={breaks.map((r) => r.index)}
        reference={model.targetValue}
        label={label}
        dir={s.dir}
      />
    </div>
  );
}

function Fact({ label, children }: { label: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="rch-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function cautionParams(params: Record<string, string | number> | undefined, s: ResolvedSettings) {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params ?? {})) {
    out[k] = typeof v === 'number' ? format_value(v, 'count', { locale: s.locale, numberingSystem: s.numberingSystem }) : v;
  }
  return out;
}
