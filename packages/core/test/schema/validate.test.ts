import { describe, it, expect } from 'vitest';
import {
  validate_baseline,
  validate_indicator,
  validate_indicatorCard,
  validate_observations,
  validate_service,
  validate_target,
  validation_maxItems,
  type IndicatorCardInput,
  type ValidationResult,
} from '../../src/schema/validate.js';
import type { ValidationIssue } from '../../src/schema/messages.js';
import { card_valid } from './fixtures.js';

type Card = ReturnType<typeof card_valid>;
/** The card with one change applied. */
function card(change: (c: Card) => void): IndicatorCardInput {
  const c = card_valid();
  change(c);
  return c;
}
function issues<T>(r: ValidationResult<T>): ValidationIssue[] {
  return r.ok ? [] : r.issues;
}
function issueAt<T>(r: ValidationResult<T>, path: string): ValidationIssue | undefined {
  return issues(r).find((i) => i.path === path);
}
const anyCard = (x: unknown) => x as IndicatorCardInput;

describe('validate_indicatorCard on valid data', () => {
  it('given a valid card, it is ok and the suppression rule is completed', () => {
    const r = validate_indicatorCard(card_valid());
    expect(issues(r)).toEqual([]);
    expect(r.ok && r.value.suppression).toEqual({ minN: 10, unstableN: 20 });
    expect(r.ok && r.value.observations).toHaveLength(3);
  });

  it('given no suppression rule, the default applies', () => {
    const r = validate_indicatorCard(card((c) => delete (c as Partial<Card>).suppression));
    expect(r.ok && r.value.suppression).toEqual({ minN: 10, unstableN: 20 });
  });

  it('given null for optional fields, treats them as absent', () => {
    const r = validate_indicatorCard(
      card((c) => {
        Object.assign(c, { target: null, baseline: null, suppression: null });
        Object.assign(c.indicator, { formula: null, frequency: null });
      }),
    );
    expect(r.ok).toBe(true);
    expect(r.ok && 'target' in r.value).toBe(false);
    expect(r.ok && r.value.indicator.formula).toBeUndefined();
  });

  it('trims labels and drops fields it does not know', () => {
    const r = validate_indicatorCard(
      card((c) => {
        c.observations[0]!.period = ' 2024-Q3 ';
        Object.assign(c.indicator, { colour: 'red' });
      }),
    );
    expect(r.ok && r.value.observations[0]!.period).toBe('2024-Q3');
    expect(r.ok && 'colour' in r.value.indicator).toBe(false);
  });

  it('does not change its input', () => {
    const input = card_valid();
    validate_indicatorCard(input);
    expect(input).toEqual(card_valid());
  });
});

describe('validate_indicatorCard reports each problem at its path', () => {
  it.each<[string, (c: Card) => void, ValidationIssue]>([
    ['a missing id', (c) => delete (c.indicator as Partial<Card['indicator']>).id, { path: 'indicator.id', code: 'required' }],
    ['an empty name', (c) => (c.indicator.name = { he: ' ', ar: '', en: '' }), { path: 'indicator.name', code: 'required' }],
    ['a name that is a number', (c) => Object.assign(c.indicator, { name: 5 }), { path: 'indicator.name', code: 'type', params: { expected: 'text' } }],
    ['a name translation that is a number', (c) => Object.assign(c.indicator, { name: { he: 5 } }), { path: 'indicator.name.he', code: 'type', params: { expected: 'text' } }],
    ['an unknown kind', (c) => (c.indicator.kind = 'goal'), { path: 'indicator.kind', code: 'enum', params: { allowed: 'input, output, outcome' } }],
    ['an unknown polarity', (c) => (c.indicator.polarity = 'up'), { path: 'indicator.polarity', code: 'enum', params: { allowed: 'higher-better, lower-better, none' } }],
    ['a flag that is not boolean', (c) => Object.assign(c.indicator, { key: 'yes' }), { path: 'indicator.key', code: 'type', params: { expected: 'boolean' } }],
    ['too many decimals', (c) => (c.indicator.decimals = 25), { path: 'indicator.decimals', code: 'out-of-range', params: { min: 0, max: 20 } }],
    ['fractional decimals', (c) => (c.indicator.decimals = 1.5), { path: 'indicator.decimals', code: 'not-integer' }],
    ['an impossible revision date', (c) => (c.indicator.revisions[0]!.date = '2025-02-30'), { path: 'indicator.revisions[0].date', code: 'date-format' }],
    ['a revision period in an unknown form', (c) => (c.indicator.revisions[0]!.period = 'Q1 2025'), { path: 'indicator.revisions[0].period', code: 'period-format' }],
    ['observations that are not a list', (c) => Object.assign(c, { observations: { 0: {} } }), { path: 'observations', code: 'type', params: { expected: 'list' } }],
    ['an observation that is not an object', (c) => Object.assign(c.observations, { 1: 7 }), { path: 'observations[1]', code: 'type', params: { expected: 'object' } }],
    ['a missing value', (c) => delete (c.observations[1] as { value?: unknown }).value, { path: 'observations[1].value', code: 'required' }],
    ['a NaN value', (c) => (c.observations[1]!.value = NaN), { path: 'observations[1].value', code: 'not-finite' }],
    ['an infinite value', (c) => (c.observations[1]!.value = Infinity), { path: 'observations[1].value', code: 'not-finite' }],
    ['a value given as text', (c) => Object.assign(c.observations[1]!, { value: '60' }), { path: 'observations[1].value', code: 'type', params: { expected: 'number' } }],
    ['a fractional n', (c) => (c.observations[1]!.n = 2.5), { path: 'observations[1].n', code: 'not-integer' }],
    ['a negative n', (c) => (c.observations[1]!.n = -4), { path: 'observations[1].n', code: 'negative' }],
    ['a percent above 100', (c) => (c.observations[1]!.value = 140), { path: 'observations[1].value', code: 'out-of-range', params: { min: 0, max: 100 } }],
    ['an interval bound below 0', (c) => (c.observations[0]!.interval!.lower = -2), { path: 'observations[0].interval.lower', code: 'out-of-range', params: { min: 0, max: 100 } }],
    ['a confidence level given as 95', (c) => (c.observations[0]!.interval!.level = 95), { path: 'observations[0].interval.level', code: 'out-of-range', params: { min: 0, max: 1 } }],
    ['reversed interval bounds', (c) => Object.assign(c.observations[0]!.interval!, { lower: 64.5, upper: 51.6 }), { path: 'observations[0].interval', code: 'interval-order' }],
    ['a numerator above the denominator', (c) => (c.observations[0]!.numerator = 230), { path: 'observations[0].numerator', code: 'numerator-exceeds-denominator' }],
    ['a month 13', (c) => (c.observations[2]!.period = '2025-13'), { path: 'observations[2].period', code: 'period-format' }],
    ['a school year that skips a year', (c) => (c.observations[2]!.period = '2024/26'), { path: 'observations[2].period', code: 'period-format' }],
    ['an empty period', (c) => (c.observations[2]!.period = ''), { path: 'observations[2].period', code: 'required' }],
    ['a period given twice', (c) => (c.observations[2]!.period = '2024-Q3'), { path: 'observations[2].period', code: 'duplicate-period', params: { period: '2024-Q3' } }],
    ['an unknown quality flag', (c) => (c.observations[1]!.quality = ['fishy']), { path: 'observations[1].quality[0]', code: 'enum', params: { allowed: 'incomplete, estimated, unverified, late, source-changed' } }],
    ['an unknown target kind', (c) => (c.target.kind = 'stretch'), { path: 'target.kind', code: 'enum', params: { allowed: 'absolute, change, relative-to-benchmark, relative-to-own-past' } }],
    ['a target without a kind', (c) => delete (c.target as Partial<Card['target']>).kind, { path: 'target.kind', code: 'required' }],
    ['a target that is not an object', (c) => Object.assign(c, { target: 'high' }), { path: 'target', code: 'type', params: { expected: 'object' } }],
    ['an own-past lag of 0', (c) => (c.target.lag = 0), { path: 'target.lag', code: 'too-small', params: { min: 1 } }],
    ['a fall of more than 100 %', (c) => (c.target.change = -150), { path: 'target.change', code: 'too-small', params: { min: -100 } }],
    ['an unknown basis', (c) => (c.target.basis.kind = 'hunch'), { path: 'target.basis.kind', code: 'enum', params: { allowed: 'previous-measurement, similar-services, research, other' } }],
    ['an absolute percent target above 100', (c) => Object.assign(c, { target: { kind: 'absolute', value: 120 } }), { path: 'target.value', code: 'out-of-range', params: { min: 0, max: 100 } }],
    ['a change target from a percent above 100', (c) => Object.assign(c, { target: { kind: 'change', change: 5, changeUnit: 'points', from: { period: '2023', value: 101 } } }), { path: 'target.from.value', code: 'out-of-range', params: { min: 0, max: 100 } }],
    ['a benchmark without a label', (c) => Object.assign(c, { target: { kind: 'relative-to-benchmark', change: 5, changeUnit: 'points', benchmark: { value: 50 } } }), { path: 'target.benchmark.label', code: 'required' }],
    ['a baseline percent above 100', (c) => (c.baseline.value = 100.5), { path: 'baseline.value', code: 'out-of-range', params: { min: 0, max: 100 } }],
    ['a baseline without a period', (c) => delete (c.baseline as Partial<Card['baseline']>).period, { path: 'baseline.period', code: 'required' }],
    ['a negative suppression threshold', (c) => (c.suppression.minN = -1), { path: 'suppression.minN', code: 'negative' }],
  ])('given %s, the issue is reported at its path', (_, change, expected) => {
    const r = validate_indicatorCard(card(change));
    expect(r.ok).toBe(false);
    expect(issueAt(r, expected.path)).toEqual(expected);
  });

  it('given a missing indicator and observations, both are reported', () => {
    expect(issues(validate_indicatorCard(anyCard({})))).toEqual([
      { path: 'indicator', code: 'required' },
      { path: 'observations', code: 'required' },
    ]);
  });

  it('given more observations than allowed, reports too-many once without reading them', () => {
    const r = validate_indicatorCard(card((c) => Object.assign(c, { observations: new Array(validation_maxItems + 1) })));
    expect(issues(r)).toEqual([{ path: 'observations', code: 'too-many', params: { max: validation_maxItems } }]);
  });

  it('given several problems with one field, reports only the first', () => {
    const r = validate_indicatorCard(card((c) => (c.observations[1]!.n = -2.5)));
    expect(issues(r).filter((i) => i.path === 'observations[1].n')).toHaveLength(1);
  });

  it('given a count indicator, does not apply the percent range', () => {
    expect(validate_indicatorCard(card((c) => ((c.indicator.unit = 'count'), (c.observations[1]!.value = 1400)))).ok).toBe(true);
  });
});

describe('validate_indicatorCard never throws', () => {
  const hostile: Array<[string, () => unknown]> = [
    ['a circular indicator', () => card((c) => Object.assign(c.indicator, { self: c.indicator, revisions: [c.indicator] }))],
    ['a getter that throws', () => card((c) => Object.defineProperty(c.observations[0], 'value', { enumerable: true, get() { throw new Error('boom'); } }))],
    ['a proxy that throws on every trap', () => ({ indicator: new Proxy({}, { get() { throw 1; }, ownKeys() { throw 2; }, has() { throw 3; }, getPrototypeOf() { throw 4; } }), observations: [] })],
    ['a revoked proxy', () => { const p = Proxy.revocable([], {}); p.revoke(); return { indicator: card_valid().indicator, observations: p.proxy }; }],
    ['a proxy as the whole input', () => new Proxy({}, { get() { throw new Error('no'); }, ownKeys() { return ['indicator']; }, getOwnPropertyDescriptor() { return { enumerable: true, configurable: true }; } })],
    ['symbols and BigInt', () => card((c) => Object.assign(c.observations[0]!, { value: 10n, n: Symbol('n'), period: Symbol.iterator }))],
    ['functions', () => card((c) => Object.assign(c, { indicator: () => 1, observations: [function () {}] }))],
    ['a huge sparse array', () => card((c) => Object.assign(c, { observations: new Array(2 ** 31) }))],
    ['an array with a lying length', () => card((c) => Object.assign(c, { observations: new Proxy([], { get: (t, k) => (k === 'length' ? 'many' : undefined) }) }))],
    ['a __proto__ key', () => JSON.parse('{"indicator": {"__proto__": {"id": "x"}}, "observations": [{"__proto__": null}]}')],
    ['a typed array', () => card((c) => Object.assign(c, { observations: new Float64Array(1e6) }))],
    ['a very deep object', () => { let o: unknown = {}; for (let i = 0; i < 10000; i++) o = { next: o }; return { indicator: o, observations: [o] }; }],
    ['a primitive', () => 42],
    ['null', () => null],
  ];
  it.each(hostile)('given %s, it returns issues with paths', (_, make) => {
    const r = validate_indicatorCard(anyCard(make()));
    expect(r.ok).toBe(false);
    expect(issues(r).length).toBeGreaterThan(0);
    expect(issues(r).every((i) => i.path !== '')).toBe(true);
  });

  it('given a getter that throws, names the field it could not read', () => {
    const r = validate_indicatorCard(anyCard(hostile[1]![1]()));
    expect(issueAt(r, 'observations[0].value')).toEqual({ path: 'observations[0].value', code: 'type', params: { expected: 'number' } });
  });
});

describe('the single-shape validators', () => {
  it('validate_indicator reports paths from the indicator itself', () => {
    expect(issues(validate_indicator({ ...card_valid().indicator, polarity: 1 }))).toEqual([
      { path: 'polarity', code: 'enum', params: { allowed: 'higher-better, lower-better, none' } },
    ]);
    expect(validate_indicator(card_valid().indicator).ok).toBe(true);
  });

  it('validate_target accepts every kind and checks percent levels when told the unit', () => {
    expect(validate_target({ kind: 'absolute', value: 10000 }).ok).toBe(true);
    expect(validate_target({ kind: 'change', change: 10, changeUnit: 'percent', per: 'year', from: { period: '2023', value: 100 } }).ok).toBe(true);
    expect(validate_target({ kind: 'relative-to-benchmark', change: 10, changeUnit: 'percent', benchmark: { label: { he: 'ממוצע ארצי' } } }).ok).toBe(true);
    expect(validate_target({ kind: 'absolute', value: 120 }).ok).toBe(true);
    expect(issues(validate_target({ kind: 'absolute', value: 120 }, { unit: 'percent' }))).toEqual([
      { path: 'value', code: 'out-of-range', params: { min: 0, max: 100 } },
    ]);
    expect(issues(validate_target(null))).toEqual([{ path: '', code: 'required' }]);
  });

  it('validate_observations reports duplicate periods and, with a unit, percent ranges', () => {
    const list = [
      { period: '2025', value: 40 },
      { period: '2025 ', value: 140 },
    ];
    expect(issues(validate_observations(list))).toEqual([{ path: '[1].period', code: 'duplicate-period', params: { period: '2025' } }]);
    expect(issues(validate_observations(list, { unit: 'percent' }))).toEqual([
      { path: '[1].value', code: 'out-of-range', params: { min: 0, max: 100 } },
      { path: '[1].period', code: 'duplicate-period', params: { period: '2025' } },
    ]);
    expect(validate_observations([]).ok).toBe(true);
  });

  it('validate_service requires an id and a name', () => {
    expect(validate_service({ id: 'detox', name: { he: 'גמילה' } }).ok).toBe(true);
    expect(issues(validate_service({ name: 'x', ministry: 3 }))).toEqual([
      { path: 'id', code: 'required' },
      { path: 'ministry', code: 'type', params: { expected: 'text' } },
    ]);
  });

  it('validate_baseline checks its period, value and n', () => {
    expect(validate_baseline({ period: '2024/25', value: 31.5, n: 400 }).ok).toBe(true);
    expect(issues(validate_baseline({ period: '2024/25', value: 131.5 }, { unit: 'percent' }))).toEqual([
      { path: 'value', code: 'out-of-range', params: { min: 0, max: 100 } },
    ]);
    expect(issues(validate_baseline({ period: '2024', value: 3, n: 1.5 }))).toEqual([{ path: 'n', code: 'not-integer' }]);
  });

  it('given a list where text is expected, reports a type issue', () => {
    expect(issues(validate_service({ id: 'x', name: [] }))).toEqual([{ path: 'name', code: 'type', params: { expected: 'text' } }]);
  });

  it('given a non-list where a list is expected, reports it at the root', () => {
    expect(issues(validate_observations({ 0: { period: '2025', value: 1 } }))).toEqual([
      { path: '', code: 'type', params: { expected: 'list' } },
    ]);
  });
});
