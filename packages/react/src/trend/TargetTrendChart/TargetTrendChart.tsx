import * as React from 'react';
import {
  chartPoint_description,
  format_period,
  format_value,
  text_get,
  trendChart_model,
  trendChart_summary,
  validate_trendChart,
  type Baseline,
  type ChartEvent,
  type ChartPoint,
  type ChartSeries,
  type Indicator,
  type Target,
} from '@rechesh/core';
import { useRechesh, type RecheshSettings, type ResolvedSettings } from '../../provider/RecheshProvider.js';
import { ErrorPanel, SafeBoundary, cx } from '../../error/ErrorPanel.js';
import { trendCatalog } from '../../internal/catalogs.js';
import { Text } from '../../internal/Text.js';
import { useWidth } from '../../internal/useWidth.js';
import { chart_layout, type TimeFlow } from './layout.js';
import { Plot, activeAt, seriesSymbol } from './Plot.js';
import { DataTable } from './DataTable.js';

/* -------------------------------------------------------------------------------------------------
 * TargetTrendChart
 * -----------------------------------------------------------------------------------------------*/

const CHART_NAME = 'TargetTrendChart';

export interface TargetTrendChartProps extends RecheshSettings, Omit<React.HTMLAttributes<HTMLElement>, 'dir'> {
  /** The indicator the chart shows. */
  indicator: Indicator;
  /** One or more series; the first is the main one (the service or operator). */
  series: readonly ChartSeries[];
  /** Target of the main series (and of segment series without their own). */
  target?: Target;
  baseline?: Baseline;
  /** Events on the time axis: tender start, operator change, policy change. */
  events?: readonly ChartEvent[];
  /**
   * Which way time runs. 'reading' follows the reading direction: right to left in Hebrew and
   * Arabic, as the rest of the page reads. 'ltr' keeps time left to right in every language,
   * as many statistical publications do. @defaultValue 'reading'
   */
  timeDirection?: 'reading' | 'ltr';
  /** Chart height in pixels. @defaultValue 300 */
  height?: number;
  /**
   * Fixed width in pixels. Leave unset to fill the container and follow its resizes (measured
   * after the first render, which uses 640).
   */
  width?: number;
  /**
   * Point markers. 'auto' draws them while points are at least 8 px apart; on denser series
   * the lines carry dash patterns instead, so series still differ by more than colour.
   * @defaultValue 'auto'
   */
  markers?: 'auto' | 'always' | 'never';
  /** Heading level of the indicator name. @defaultValue 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Open with the data table shown. @defaultValue false */
  defaultShowTable?: boolean;
}

/**
 * One indicator over time with its target at the centre: target line or path for every target
 * kind, baseline, confidence band, gaps for suppressed periods, events and definition changes,
 * a trend statement that does not over-claim, keyboard exploration and a data table.
 */
export const TargetTrendChart = React.forwardRef<HTMLElement, TargetTrendChartProps>(function TargetTrendChart(props, ref) {
  const { locale, dir, theme, numberingSystem, suppression, messages } = props;
  return (
    <SafeBoundary
      component={CHART_NAME}
      settings={{ locale, dir, theme, numberingSystem, suppression, messages }}
      resetKeys={[props.indicator, props.series, props.target, props.baseline, props.events]}
    >
      <ChartImpl {...props} ref={ref} />
    </SafeBoundary>
  );
});

const ChartImpl = React.forwardRef<HTMLElement, TargetTrendChartProps>(function ChartImpl(
  {
    indicator,
    series,
    target,
    baseline,
    events,
    timeDirection = 'reading',
    height = 300,
    width: fixedWidth,
    markers = 'auto',
    headingLevel = 3,
    defaultShowTable = false,
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
  const s = useRechesh({ locale, dir, theme, numberingSystem, suppression, messages }, trendCatalog);
  const ids = React.useId();
  const checked = React.useMemo(
    () => validate_trendChart({ indicator, series, target, baseline, events }),
    [indicator, series, target, baseline, events],
  );
  const model = React.useMemo(
    () =>
      checked.ok
        ? trendChart_model({
            indicator: checked.value.indicator,
            series: checked.value.series,
            target: checked.value.target,
            baseline: checked.value.baseline,
            events: checked.value.events,
            rule: s.suppression,
          })
        : undefined,
    [checked, s.suppression],
  );
  const [showTable, setShowTable] = React.useState(defaultShowTable);
  const [rawActive, setActive] = React.useState<{ series: number; index: number } | null>(null);
  // Whether the active point came from the keyboard: only then does the live region speak (a
  // moving mouse would make a screen reader talk non-stop).
  const [fromKeyboard, setFromKeyboard] = React.useState(false);
  const fixed = typeof fixedWidth === 'number' && Number.isFinite(fixedWidth) && fixedWidth > 0 ? fixedWidth : undefined;
  const [measured, wrapRef] = useWidth(640, fixed === undefined);
  const width = fixed ?? measured;

  if (!checked.ok || !model) {
    return (
      <ErrorPanel
        component={CHART_NAME}
        issues={checked.issues}
        locale={s.locale}
        dir={s.dir}
        messages={messages}
        data-rch-theme={theme}
      />
    );
  }
  const ind = checked.value.indicator;
  // New data may be shorter than the point that was active: clamp rather than point at nothing.
  const active =
    rawActive && model.series.length > 0 && model.periods.length > 0
      ? {
          series: Math.min(rawActive.series, model.series.length - 1),
          index: Math.min(rawActive.index, model.periods.length - 1),
        }
      : null;
  const flow: TimeFlow = timeDirection === 'ltr' ? 'ltr' : s.dir;
  // Room a period label needs: its longest text at the tick font size, plus a gap. Labels of one
  // series are alike, so a spread sample of at most 48 stands for thousands of periods.
  const every = Math.max(1, Math.floor(model.periods.length / 48));
  let longest = 0;
  for (let i = 0; i < model.periods.length; i += every) {
    longest = Math.max(longest, format_period(model.periods[i]!, { locale: s.locale, numberingSystem: s.numberingSystem }).length);
  }
  const plotHeight = Number.isFinite(height) && height > 0 ? height : 300;
  const layoutOptions = { width, height: plotHeight, flow, unit: ind.unit, labelWidth: longest * 7 + 20 };
  let layout = chart_layout(model, layoutOptions);
  // Value labels such as "₪1,000,000" need more room than the default: measure and lay out again.
  const tickChars = layout.yTicks.reduce(
    (m, v) => Math.max(m, format_value(v, ind.unit, { locale: s.locale, numberingSystem: s.numberingSystem }).length),
    0,
  );
  if (tickChars * 7 + 14 > 52) layout = chart_layout(model, { ...layoutOptions, axisWidth: tickChars * 7 + 14 });
  const showMarkers = markers === 'always' || (markers === 'auto' && layout.step >= 8);
  const summary = trendChart_summary(model, ind, {
    locale: s.locale,
    numberingSystem: s.numberingSystem,
    messages: s.messages,
  });
  const Heading = `h${[2, 3, 4, 5, 6].includes(headingLevel) ? headingLevel : 3}` as 'h3';
  const name = text_get(ind.name, s.locale);
  const empty = model.periods.length === 0;
  const describe = (a: { series: number; index: number }) => {
    const ser = model.series[a.series];
    const p = ser?.points[a.index];
    if (!ser || !p) return '';
    const where = s.t('chart.position', { index: a.index + 1, count: model.periods.length });
    return `${chartPoint_description(ser, p, ind, { locale: s.locale, numberingSystem: s.numberingSystem, messages: s.messages })} (${where})`;
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    // Leave browser and assistive-technology shortcuts (Alt+Arrow is Back) alone.
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const last = model.periods.length - 1;
    const current = active ?? { series: 0, index: lastShown(model, 0) };
    let next: { series: number; index: number } | null = current;
    // Arrow keys move on screen: toward later time is right when time runs left to right.
    const forward = flow === 'ltr' ? 'ArrowRight' : 'ArrowLeft';
    const backward = flow === 'ltr' ? 'ArrowLeft' : 'ArrowRight';
    switch (e.key) {
      case forward:
        next = { ...current, index: Math.min(last, current.index + (active ? 1 : 0)) };
        break;
      case backward:
        next = { ...current, index: Math.max(0, current.index - (active ? 1 : 0)) };
        break;
      case 'Home':
        next = { ...current, index: 0 };
        break;
      case 'End':
        next = { ...current, index: last };
        break;
      case 'ArrowUp':
        next = { ...current, series: Math.max(0, current.series - (active ? 1 : 0)) };
        break;
      case 'ArrowDown':
        next = { ...current, series: Math.min(model.series.length - 1, current.series + (active ? 1 : 0)) };
        break;
      case 'Escape':
        // Only swallow Escape when it does something, so an enclosing dialog can still close.
        if (!active) return;
        next = null;
        break;
      default:
        // T by its physical key, so it works on Hebrew and Arabic keyboard layouts too.
        if (e.code === 'KeyT' || e.key === 't' || e.key === 'T') {
          setShowTable((v) => !v);
          e.preventDefault();
        }
        return;
    }
    e.preventDefault();
    setFromKeyboard(true);
    setActive(next);
  };

  const activePoint = active ? model.series[active.series]?.points[active.index] : undefined;

  return (
    <figure
      aria-labelledby={`${ids}-title`}
      dir={s.dir}
      lang={s.locale}
      data-rch-theme={theme}
      data-flow={flow}
      {...rest}
      ref={ref as React.Ref<HTMLElement>}
      className={cx('rch-trend', className)}
    >
      <Heading className="rch-trend__title" id={`${ids}-title`}>
        <Text value={ind.name} locale={s.locale} />
      </Heading>
      <p className="rch-trend__summary" id={`${ids}-summary`}>
        {summary.join(' ')}
      </p>

      {empty ? null : (
        <>
          {/* One focusable surface with arrow-key exploration; the live region says where you are.
              jsx-a11y counts role="application" as non-interactive, but it is the role for a widget
              that handles its own keys (as Highcharts' keyboard navigation does): hence the two
              rules switched off for this element only. */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
          <div
            ref={wrapRef}
            className="rch-trend__plot"
            role="application"
            aria-roledescription={s.t('chart.roledescription')}
            aria-label={`${name}. ${s.t('chart.instructions')}`}
            aria-describedby={`${ids}-summary`}
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
            tabIndex={0}
            onKeyDown={onKeyDown}
            onFocus={() => {
              setFromKeyboard(true);
              setActive((a) => a ?? { series: 0, index: lastShown(model, 0) });
            }}
            onBlur={() => setActive(null)}
            onPointerMove={(e) => {
              // Measured against the drawing itself: with a fixed width in RTL it sits at the end.
              const svg = e.currentTarget.querySelector('svg');
              const box = (svg ?? e.currentTarget).getBoundingClientRect();
              const index = layout.indexAt(e.clientX - box.left);
              setFromKeyboard(false);
              setActive((a) => (a && a.index === index ? a : { series: a?.series ?? 0, index }));
            }}
            onPointerLeave={(e) => {
              if (document.activeElement !== e.currentTarget) setActive(null);
            }}
          >
            <Plot
              model={model}
              layout={layout}
              indicator={ind}
              s={s}
              active={active}
              markers={showMarkers}
              clipId={`rch-clip-${ids.replace(/[^a-zA-Z0-9_-]/g, '')}`}
            />
            {active && activePoint ? (
              <Tooltip layout={layout} model={model} active={active} s={s} text={describe(active)} />
            ) : null}
          </div>
          <p className="rch-visually-hidden" aria-live="polite" aria-atomic="true">
            {active && fromKeyboard ? describe(active) : ''}
          </p>
          <Legend model={model} s={s} markers={showMarkers} />
        </>
      )}

      {empty ? null : (
        <div className="rch-trend__actions">
          <button
            type="button"
            className="rch-button rch-button--secondary"
            aria-expanded={showTable}
            aria-controls={`${ids}-table`}
            onClick={() => setShowTable((v) => !v)}
          >
            {showTable ? s.t('chart.hideTable') : s.t('chart.showTable')}
          </button>
        </div>
      )}
      {showTable && !empty ? (
        <DataTable
          model={model}
          indicator={ind}
          s={s}
          id={`${ids}-table`}
          caption={s.t('chart.table.caption', { name })}
        />
      ) : null}
    </figure>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Parts
 * -----------------------------------------------------------------------------------------------*/

function Tooltip({
  layout,
  model,
  active,
  s,
  text,
}: {
  layout: ReturnType<typeof chart_layout>;
  model: ReturnType<typeof trendChart_model>;
  active: { series: number; index: number };
  s: ResolvedSettings;
  text: string;
}) {
  const at = activeAt(model, layout, active);
  if (!at) return null;
  const [px, py] = at;
  // Place it on the inline-end side of the point (reading onward), or flip near that edge.
  const fromStart = s.dir === 'rtl' ? layout.width - px : px;
  const flip = fromStart > layout.width * 0.6;
  const style: React.CSSProperties = flip
    ? { insetInlineEnd: layout.width - fromStart + 12, insetBlockStart: Math.max(0, py - 20) }
    : { insetInlineStart: fromStart + 12, insetBlockStart: Math.max(0, py - 20) };
  return (
    <div className="rch-trend__tooltip" style={style} aria-hidden="true" data-side={flip ? 'start' : 'end'}>
      {text}
    </div>
  );
}

function Legend({
  model,
  s,
  markers,
}: {
  model: ReturnType<typeof trendChart_model>;
  s: ResolvedSettings;
  markers: boolean;
}) {
  let band: ChartPoint['interval'];
  for (const p of model.series[0]?.points ?? []) if ((band = p.interval)) break;
  const hasBand = !!band;
  const targets = model.series.filter((ser) => ser.target);
  return (
    <ul className="rch-legend" aria-label={s.t('chart.legend')} data-markers={markers ? 'on' : 'off'}>
      {model.series.map((ser, si) => (
        <li key={ser.id} data-series={si}>
          <svg className="rch-legend__swatch" viewBox="-12 -8 24 16" aria-hidden="true" focusable="false">
            <line x1={-11} x2={11} y1={0} y2={0} />
            {markers ? <path d={seriesSymbol(si)} transform="scale(0.85)" /> : null}
          </svg>
          <Text value={ser.label} locale={s.locale} />
        </li>
      ))}
      {targets.map((ser) => (
        // With several targets (one per segment) each is named by its series, in its colour.
        <li
          key={`t${ser.id}`}
          className="rch-legend__target"
          data-target-series={targets.length > 1 ? model.series.indexOf(ser) : undefined}
          data-no-basis={ser.target!.noBasis ? '' : undefined}
        >
          <svg className="rch-legend__swatch" viewBox="-12 -8 24 16" aria-hidden="true" focusable="false">
            <line x1={-11} x2={11} y1={0} y2={0} />
          </svg>
          {ser.target!.noBasis ? s.t('chart.targetNoBasis') : s.t('card.target')}
          {targets.length > 1 ? (
            <>
              {': '}
              <Text value={ser.label} locale={s.locale} />
            </>
          ) : null}
        </li>
      ))}
      {model.baseline?.index !== undefined ? (
        <li className="rch-legend__baseline">
          <svg className="rch-legend__swatch" viewBox="-12 -8 24 16" aria-hidden="true" focusable="false">
            <path d="M0,-6L6,0L0,6L-6,0Z" />
          </svg>
          {s.t('card.baseline')}
        </li>
      ) : null}
      {hasBand ? (
        <li className="rch-legend__band">
          <svg className="rch-legend__swatch" viewBox="-12 -8 24 16" aria-hidden="true" focusable="false">
            <rect x={-11} y={-6} width={22} height={12} />
          </svg>
          {s.t('chart.band', {
            level: format_value((band?.level ?? 0.95) * 100, 'percent', { locale: s.locale, numberingSystem: s.numberingSystem, decimals: 0 }),
          })}
        </li>
      ) : null}
      {model.suppressedCount > 0 ? (
        <li className="rch-legend__suppressed">
          <svg className="rch-legend__swatch" viewBox="-12 -8 24 16" aria-hidden="true" focusable="false">
            <circle r={4} />
          </svg>
          {s.t('card.suppressed')}
        </li>
      ) : null}
    </ul>
  );
}

function lastShown(model: ReturnType<typeof trendChart_model>, series: number): number {
  const points = model.series[series]?.points ?? [];
  for (let i = points.length - 1; i >= 0; i--) if (points[i]!.state === 'shown') return i;
  return Math.max(0, points.length - 1);
}
