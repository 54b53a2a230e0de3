import { describe, it, expect } from 'vitest';
import * as fc from 'fast-check';
import { stakeholderMap_issues, stakeholderMap_rings, stakeholderMap_grid } from '../../src/worksheet/stakeholders.js';
import { worksheet_issueCodes, worksheet_issueMessages } from '../../src/worksheet/issues.js';
import type { Stakeholder } from '../../src/worksheet/types.js';

const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
const person = (over: Partial<Stakeholder>): Stakeholder => ({ id: 'stakeholder-1', name: 'Parents’ committee', ring: 'other', level: 'consultation', stages: ['gathering-information'], tools: ['focus-groups'], ...over });

describe('stakeholderMap_issues', () => {
  it('finds nothing missing when every stakeholder has a name, a stage and a tool', () => {
    expect(stakeholderMap_issues({ stakeholders: [person({}), person({ id: 'stakeholder-2', ring: 'ministry', level: 'collaboration', stages: ['product', 'implementation'], tools: ['stakeholder-meeting'] })] }, { locale: 'en' })).toEqual([]);
  });

  it('given an empty map, asks for at least one stakeholder, linked to the list', () => {
    expect(stakeholderMap_issues({ stakeholders: [] }, { locale: 'en' }).map((i) => [i.path, i.fieldId, strip(i.message)])).toEqual([
      ['stakeholders', 'worksheet-stakeholders', 'Add at least one stakeholder to the map'],
    ]);
  });

  describe('given a second stakeholder with a blank name, no stage and no tool', () => {
    const state = { stakeholders: [person({}), person({ id: 'stakeholder-2', name: '   ', stages: [], tools: [] })] };
    it('says what is missing in English, in the order of the form, each linked to its field', () => {
      expect(stakeholderMap_issues(state, { locale: 'en', idPrefix: 'sm' }).map((i) => [i.path, i.code, i.fieldId, strip(i.message)])).toEqual([
        ['stakeholders[1].name', 'stakeholder-name-required', 'sm-stakeholders-1-name', 'Write the name of stakeholder 2'],
        ['stakeholders[1].stages', 'stage-required', 'sm-stakeholders-1-stages', 'Choose at least one stage in which stakeholder 2 takes part'],
        ['stakeholders[1].tools', 'tool-required', 'sm-stakeholders-1-tools', 'Choose at least one participation tool for stakeholder 2'],
      ]);
    });
    it('says it in Hebrew', () => {
      expect(stakeholderMap_issues(state, { locale: 'he' }).map((i) => strip(i.message))).toEqual([
        'יש לכתוב את שמו של בעל העניין 2',
        'יש לבחור לפחות שלב אחד שבו בעל העניין 2 משתתף',
        'יש לבחור לפחות כלי שיתוף אחד לבעל העניין 2',
      ]);
    });
    it('says it in Arabic', () => {
      expect(stakeholderMap_issues(state, { locale: 'ar' }).map((i) => strip(i.message))).toEqual([
        'اكتبوا اسم صاحب المصلحة 2',
        'اختاروا مرحلة واحدة على الأقل يشارك فيها صاحب المصلحة 2',
        'اختاروا أداة مشاركة واحدة على الأقل لصاحب المصلحة 2',
      ]);
    });
  });

  it('has a sentence for every new code in every language', () => {
    for (const code of ['stakeholders-required', 'stakeholder-name-required', 'stage-required', 'tool-required'] as const) {
      expect(worksheet_issueCodes).toContain(code);
      for (const l of ['he', 'ar', 'en'] as const) expect(worksheet_issueMessages[l][code]).toMatch(/\S/);
    }
  });

  it('never throws on malformed input, and reports only the closed list of codes', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const issues = stakeholderMap_issues(value as never, { locale: 'en' });
        for (const i of issues) expect(worksheet_issueCodes).toContain(i.code);
      }),
      { numRuns: 300 },
    );
    expect(stakeholderMap_issues({ stakeholders: [null, { name: 3 }] } as never, { locale: 'he' }).map((i) => i.code)).toEqual([
      'stakeholder-name-required', 'stage-required', 'tool-required', 'stakeholder-name-required', 'stage-required', 'tool-required',
    ]);
  });
});

describe('stakeholderMap_rings and stakeholderMap_grid on the same map', () => {
  const state = {
    stakeholders: [
      person({ id: 'a', ring: 'operators', level: 'collaboration', stages: ['shaping-goals', 'product'] }),
      person({ id: 'b', ring: 'ministry', level: 'information', stages: ['implementation'] }),
      person({ id: 'c', ring: 'operators', level: 'collaboration', stages: ['product'] }),
    ],
  };
  it('keeps the map’s order within a ring', () => {
    expect(stakeholderMap_rings(state).map((r) => r.stakeholders.map((s) => s.id))).toEqual([['b'], ['a', 'c'], [], [], []]);
  });
  it('puts both collaborators in the product cell, and one in shaping goals', () => {
    const grid = stakeholderMap_grid(state);
    expect(grid[2]![3]).toEqual({ level: 'collaboration', stage: 'product', stakeholderIds: ['a', 'c'] });
    expect(grid[2]![1]!.stakeholderIds).toEqual(['a']);
    expect(grid[0]![4]!.stakeholderIds).toEqual(['b']);
  });
});
