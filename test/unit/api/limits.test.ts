import { parse } from 'graphql';
import { describe, expect, test } from 'vitest';
import { checkLimits, DEFAULT_LIMITS, measure } from '../../../src/api/limits.ts';
import { getSchema } from '../../../src/api/schema.ts';

const m = (q: string, v: Record<string, unknown> = {}) => measure(getSchema(), parse(q), undefined, v)!;

describe('measure', () => {
  test('depth counts nested fields through fragments; introspection is free', () => {
    expect(m('{ stats { articles } }').depth).toBe(2);
    expect(m('{ people { edges { node { ...F } } } } fragment F on Person { name }').depth).toBe(4);
    expect(m('{ __schema { types { fields { type { ofType { name } } } } } }').depth).toBe(0);
  });

  test('cost multiplies by page sizes, from literals or variables', () => {
    const small = m('{ people(first: 2) { edges { node { name } } } }').cost;
    const big = m('query ($n: Int) { people(first: $n) { edges { node { name } } } }', { n: 20 }).cost;
    expect(big).toBeGreaterThan(small * 5);
    expect(m('query ($n: Int) { people(first: $n) { totalCount } }', { n: 500 }).largestPage).toEqual({
      field: 'people',
      size: 500,
    });
  });

  test('aliases are counted', () => {
    expect(m('{ a: stats { articles } b: stats { articles } stats { people } }').aliases).toBe(2);
  });
});

test('checkLimits names the limit that was hit', () => {
  const reason = (over: Partial<ReturnType<typeof m>>) =>
    (
      checkLimits({ depth: 1, aliases: 0, cost: 1, largestPage: null, ...over }, DEFAULT_LIMITS) as {
        extensions?: { reason?: string };
      } | null
    )?.extensions?.reason;
  expect(reason({})).toBeUndefined();
  expect(reason({ depth: 13 })).toBe('DEPTH_LIMIT');
  expect(reason({ aliases: 51 })).toBe('ALIAS_LIMIT');
  expect(reason({ cost: 20_001 })).toBe('COST_LIMIT');
  expect(reason({ largestPage: { field: 'people', size: 101 } })).toBe('PAGE_SIZE');
});
