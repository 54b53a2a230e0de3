/**
 * The drawing of the stakeholder map: the SVG (aria-hidden) inside one focusable application
 * element, whose arrow keys walk the marks and whose live region says where you are; the legend
 * of levels beside it.
 */
import * as React from 'react';
import { participation_levels, stakeholderMap_rings, type ParticipationLevel, type Stakeholder, type StakeholderMapState, type Translate } from '@rechesh/core';
import { useWidth } from '../../internal/useWidth.js';
import { map_layout, map_nav, type MapLayout, type MapMove } from './layout.js';

const iso = (v: string) => `\u2068${v}\u2069`;

/* -------------------------------------------------------------------------------------------------
 * The drawing: one tab stop; arrow keys walk the marks, a live region says where you are
 * -----------------------------------------------------------------------------------------------*/

export function MapView({
  state,
  t,
  dir,
  prefix,
  rowOf,
  nameOf,
  onEdit,
}: {
  state: StakeholderMapState;
  t: Translate;
  dir: 'rtl' | 'ltr';
  prefix: string;
  rowOf: (s: Stakeholder) => string;
  nameOf: (s: Stakeholder) => string;
  onEdit: (index: number) => void;
}) {
  const [width, widthRef] = useWidth(640, true);
  const list = state.stakeholders;
  const layout = React.useMemo(() => {
    const numbers = new Map(list.map((x, i) => [x.id, i + 1]));
    const byId = new Map(list.map((x) => [x.id, x]));
    return map_layout(stakeholderMap_rings(state), {
      width,
      dir,
      numbers,
      ringLabel: (r) => t(`worksheet.ring.${r}`),
      name: (id) => nameOf(byId.get(id)!),
      centre: t('worksheet.map.recipients'),
    });
    // `nameOf` and `t` follow the locale, which `t` stands for.
  }, [state, width, dir, t]); // eslint-disable-line react-hooks/exhaustive-deps
  const levels = React.useMemo(() => new Map(list.map((x) => [x.id, x.level])), [list]);
  const [activeId, setActiveId] = React.useState<string | undefined>(undefined);
  const [focused, setFocused] = React.useState(false);
  const [live, setLive] = React.useState('');
  const active = layout.marks.find((m) => m.id === activeId) ?? layout.marks[0];
  const say = (id: string | undefined) => {
    const i = list.findIndex((x) => x.id === id);
    if (i >= 0) setLive(`${i + 1}. ${rowOf(list[i]!)}`);
  };
  const go = (id: string | undefined) => {
    if (id === undefined) {
      setLive(t('worksheet.ui.mapEdge'));
      return;
    }
    setActiveId(id);
    say(id);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || !active) return;
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const moves: Record<string, MapMove> = { [forward]: 'next', [backward]: 'previous', ArrowUp: 'inward', ArrowDown: 'outward', Home: 'first', End: 'last' };
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const i = list.findIndex((x) => x.id === active.id);
      if (i >= 0) onEdit(i);
      return;
    }
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    go(map_nav(layout.marks, active.id, move));
  };

  const empty = layout.marks.length === 0;
  const label = t('worksheet.ui.mapLabel', { count: list.length });
  return (
    <div className="rch-sm__map" data-compact={layout.compact || undefined}>
      <Legend t={t} />
      <div className="rch-sm__drawing" ref={widthRef}>
        {empty ? (
          <>
            <MapSvg layout={layout} activeId={undefined} levels={levels} uid={prefix} rtl={dir === 'rtl'} />
            <p className="rch-sm__none">{t('worksheet.ui.mapNone')}</p>
          </>
        ) : (
          // A widget with its own keys (see FunnelPlot): one tab stop, the drawing inside is aria-hidden.
          // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
          <div
            className="rch-sm__app"
            role="application"
            aria-label={label}
            aria-describedby={`${prefix}-keys`}
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
            tabIndex={0}
            onKeyDown={onKeyDown}
            onFocus={(e) => {
              if (e.target !== e.currentTarget) return;
              setFocused(true);
              if (active) say(active.id);
            }}
            onBlur={() => setFocused(false)}
            onClick={(e) => {
              const box = e.currentTarget.querySelector('svg')?.getBoundingClientRect();
              if (!box) return;
              const px = e.clientX - box.left;
              const py = e.clientY - box.top;
              let best: string | undefined;
              let dist = 24 * 24;
              for (const m of layout.marks) {
                const d = (m.x - px) ** 2 + (m.y - py) ** 2;
                if (d < dist) [best, dist] = [m.id, d];
              }
              if (best) go(best);
            }}
          >
            <MapSvg layout={layout} activeId={focused ? active?.id : undefined} levels={levels} uid={prefix} rtl={dir === 'rtl'} />
          </div>
        )}
        <p className="rch-visually-hidden" id={`${prefix}-keys`}>
          {t('worksheet.ui.mapKeys')}
        </p>
        <p className="rch-visually-hidden" aria-live="polite" aria-atomic="true">
          {live}
        </p>
      </div>
    </div>
  );
}

/** The shape of a level: hollow circle, half-filled diamond, filled square (not colour alone). */
export function LevelMark({ level, size }: { level: ParticipationLevel; size: number }) {
  const m = size;
  if (level === 'information') return <circle className="rch-sm__shape" r={m} />;
  if (level === 'consultation') {
    return (
      <>
        <path className="rch-sm__shape" d={`M0 ${-m * 1.2}L${m * 1.2} 0L0 ${m * 1.2}L${-m * 1.2} 0Z`} />
        <path className="rch-sm__fill" d={`M${-m * 1.2} 0L${m * 1.2} 0L0 ${m * 1.2}Z`} />
      </>
    );
  }
  return <rect className="rch-sm__shape rch-sm__fill" x={-m * 0.9} y={-m * 0.9} width={m * 1.8} height={m * 1.8} />;
}

function MapSvg({ layout, activeId, levels, uid, rtl }: { layout: MapLayout; activeId: string | undefined; levels: ReadonlyMap<string, ParticipationLevel>; uid: string; rtl: boolean }) {
  const { width, height, cx, cy, core, bands, marks, markSize, ringFont } = layout;
  const levelOf = (id: string) => levels.get(id) ?? 'information';
  return (
    <svg className="rch-sm__svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} direction="ltr" aria-hidden="true" focusable="false">
      <defs>
        {bands.map((b) => (
          <path key={b.ring} id={`${uid}-${b.ring}`} d={b.labelPath} />
        ))}
      </defs>
      {[...bands].reverse().map((b) => (
        <circle key={b.ring} className="rch-sm__band" data-depth={b.depth} cx={cx} cy={cy} r={b.outer} />
      ))}
      <circle className="rch-sm__core" cx={cx} cy={cy} r={core} />
      {bands.map((b) => (
        <text key={b.ring} className="rch-sm__ring-name" fontSize={ringFont}>
          <textPath href={`#${uid}-${b.ring}`} startOffset="50%" textAnchor="middle">
            {iso(b.label)}
          </textPath>
        </text>
      ))}
      <text className="rch-sm__centre" x={cx} y={cy} textAnchor="middle" fontSize={ringFont + 1}>
        {layout.centre.map((line, i) => (
          <tspan key={i} x={cx} dy={i === 0 ? `${0.35 - (layout.centre.length - 1) * 0.6}em` : '1.2em'}>
            {iso(line)}
          </tspan>
        ))}
      </text>
      {marks.map((m) => (m.label ? <path key={`l${m.id}`} className="rch-sm__leader" d={m.label.leader} data-active={m.id === activeId || undefined} /> : null))}
      {marks.map((m) => (
        <g key={m.id} className="rch-sm__mark" data-id={m.id} data-level={levelOf(m.id)} data-side={m.side} data-active={m.id === activeId || undefined} transform={`translate(${m.x},${m.y})`}>
          {m.id === activeId ? <circle className="rch-sm__focus" r={markSize + 6} /> : null}
          <LevelMark level={levelOf(m.id)} size={markSize} />
        </g>
      ))}
      {marks.map((m) =>
        m.label ? (
          <text key={`t${m.id}`} className="rch-sm__name" data-id={m.id} data-active={m.id === activeId || undefined} x={m.label.x} y={m.label.y} dy="0.35em" textAnchor={m.label.anchor}>
            {`${rtl ? '\u2067' : '\u2066'}${m.number}. ${iso(m.label.text)}\u2069`}
          </text>
        ) : m.tag ? (
          <text key={`t${m.id}`} className="rch-sm__num" data-id={m.id} data-active={m.id === activeId || undefined} x={m.tag.x} y={m.tag.y} dy="0.35em" textAnchor={m.tag.anchor}>
            {m.number}
          </text>
        ) : null,
      )}
    </svg>
  );
}

/** The legend of levels: each level's shape and its name. */
function Legend({ t }: { t: Translate }) {
  return (
    <div className="rch-sm__legend">
      <p className="rch-sm__legend-title">{t('worksheet.map.level')}</p>
      <ul>
        {participation_levels.map((l) => (
          <li key={l} data-level={l}>
            <svg className="rch-sm__swatch" viewBox="-12 -12 24 24" width="24" height="24" aria-hidden="true" focusable="false">
              <g className="rch-sm__mark" data-level={l}>
                <LevelMark level={l} size={8} />
              </g>
            </svg>
            {t(`worksheet.level.${l}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
