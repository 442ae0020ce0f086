// Generic per-request DataLoader factories: one Cypher round trip per batch of ids (UNWIND $ids).
// Keyed loaders batch field calls that share arguments (e.g. every entity's statementsBy(first: 5)
// in one request becomes one query).
import DataLoader from 'dataloader';
import type { GraphDb, Row } from './db.ts';

/** Loads rows `{id, ...}` for many ids; `pick` turns a row into the value (null when absent). */
export function idLoader<T>(
  db: GraphDb,
  query: string,
  pick: (row: Row) => T | null,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.read(query, { ids: [...ids] });
    const byId = new Map<string, T | null>();
    for (const row of rows) byId.set(String(row.id), pick(row));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export interface Keyed<A> {
  id: string;
  args: A;
}

/** A keyed loader's cache key: the id and the args (module-level: a request builds many loaders). */
function keyedCacheKey(key: Keyed<Row>): string {
  return `${key.id}\u0000${JSON.stringify(key.args)}`;
}
const KEYED_OPTIONS = { cacheKeyFn: keyedCacheKey };

/**
 * Loads one value per (id, args): keys are grouped by their args and each group is one query with
 * `$ids` plus the args as parameters. `empty` is the value for ids the query returned no row for.
 */
export function keyedLoader<A extends Row, T>(
  db: GraphDb,
  query: string,
  pick: (row: Row) => T,
  empty: () => T,
): DataLoader<Keyed<A>, T, string> {
  return keyedBatchLoader<A, T>(async (ids, args) => {
    const values = new Map<string, T>();
    for (const row of await db.read(query, { ...args, ids: [...ids] })) values.set(String(row.id), pick(row));
    return values;
  }, empty);
}

/**
 * keyedLoader with the fetching left to `fetch`: one call per group of keys sharing their args,
 * answering a value per id (ids it leaves out get `empty()`).
 */
export function keyedBatchLoader<A extends Row, T>(
  fetch: (ids: readonly string[], args: A) => Promise<Map<string, T>>,
  empty: () => T,
): DataLoader<Keyed<A>, T, string> {
  return new DataLoader<Keyed<A>, T, string>(async (keys) => {
    // Each key's args are serialised once: they group the keys and key the results.
    const sigs = keys.map((key) => JSON.stringify(key.args));
    const groups = new Map<string, { args: A; ids: string[] }>();
    keys.forEach((key, i) => {
      const sig = sigs[i]!;
      const group = groups.get(sig) ?? { args: key.args, ids: [] };
      group.ids.push(key.id);
      groups.set(sig, group);
    });
    const results = new Map<string, T>();
    await Promise.all(
      [...groups.entries()].map(async ([sig, group]) => {
        const values = await fetch([...new Set(group.ids)], group.args);
        for (const [id, value] of values) results.set(`${id}\u0000${sig}`, value);
      }),
    );
    return keys.map((key, i) => results.get(`${key.id}\u0000${sigs[i]}`) ?? empty());
  }, KEYED_OPTIONS);
}

export interface PageResult<T> {
  total: number;
  items: T[];
}

export type PageArgs = Row & { offset: number; limit: number };

/** A `{total, page}` row from a paged batch query. */
export function pageOfRows<T>(row: Row, to: (p: unknown) => T | null): PageResult<T> {
  const page = Array.isArray(row.page) ? row.page : [];
  return { total: Number(row.total ?? 0), items: page.map(to).filter((x): x is T => x !== null) };
}

export const emptyPage = <T>(): PageResult<T> => ({ total: 0, items: [] });
