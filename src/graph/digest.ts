// EntityDigest keys and their order (docs/graph-model.md, "Entity digests"). The writer merges a
// batch's keys into each digest here rather than in Cypher: sorting a hub's few hundred keys by
// split fields in Cypher, once per batch, was the most expensive write of a 100k-article load.
// delete-article and migration 003 build the same keys in Cypher when they recompute a digest.

export const DIGEST_SEPARATOR = '\u001f';

/**
 * The digest as stored: channels, their counts and floors (parallel lists), the newest keys of
 * each channel. A channel's floor is its `keep`-th newest key once it has that many ('' before):
 * a new key that does not sort before it cannot enter the digest, which the writer can tell
 * without fetching the keys.
 */
export interface Digest {
  kinds: string[];
  counts: number[];
  floors: string[];
  latest: string[];
}

/** What the writer reads first, under lock: everything but the keys. */
export type DigestHead = Omit<Digest, 'latest'>;

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

function channelOf(key: string): string {
  return key.slice(0, key.indexOf(DIGEST_SEPARATOR));
}

/** Counts added per channel (new channels appended, floor '' until the keys are merged). */
function addCounts(old: DigestHead | null, add: { kinds: string[]; counts: number[] }): DigestHead {
  const kinds = [...(old?.kinds ?? [])];
  const counts = [...(old?.counts ?? [])];
  // A digest stored before floors existed has none: '' (not full) makes the writer fetch its keys.
  const floors = kinds.map((_, i) => old?.floors[i] ?? '');
  add.kinds.forEach((kind, i) => {
    const at = kinds.indexOf(kind);
    if (at < 0) {
      kinds.push(kind);
      counts.push(add.counts[i]!);
      floors.push('');
    } else counts[at]! += add.counts[i]!;
  });
  return { kinds, counts, floors };
}

/**
 * Could any of these new keys enter the digest? Only a key of a channel that is not full yet, or
 * one that sorts before the channel's floor. Decided from the head alone, so a hub's keys are
 * fetched only by the batches that change them.
 */
export function keysCanEnter(head: DigestHead | null, keys: readonly string[]): boolean {
  if (!head) return keys.length > 0;
  const floors = new Map(head.kinds.map((k, i) => [k, head.floors[i] ?? '']));
  return keys.some((key) => {
    const floor = floors.get(channelOf(key));
    return !floor || compareFields(sortFields(key), sortFields(floor)) < 0;
  });
}

/**
 * `old` plus a batch's new nodes: counts added per channel, keys merged and cut to the newest
 * `keep` of each channel, floors updated. The batch's keys are new to the digest (what belongs to
 * an article is written once), so nothing is deduplicated here. Without `old.latest` (the writer
 * did not fetch it because keysCanEnter said no), only counts change and `latest` is null.
 */
export function mergeDigest(
  old: (DigestHead & { latest?: string[] | null }) | null,
  add: { kinds: string[]; counts: number[]; keys: string[] },
  keep: number,
): DigestHead & { latest: string[] | null } {
  const head = addCounts(old, add);
  if (old && !old.latest) return { ...head, latest: null };
  const group = (keys: readonly string[]) => {
    const by = new Map<string, string[]>();
    for (const key of keys) {
      const channel = channelOf(key);
      const list = by.get(channel);
      if (list) list.push(key);
      else by.set(channel, [key]);
    }
    return by;
  };
  const oldBy = group(old?.latest ?? []);
  const newBy = group(add.keys);
  // Channels in key order (the first field compares as a plain string).
  const channels = [...new Set([...oldBy.keys(), ...newBy.keys()])].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const latest: string[] = [];
  for (const channel of channels) {
    const kept = oldBy.get(channel) ?? [];
    let fresh = (newBy.get(channel) ?? []).map((key) => ({ key, fields: sortFields(key) }));
    if (fresh.length && kept.length >= keep) {
      const last = sortFields(kept[keep - 1]!);
      fresh = fresh.filter((x) => compareFields(x.fields, last) < 0);
    }
    let channelKeys = kept.slice(0, keep);
    if (fresh.length) {
      channelKeys = [...kept.map((key) => ({ key, fields: sortFields(key) })), ...fresh]
        .sort((a, b) => compareFields(a.fields, b.fields))
        .slice(0, keep)
        .map((x) => x.key);
    }
    latest.push(...channelKeys);
    head.floors[head.kinds.indexOf(channel)] = channelKeys.length >= keep ? channelKeys[keep - 1]! : '';
  }
  return { ...head, latest };
}
