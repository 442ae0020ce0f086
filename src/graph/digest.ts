// EntityDigest keys and their order (docs/graph-model.md, "Entity digests"). The writer merges a
// batch's keys into each digest here rather than in Cypher: sorting a hub's few hundred keys by
// split fields in Cypher, once per batch, was the most expensive write of a 100k-article load.
// delete-article and migration 003 build the same keys in Cypher when they recompute a digest.

export const DIGEST_SEPARATOR = '\u001f';

/** The digest as stored: channels, their counts (parallel), the newest keys of each channel. */
export interface Digest {
  kinds: string[];
  counts: number[];
  latest: string[];
}

/**
 * A node's key: channel, article date, article id, start (statements) and node id, joined by
 * U+001F ('' for a missing date or start).
 */
export function digestKey(
  channel: string,
  node: { articleId: string; id: string; start?: number | null },
  publishedAt: string | null,
): string {
  return [channel, publishedAt ?? '', node.articleId, node.start ?? '', node.id].join(DIGEST_SEPARATOR);
}

function ascending(x: string | number | null, y: string | number | null): number {
  if (x === y) return 0;
  if (x === null) return 1; // nulls last, as Cypher's ORDER BY
  if (y === null) return -1;
  return x < y ? -1 : 1;
}

/** A key's fields as its order reads them: channel, date, article id, start, id ('' → null). */
type SortFields = [string, string | null, string, number | null, string];

function sortFields(key: string): SortFields {
  const f = key.split(DIGEST_SEPARATOR);
  return [f[0]!, f[1] || null, f[2]!, f[3] ? Number(f[3]) : null, f[4]!];
}

function compareFields(f: SortFields, g: SortFields): number {
  return (
    ascending(f[0], g[0]) ||
    // Newest first, undated last.
    (f[1] !== null && g[1] !== null ? ascending(g[1], f[1]) : ascending(f[1], g[1])) ||
    ascending(f[2], g[2]) ||
    ascending(f[3], g[3]) ||
    ascending(f[4], g[4])
  );
}

/**
 * The order of `latest` and of the API's pages: channel, then newest article first (undated
 * last), article id, start (missing last), node id. Strings compare by UTF-16 code unit, as
 * Neo4j's do, so Cypher sorting the same keys agrees.
 */
export function compareDigestKeys(a: string, b: string): number {
  return compareFields(sortFields(a), sortFields(b));
}

/**
 * `old` plus a batch's new nodes: counts added per channel, keys merged and cut to the newest
 * `keep` of each channel. The batch's keys are new to the digest (what belongs to an article is
 * written once), so nothing is deduplicated here.
 */
export function mergeDigest(
  old: Digest | null,
  add: { kinds: string[]; counts: number[]; keys: string[] },
  keep: number,
): Digest {
  const kinds = [...(old?.kinds ?? [])];
  const counts = [...(old?.counts ?? [])];
  add.kinds.forEach((kind, i) => {
    const at = kinds.indexOf(kind);
    if (at < 0) {
      kinds.push(kind);
      counts.push(add.counts[i]!);
    } else counts[at]! += add.counts[i]!;
  });
  // Each key split once, not once per comparison: hubs bring hundreds of keys to every batch.
  const sorted = [...(old?.latest ?? []), ...add.keys]
    .map((key) => ({ key, fields: sortFields(key) }))
    .sort((a, b) => compareFields(a.fields, b.fields));
  const perChannel = new Map<string, number>();
  const latest: string[] = [];
  for (const { key, fields } of sorted) {
    const n = (perChannel.get(fields[0]) ?? 0) + 1;
    perChannel.set(fields[0], n);
    if (n <= keep) latest.push(key);
  }
  return { kinds, counts, latest };
}
