import { describe, it, expect } from 'vitest';
import { validate_logicModel, logicModel_clean } from '../../src/logic-model/validate.js';
import { validation_maxItems } from '../../src/schema/validate.js';
import { issue_message, logicModel_issueCodes, logicModel_issueMessages, issue_codes, issue_messages } from '../../src/schema/messages.js';
import { detox } from './fixtures.js';

const codes = (input: unknown) => {
  const r = validate_logicModel(input);
  return r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`);
};
const seen = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

describe('validate_logicModel', () => {
  it('accepts a valid model and returns a clean copy', () => {
    const r = validate_logicModel(detox());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).toEqual(detox());
      expect(r.value).not.toBe(detox());
    }
  });

  it('given something that is not an object, says so at the root', () => {
    for (const input of [null, undefined, 3, 'model', [], () => 1]) {
      expect(validate_logicModel(input).issues).toEqual([{ path: '', code: 'type', params: { expected: 'object' } }]);
    }
  });

  it('given no columns, or an empty list of columns, asks for at least one stage', () => {
    const { columns: _c, ...noColumns } = detox();
    expect(codes(noColumns)).toContain('columns:required');
    expect(codes({ ...detox(), columns: [], boxes: [], links: [] })).toEqual(['columns:no-columns']);
  });

  it('reports duplicate column and box ids', () => {
    const m = detox();
    m.columns.push({ id: 'inputs', label: 'again' });
    m.boxes.push({ id: 'staff', column: 'inputs', label: 'again' });
    expect(codes(m)).toEqual(['columns[3].id:duplicate-id', 'boxes[6].id:duplicate-id']);
    expect(validate_logicModel(m).issues[0]!.params).toEqual({ id: 'inputs' });
  });

  it('reports a box in an unknown column', () => {
    const m = detox();
    m.boxes[0]!.column = 'impact';
    const r = validate_logicModel(m);
    expect(r.issues[0]).toEqual({ path: 'boxes[0].column', code: 'unknown-column', params: { column: 'impact' } });
  });

  it('reports dangling links at the end that is missing, and self-links', () => {
    const m = detox();
    m.links.push({ from: 'staff', to: 'ghost' }, { from: 'nobody', to: 'rehab' }, { from: 'rehab', to: 'rehab' });
    expect(codes(m)).toEqual(['links[6].to:dangling-link', 'links[7].from:dangling-link', 'links[8]:self-link']);
    expect(validate_logicModel(m).issues[0]!.params).toEqual({ id: 'ghost' });
  });

  it('reports backward, same-column and duplicate links', () => {
    const m = detox();
    // rehab → beds goes back but closes no loop (beds leads only to sessions and detox-done).
    m.links.push({ from: 'rehab', to: 'beds' }, { from: 'staff', to: 'beds' }, { from: 'staff', to: 'sessions' });
    expect(codes(m)).toEqual(['links[8]:duplicate-link', 'links[6]:backward-link', 'links[7]:same-column-link']);
  });

  it('reports a cycle once, with the boxes on it, on the link that goes back', () => {
    const m = detox();
    m.links.push({ from: 'detox-done', to: 'staff' });
    const r = validate_logicModel(m);
    expect(r.issues).toEqual([{ path: 'links[6]', code: 'cycle', params: { boxes: 'staff → sessions → detox-done → staff' } }]);
    expect(seen(issue_message(r.issues[0]!, 'en', logicModel_issueMessages))).toBe('The links go round in a circle: staff → sessions → detox-done → staff');
  });

  it('reports a cycle within one column, and the other link that stays in the column', () => {
    const m = detox();
    m.links.push({ from: 'staff', to: 'beds' }, { from: 'beds', to: 'staff' });
    expect(codes(m)).toEqual(['links[6]:cycle', 'links[7]:same-column-link']);
  });

  it('reports indicator ids that are not in the model', () => {
    const m = detox();
    m.boxes[2]!.indicatorIds = ['hours', 'cgas'];
    expect(validate_logicModel(m).issues).toEqual([{ path: 'boxes[2].indicatorIds[1]', code: 'unknown-indicator', params: { id: 'cgas' } }]);
  });

  it('reports an invalid indicator with the path into it', () => {
    const m = detox() as unknown as { indicators: Array<Record<string, unknown>> };
    m.indicators[0]!.kind = 'goal';
    expect(codes(m)).toContain('indicators[0].kind:enum');
  });

  it('refuses too many items, reusing the general limit', () => {
    const m = { ...detox(), links: { length: validation_maxItems + 1 } };
    expect(codes(m)).toContain('links:type');
    const big = { ...detox(), links: Array.from({ length: validation_maxItems + 1 }, () => ({ from: 'staff', to: 'sessions' })) };
    expect(validate_logicModel(big).issues).toContainEqual({ path: 'links', code: 'too-many', params: { max: validation_maxItems } });
  });

  it('checks labels, responsibility and key', () => {
    const m = detox() as unknown as { boxes: Array<Record<string, unknown>> };
    m.boxes[0]!.label = '  ';
    m.boxes[1]!.responsibility = 'nobody';
    m.boxes[2]!.key = 'yes';
    m.boxes[3]!.label = { he: 5 };
    expect(codes(m)).toEqual(['boxes[0].label:required', 'boxes[1].responsibility:enum', 'boxes[2].key:type', 'boxes[3].label.he:type']);
  });

  it('does not report links to a box that is already reported broken', () => {
    const m = detox() as unknown as { boxes: Array<Record<string, unknown>> };
    delete m.boxes[0]!.label;
    expect(codes(m)).toEqual(['boxes[0].label:required']);
  });

  it('survives hostile input: throwing getters, proxies, __proto__ ids', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    expect(validate_logicModel(trap).ok).toBe(false);
    const m = detox() as unknown as Record<string, unknown>;
    Object.defineProperty(m, 'boxes', { get: () => { throw new Error('boom'); }, enumerable: true });
    expect(validate_logicModel(m).ok).toBe(false);
    const proto = JSON.parse('{"id":"m","title":"t","columns":[{"id":"__proto__","label":"c"}],"boxes":[{"id":"__proto__","column":"__proto__","label":"b"},{"id":"constructor","column":"__proto__","label":"b"}],"links":[{"from":"__proto__","to":"constructor"}]}');
    // Same column, so the one link is refused, but nothing leaks through the prototype.
    expect(codes(proto)).toEqual(['links[0]:same-column-link']);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(validate_logicModel(revoked.proxy).ok).toBe(false);
  });
});

describe('logicModel_clean', () => {
  it('keeps the valid part and lists what it dropped', () => {
    const m = detox() as unknown as { boxes: Array<Record<string, unknown>>; links: Array<Record<string, unknown>> };
    m.boxes[5]!.column = 'impact';
    m.links.push({ from: 'detox-done', to: 'staff' }, { from: 'sessions', to: 'ghost' });
    (m.boxes[2]! as { indicatorIds: string[] }).indicatorIds = ['hours', 'nope'];
    const { model, issues, dropped } = logicModel_clean(m);
    expect(issues.map((i) => i.code).sort()).toEqual(['cycle', 'dangling-link', 'unknown-column', 'unknown-indicator']);
    expect(model.boxes.map((b) => b.id)).toEqual(['staff', 'beds', 'sessions', 'referrals', 'detox-done']);
    expect(model.boxes[2]!.indicatorIds).toEqual(['hours']);
    expect(dropped).toEqual({ columns: [], boxes: [5], links: [4, 6, 7] });
    expect(validate_logicModel(model).ok).toBe(true);
  });

  it('returns an empty drawable model for garbage', () => {
    expect(logicModel_clean(42).model).toEqual({ id: '', title: '', columns: [], boxes: [], links: [] });
  });
});

describe('logic-model issue messages', () => {
  const PARAMS: Record<(typeof logicModel_issueCodes)[number], string[]> = {
    'no-columns': [],
    'unknown-column': ['column'],
    'dangling-link': ['id'],
    'self-link': ['id'],
    'backward-link': ['from', 'to'],
    'same-column-link': ['from', 'to'],
    cycle: ['boxes'],
    'duplicate-link': ['from', 'to'],
    'unknown-indicator': ['id'],
  };
  it.each(['he', 'ar', 'en'] as const)('has a %s sentence for every code, in its script, with the right params', (locale) => {
    expect(Object.keys(logicModel_issueMessages[locale]).sort()).toEqual([...logicModel_issueCodes].sort());
    for (const code of logicModel_issueCodes) {
      const text = logicModel_issueMessages[locale][code];
      if (locale === 'he') expect(text).toMatch(/[\u0590-\u05FF]/);
      if (locale === 'ar') expect(text).toMatch(/[\u0600-\u06FF]/);
      expect([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()).toEqual([...PARAMS[code]].sort());
    }
  });

  it('does not clash with the measurement codes', () => {
    expect(logicModel_issueCodes.filter((c) => (issue_codes as readonly string[]).includes(c))).toEqual([]);
  });

  it('issue_message finds the logic-model sentences in their catalog, and an override wins', () => {
    expect(seen(issue_message({ code: 'self-link', params: { id: 'a' } }, 'he', logicModel_issueMessages))).toBe('התיבה a מקושרת לעצמה');
    expect(issue_message({ code: 'no-columns' }, 'en', { en: { 'no-columns': 'Add a stage' } })).toBe('Add a stage');
    expect(issue_message({ code: 'required' }, 'en')).toBe(issue_messages.en.required);
  });
});
