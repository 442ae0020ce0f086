// EntityDigest: per entity and channel (each kind of statement about it; statements it made or
// relayed; events it took part in or that happened in it; sources tied to it), the count and the
// keys of the newest 50 (docs/graph-model.md), so an entity card or the first ring of its
// neighbourhood does not sort everything linked to a name that is in thousands of articles. The
// loader keeps digests up to date from here on (cypher/queries/write-entity-digests.cypher,
// delete-article.cypher); this builds them for a graph loaded before, with the same key format,
// order and number kept (DIGEST_KEEP in src/graph/writer.ts).
CREATE CONSTRAINT entity_digest_entity IF NOT EXISTS FOR (d:EntityDigest) REQUIRE d.entityId IS UNIQUE;
MATCH (e:Entity)
CALL (e) {
  CALL (e) {
    MATCH (x:Statement)-[:ABOUT]->(e) RETURN x.kind AS channel, x
    UNION
    MATCH (x:Statement)-[:SAID_BY]->(e) RETURN '@said' AS channel, x
    UNION
    MATCH (x:Statement)-[:VIA]->(e) RETURN '@via' AS channel, x
    UNION
    MATCH (x:Event)-[:INVOLVES]->(e) RETURN '@involves' AS channel, x
    UNION
    MATCH (x:Event)-[:IN]->(e) RETURN '@in' AS channel, x
    UNION
    MATCH (x:Source)-[:AFFILIATED_WITH]->(e) RETURN '@affiliated' AS channel, x
  }
  OPTIONAL MATCH (a:Article {id: x.articleId})
  WITH channel, x, a
  ORDER BY channel, a.publishedAt IS NULL, a.publishedAt DESC, x.articleId, x.start, x.id
  WITH channel, collect(channel + '\u001F' + coalesce(a.publishedAt, '') + '\u001F' + x.articleId + '\u001F' +
    coalesce(toString(x.start), '') + '\u001F' + x.id) AS keys
  RETURN collect(channel) AS kinds, collect(size(keys)) AS counts,
    collect(CASE WHEN size(keys) >= 50 THEN keys[50 - 1] ELSE '' END) AS floors,
    reduce(acc = [], k IN collect(keys[..50]) | acc + k) AS latest
}
WITH e, kinds, counts, floors, latest WHERE size(kinds) > 0
MERGE (d:EntityDigest {entityId: e.id})
SET d.kinds = kinds, d.counts = counts, d.floors = floors, d.latest = latest, d.revision = coalesce(d.revision, 0) + 1;
