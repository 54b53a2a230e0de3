import type { Indicator, Locale } from '../schema/types.js';
import { catalog_merge, translator_of, type Messages, type Translate } from '../i18n/translate.js';
import { commonMessages } from '../i18n/catalogs/common.js';
import { trendMessages } from '../i18n/catalogs/trend.js';

const catalog = /* @__PURE__ */ catalog_merge(commonMessages, trendMessages);
import { text_get } from '../i18n/locale.js';
import { format_value, type NumberingSystem } from '../format/number.js';
import { format_period } from '../format/period.js';
import type { Trend } from '../stats/trend.js';
import type { ChartPoint, ChartSeriesModel, TrendChartModel } from './trend.js';

export interface SummaryOptions {
  locale: Locale;
  numberingSystem?: NumberingSystem;
  messages?: Partial<Messages>;
  suppression?: { minN: number };
}

/**
 * A chart's text summary in the active language: the latest value, the target and the status,
 * the trend (worded so it does not over-claim), definition changes and how many values are
 * hidden. Returns sentences; the component joins them into a paragraph.
 * @example trendChart_summary(model, indicator, { locale: 'en' })
 *   // ['Latest value: 89.2% in Q3 2025.', 'Target 75.0%: Meets the target.', 'From Q1 2024 to …']
 */
export function trendChart_summary(model: TrendChartModel, indicator: Indicator, options: SummaryOptions): string[] {
  const t = translator_of(catalog, options.locale, options.messages);
  const fmt = { locale: options.locale, numberingSystem: options.numberingSystem, decimals: indicator.decimals };
  const value = (v: number) => `\u2068${format_value(v, indicator.unit, fmt)}\u2069`;
  const period = (p: string) => `\u2068${format_period(p, fmt)}\u2069`;
  const out: string[] = [];
  const primary = model.series[0];
  if (!primary || model.periods.length === 0) return [t('chart.empty')];

  const last = lastWithData(primary.points);
  if (last && last.state === 'shown' && last.value !== null) {
    out.push(t('chart.summary.latest', { value: value(last.value), period: period(last.period) }));
    if (last.target !== undefined && last.status) {
      out.push(t('chart.summary.target', { target: value(last.target), status: t(`status.${last.status}`) }));
    }
  } else if (last) {
    out.push(t('chart.summary.noLatest', { period: period(last.period) }));
  }

  if (primary.trend) out.push(trend_sentence(primary.trend, t, period));

  for (const r of model.revisions) {
    out.push(t('chart.definitionChanged', { period: period(model.periods[r.index]!) }));
  }
  if (model.suppressedCount > 0) {
    out.push(t(model.suppressedCount === 1 ? 'chart.suppressedCount.one' : 'chart.suppressedCount', { count: model.suppressedCount }));
  }
  return out;
}

/** The trend of one series in words: rose / fell / no clear trend / cannot be computed. */
export function trend_sentence(trend: Trend, t: Translate, period: (p: string) => string): string {
  if (trend.status !== 'computed') {
    return t('chart.trend.insufficient', { required: trend.required, points: trend.points });
  }
  const params = { from: period(trend.from), to: period(trend.to), points: trend.points };
  if (trend.direction === 'no-clear-trend') return t('chart.trend.none', params);
  const main = t(trend.direction === 'increasing' ? 'chart.trend.increasing' : 'chart.trend.decreasing', params);
  if (trend.assessment === 'better') return `${main} ${t('chart.trend.better')}`;
  if (trend.assessment === 'worse') return `${main} ${t('chart.trend.worse')}`;
  return main;
}

/** The latest period that has anything (a value, or a suppressed value). */
function lastWithData(points: readonly ChartPoint[]): ChartPoint | undefined {
  for (let i = points.length - 1; i >= 0; i--) if (points[i]!.state !== 'missing') return points[i];
  return undefined;
}

/**
 * What a screen reader hears for one point: series, period, value (or why there is none),
 * n, interval, target and status.
 */
export function chartPoint_description(
  series: ChartSeriesModel,
  point: ChartPoint,
  indicator: Indicator,
  options: SummaryOptions,
): string {
  const t = translator_of(catalog, options.locale, options.messages);
  const fmt = { locale: options.locale, numberingSystem: options.numberingSystem, decimals: indicator.decimals };
  const name = text_get(series.label, options.locale);
  const periodText = format_period(point.period, fmt);
  if (point.state === 'suppressed') return t('chart.pointSuppressed', { series: name, period: periodText });
  if (point.state === 'missing' || point.value === null) return t('chart.pointMissing', { series: name, period: periodText });
  const parts = [t('chart.point', { series: name, period: periodText, value: format_value(point.value, indicator.unit, fmt) })];
  if (point.n !== undefined) parts.push(t('chart.pointN', { n: format_value(point.n, 'count', { ...fmt, decimals: 0 }) }));
  if (point.interval) {
    parts.push(
      t('chart.pointInterval', {
        level: format_value(point.interval.level * 100, 'percent', { ...fmt, decimals: 0 }),
        lower: format_value(point.interval.lower, indicator.unit, fmt),
        upper: format_value(point.interval.upper, indicator.unit, fmt),
      }),
    );
  }
  if (point.target !== undefined && point.status) {
    parts.push(t('chart.pointTarget', { target: format_value(point.target, indicator.unit, fmt), status: t(`status.${point.status}`) }));
  }
  return parts.join('; ');
}
