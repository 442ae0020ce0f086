// Statements about an entity of one kind: the count and the newest $limit (API order).
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (s:Statement)-[:ABOUT]->(e)
  WHERE s.kind = $kind
  RETURN count(s) AS total
}
CALL (e) {
  MATCH (s:Statement)-[:ABOUT]->(e)
  WHERE s.kind = $kind
  OPTIONAL MATCH (s)-[:IN_ARTICLE]->(a:Article)
  WITH s, a
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, s.articleId, s.start, s.id
  LIMIT $limit
  RETURN collect(s {.id, .quote, .kind, .sentence}) AS statements
}
RETURN {id: e.id, total: total, statements: statements} AS result
