/** The stakeholder map as text: the numbered outline ring by ring, and the grid of levels by stages. */
import { participation_levels, participation_stages, stakeholderMap_grid, stakeholderMap_rings, type Stakeholder, type StakeholderMapState, type Translate } from '@rechesh/core';

const iso = (v: string) => `\u2068${v}\u2069`;

/* -------------------------------------------------------------------------------------------------
 * The outline: rings inner to outer, each stakeholder with its number, level, stages and tools
 * -----------------------------------------------------------------------------------------------*/

export function Outline({ state, t, prefix, heading: H, rowOf }: { state: StakeholderMapState; t: Translate; prefix: string; heading: 'h4'; rowOf: (s: Stakeholder) => string }) {
  const numbers = new Map(state.stakeholders.map((x, i) => [x.id, i + 1]));
  return (
    <section className="rch-sm__outline" aria-labelledby={`${prefix}-outline`}>
      <H className="rch-sm__subtitle" id={`${prefix}-outline`}>
        {t('worksheet.ui.mapOutline')}
      </H>
      <p className="rch-sm__recipients">
        <span className="rch-sm__ring-title">{t('worksheet.map.recipients')}: </span>
        <bdi>{state.recipients.trim() || t('worksheet.ui.noneChosen')}</bdi>
      </p>
      <ol className="rch-sm__rings">
        {stakeholderMap_rings(state).map((r) => (
          <li key={r.ring} data-ring={r.ring}>
            <p className="rch-sm__ring-title">{t('worksheet.ui.mapRing', { ring: t(`worksheet.ring.${r.ring}`), count: r.stakeholders.length })}</p>
            {r.stakeholders.length > 0 ? (
              <ul className="rch-sm__people">
                {r.stakeholders.map((x) => (
                  <li key={x.id} data-id={x.id} data-level={x.level}>
                    <span className="rch-sm__number">{numbers.get(x.id)}.</span> {rowOf(x)}
                    {x.note?.trim() ? (
                      <>
                        {' '}
                        <span className="rch-sm__note" dir="auto">
                          {x.note}
                        </span>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/* -------------------------------------------------------------------------------------------------
 * The participation grid: levels by stages, who is in each cell
 * -----------------------------------------------------------------------------------------------*/

export function ParticipationGrid({ state, t, prefix, nameOf, words }: { state: StakeholderMapState; t: Translate; prefix: string; nameOf: (s: Stakeholder) => string; words: (items: readonly string[]) => string }) {
  const grid = stakeholderMap_grid(state);
  const byId = new Map(state.stakeholders.map((x, i) => [x.id, { x, n: i + 1 }]));
  const captionId = `${prefix}-grid`;
  return (
    // A wide table scrolls sideways on its own on a narrow screen; focusable so the keys scroll it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="rch-sm__grid-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="rch-sm__grid">
        <caption id={captionId}>{t('worksheet.ui.mapGrid')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('worksheet.map.level')}</th>
            {participation_stages.map((st) => (
              <th key={st} scope="col">
                {t(`worksheet.pstage.${st}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.map((row, i) => (
            <tr key={participation_levels[i]}>
              <th scope="row">{t(`worksheet.level.${participation_levels[i]!}`)}</th>
              {row.map((cell) => (
                <td key={cell.stage} data-count={cell.stakeholderIds.length}>
                  {cell.stakeholderIds.length > 0
                    ? words(cell.stakeholderIds.map((id) => {
                        const e = byId.get(id)!;
                        return `${e.n}. ${iso(nameOf(e.x))}`;
                      }))
                    : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
