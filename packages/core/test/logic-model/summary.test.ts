import { describe, it, expect } from 'vitest';
import { logicModel_summary, logicModel_outline, logicModel_announce } from '../../src/logic-model/summary.js';
import { logicModel_layout } from '../../src/logic-model/layout.js';
import { logicModel_nav } from '../../src/logic-model/nav.js';
import { logicModelMessages, messages, translator_of, catalog_merge, commonMessages } from '../../src/i18n/catalog.js';
import { detox } from './fixtures.js';

const seen = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
const layout = logicModel_layout(detox(), { size: () => ({ width: 100, height: 40 }) });

describe('logicModel_summary', () => {
  it('summarises stages, counts, responsibility split, key outcomes and indicators in English', () => {
    expect(logicModel_summary(detox(), 'en').map(seen)).toEqual([
      'Inpatient detox: a logic model in 3 stages: Inputs, Outputs, Outcomes.',
      'Boxes: 6. Links between them: 6.',
      'Boxes per stage: Inputs 2, Outputs 2, Outcomes 2.',
      'Responsibility: operator 3, ministry 1, shared by the operator and the ministry 1, adjacent service 1.',
      'Key outcomes: 1.',
      'Boxes with indicators: 2 of 6.',
    ]);
  });

  it('is written in Hebrew and Arabic too', () => {
    const he = logicModel_summary(detox(), 'he').map(seen);
    expect(he[0]).toBe('גמילה באשפוז: מודל לוגי ב-3 שלבים: תשומות, תפוקות, תוצאות.');
    expect(he[3]).toContain('המפעיל 3');
    expect(logicModel_summary(detox(), 'ar').join(' ')).toMatch(/[\u0600-\u06FF]/);
  });

  it('says when there are no boxes, and counts "not stated" responsibility', () => {
    const m = detox();
    expect(logicModel_summary({ ...m, boxes: [], links: [] }, 'en').map(seen)).toEqual([
      'Inpatient detox: a logic model in 3 stages: Inputs, Outputs, Outcomes.',
      'The model has no boxes yet.',
    ]);
    delete m.boxes[0]!.responsibility;
    expect(seen(logicModel_summary(m, 'en')[3]!)).toContain('not stated 1');
  });

  it('takes a translate function for overridden wording', () => {
    const t = translator_of(catalog_merge(commonMessages, logicModelMessages), 'en', { 'logicModel.summary.key': 'Main outcomes: {count}.' });
    expect(logicModel_summary(detox(), 'en', t)).toContain('Main outcomes: 1.');
  });
});

describe('logicModel_outline', () => {
  const outline = logicModel_outline(detox(), 'en', layout);

  it('lists every column with its boxes in the drawing order', () => {
    expect(outline.columns.map((c) => [c.label.text, c.boxes.map((b) => b.id)])).toEqual([
      ['Inputs', layout.columns[0]!.boxIds],
      ['Outputs', layout.columns[1]!.boxIds],
      ['Outcomes', layout.columns[2]!.boxIds],
    ]);
  });

  it('gives each box its responsibility, links both ways, indicators and position', () => {
    const done = outline.columns[2]!.boxes.find((b) => b.id === 'detox-done')!;
    expect(done).toMatchObject({ responsibility: 'operator', key: true, count: 2, columnId: 'outcomes' });
    expect(done.incoming.map((e) => [e.boxId, e.link, e.columnLabel.text])).toEqual([
      ['sessions', 3, 'Outputs'],
      ['beds', 5, 'Inputs'],
    ]);
    expect(done.outgoing).toEqual([]);
    expect(done.indicators).toEqual([{ id: 'completion', name: { text: 'Detox completion rate', lang: 'en', fallback: false } }]);
  });

  it('marks text that falls back to another language, and carries population, assumptions and factors', () => {
    const ar = logicModel_outline(detox(), 'ar');
    expect(ar.columns[0]!.label).toEqual({ text: 'תשומות', lang: 'he', fallback: true });
    expect(ar.targetPopulation!.characteristics.map((c) => c.text)).toEqual(['18+']);
    expect(ar.assumptions).toHaveLength(1);
    expect(ar.externalFactors[0]!.text).toBe('Availability of methadone centres');
    expect(ar.columns[0]!.boxes.map((b) => b.id)).toEqual(['staff', 'beds']);
  });
});

describe('logicModel_announce', () => {
  it('says where you are, for the live region', () => {
    const id = layout.columns[2]!.boxIds.indexOf('detox-done') + 1;
    expect(seen(logicModel_announce(detox(), layout, 'detox-done', 'en'))).toBe(
      `Detox completed, ${id} of 2 in Outcomes, 2 incoming links, no outgoing links, responsibility: operator, key outcome, 1 indicator`,
    );
    expect(seen(logicModel_announce(detox(), layout, 'staff', 'he'))).toBe('צוות רפואי, 1 מתוך 2 בתשומות, אין קישורים נכנסים, 2 קישורים יוצאים, אחריות: המפעיל');
  });

  it('starts with the link you came along, and is empty for an unknown box', () => {
    const moved = logicModel_nav(layout, 'staff', 'forward');
    expect(seen(logicModel_announce(detox(), layout, moved.boxId, 'en', { via: moved.via }))).toMatch(/^link 1 of 2, /);
    expect(logicModel_announce(detox(), layout, 'ghost', 'en')).toBe('');
    expect(logicModel_announce(detox(), layout, 'staff', 'ar')).toContain('، ');
  });
});

describe('the logicModel catalog', () => {
  it('has the same keys in he, ar and en, none empty, and is part of the full catalog', () => {
    const keys = Object.keys(logicModelMessages.en).sort();
    expect(Object.keys(logicModelMessages.he).sort()).toEqual(keys);
    expect(Object.keys(logicModelMessages.ar).sort()).toEqual(keys);
    for (const l of ['he', 'ar', 'en'] as const) for (const k of keys) expect(messages[l][k as keyof typeof messages.en].trim()).not.toBe('');
  });

  it('uses the same placeholders in every language', () => {
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
    for (const k of Object.keys(logicModelMessages.en) as Array<keyof typeof logicModelMessages.en>) {
      expect(ph(logicModelMessages.he[k]), k).toBe(ph(logicModelMessages.en[k]));
      expect(ph(logicModelMessages.ar[k]), k).toBe(ph(logicModelMessages.en[k]));
    }
  });

  it('fills the tender notice', () => {
    const t = translator_of(logicModelMessages, 'en');
    expect(t('logicModel.tenderNotice', { shown: 3, total: 6 })).toBe('Part of the full model: 3 of 6 boxes shown');
  });
});
