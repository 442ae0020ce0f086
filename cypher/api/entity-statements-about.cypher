// Batch: for each entity, a page of the statements about it, newest article first, and the entity
// itself (so `entity(id) { statementsAbout … }` is one statement: the resolver of `entity` sends
// this and primes the entity loader). With $speakers, each statement also carries who made it and
// the outlet relaying it (as statement-speakers.cypher answers them), so the speaker loader is
// primed instead of queried after this answers.
//
// The entity's EntityDigest (docs/graph-model.md) holds the count per kind and the keys of the
// newest statements of each kind (and, under channels starting with '@', its other links). When
// the page ends within what the digest names for every kind asked for (always, for the first
// pages), the page is cut from those keys and only its statements are read: the cost no longer
// grows with how often the entity is in the news. A later page sorts every statement about the
// entity, as it must, and so does any page of an entity whose digest a bulk load has marked
// stale (until the load refreshes it). No digest means nothing is said about it.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (d:EntityDigest {entityId: id})
// Only the keys of the kinds asked for are split (a key starts with its kind): a well-known
// entity's digest holds 50 keys per channel, most of them for channels this page does not need.
WITH id, n, coalesce(d.kinds, []) AS kinds, coalesce(d.counts, []) AS counts, coalesce(d.floors, []) AS floors,
     [key IN coalesce(d.latest, [])
       WHERE CASE WHEN $kind IS NULL THEN NOT key STARTS WITH '@' ELSE key STARTS WITH $kind + '\u001F' END |
       split(key, '\u001F')] AS latest, coalesce(d:StaleDigest, false) AS stale
// Channels starting with '@' are the entity's other links (statements it made, events…).
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
WITH id, n, latest, stale, total,
     NOT stale AND CASE WHEN full = 0 THEN size(latest) = partial
       ELSE $offset + $limit <= (size(latest) - partial) / full END AS fromDigest
// Each CALL below answers one row whatever happens; the UNWIND of an empty list is what keeps the
// path not taken from reading anything.
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
  } AS fromKeys
}
CALL (n, fromDigest) {
  UNWIND CASE WHEN fromDigest THEN [] ELSE [n] END AS m
  MATCH (s:Statement)-[:ABOUT]->(m)
  WHERE $kind IS NULL OR s.kind = $kind
  OPTIONAL MATCH (s)-[:IN_ARTICLE]->(a:Article)
  WITH DISTINCT s, a
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, s.articleId, s.start, s.id
  // Collect references (cheap), project properties for the page only.
  WITH collect(s) AS everything
  RETURN everything[$offset..$offset + $limit] AS sorted, size(everything) AS sortedTotal
}
WITH id, n, CASE WHEN stale THEN sortedTotal ELSE total END AS total,
     CASE WHEN fromDigest THEN fromKeys ELSE sorted END AS items
// Only the fields the API reads are sent (the sentence only when $sentences): a card's answer was
// twice raw Cypher's in bytes, and decoding it is most of what the driver does for a request.
RETURN id, n {.id, .name, .nameEn, .aliases, __labels: labels(n)} AS node, total, [x IN items |
    x {.id, .kind, .cue, .quote, .start, .end, .articleId,
    sentence: CASE WHEN $sentences THEN x.sentence END, __labels: labels(x),
    __speakers: CASE WHEN $speakers THEN {
      speaker: head([(x)-[:SAID_BY]->(y) | y {.id, .name, .nameEn, .aliases, .description, __labels: labels(y)}]),
      via: head([(x)-[:VIA]->(v:Entity) | v {.id, .name, .nameEn, .aliases, __labels: labels(v)}])
    } END}] AS page
