import * as React from 'react';
import {
  validate_service,
  type Baseline,
  type Indicator,
  type Observation,
  type Period,
  type Service,
  type Target,
  type ValidationIssue,
} from '@rechesh/core';
import { useRechesh, type RecheshSettings } from '../../provider/RecheshProvider.js';
import { ErrorPanel, SafeBoundary, cx } from '../../error/ErrorPanel.js';
import { indicatorsCatalog } from '../../internal/catalogs.js';
import { IndicatorCard } from '../IndicatorCard/IndicatorCard.js';
import { Text } from '../../internal/Text.js';

/* -------------------------------------------------------------------------------------------------
 * IndicatorSet
 * -----------------------------------------------------------------------------------------------*/

const SET_NAME = 'IndicatorSet';

/** One card's data in a set. */
export interface IndicatorSetItem {
  indicator: Indicator;
  observations: readonly Observation[];
  target?: Target;
  baseline?: Baseline;
}

export interface IndicatorSetProps extends RecheshSettings, Omit<React.HTMLAttributes<HTMLElement>, 'dir'> {
  /** The service the indicators measure. */
  service: Service;
  /** The indicators, each with its observations, target and baseline. */
  items: readonly IndicatorSetItem[];
  /** Which period every card shows. @defaultValue each card's latest */
  period?: Period;
  /** Heading level of the service name; cards use the next level. @defaultValue 2 */
  headingLevel?: 2 | 3 | 4 | 5;
  /** The range of key indicators that keeps a picture clear. @defaultValue [4, 7] */
  keyRange?: readonly [number, number];
}

/**
 * The key indicators of one service as a grid of cards. When the number of key indicators is
 * outside the usual 4–7 (the M&E report: too many trees hide the forest), it says so gently.
 * If no indicator is flagged `key`, every indicator in the set counts as key.
 */
export const IndicatorSet = React.forwardRef<HTMLElement, IndicatorSetProps>(function IndicatorSet(props, ref) {
  const { locale, dir, theme, numberingSystem, suppression, messages } = props;
  return (
    <SafeBoundary
      component={SET_NAME}
      settings={{ locale, dir, theme, numberingSystem, suppression, messages }}
      resetKeys={[props.service, props.items, props.period]}
    >
      <IndicatorSetImpl {...props} ref={ref} />
    </SafeBoundary>
  );
});

const IndicatorSetImpl = React.forwardRef<HTMLElement, IndicatorSetProps>(function IndicatorSetImpl(
  {
    service,
    items,
    period,
    headingLevel = 2,
    keyRange = [4, 7],
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
  const settings = { locale: s.locale, dir: s.dir, numberingSystem: s.numberingSystem, suppression, messages };
  const checked = validate_service(service);
  const issues: ValidationIssue[] = checked.ok ? [] : checked.issues.map((i) => ({ ...i, path: prefix('service', i.path) }));
  if (!Array.isArray(items)) issues.push({ path: 'items', code: 'type', params: { expected: 'list' } });
  if (issues.length > 0) {
    return (
      <ErrorPanel component={SET_NAME} issues={issues} locale={s.locale} dir={s.dir} messages={messages} data-rch-theme={theme} />
    );
  }

  const flagged = items.filter((i) => i && typeof i === 'object' && i.indicator && i.indicator.key === true).length;
  const keyCount = flagged > 0 ? flagged : items.length;
  const [lo, hi] = keyRange;
  const outside = items.length > 0 && (keyCount < lo || keyCount > hi);
  const Heading = `h${headingLevel}` as 'h2';
  const cardLevel = (headingLevel + 1) as 3;

  return (
    <section
      aria-labelledby={titleId}
      dir={s.dir}
      lang={s.locale}
      data-rch-theme={theme}
      {...rest}
      ref={ref}
      className={cx('rch-set', className)}
    >
      <Heading id={titleId} className="rch-set__title">
        <Text value={service.name} locale={s.locale} />
      </Heading>
      {service.targetPopulation !== undefined ? (
        <p className="rch-set__population">
          <Text value={service.targetPopulation} locale={s.locale} />
        </p>
      ) : null}
      {outside ? (
        <p className="rch-notice" data-rch-notice="key-count">
          {s.t('set.keyCount', { count: keyCount })}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="rch-set__empty">{s.t('set.empty')}</p>
      ) : (
        <ul className="rch-set__grid">
          {items.map((item, i) => (
            <li key={`${String(item?.indicator?.id)}:${i}`}>
              <IndicatorCard
                {...settings}
                indicator={item?.indicator}
                observations={item?.observations}
                target={item?.target}
                baseline={item?.baseline}
                period={period}
                headingLevel={cardLevel}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});

function prefix(root: string, path: string): string {
  if (!path) return root;
  return path.startsWith('[') ? root + path : `${root}.${path}`;
}
