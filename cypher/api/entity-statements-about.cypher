// Batch: for each entity, a page of the statements about it, newest article first.
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Statement)-[:ABOUT]->(:Entity {id: id})
  WHERE $kind IS NULL OR s.kind = $kind
  OPTIONAL MATCH (s)-[:IN_ARTICLE]->(a:Article)
  WITH DISTINCT s, a
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, s.articleId, s.start, s.id
  // Collect references (cheap), project properties for the page only.
  WITH collect(s) AS items
  RETURN size(items) AS total, [x IN items[$offset..$offset + $limit] | x {.*, __labels: labels(x)}] AS page
}
RETURN id, total, page
