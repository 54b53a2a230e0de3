import * as React from 'react';
import { format_value, funnel_status, text_get, type Indicator } from '@rechesh/core';
import { useRechesh, type RecheshSettings } from '../../provider/RecheshProvider.js';
import { ErrorPanel, SafeBoundary, cx } from '../../error/ErrorPanel.js';
import { comparisonCatalog } from '../../internal/catalogs.js';
import { Text } from '../../internal/Text.js';
import { useWidth } from '../../internal/useWidth.js';
import { fill, funnelStrings_of, type Cmp } from './strings.js';
import {
  funnel_layout,
  funnel_model,
  validate_funnelPlot,
  type FunnelBenchmark,
  type FunnelOperator,
  type FunnelPoint,
} from './model.js';
import { FunnelSvg, Legend, tooltipStyle } from './Plot.js';
import { FunnelTable } from './Table.js';

export { validate_funnelPlot, funnel_model };
export type { FunnelBenchmark, FunnelOperator };

/* -------------------------------------------------------------------------------------------------
 * FunnelPlot
 * -----------------------------------------------------------------------------------------------*/

const PLOT_NAME = 'FunnelPlot';

export interface FunnelPlotProps extends RecheshSettings, Omit<React.HTMLAttributes<HTMLElement>, 'dir'> {
  /** A proportion indicator (unit 'percent'). */
  indicator: Indicator;
  operators: readonly FunnelOperator[];
  benchmark: FunnelBenchmark;
  /**
   * Widen the limits by the over-dispersion factor φ of Spiegelhalter (2005), estimated from the
   * compared operators. Applied only when φ > 1. @defaultValue false
   */
  overdispersion?: boolean;
  /** Replace operator names with A, B, C… (a stable mapping from the ids). @defaultValue false */
  anonymise?: boolean;
  /** Seed of the anonymous mapping; keep it private. @defaultValue '' */
  anonymiseSeed?: string;
  /** The selected operator (controlled). */
  selectedId?: string | null;
  /** The operator selected at first (uncontrolled). */
  defaultSelectedId?: string | null;
  onSelectedIdChange?: (id: string | null) => void;
  /** Plot height in pixels. @defaultValue 320 */
  height?: number;
  /** Fixed width in pixels. Leave unset to fill the container and follow its resizes. */
  width?: number;
  /** Heading level of the indicator name. @defaultValue 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Open with the data table shown. @defaultValue false */
  defaultShowTable?: boolean;
}

/* -------------------------------------------------------------------------------------------------
 * Strings (he, ar, en). Common ones (table toggle, legend, "too few cases") come from the catalogs.
 * -----------------------------------------------------------------------------------------------*/

/**
 * A funnel plot of operators on a proportion: each operator's rate against its number of cases,
 * with the benchmark and the 95 % and 99.8 % control limits, so operators are compared with what
 * chance gives at their size rather than ranked. Operators with too few cases are never drawn and
 * their rate never appears (the table says "too few cases"); new operators are listed apart and
 * not compared. Arrow keys move between operators in order of n, in the direction the axis runs on
 * screen (right to left in Hebrew and Arabic).
 */
export const FunnelPlot = React.forwardRef<HTMLElement, FunnelPlotProps>(function FunnelPlot(props, ref) {
  const { locale, dir, theme, numberingSystem, suppression, messages } = props;
  return (
    <SafeBoundary
      component={PLOT_NAME}
      settings={{ locale, dir, theme, numberingSystem, suppression, messages }}
      resetKeys={[props.indicator, props.operators, props.benchmark]}
    >
      <FunnelImpl {...props} ref={ref} />
    </SafeBoundary>
  );
});

const FunnelImpl = React.forwardRef<HTMLElement, FunnelPlotProps>(function FunnelImpl(
  {
    indicator,
    operators,
    benchmark,
    overdispersion = false,
    anonymise = false,
    anonymiseSeed = '',
    selectedId: controlledSelected,
    defaultSelectedId = null,
    onSelectedIdChange,
    height = 320,
    width: fixedWidth,
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
  const s = useRechesh({ locale, dir, theme, numberingSystem, suppression, messages }, comparisonCatalog);
  const f = React.useMemo(() => funnelStrings_of(s.t), [s.t]);
  const ids = React.useId();
  const issues = React.useMemo(() => validate_funnelPlot({ indicator, operators, benchmark }), [indicator, operators, benchmark]);
  const model = React.useMemo(
    () =>
      issues.length === 0
        ? funnel_model(operators, benchmark.value, {
            overdispersion,
            anonymise,
            seed: anonymiseSeed,
            rule: s.suppression,
            polarity: indicator.polarity,
          })
        : undefined,
    [issues, operators, benchmark, overdispersion, anonymise, anonymiseSeed, s.suppression, indicator],
  );
  const [showTable, setShowTable] = React.useState(defaultShowTable);
  const [rawActive, setActive] = React.useState<number | null>(null);
  const [fromKeyboard, setFromKeyboard] = React.useState(false);
  const [ownSelected, setOwnSelected] = React.useState<string | null>(defaultSelectedId ?? null);
  const controlled = controlledSelected !== undefined;
  const selectedId = controlled ? controlledSelected : ownSelected;
  const select = (id: string | null) => {
    if (!controlled) setOwnSelected(id);
    onSelectedIdChange?.(id);
  };
  const fixed = typeof fixedWidth === 'number' && Number.isFinite(fixedWidth) && fixedWidth > 0 ? fixedWidth : undefined;
  const [measured, wrapRef] = useWidth(640, fixed === undefined);
  const width = fixed ?? measured;

  if (issues.length > 0 || !model) {
    return <ErrorPanel component={PLOT_NAME} issues={issues} locale={s.locale} dir={s.dir} messages={messages} data-rch-theme={theme} />;
  }

  const fmt = { locale: s.locale, numberingSystem: s.numberingSystem };
  const decimals = typeof indicator.decimals === 'number' ? indicator.decimals : 1;
  const pct = (v: number) => format_value(v, 'percent', { ...fmt, decimals });
  const count = (v: number) => format_value(v, 'count', { ...fmt, decimals: 0 });
  const flow = s.dir;
  const points = model.points;
  const active = rawActive === null || points.length === 0 ? null : Math.min(rawActive, points.length - 1);
  const layout = funnel_layout(model, {
    width,
    height: Number.isFinite(height) && height > 0 ? height : 320,
    flow,
    phi: model.phiApplied,
    minN: s.suppression.minN,
  });
  const name = text_get(indicator.name, s.locale);
  const benchName = text_get(benchmark.label, s.locale);
  const empty = points.length === 0;
  const anyRows = model.rows.length + model.newOnes.length > 0;

  const describe = (p: FunnelPoint) =>
    fill(f.point, {
      label: text_get(p.label, s.locale),
      value: pct(p.value),
      n: count(p.n),
      position: f.pos[p.position],
      status: f.cmp[p.status],
    }) + (p.id === selectedId ? ` (${f.selected})` : '');

  // Summary: counts in words, by polarity.
  const above = points.filter((p) => p.position === 'above-95' || p.position === 'above-99.8');
  const below = points.filter((p) => p.position === 'below-95' || p.position === 'below-99.8');
  const summary: string[] = [];
  if (empty) summary.push(f.summaryNone);
  else {
    summary.push(fill(f.summaryCompared, { count: count(points.length), benchmark: benchName, value: pct(model.benchmark) }));
    summary.push(fill(f.summaryWithin, { count: count(points.length - above.length - below.length) }));
    summary.push(
      fill(f.summaryAbove, {
        status: f.cmp[funnel_status('above-95', indicator.polarity) as Cmp],
        count: count(above.length),
        extreme: count(above.filter((p) => p.position === 'above-99.8').length),
      }),
    );
    summary.push(
      fill(f.summaryBelow, {
        status: f.cmp[funnel_status('below-95', indicator.polarity) as Cmp],
        count: count(below.length),
        extreme: count(below.filter((p) => p.position === 'below-99.8').length),
      }),
    );
    const phiText = model.phi !== undefined ? format_value(model.phi, 'count', { ...fmt, decimals: 2 }) : '';
    summary.push(
      !overdispersion ? f.summaryNoPhi : model.phiApplied > 1 ? fill(f.summaryPhi, { phi: phiText }) : fill(f.summaryPhiNone, { phi: phiText || '1' }),
    );
  }
  if (model.suppressedCount > 0) summary.push(fill(f.summarySuppressed, { count: count(model.suppressedCount) }));
  if (model.newOnes.length > 0) summary.push(fill(f.summaryNew, { count: count(model.newOnes.length) }));
  if (above.length + below.length > 0) summary.push(f.summaryCaution);

  const Heading = `h${[2, 3, 4, 5, 6].includes(headingLevel) ? headingLevel : 3}` as 'h3';

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const last = points.length - 1;
    const current = active ?? 0;
    let next: number | null = current;
    // Toward larger n is where the axis grows on screen: left in RTL, right in LTR.
    const forward = flow === 'ltr' ? 'ArrowRight' : 'ArrowLeft';
    const backward = flow === 'ltr' ? 'ArrowLeft' : 'ArrowRight';
    switch (e.key) {
      case forward:
      case 'ArrowUp':
        next = Math.min(last, current + (active === null ? 0 : 1));
        break;
      case backward:
      case 'ArrowDown':
        next = Math.max(0, current - (active === null ? 0 : 1));
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'Enter':
      case ' ': {
        const p = active === null ? undefined : points[active];
        if (!p) return;
        select(p.id);
        break;
      }
      case 'Escape':
        if (active === null) return;
        next = null;
        break;
      default:
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

  const nearest = (e: React.PointerEvent | React.MouseEvent): number | null => {
    const svg = e.currentTarget.querySelector('svg');
    const box = (svg ?? e.currentTarget).getBoundingClientRect();
    const px = e.clientX - box.left;
    const py = e.clientY - box.top;
    let best: number | null = null;
    let dist = 24 * 24;
    points.forEach((p, i) => {
      const d = (layout.x(p.n) - px) ** 2 + (layout.y(p.value) - py) ** 2;
      if (d < dist) {
        dist = d;
        best = i;
      }
    });
    return best;
  };

  const activePoint = active === null ? undefined : points[active];

  return (
    <figure
      aria-labelledby={`${ids}-title`}
      dir={s.dir}
      lang={s.locale}
      data-rch-theme={theme}
      data-flow={flow}
      {...rest}
      ref={ref as React.Ref<HTMLElement>}
      className={cx('rch-funnel', className)}
    >
      <Heading className="rch-funnel__title" id={`${ids}-title`}>
        <Text value={indicator.name} locale={s.locale} />
      </Heading>
      <p className="rch-funnel__summary" id={`${ids}-summary`}>
        {summary.join(' ')}
      </p>

      {empty ? null : (
        <>
          {/* role="application": a widget with its own keys (see TargetTrendChart). */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
          <div
            ref={wrapRef}
            className="rch-funnel__plot"
            role="application"
            aria-roledescription={f.roledescription}
            aria-label={`${name}. ${f.instructions}`}
            aria-describedby={`${ids}-summary`}
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
            tabIndex={0}
            onKeyDown={onKeyDown}
            onFocus={() => {
              setFromKeyboard(true);
              setActive((a) => a ?? 0);
            }}
            onBlur={() => setActive(null)}
            onPointerMove={(e) => {
              const i = nearest(e);
              setFromKeyboard(false);
              setActive(i);
            }}
            onPointerLeave={(e) => {
              if (document.activeElement !== e.currentTarget) setActive(null);
            }}
            onClick={(e) => {
              const i = nearest(e);
              const p = i === null ? undefined : points[i];
              if (p) select(p.id);
            }}
          >
            <FunnelSvg
              model={model}
              layout={layout}
              s={s}
              f={f}
              active={active}
              selectedId={selectedId}
              clipId={`rch-fclip-${ids.replace(/[^a-zA-Z0-9_-]/g, '')}`}
            />
            {activePoint ? (
              <div
                className="rch-funnel__tooltip"
                aria-hidden="true"
                style={tooltipStyle(layout, activePoint, s.dir)}
              >
                {describe(activePoint)}
              </div>
            ) : null}
          </div>
          <p className="rch-visually-hidden" aria-live="polite" aria-atomic="true">
            {activePoint && fromKeyboard ? describe(activePoint) : ''}
          </p>
          <Legend s={s} f={f} benchmark={benchmark.label} />
        </>
      )}

      {model.newOnes.length > 0 ? (
        <p className="rch-funnel__new">
          {f.newList}{' '}
          {model.newOnes.map((r, i) => (
            <React.Fragment key={r.id}>
              {i > 0 ? ', ' : ''}
              <bdi>
                <Text value={r.label} locale={s.locale} />
              </bdi>
            </React.Fragment>
          ))}
        </p>
      ) : null}

      {anyRows ? (
        <div className="rch-funnel__actions">
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
      ) : null}
      {showTable && anyRows ? (
        <FunnelTable
          model={model}
          s={s}
          f={f}
          id={`${ids}-table`}
          caption={fill(f.caption, { name, benchmark: benchName })}
          pct={pct}
          count={count}
          selectedId={selectedId}
        />
      ) : null}
    </figure>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Parts
 * -----------------------------------------------------------------------------------------------*/

/** Text inside SVG: isolated (FSI…PDI) so mixed Hebrew, Latin and numbers keep their order. */
