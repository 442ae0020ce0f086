// Batch: for each entity, a page of the statements about it, newest article first.
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Statement)-[:ABOUT]->(:Entity {id: id})
  WHERE $kind IS NULL OR s.kind = $kind
  OPTIONAL MATCH (s)-[:IN_ARTICLE]->(a:Article)
  WITH DISTINCT s, a
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, s.articleId, s.start, s.id
  WITH collect(s {.*, __labels: labels(s)}) AS items
  RETURN size(items) AS total, items[$offset..$offset + $limit] AS page
}
RETURN id, total, page
