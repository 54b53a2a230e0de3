import { describe, it, expect } from 'vitest';
import { observation_delta } from '../../src/stats/delta.js';
import type { Observation } from '../../src/schema/types.js';

const obs = (value: number | null, n?: number): Observation => ({ period: '2025', value, ...(n === undefined ? {} : { n }) });

describe('observation_delta', () => {
  it('given two shown values, the change is current minus previous', () => {
    expect(observation_delta(obs(42, 120), obs(40, 110))).toEqual({ change: 2, direction: 'up' });
    expect(observation_delta(obs(35, 120), obs(40, 110))).toEqual({ change: -5, direction: 'down' });
  });

  it('given equal values, the direction is same', () => {
    expect(observation_delta(obs(40, 120), obs(40, 110))).toEqual({ change: 0, direction: 'same' });
  });

  it('given values equal but for rounding error, the direction is same', () => {
    expect(observation_delta(obs(0.1 + 0.2, 120), obs(0.3, 110))).toEqual({ change: 0, direction: 'same' });
  });

  it('given a suppressed previous value, there is no delta, because it would reveal that value', () => {
    expect(observation_delta(obs(42, 120), obs(40, 6))).toBeUndefined();
  });

  it('given a suppressed current value, there is no delta', () => {
    expect(observation_delta(obs(42, 3), obs(40, 110))).toBeUndefined();
  });

  it('given an unstable value, the delta is still shown', () => {
    expect(observation_delta(obs(42, 12), obs(40, 15))).toEqual({ change: 2, direction: 'up' });
  });

  it('given a missing or unmeasured observation, there is no delta', () => {
    expect(observation_delta(obs(42, 120), undefined)).toBeUndefined();
    expect(observation_delta(null, obs(42, 120))).toBeUndefined();
    expect(observation_delta(obs(42, 120), obs(null, 120))).toBeUndefined();
  });

  it('follows the suppression rule it is given', () => {
    expect(observation_delta(obs(42, 25), obs(40, 25), { minN: 30 })).toBeUndefined();
  });
});
