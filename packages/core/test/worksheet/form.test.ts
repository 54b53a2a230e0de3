import { describe, it, expect } from 'vitest';
import { workPlan_issues, worksheet_fieldId } from '../../src/worksheet/form.js';
import { worksheet_issueMessage, worksheet_issueCodes, worksheet_issueMessages } from '../../src/worksheet/issues.js';
import { diagnosis, principles } from './fixtures.js';

const empty = { workPlan: { focus: [], why: '', hesitation: '' } };
const half = { workPlan: { focus: [{ principleId: 'operator-as-partner' }], why: '  ', hesitation: '' } };
const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');

describe('workPlan_issues', () => {
  it('finds nothing missing in a complete work-plan step', () => {
    expect(workPlan_issues(diagnosis, { locale: 'en', principles })).toEqual([]);
  });

  describe('given one principle chosen, no reason and no super-outcome', () => {
    it('says what is missing in English, in the order of the form, with the field to link to', () => {
      expect(workPlan_issues(half, { locale: 'en', principles }).map((i) => [i.fieldId, strip(i.message)])).toEqual([
        ['worksheet-workPlan-focus', 'Choose exactly two principles to focus on (chosen now: 1)'],
        ['worksheet-workPlan-why', 'Write why you chose these principles'],
        ['worksheet-workPlan-focus-0-superOutcomeId', 'Choose one super-outcome for the principle The operator as partner'],
      ]);
    });
    it('says it in Hebrew', () => {
      const he = principles.map((p) => ({ ...p, name: p.id === 'operator-as-partner' ? 'המפעיל כשותף' : p.id }));
      expect(workPlan_issues(half, { locale: 'he', principles: he }).map((i) => strip(i.message))).toEqual([
        'יש לבחור בדיוק שני עקרונות להתמקד בהם (נבחרו עד כה: 1)',
        'יש לכתוב מדוע בחרתם בעקרונות אלה',
        'יש לבחור תוצאת על אחת לעיקרון המפעיל כשותף',
      ]);
    });
    it('says it in Arabic', () => {
      const ar = principles.map((p) => ({ ...p, name: p.id === 'operator-as-partner' ? 'المشغّل كشريك' : p.id }));
      expect(workPlan_issues(half, { locale: 'ar', principles: ar }).map((i) => strip(i.message))).toEqual([
        'يجب اختيار مبدأين بالضبط للتركيز عليهما (المختار حتى الآن: 1)',
        'اكتبوا لماذا اخترتم هذين المبدأين',
        'اختاروا نتيجة عليا واحدة للمبدأ المشغّل كشريك',
      ]);
    });
  });

  it('isolates parameters for the bidi algorithm', () => {
    expect(workPlan_issues(empty, { locale: 'he' })[0]!.message).toContain('\u20680\u2069');
  });

  it('refuses the same principle twice, too many principles, and a super-outcome of another principle', () => {
    const state = {
      workPlan: {
        focus: [
          { principleId: 'operator-as-partner', superOutcomeId: 'service-fits-all-needs' },
          { principleId: 'operator-as-partner', superOutcomeId: 'continuous-professional-dialogue' },
          { principleId: 'recipients-at-centre', superOutcomeId: 'service-fits-all-needs' },
        ],
        why: 'x',
        hesitation: '',
      },
    };
    expect(workPlan_issues(state, { locale: 'en', principles, idPrefix: 'wp' }).map((i) => [i.fieldId, i.code])).toEqual([
      ['wp-workPlan-focus', 'two-principles-required'],
      ['wp-workPlan-focus-1-principleId', 'duplicate-principle'],
      ['wp-workPlan-focus-0-superOutcomeId', 'super-outcome-not-of-principle'],
    ]);
  });

  it('without principles, checks only what it can: two, a reason, a super-outcome each', () => {
    expect(workPlan_issues({ workPlan: { focus: [{ principleId: 'a', superOutcomeId: 'x' }, { principleId: 'b', superOutcomeId: 'y' }], why: 'r', hesitation: '' } }, { locale: 'en' })).toEqual([]);
  });
});

describe('worksheet_fieldId', () => {
  it('makes an id safe in a URL fragment and a CSS selector', () => {
    expect(worksheet_fieldId('items["plan-x"].note')).toBe('worksheet-items-plan-x-note');
    expect(worksheet_fieldId('')).toBe('worksheet');
  });
});

describe('worksheet_issueMessage', () => {
  it('has a sentence for every code in every locale', () => {
    for (const l of ['he', 'ar', 'en'] as const) expect(Object.keys(worksheet_issueMessages[l]).sort()).toEqual([...worksheet_issueCodes].sort());
  });
  it('reads shared codes from the measurement sentences', () => {
    expect(worksheet_issueMessage({ code: 'too-many', params: { max: 5 } }, 'en')).toBe('There are too many items; the most allowed is \u20685\u2069');
  });
  it('lets a portal reword one sentence', () => {
    expect(worksheet_issueMessage({ code: 'reason-required' }, 'en', { en: { 'reason-required': 'Tell us why' } })).toBe('Tell us why');
  });
  it('falls back to Hebrew for an unknown locale and to the unknown sentence for an unknown code', () => {
    expect(worksheet_issueMessage({ code: 'reason-required' }, 'fr' as 'he')).toBe('יש לכתוב מדוע בחרתם בעקרונות אלה');
    expect(worksheet_issueMessage({ code: 'toString' as 'required' }, 'en')).toBe('This value could not be checked');
  });
});

describe('given a file of another kind', () => {
  it('names both kinds in the user’s language', () => {
    const issue = { path: 'kind', code: 'kind-mismatch' as const, params: { found: 'roadmap', expected: 'diagnosis' } };
    expect(strip(worksheet_issueMessage(issue, 'en'))).toBe('This is a roadmap file, not a diagnosis and planning file');
    expect(strip(worksheet_issueMessage(issue, 'he'))).toBe('זה קובץ של מפת דרכים ולא של אבחון ותכנון');
    expect(strip(worksheet_issueMessage(issue, 'ar'))).toBe('هذا ملف خارطة الطريق وليس ملف التشخيص والتخطيط');
  });
});
