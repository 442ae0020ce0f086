// Recomputes EntityDigests from the graph (docs/graph-model.md): per channel, the count, the floor
// and the newest $keep keys, in the key format and order of src/graph/digest.ts. Used for the
// digests a bulk load or delete-article marked :StaleDigest; the result is fresh (label removed).
// A digest whose entity is gone, or that nothing links to any more, is deleted.
UNWIND $ids AS id
MATCH (d:EntityDigest {entityId: id})
OPTIONAL MATCH (e:Entity {id: id})
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
    collect(CASE WHEN size(keys) >= $keep THEN keys[$keep - 1] ELSE '' END) AS floors,
    reduce(acc = [], k IN collect(keys[..$keep]) | acc + k) AS latest
}
FOREACH (_ IN CASE WHEN size(kinds) = 0 THEN [1] ELSE [] END | DETACH DELETE d)
FOREACH (_ IN CASE WHEN size(kinds) > 0 THEN [1] ELSE [] END |
  SET d.kinds = kinds, d.counts = counts, d.floors = floors, d.latest = latest, d.revision = coalesce(d.revision, 0) + 1
  REMOVE d:StaleDigest)
