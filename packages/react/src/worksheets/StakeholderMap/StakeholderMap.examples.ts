/**
 * Named examples of StakeholderMap, used by stories and tests. The map is written here after the
 * participation workshop (004): a day-centre service for older people, with the ministry, the
 * operators, adjacent and complementary services and others around the recipients. Autosave is off
 * in every example, so stories never restore each other's work.
 */
import { worksheet_empty, type Stakeholder, type StakeholderMapState } from '@rechesh/core';
import type { StakeholderMapProps } from './StakeholderMap.js';

const base: StakeholderMapState = {
  ...worksheet_empty('stakeholder-map'),
  serviceName: 'מרכזי יום לאזרחים ותיקים',
  recipients: 'אזרחים ותיקים שגרים בבית ונזקקים לתמיכה ביום, ובני משפחותיהם המטפלים בהם',
};

const people: Stakeholder[] = [
  { id: 'stakeholder-1', name: 'אגף אזרחים ותיקים, משרד הרווחה', ring: 'ministry', level: 'collaboration', stages: ['shaping-goals', 'alternatives', 'product'], tools: ['stakeholder-meeting', 'round-table'] },
  { id: 'stakeholder-2', name: 'ועדת המכרזים של המשרד', ring: 'ministry', level: 'consultation', stages: ['product'], tools: ['interviews'] },
  { id: 'stakeholder-3', name: 'עמותת יד ביד (מפעילה 14 מרכזים)', ring: 'operators', level: 'consultation', stages: ['gathering-information', 'alternatives'], tools: ['interviews', 'focus-groups'] },
  { id: 'stakeholder-4', name: 'פורום המפעילים הארצי', ring: 'operators', level: 'collaboration', stages: ['shaping-goals', 'implementation'], tools: ['stakeholder-meeting'] },
  { id: 'stakeholder-5', name: 'جمعية الجليل للمسنين', ring: 'operators', level: 'consultation', stages: ['gathering-information'], tools: ['interviews'], note: 'Interview in Arabic, in Sakhnin' },
  { id: 'stakeholder-6', name: 'מחלקות הרווחה ברשויות המקומיות', ring: 'adjacent-services', level: 'collaboration', stages: ['gathering-information', 'implementation'], tools: ['round-table', 'online-survey'] },
  { id: 'stakeholder-7', name: 'קופות החולים', ring: 'adjacent-services', level: 'information', stages: ['implementation'], tools: ['online-survey'] },
  { id: 'stakeholder-8', name: 'ג׳וינט אשל', ring: 'complementary-services', level: 'consultation', stages: ['alternatives'], tools: ['interviews'] },
  { id: 'stakeholder-9', name: 'המוסד לביטוח לאומי', ring: 'complementary-services', level: 'information', stages: ['gathering-information'], tools: ['online-arena'] },
  { id: 'stakeholder-10', name: 'בני משפחה מטפלים', ring: 'other', level: 'collaboration', stages: ['gathering-information', 'shaping-goals', 'alternatives', 'product', 'implementation'], tools: ['focus-groups', 'online-arena'] },
  { id: 'stakeholder-11', name: 'Matrix consulting', ring: 'other', level: 'information', stages: ['product'], tools: ['round-table'] },
];

/** Every ring has stakeholders, each with a name, a level, stages and tools. */
export const completeMap: StakeholderMapState = { ...base, stakeholders: people };

/** Four stakeholders in, the last two without stages or tools yet. */
export const halfFilledMap: StakeholderMapState = {
  ...base,
  stakeholders: [people[0]!, people[2]!, { ...people[5]!, stages: [], tools: [] }, { ...people[9]!, tools: [] }],
};

/** A stakeholder without a name, one without a stage, one without a tool: the check says so. */
export const incompleteMap: StakeholderMapState = {
  ...base,
  stakeholders: [
    people[0]!,
    { id: 'stakeholder-2', name: '', ring: 'operators', level: 'consultation', stages: ['alternatives'], tools: ['interviews'] },
    { ...people[6]!, id: 'stakeholder-3', stages: [] },
    { ...people[9]!, id: 'stakeholder-4', tools: [] },
  ],
};

export const stakeholderMapExamples: Record<string, StakeholderMapProps> = {
  'empty: a new map': { autosave: false },
  'half-filled: four stakeholders, some stages and tools missing': { defaultValue: halfFilledMap, autosave: false },
  'complete: eleven stakeholders in every ring': { defaultValue: completeMap, autosave: false },
  'with validation errors: the map checked too early': { defaultValue: incompleteMap, defaultShowErrors: true, autosave: false },
};
