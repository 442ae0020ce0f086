// Writes whole articles: one managed write transaction per batch (retried by the driver on
// transient errors), one UNWIND query per kind of row. A batch commits completely or not at all,
// so an article is never half in the graph. Articles already present are left untouched
// (their id is a content hash, so the same id means the same text) unless `replace` is asked for.
// Because of that, whatever belongs to an article is written with CREATE (see cypher/queries):
// only entities and entity relations, which articles share, need MERGE.
import { type Driver, type ManagedTransaction, int as neo4jInt } from 'neo4j-driver';
import type { ArticleExtraction, RelationType } from '../extract/contract.ts';
import { type DigestHead, keysCanEnter, mergeDigest } from './digest.ts';
import { query, relationQuery, statements } from './queries.ts';
import { type ArticleMeta, type DigestRow, type GraphRows, graphRows, type RelationRow } from './rows.ts';

export interface WriteOptions {
  database: string;
  /** Re-write articles already in the graph (their old contribution is removed first). */
  replace?: boolean;
  /** Keys an EntityDigest keeps per channel (default DIGEST_KEEP; tests use fewer). */
  digestKeep?: number;
  /**
   * 'merge' (default): each batch merges its keys into the digests it touches, which are exact
   * when it commits. 'defer' (bulk loads): the batch only marks them stale, and the caller runs
   * refreshStaleDigests once at the end; readers answer stale entities from the graph meanwhile.
   */
  digests?: 'merge' | 'defer';
}

/**
 * How many of an entity's newest statements of each kind its EntityDigest names. Pages that
 * end within this (the API's default page is 20) are answered from the digest; later pages sort
 * every statement about the entity, as before digests existed.
 */
export const DIGEST_KEEP = 50;

export interface WriteResult {
  /** Ids written by this call. */
  written: string[];
  /** Ids already in the graph, left as they were. */
  unchanged: string[];
  warnings: string[];
}

/**
 * Runs the write queries for prepared rows inside an open transaction. The queries are sent
 * without waiting for each other (Bolt pipelines them; the server still runs them in order), so
 * a batch costs one round trip instead of one per query.
 */
export async function writeRows(
  tx: ManagedTransaction,
  rows: GraphRows,
  digestKeep: number = DIGEST_KEEP,
  digests: 'merge' | 'defer' = 'merge',
): Promise<void> {
  const pending: Promise<unknown>[] = [];
  const run = (cypher: string, list: unknown[], params: Record<string, unknown> = {}) => {
    if (list.length) pending.push(tx.run(cypher, { ...params, rows: list }));
  };
  run(query('write-articles'), rows.articles);
  run(query('write-entities'), rows.entities);
  run(query('write-mentions'), rows.mentions);
  run(query('write-events'), rows.events);
  run(query('write-sources'), rows.sources);
  run(query('write-statements'), rows.statements);
  if (rows.digests.length) {
    // Locked (or marked) in id order, so two writers never wait on each other's digests in a cycle.
    const ids = rows.digests.map((d) => d.entityId).sort();
    pending.push(
      digests === 'defer'
        ? tx.run(query('mark-entity-digests'), { ids })
        : mergeDigestsTx(tx, ids, rows.digests, digestKeep),
    );
  }
  const byType = new Map<RelationType, RelationRow[]>();
  for (const r of rows.relations) {
    const list = byType.get(r.type) ?? [];
    list.push(r);
    byType.set(r.type, list);
  }
  for (const [type, list] of byType)
    run(
      relationQuery(type),
      list.map(({ from, to }) => ({ from, to })),
    );
  run(query('write-relation-evidence'), relationEvidence(rows.relations));
  // allSettled first: a rejected query must not leave the others' rejections unhandled.
  const results = await Promise.allSettled(pending);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** A relation row's parallel lists as one record per supporting sentence. */
function relationEvidence(relations: RelationRow[]): Record<string, unknown>[] {
  return relations.flatMap((r) =>
    r.articleIds.map((articleId, i) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      articleId,
      sentence: r.sentences[i],
      start: r.starts[i],
      end: r.ends[i],
    })),
  );
}

/**
 * Merges a batch into the digests it touches: read (and lock) their heads, fetch the keys of
 * those the batch can change (see keysCanEnter), merge here (src/graph/digest.ts), store. One
 * more round trip, but no sorting of a hub's keys in Cypher.
 */
async function mergeDigestsTx(
  tx: ManagedTransaction,
  ids: string[],
  adds: DigestRow[],
  keep: number,
): Promise<unknown> {
  const locked = await tx.run(query('lock-entity-digests'), { ids });
  const heads = new Map<string, DigestHead>();
  for (const r of locked.records) {
    if (!r.get('kinds')) continue; // created just now
    heads.set(r.get('id') as string, {
      kinds: r.get('kinds') as string[],
      counts: r.get('counts') as number[],
      floors: (r.get('floors') as string[] | null) ?? [],
    });
  }
  const need = adds
    .filter((add) => heads.has(add.entityId) && keysCanEnter(heads.get(add.entityId)!, add.keys))
    .map((add) => add.entityId);
  const keys = new Map<string, string[]>();
  if (need.length) {
    const fetched = await tx.run(query('entity-digest-keys'), { ids: need });
    for (const r of fetched.records)
      keys.set(r.get('id') as string, (r.get('latest') as string[] | null) ?? []);
  }
  const merged = adds.map((add) => {
    const head = heads.get(add.entityId);
    const old = head ? { ...head, latest: keys.get(add.entityId) ?? null } : null;
    return { entityId: add.entityId, ...mergeDigest(old, add, keep) };
  });
  return tx.run(query('write-entity-digests'), { rows: merged });
}

/** Removes one article's contribution inside an open transaction; true when it existed. */
export async function deleteArticleTx(
  tx: ManagedTransaction,
  id: string,
  digestKeep: number = DIGEST_KEEP,
): Promise<boolean> {
  let deleted = 0;
  let stale: string[] = [];
  for (const cypher of statements('delete-article')) {
    const result = await tx.run(cypher, { id });
    const first = result.records[0];
    if (first?.has('deleted')) deleted = first.get('deleted') as number;
    if (first?.has('staleDigests')) stale = first.get('staleDigests') as string[];
  }
  if (stale.length) await tx.run(query('refresh-entity-digests'), { ids: stale, keep: neo4jInt(digestKeep) });
  return deleted > 0;
}

async function existingIds(tx: ManagedTransaction, ids: string[]): Promise<Set<string>> {
  const result = await tx.run(query('existing-articles'), { ids });
  return new Set(result.records.map((r) => r.get('id') as string));
}

/**
 * Writes a batch of articles in ONE transaction. Duplicate ids within the batch are written once.
 * `meta[i]` (file name, load time) goes with `extractions[i]`.
 */
export async function writeArticles(
  driver: Driver,
  extractions: ArticleExtraction[],
  options: WriteOptions,
  meta: ArticleMeta[] = [],
): Promise<WriteResult> {
  try {
    return await writeOnce(driver, extractions, options, meta);
  } catch (error) {
    // Another writer committed one of these articles between our check and our CREATE (two loads
    // or ingestArticle calls of the same text at once). Once more: the check now sees it.
    if ((error as { code?: unknown } | null)?.code !== CONSTRAINT_FAILED) throw error;
    return await writeOnce(driver, extractions, options, meta);
  }
}

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

async function writeOnce(
  driver: Driver,
  extractions: ArticleExtraction[],
  options: WriteOptions,
  meta: ArticleMeta[],
): Promise<WriteResult> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => {
      const result: WriteResult = { written: [], unchanged: [], warnings: [] };
      const ids = extractions.map((x) => x.article.id);
      const present = await existingIds(tx, ids);
      const batch: ArticleExtraction[] = [];
      const batchMeta: ArticleMeta[] = [];
      const seen = new Set<string>();
      extractions.forEach((x, i) => {
        const id = x.article.id;
        if (seen.has(id) || (present.has(id) && !options.replace)) {
          result.unchanged.push(id);
          return;
        }
        seen.add(id);
        batch.push(x);
        batchMeta.push(meta[i] ?? {});
      });
      const keep = options.digestKeep ?? DIGEST_KEEP;
      if (options.replace) for (const id of present) await deleteArticleTx(tx, id, keep);
      const rows = graphRows(batch, batchMeta);
      await writeRows(tx, rows, keep, options.digests ?? 'merge');
      result.written = batch.map((x) => x.article.id);
      result.warnings = rows.warnings;
      return result;
    });
  } finally {
    await session.close();
  }
}

/** `akhbar delete-article <id>`: the article's statements, events, mentions and relation evidence. */
export async function deleteArticle(
  driver: Driver,
  id: string,
  options: { database: string; digestKeep?: number },
): Promise<boolean> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite((tx) => deleteArticleTx(tx, id, options.digestKeep));
  } finally {
    await session.close();
  }
}

/**
 * Recomputes every EntityDigest marked stale (by a bulk load's 'defer' batches or an interrupted
 * one), `batch` digests per transaction; returns how many. A hub's recompute reads everything
 * linked to it, once, instead of once per batch of the load.
 */
export async function refreshStaleDigests(
  driver: Driver,
  options: { database: string; digestKeep?: number; batch?: number; onProgress?: (done: number) => void },
): Promise<number> {
  const keep = neo4jInt(options.digestKeep ?? DIGEST_KEEP);
  const limit = neo4jInt(options.batch ?? 500);
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  let done = 0;
  try {
    for (;;) {
      const n = await session.executeWrite(async (tx) => {
        const stale = await tx.run(query('stale-entity-digests'), { limit });
        const ids = stale.records.map((r) => r.get('id') as string);
        if (ids.length) await tx.run(query('refresh-entity-digests'), { ids, keep });
        return ids.length;
      });
      if (!n) return done;
      done += n;
      options.onProgress?.(done);
    }
  } finally {
    await session.close();
  }
}
