// Batch: for each entity, a page of the statements about it, newest article first, sorted from
// every statement about it: the pages entity-statements-about.cypher cannot cut from the entity's
// digest (beyond what it keeps, or while a bulk load has it marked stale). Same parameters and
// the same projection as that file (keep them the same).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (s:Statement)-[:ABOUT]->(n)
  WHERE $kind IS NULL OR s.kind = $kind
  OPTIONAL MATCH (s)-[:IN_ARTICLE]->(a:Article)
  WITH DISTINCT s, a
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, s.articleId, s.start, s.id
  // Collect references (cheap), project properties for the page only.
  WITH collect(s) AS everything
  RETURN everything[$offset..$offset + $limit] AS items, size(everything) AS total
}
RETURN id, n {.id, .name, .nameEn, .aliases, __labels: labels(n)} AS node, total, [x IN items | x {.id, .kind, .cue, .quote}] AS page,
  CASE WHEN $sentences THEN [x IN items | x.sentence] END AS sentences,
  CASE WHEN $locations THEN [x IN items | [x.articleId, x.start, x.end]] END AS locations,
  CASE WHEN $speakers THEN [x IN items |
    head([(x)-[:SAID_BY]->(y) | y {.id, .name, .nameEn, .aliases, .description, __labels: labels(y)}])] END AS speakers,
  CASE WHEN $via THEN [x IN items |
    head([(x)-[:VIA]->(v:Entity) | v {.id, .name, .nameEn, .aliases, __labels: labels(v)}])] END AS vias
