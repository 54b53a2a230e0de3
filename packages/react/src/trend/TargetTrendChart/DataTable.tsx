import {
  format_period,
  format_value,
  type Indicator,
  type TrendChartModel,
} from '@rechesh/core';
import type { ResolvedSettings } from '../../provider/RecheshProvider.js';
import { Text } from '../../internal/Text.js';

/**
 * The chart's data as a table, with the same values and the same suppression: a suppressed
 * value is "too few cases to show" here too, never a number.
 */
export function DataTable({
  model,
  indicator,
  s,
  id,
  caption,
}: {
  model: TrendChartModel;
  indicator: Indicator;
  s: ResolvedSettings;
  id: string;
  caption: string;
}) {
  const fmt = { locale: s.locale, numberingSystem: s.numberingSystem, decimals: indicator.decimals };
  // One target column and one status column per series that has a target (differential targets
  // per segment each get theirs); with a single target the headers need no series name.
  const withTarget = model.series.filter((ser) => ser.target);
  const named = withTarget.length > 1;
  const hasEvents = model.events.length > 0 || model.revisions.length > 0;
  return (
    <div className="rch-trend__table-wrap" id={id}>
      <table className="rch-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.t('card.period')}</th>
            {model.series.map((ser) => (
              <th scope="col" key={ser.id}>
                <Text value={ser.label} locale={s.locale} />
              </th>
            ))}
            {withTarget.map((ser) => [
              <th scope="col" key={`t${ser.id}`}>
                {s.t('card.target')}
                {named ? (
                  <>
                    {': '}
                    <Text value={ser.label} locale={s.locale} />
                  </>
                ) : null}
              </th>,
              <th scope="col" key={`c${ser.id}`}>
                {s.t('chart.table.status')}
                {named ? (
                  <>
                    {': '}
                    <Text value={ser.label} locale={s.locale} />
                  </>
                ) : null}
              </th>,
            ])}
            {hasEvents ? <th scope="col">{s.t('chart.events')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {model.periods.map((period, i) => {
            const events = model.events.filter((e) => e.index === i);
            const revisions = model.revisions.filter((r) => r.index === i);
            return (
              <tr key={period}>
                <th scope="row">
                  <bdi>{format_period(period, fmt)}</bdi>
                </th>
                {model.series.map((ser) => {
                  const p = ser.points[i]!;
                  return (
                    <td key={ser.id} data-state={p.state}>
                      {p.state === 'shown' && p.value !== null ? (
                        <>
                          <bdi className="rch-num">{format_value(p.value, indicator.unit, fmt)}</bdi>
                          {p.interval ? (
                            <span className="rch-table__sub">
                              <bdi className="rch-num">
                                {format_value(p.interval.lower, indicator.unit, fmt)}–
                                {format_value(p.interval.upper, indicator.unit, fmt)}
                              </bdi>
                            </span>
                          ) : null}
                          {p.n !== undefined ? (
                            <span className="rch-table__sub">
                              n = <bdi className="rch-num">{format_value(p.n, 'count', { ...fmt, decimals: 0 })}</bdi>
                            </span>
                          ) : null}
                        </>
                      ) : p.state === 'suppressed' ? (
                        <span className="rch-table__muted">{s.t('card.suppressed')}</span>
                      ) : (
                        <span className="rch-table__muted">{s.t('chart.missing')}</span>
                      )}
                    </td>
                  );
                })}
                {withTarget.map((ser) => {
                  const p = ser.points[i]!;
                  return [
                    <td key={`t${ser.id}`}>
                      {p.target !== undefined ? (
                        <bdi className="rch-num">{format_value(p.target, indicator.unit, fmt)}</bdi>
                      ) : null}
                    </td>,
                    <td key={`c${ser.id}`}>
                      {p.status ? (
                        // Words carry the status; colour only repeats it (the card adds icons).
                        <span className="rch-table__status" data-status={p.status}>
                          {s.t(`status.${p.status}`)}
                        </span>
                      ) : null}
                    </td>,
                  ];
                })}
                {hasEvents ? (
                  <td>
                    {revisions.map((_, k) => (
                      <span key={`r${k}`} className="rch-table__event">
                        {s.t('caution.definition-changed')}
                      </span>
                    ))}
                    {events.map((e, k) => (
                      <span key={`e${k}`} className="rch-table__event">
                        {s.t(`chart.event.${e.kind ?? 'other'}`)}: <Text value={e.label} locale={s.locale} />
                      </span>
                    ))}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
