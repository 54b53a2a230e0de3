import * as React from 'react';
import { collator_for, text_get } from '@rechesh/core';
import type { ResolvedSettings } from '../../provider/RecheshProvider.js';
import { Text } from '../../internal/Text.js';
import type { FunnelStrings } from './strings.js';
import type { FunnelModel, FunnelRow } from './model.js';

export function FunnelTable({
  model,
  s,
  f,
  id,
  caption,
  pct,
  count,
  selectedId,
}: {
  model: FunnelModel;
  s: ResolvedSettings;
  f: FunnelStrings;
  id: string;
  caption: string;
  pct: (v: number) => string;
  count: (v: number) => string;
  selectedId: string | null | undefined;
}) {
  // Rows by name (never by rank); suppressed ones mixed in by name so their place hints at nothing.
  const collator = collator_for(s.locale);
  const byName = (a: FunnelRow, b: FunnelRow) => collator.compare(text_get(a.label, s.locale), text_get(b.label, s.locale));
  const rows = [...[...model.rows].sort(byName), ...[...model.newOnes].sort(byName)];
  return (
    <div className="rch-funnel__table-wrap" id={id}>
      <table className="rch-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{f.colOperator}</th>
            <th scope="col">{f.colN}</th>
            <th scope="col">{f.colValue}</th>
            <th scope="col">{f.colPosition}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-state={r.state} data-selected={r.id === selectedId ? '' : undefined}>
              <th scope="row">
                <bdi>
                  <Text value={r.label} locale={s.locale} />
                </bdi>
                {r.id === selectedId ? <span className="rch-visually-hidden"> ({f.selected})</span> : null}
              </th>
              <td>{r.n !== undefined ? <bdi className="rch-num">{count(r.n)}</bdi> : null}</td>
              <td>
                {r.value !== undefined ? (
                  <bdi className="rch-num">{pct(r.value)}</bdi>
                ) : (
                  <span className="rch-table__muted">{s.t('card.suppressed')}</span>
                )}
              </td>
              <td>
                {r.point ? (
                  <span className="rch-funnel__status" data-position={r.point.position}>
                    {f.pos[r.point.position]} ({f.cmp[r.point.status]})
                  </span>
                ) : r.state === 'new' ? (
                  <span className="rch-table__muted">{f.newOperator}</span>
                ) : (
                  <span className="rch-table__muted">{f.tooFew}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
