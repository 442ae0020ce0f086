// Entity card: the entity, how many statements are about it, and the newest $limit of them with
// their speakers (same order as the API: article date, newest first, undated last).
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (s:Statement)-[:ABOUT]->(e)
  RETURN count(s) AS total
}
CALL (e) {
  MATCH (s:Statement)-[:ABOUT]->(e)
  OPTIONAL MATCH (s)-[:IN_ARTICLE]->(a:Article)
  WITH s, a
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, s.articleId, s.start, s.id
  LIMIT $limit
  RETURN collect(s {.id, .quote, .kind, .cue,
    speaker: head([(s)-[:SAID_BY]->(x) | x {.id, .name, .description, labels: labels(x)}])}) AS statements
}
RETURN {entity: e {.id, .name, .nameEn, .aliases}, total: total, statements: statements} AS result
