import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validate_indicatorCard, type IndicatorCardInput, type ValidationResult } from '../../src/schema/validate.js';
import { card_valid } from './fixtures.js';

/** The contract: never throws; either ok, or at least one issue that names a field. */
function holdsContract<T>(r: ValidationResult<T>): void {
  if (r.ok) {
    expect(r.issues).toEqual([]);
    return;
  }
  expect(r.issues.length).toBeGreaterThan(0);
  expect(r.issues.some((i) => typeof i.path === 'string' && i.path.length > 0)).toBe(true);
}

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** Every path into the valid card, so a mutation can hit any field at any depth. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}
const cardPaths = paths(card_valid()).filter((p) => p.length > 0);

function mutate(path: Array<string | number>, action: 'set' | 'delete', replacement: unknown): unknown {
  const root = card_valid() as unknown as Record<string | number, unknown>;
  let target = root;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (action === 'delete') delete target[last];
  else target[last] = replacement;
  return root;
}

describe('validate_indicatorCard, property-based', () => {
  it('never throws for any input, and always explains a refusal', () => {
    fc.assert(
      fc.property(anything, (input) => holdsContract(validate_indicatorCard(input as IndicatorCardInput))),
      { numRuns: 500 },
    );
  });

  it('never throws for any props, and always explains a refusal', () => {
    const props = fc.record(
      { indicator: anything, observations: anything, target: anything, baseline: anything, suppression: anything },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(props, (input) => holdsContract(validate_indicatorCard(input as IndicatorCardInput))), { numRuns: 500 });
  });

  it('never throws when any field of a valid card is replaced or removed', () => {
    const mutation = fc.tuple(fc.constantFrom(...cardPaths), fc.constantFrom('set' as const, 'delete' as const), anything);
    fc.assert(
      fc.property(mutation, ([path, action, replacement]) => {
        holdsContract(validate_indicatorCard(mutate(path, action, replacement) as IndicatorCardInput));
      }),
      { numRuns: 1000 },
    );
  });

  it('given its own cleaned output, accepts it unchanged', () => {
    const mutation = fc.tuple(fc.constantFrom(...cardPaths), fc.constantFrom('set' as const, 'delete' as const), anything);
    fc.assert(
      fc.property(mutation, ([path, action, replacement]) => {
        const first = validate_indicatorCard(mutate(path, action, replacement) as IndicatorCardInput);
        if (!first.ok) return;
        const second = validate_indicatorCard(first.value);
        expect(second.ok && second.value).toEqual(first.value);
      }),
      { numRuns: 500 },
    );
  });
});
