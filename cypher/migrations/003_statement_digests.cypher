// StatementDigest: per entity, how many statements of each kind are about it and the keys of the
// newest 50 of each kind (docs/graph-model.md), so an entity card does not sort every statement
// about a name that is in thousands of articles. The loader keeps digests up to date from here on
// (cypher/queries/write-statement-digests.cypher, delete-article.cypher); this builds them for a
// graph loaded before, with the same key format, order and number kept (DIGEST_KEEP in
// src/graph/writer.ts).
CREATE CONSTRAINT statement_digest_entity IF NOT EXISTS FOR (d:StatementDigest) REQUIRE d.entityId IS UNIQUE;
MATCH (e:Entity)
WHERE EXISTS { MATCH (:Statement)-[:ABOUT]->(e) }
CALL (e) {
  MATCH (s:Statement)-[:ABOUT]->(e)
  OPTIONAL MATCH (s)-[:IN_ARTICLE]->(a:Article)
  WITH s, a
  ORDER BY s.kind, a.publishedAt IS NULL, a.publishedAt DESC, s.articleId, s.start, s.id
  WITH s.kind AS kind, collect(s.kind + '\u001F' + coalesce(a.publishedAt, '') + '\u001F' + s.articleId + '\u001F' +
    coalesce(toString(s.start), '') + '\u001F' + s.id) AS keys
  RETURN collect(kind) AS kinds, collect(size(keys)) AS counts, reduce(acc = [], k IN collect(keys[..50]) | acc + k) AS latest
}
MERGE (d:StatementDigest {entityId: e.id})
SET d.kinds = kinds, d.counts = counts, d.latest = latest, d.revision = coalesce(d.revision, 0) + 1;
