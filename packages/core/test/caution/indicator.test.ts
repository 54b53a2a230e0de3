import { describe, it, expect } from 'vitest';
import { caution_order, indicator_cautions } from '../../src/caution/indicator.js';
import type { Indicator, Observation, Target } from '../../src/schema/types.js';

const indicator: Indicator = {
  id: 'detox-completion',
  name: { he: 'שיעור השלמת גמילה', en: 'Detox completion rate' },
  kind: 'outcome',
  unit: 'percent',
  polarity: 'higher-better',
};
const solid: Observation = { period: '2025', value: 62, n: 240 };
const based: Target = { kind: 'absolute', value: 70, basis: { kind: 'previous-measurement' } };
const kinds = (input: Parameters<typeof indicator_cautions>[0]) => indicator_cautions(input).map((c) => c.kind);

describe('indicator_cautions', () => {
  it('given solid data and a target with a basis, there are no cautions', () => {
    expect(indicator_cautions({ indicator, observation: solid, target: based })).toEqual([]);
  });

  it('given 9 cases, the value is suppressed and the case count is not passed on', () => {
    expect(indicator_cautions({ indicator, observation: { ...solid, n: 9 } })).toEqual([{ kind: 'suppressed', params: { minN: 10 } }]);
  });

  it('given 12 cases, the value is unstable', () => {
    expect(indicator_cautions({ indicator, observation: { ...solid, n: 12 } })).toEqual([
      { kind: 'unstable', params: { n: 12, unstableN: 20 } },
    ]);
  });

  it('follows the suppression rule it is given', () => {
    expect(kinds({ indicator, observation: { ...solid, n: 25 }, rule: { minN: 30 } })).toEqual(['suppressed']);
  });

  it('given quality flags, warns with the flags (each once, unknown ones dropped)', () => {
    const observation = { ...solid, quality: ['estimated', 'late', 'estimated', 'bogus'] } as Observation;
    expect(indicator_cautions({ indicator, observation })).toEqual([{ kind: 'data-quality', flags: ['estimated', 'late'] }]);
  });

  it('given a target without a basis, warns about it', () => {
    expect(kinds({ indicator, target: { kind: 'absolute', value: 70 } })).toEqual(['target-without-basis']);
    expect(kinds({ indicator, target: { kind: 'absolute', value: 70, basis: { kind: 'hunch' } } as unknown as Target })).toEqual([
      'target-without-basis',
    ]);
  });

  it('given an experimental indicator, says so', () => {
    expect(kinds({ indicator: { ...indicator, experimental: true } })).toEqual(['experimental']);
  });

  describe('definition changes', () => {
    const revised = (revision: { date: string; period?: string }): Indicator => ({
      ...indicator,
      experimental: true,
      revisions: [revision],
    });
    it('given a revision whose first period is this period, the definition changed', () => {
      expect(indicator_cautions({ indicator: revised({ date: '2024-12-15', period: '2025' }), observation: solid })[0]).toEqual({
        kind: 'definition-changed',
        params: { date: '2024-12-15', period: '2025' },
      });
    });
    it('given a revision dated inside this period, the definition changed', () => {
      expect(kinds({ indicator: revised({ date: '2025-03-01' }), observation: { ...solid, period: '2024/25' } })).toContain(
        'definition-changed',
      );
    });
    it('given a revision in another period, the definition did not change here', () => {
      expect(kinds({ indicator: revised({ date: '2025-09-01', period: '2025/26' }), observation: { ...solid, period: '2024/25' } })).toEqual([
        'experimental',
      ]);
    });
    it('given no observation, there is no period to compare with', () => {
      expect(kinds({ indicator: revised({ date: '2025-03-01', period: '2025' }) })).toEqual(['experimental']);
    });
  });

  it('orders cautions from most to least severe', () => {
    const all = kinds({
      indicator: { ...indicator, experimental: true, revisions: [{ date: '2025-01-01', period: '2025' }] },
      observation: { ...solid, n: 5, quality: ['incomplete'] },
      target: { kind: 'absolute', value: 70 },
    });
    expect(all).toEqual(['suppressed', 'definition-changed', 'data-quality', 'target-without-basis', 'experimental']);
    const unstable = kinds({ indicator: { ...indicator, experimental: true }, observation: { ...solid, n: 15, quality: ['late'] }, target: { kind: 'absolute', value: 1 } });
    expect(unstable).toEqual(['data-quality', 'unstable', 'target-without-basis', 'experimental']);
    expect(caution_order).toEqual(['suppressed', 'definition-changed', 'data-quality', 'unstable', 'target-without-basis', 'experimental']);
  });

  it('given garbage, returns no cautions rather than throwing', () => {
    expect(indicator_cautions(undefined as never)).toEqual([]);
    expect(indicator_cautions({ indicator: null, observation: 'x' as never, target: 5 as never })).toEqual([]);
    expect(
      kinds({ indicator: { ...indicator, revisions: 'soon' } as unknown as Indicator, observation: { ...solid, quality: 'late' } as never }),
    ).toEqual([]);
  });
});
