import {
  format_period,
  format_value,
  type Indicator,
  type TrendChartModel,
} from '@rechesh/core';
import type { ResolvedSettings } from '../../provider/RecheshProvider.js';
import { Text } from '../../internal/Text.js';
import { StatusIcon } from '../../internal/icons.js';

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
  const primary = model.series[0];
  const hasTarget = model.series.some((ser) => ser.target);
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
            {hasTarget ? <th scope="col">{s.t('card.target')}</th> : null}
            {hasTarget && primary ? <th scope="col">{s.t('chart.table.status')}</th> : null}
            {hasEvents ? <th scope="col">{s.t('chart.events')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {model.periods.map((period, i) => {
            const p0 = primary?.points[i];
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
                {hasTarget ? (
                  <td>
                    {p0?.target !== undefined ? (
                      <bdi className="rch-num">{format_value(p0.target, indicator.unit, fmt)}</bdi>
                    ) : null}
                  </td>
                ) : null}
                {hasTarget && primary ? (
                  <td>
                    {p0?.status ? (
                      <span className="rch-table__status" data-status={p0.status}>
                        <StatusIcon status={p0.status} />
                        {s.t(`status.${p0.status}`)}
                      </span>
                    ) : null}
                  </td>
                ) : null}
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
