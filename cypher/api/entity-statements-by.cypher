// Batch: for each entity, a page of the statements it made (directly, or through an unnamed
// speaker affiliated with it when $affiliated), newest article first.
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Statement)-[:SAID_BY]->(x)
  WHERE (x.id = id OR ($affiliated AND EXISTS { (x:Source)-[:AFFILIATED_WITH]->(:Entity {id: id}) }))
    AND ($kind IS NULL OR s.kind = $kind)
  OPTIONAL MATCH (s)-[:IN_ARTICLE]->(a:Article)
  WITH DISTINCT s, a
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, s.articleId, s.start, s.id
  // Collect references (cheap), project properties for the page only.
  WITH collect(s) AS items
  RETURN size(items) AS total, [x IN items[$offset..$offset + $limit] | x {.*, __labels: labels(x)}] AS page
}
RETURN id, total, page
