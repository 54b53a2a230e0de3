/**
 * Named examples of LogicModel, used by stories, tests and the SSR check. The models come from
 * @rechesh/content (the full model of optimal social procurement, and two illustrative services);
 * the revision and the broken models are derived from them here.
 */
import { detoxInpatientModel, fullLogicModel, residentialYouthCareModel } from '@rechesh/content';
import type { LogicModel } from '@rechesh/core';
import type { LogicModelProps } from './LogicModel.js';

/** The detox model as it stood a year earlier: before community follow-up was added, and with detox shared. */
export const detoxEarlier: LogicModel = {
  ...detoxInpatientModel,
  version: '2025',
  boxes: [
    ...detoxInpatientModel.boxes
      .filter((b) => b.id !== 'detox-community-follow-up')
      .map((b) => (b.id === 'detox-physiological-detox' ? { ...b, responsibility: 'shared' as const } : b)),
    {
      id: 'detox-group-sessions',
      column: 'outputs',
      label: { he: 'מפגשים קבוצתיים', en: 'Group sessions', ar: 'لقاءات جماعية' },
      responsibility: 'operator',
    },
  ],
  links: [
    ...detoxInpatientModel.links.filter((l) => l.from !== 'detox-community-follow-up' && l.to !== 'detox-community-follow-up'),
    { from: 'detox-care-team', to: 'detox-group-sessions' },
    { from: 'detox-group-sessions', to: 'detox-ready-for-treatment' },
  ],
};

/** The detox model in its later version. */
export const detoxLater: LogicModel = { ...detoxInpatientModel, version: '2026' };

/** A loop: long-term recovery "leads back" to the care team, and a link to a box that is not there. */
export const cyclicModel: LogicModel = {
  ...detoxInpatientModel,
  id: 'detox-with-errors',
  links: [
    ...detoxInpatientModel.links,
    { from: 'detox-long-term-recovery', to: 'detox-care-team' },
    { from: 'detox-discharge-plan', to: 'detox-missing-box' },
  ],
};

/** A box in a column the model does not have, and a self-link. */
export const unknownColumnModel: LogicModel = {
  ...residentialYouthCareModel,
  id: 'youth-with-errors',
  boxes: [...residentialYouthCareModel.boxes, { id: 'youth-orphan', column: 'no-such-stage', label: { he: 'תיבה יתומה', en: 'Orphan box', ar: 'صندوق يتيم' } }],
  links: [...residentialYouthCareModel.links, { from: 'youth-wellbeing', to: 'youth-wellbeing' }],
};

export const logicModelExamples = {
  'the six principles: full logic model of optimal social procurement': { model: fullLogicModel },
  'detox inpatient service: responsibility split with adjacent services': { model: detoxInpatientModel },
  'residential youth care with indicators': { model: residentialYouthCareModel },
  'tender view: key outcomes of the full model': { model: fullLogicModel, tender: { keyOnly: true } },
  'tender view: what detox leads to and comes from': {
    model: detoxInpatientModel,
    tender: { boxIds: ['detox-physiological-detox'] },
  },
  'revision: detox 2025 compared with 2026': { model: detoxLater, compareWith: detoxEarlier },
} satisfies Record<string, LogicModelProps>;

/** Data errors: shown in the error panel next to the valid part, never a crash. */
export const invalidLogicModelExamples = {
  'a cycle and a dangling link': { model: cyclicModel },
  'a box in an unknown column and a self-link': { model: unknownColumnModel },
} satisfies Record<string, LogicModelProps>;
