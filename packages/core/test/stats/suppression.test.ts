import { describe, it, expect } from 'vitest';
import {
  defaultSuppression,
  observation_isShowable,
  observation_n,
  suppression_check,
  suppression_rule,
} from '../../src/stats/suppression.js';

describe('suppression_check', () => {
  it('given 9 cases, the value is suppressed', () => expect(suppression_check(9)).toBe('suppressed'));
  it('given 10 cases, the value is unstable', () => expect(suppression_check(10)).toBe('unstable'));
  it('given 19 cases, the value is unstable', () => expect(suppression_check(19)).toBe('unstable'));
  it('given 20 cases, the value is ok', () => expect(suppression_check(20)).toBe('ok'));
  it('given 0 cases, the value is suppressed', () => expect(suppression_check(0)).toBe('suppressed'));

  it.each([undefined, null, NaN, Infinity, -1, '12'])('given %s as the number of cases, the status is unknown', (n) => {
    expect(suppression_check(n as number)).toBe('unknown');
  });

  it('follows a custom rule', () => {
    const rule = { minN: 5, unstableN: 30 };
    expect(suppression_check(4, rule)).toBe('suppressed');
    expect(suppression_check(5, rule)).toBe('unstable');
    expect(suppression_check(29, rule)).toBe('unstable');
    expect(suppression_check(30, rule)).toBe('ok');
  });

  it('given a rule of minN 0, nothing is suppressed', () => {
    expect(suppression_check(0, { minN: 0, unstableN: 0 })).toBe('ok');
  });
});

describe('suppression_rule', () => {
  it('given nothing, the default rule is 10 and 20', () => {
    expect(suppression_rule()).toEqual({ minN: 10, unstableN: 20 });
    expect(defaultSuppression).toEqual({ minN: 10, unstableN: 20 });
  });

  it('given minN above the default unstableN, unstableN is raised to minN', () => {
    expect(suppression_rule({ minN: 30 })).toEqual({ minN: 30, unstableN: 30 });
  });

  it('given unstableN below minN, unstableN is raised to minN', () => {
    expect(suppression_rule({ minN: 15, unstableN: 5 })).toEqual({ minN: 15, unstableN: 15 });
  });

  it('given unusable numbers, the defaults are used', () => {
    expect(suppression_rule({ minN: -3, unstableN: NaN })).toEqual({ minN: 10, unstableN: 20 });
    expect(suppression_rule('strict' as never)).toEqual({ minN: 10, unstableN: 20 });
  });
});

describe('observation_n', () => {
  it('uses n when given', () => expect(observation_n({ period: '2025', value: 1, n: 40, denominator: 50 })).toBe(40));
  it('falls back to the denominator', () => expect(observation_n({ period: '2025', value: 1, denominator: 50 })).toBe(50));
  it('given neither, is undefined', () => expect(observation_n({ period: '2025', value: 1 })).toBeUndefined());
  it('given no observation, is undefined', () => expect(observation_n(undefined)).toBeUndefined());
});

describe('observation_isShowable', () => {
  it('given 9 cases, the value is not shown', () => {
    expect(observation_isShowable({ period: '2025', value: 40, n: 9 })).toBe(false);
  });
  it('given 10 cases, the value is shown (with a caution elsewhere)', () => {
    expect(observation_isShowable({ period: '2025', value: 40, n: 10 })).toBe(true);
  });
  it('given a denominator of 9, the value is not shown', () => {
    expect(observation_isShowable({ period: '2025', value: 40, numerator: 4, denominator: 9 })).toBe(false);
  });
  it('given no case count, the value is shown', () => {
    expect(observation_isShowable({ period: '2025', value: 1200 })).toBe(true);
  });
  it('given no value, there is nothing to show', () => {
    expect(observation_isShowable({ period: '2025', value: null, n: 100 })).toBe(false);
    expect(observation_isShowable({ period: '2025', value: NaN, n: 100 })).toBe(false);
    expect(observation_isShowable(null)).toBe(false);
  });
  it('follows the rule it is given', () => {
    expect(observation_isShowable({ period: '2025', value: 40, n: 12 }, { minN: 15, unstableN: 30 })).toBe(false);
  });
});
