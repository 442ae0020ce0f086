// Batch: for each entity, a page of the statements about it, newest article first, cut from the
// entity's EntityDigest (docs/graph-model.md), and the entity itself (so `entity(id) {
// statementsAbout … }` is one statement: the resolver of `entity` sends this and primes the
// entity loader).
//
// The digest holds the count per kind and the keys of the newest statements of each kind (and,
// under channels starting with '@', the entity's other links). When the page ends within what the
// digest names for every kind asked for (always, for the first pages), the page is cut from those
// keys and only its statements are read: the cost does not grow with how often the entity is in
// the news. Otherwise (a later page, or a digest a bulk load has marked stale until it refreshes
// it) the row says fromDigest = false with an empty page, and the loader asks
// entity-statements-about-sorted.cypher for those entities: a query of its own, so the common
// case sends and plans only this one. No digest means nothing is said about the entity.
//
// The page's statements come with their short fields; what only some selections need comes in
// lists beside them, index for index, or null when not asked for (one null, not one per
// statement: decoding the answer is most of what the driver does for a request): the sentences
// ($sentences), [articleId, start, end] for `article`/`evidence` ($locations), who made each
// ($speakers) and the outlet relaying it ($via), handed to those fields. Keep this projection and
// the sorted file's the same.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (d:EntityDigest {entityId: id})
// Only the keys of the kinds asked for are split (a key starts with its kind): a well-known
// entity's digest holds 50 keys per channel, most of them for channels this page does not need.
WITH id, n, coalesce(d.kinds, []) AS kinds, coalesce(d.counts, []) AS counts, coalesce(d.floors, []) AS floors,
     [key IN coalesce(d.latest, [])
       WHERE CASE WHEN $kind IS NULL THEN NOT key STARTS WITH '@' ELSE key STARTS WITH $kind + '\u001F' END |
       split(key, '\u001F')] AS latest, coalesce(d:StaleDigest, false) AS stale
WITH id, n, latest, stale, [i IN range(0, size(kinds) - 1)
       WHERE ($kind IS NULL AND NOT kinds[i] STARTS WITH '@') OR kinds[i] = $kind |
       {count: counts[i], full: coalesce(floors[i], '') <> ''}] AS asked
// The digest answers when it names, for every kind asked, the page's end or all of that kind. A
// kind without a floor is all there (its count); a kind with one has exactly the digest's `keep`
// newest, so `keep` is what the full kinds leave of `latest` divided among them: no per-kind count
// of the keys (that scan was a third of the query's cost for a well-known name at 100k).
WITH id, n, latest, stale, reduce(t = 0, k IN asked | t + k.count) AS total,
     size([k IN asked WHERE k.full]) AS full,
     reduce(t = 0, k IN asked | t + CASE WHEN k.full THEN 0 ELSE k.count END) AS partial
WITH id, n, latest, total,
     NOT stale AND CASE WHEN full = 0 THEN size(latest) = partial
       ELSE $offset + $limit <= (size(latest) - partial) / full END AS fromDigest
// The UNWIND of an empty list is what keeps a page the digest cannot answer from reading anything.
CALL (latest, fromDigest) {
  UNWIND CASE WHEN fromDigest THEN latest ELSE [] END AS f
  WITH f
  ORDER BY f[1] = '', f[1] DESC, f[2], toInteger(f[3]), f[4]
  SKIP $offset LIMIT $limit
  WITH collect(f[4]) AS ids
  RETURN COLLECT {
    UNWIND range(0, size(ids) - 1) AS i
    MATCH (s:Statement {id: ids[i]})
    WITH i, s ORDER BY i
    RETURN s
  } AS items
}
RETURN id, fromDigest, n {.id, .name, .nameEn, .aliases, __labels: labels(n)} AS node, total, [x IN items | x {.id, .kind, .cue, .quote}] AS page,
  CASE WHEN $sentences THEN [x IN items | x.sentence] END AS sentences,
  CASE WHEN $locations THEN [x IN items | [x.articleId, x.start, x.end]] END AS locations,
  CASE WHEN $speakers THEN [x IN items |
    head([(x)-[:SAID_BY]->(y) | y {.id, .name, .nameEn, .aliases, .description, __labels: labels(y)}])] END AS speakers,
  CASE WHEN $via THEN [x IN items |
    head([(x)-[:VIA]->(v:Entity) | v {.id, .name, .nameEn, .aliases, __labels: labels(v)}])] END AS vias
