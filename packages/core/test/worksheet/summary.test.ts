import { describe, it, expect } from 'vitest';
import { worksheet_summary, worksheet_summaryText, worksheet_summaryBars, itemStatus_weights } from '../../src/worksheet/summary.js';
import type { ItemAnswer } from '../../src/worksheet/types.js';
import { diagnosis, principles } from './fixtures.js';

const items = principles.map((p) => ({ principleId: p.id, itemIds: p.itemIds! }));
const name = (id: string) => principles.find((p) => p.id === id)?.name ?? id;

describe('worksheet_summary', () => {
  it('states the weights: in place 1, partly a half, not yet 0, not relevant without weight', () => {
    expect(itemStatus_weights).toEqual({ 'in-place': 1, partly: 0.5, 'not-yet': 0 });
  });

  describe('given one in place, one partly, one not yet and one not relevant', () => {
    const s = worksheet_summary(diagnosis, items).principles[0]!;
    it('counts each status', () => {
      expect(s.counts).toEqual({ 'in-place': 1, partly: 1, 'not-yet': 1, 'not-relevant': 1, unanswered: 0 });
    });
    it('leaves the not relevant item out of the denominator: (1 + 0.5 + 0) / 3 = 0.5', () => {
      expect(s).toMatchObject({ total: 4, answered: 4, relevant: 3, share: 0.5, state: 'ok' });
    });
  });

  it('says "not enough answered" below the minimum, and still gives the draft share', () => {
    const s = worksheet_summary(diagnosis, items).principles[1]!;
    expect(s).toMatchObject({ total: 3, answered: 1, relevant: 1, share: 0, state: 'not-enough' });
    expect(worksheet_summary(diagnosis, items, { minAnswered: 1 }).principles[1]!.state).toBe('ok');
  });

  it('asks a principle with fewer items than the minimum for all of them', () => {
    const answers: Record<string, ItemAnswer> = { 'plan-needs-mapping': { status: 'in-place' }, 'tender-recipient-voice': { status: 'partly' } };
    const s = worksheet_summary({ items: answers }, items).principles[2]!;
    expect(s).toMatchObject({ total: 2, answered: 2, share: 0.75, state: 'ok' });
  });

  it('gives no share when every answer is not relevant, and an empty state without items', () => {
    const all = worksheet_summary({ items: { a: { status: 'not-relevant' }, b: { status: 'not-relevant' } } }, [{ principleId: 'p', itemIds: ['a', 'b'] }, { principleId: 'q', itemIds: [] }]);
    expect(all.principles.map((p) => [p.state, p.share])).toEqual([['not-relevant', undefined], ['empty', undefined]]);
  });

  it('sums up overall over every item, and names the strongest and the weakest principle', () => {
    const answers: Record<string, ItemAnswer> = {
      ...diagnosis.items,
      'tender-outcome-indicators': { status: 'not-yet' },
      'manage-data-routine': { status: 'partly' },
      'plan-needs-mapping': { status: 'in-place' },
      'tender-recipient-voice': { status: 'in-place' },
    };
    const s = worksheet_summary({ items: answers }, items);
    // 1 + 0.5 + 0 | 0 + 0 + 0.5 | 1 + 1 → 4 of 8 relevant.
    expect(s.overall).toMatchObject({ principleId: '', total: 9, answered: 9, relevant: 8, share: 0.5, state: 'ok' });
    expect(s.strongest).toEqual(['recipients-at-centre']);
    expect(s.weakest).toEqual(['results-oriented-management']);
  });

  it('counts an item listed twice once, and ignores answers of items it was not given', () => {
    const s = worksheet_summary({ items: { a: { status: 'in-place' }, z: { status: 'not-yet' } } }, [{ principleId: 'p', itemIds: ['a', 'a'] }], { minAnswered: 1 });
    expect(s.principles[0]).toMatchObject({ total: 1, share: 1 });
  });

  it('reads answers as own properties only', () => {
    const s = worksheet_summary({ items: {} }, [{ principleId: 'p', itemIds: ['toString', 'constructor'] }]);
    expect(s.principles[0]!.counts.unanswered).toBe(2);
  });
});

describe('worksheet_summaryText', () => {
  const summary = worksheet_summary(diagnosis, items);
  it('says the share in place and its counts in English', () => {
    const t = worksheet_summaryText(summary, { locale: 'en', name });
    expect(t.principles[0]!.text).toBe('The operator as partner: 50% in place (1 in place, 1 partly, 1 not yet). Left out: 1 not relevant, 0 not answered.');
    expect(t.principles[1]!.text).toBe('Results-oriented management: not enough answers to sum up yet (1 of 3 items answered).');
    expect(t.overall).toBe('Overall: 38% in place, over 4 relevant items (5 of 9 answered).'); // (1 + 0.5) / 4
    expect(t.weighting).toMatch(/in place as 1, partly in place as a half/);
  });
  it('says it in Hebrew and in Arabic', () => {
    expect(worksheet_summaryText(summary, { locale: 'he', name: () => 'המפעיל כשותף' }).principles[0]!.text).toBe(
      'המפעיל כשותף: 50% קיים (1 קיימים, 1 חלקית, 1 עדיין לא). לא נכללו: 1 לא רלוונטיים, 0 לא נענו.',
    );
    expect(worksheet_summaryText(summary, { locale: 'ar' }).principles[1]!.text).toBe(
      'results-oriented-management: لا توجد بعد إجابات كافية للتلخيص (1 من 3 بنود أُجيب عنها).',
    );
  });
});

describe('worksheet_summaryBars', () => {
  it('gives one bar per principle, a length only when there are enough answers, and stacked segments', () => {
    const bars = worksheet_summaryBars(worksheet_summary(diagnosis, items));
    expect(bars.map((b) => [b.principleId, b.value, b.state])).toEqual([
      ['operator-as-partner', 0.5, 'ok'],
      ['results-oriented-management', undefined, 'not-enough'],
      ['recipients-at-centre', undefined, 'not-enough'],
    ]);
    expect(bars[0]!.segments.map((s) => [s.status, s.count, +s.from.toFixed(3), +s.to.toFixed(3)])).toEqual([
      ['in-place', 1, 0, 0.333],
      ['partly', 1, 0.333, 0.667],
      ['not-yet', 1, 0.667, 1],
    ]);
  });
});
