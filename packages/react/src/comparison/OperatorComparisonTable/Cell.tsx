import * as React from 'react';
import { format_value, type ComparisonCell, type Indicator, type OperatorCaution, type OperatorCautionKind } from '@rechesh/core';
import type { ResolvedSettings } from '../../provider/RecheshProvider.js';
import { LockIcon, StatusIcon } from '../../internal/icons.js';

/** Short badge words of caution kinds, in the table's language. */
export function cautionWord(s: ResolvedSettings, kind: OperatorCautionKind): string {
  return s.t(`ocaution.${kind}`);
}

/** The distinct kinds of a cell's cautions, most severe first (core orders them). */
export function kinds_of(cautions: readonly OperatorCaution[]): OperatorCautionKind[] {
  return [...new Set(cautions.map((c) => c.kind))];
}

/** One indicator cell: value (or why there is none), n, interval, comparison in words and shape, caution badges. */
export function ValueCell({
  cell,
  indicator,
  s,
  showInterval,
  tabIndex,
  onExplain,
}: {
  cell: ComparisonCell | undefined;
  indicator: Indicator;
  s: ResolvedSettings;
  showInterval: boolean;
  tabIndex: number;
  onExplain: (button: HTMLButtonElement) => void;
}) {
  const fmt = { locale: s.locale, numberingSystem: s.numberingSystem };
  const decimals = typeof indicator.decimals === 'number' ? indicator.decimals : undefined;
  const value = (v: number) => format_value(v, indicator.unit, { ...fmt, decimals });
  const cautions = cell?.cautions ?? [];
  const kinds = kinds_of(cautions);
  const words = kinds.map((k) => cautionWord(s, k));
  let main: React.ReactNode;
  if (!cell || cell.state === 'missing') {
    main = <span className="rch-ct__muted">{s.t('table.missing')}</span>;
  } else if (cell.state === 'suppressed') {
    // Nothing of the value, its n or its interval: only the fact that it is hidden.
    main = (
      <span className="rch-ct__muted rch-ct__hidden">
        <LockIcon /> {s.t('card.suppressed')}
      </span>
    );
  } else {
    const iv = cell.interval;
    main = (
      <>
        <span className="rch-ct__value">
          <bdi className="rch-num">{value(cell.value as number)}</bdi>
        </span>
        {showInterval && iv ? (
          <span className="rch-ct__sub">
            {s.t('table.interval', { lower: '\u2066' + value(iv.lower) + '\u2069', upper: '\u2066' + value(iv.upper) + '\u2069' })}
          </span>
        ) : null}
        {cell.n !== undefined ? (
          <span className="rch-ct__sub">
            {/* "n = 240" is notation, read left to right in every language. */}
            <bdi dir="ltr">{s.t('table.n', { n: format_value(cell.n, 'count', { ...fmt, decimals: 0 }) })}</bdi>
          </span>
        ) : null}
        <span className="rch-ct__status" data-status={cell.comparison}>
          <StatusIcon status={cell.comparison} />
          {s.t(`table.cmp.${cell.comparison}`)}
        </span>
      </>
    );
  }
  return (
    <>
      {main}
      {kinds.length > 0 ? (
        <button type="button" className="rch-ct__cautions" tabIndex={tabIndex} aria-haspopup="dialog" onClick={(e) => onExplain(e.currentTarget)}>
          {/* Named by its content: "2 cautions: Few cases, Population mix (details)". */}
          <span className="rch-visually-hidden">{s.t(kinds.length === 1 ? 'table.caution' : 'table.cautions', { count: kinds.length })} </span>
          {kinds.map((k, i) => (
            <React.Fragment key={k}>
              {i > 0 ? <span className="rch-visually-hidden">, </span> : null}
              <span className="rch-ct__badge" data-kind={k}>
                {words[i]}
              </span>
            </React.Fragment>
          ))}
          <span className="rch-visually-hidden"> ({s.t('table.details')})</span>
        </button>
      ) : null}
    </>
  );
}
