// Batch: for each article, a page of its statements in text order.
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Statement)-[:IN_ARTICLE]->(:Article {id: id})
  WITH s ORDER BY s.start, s.id
  // Collect references (cheap), project properties for the page only.
  WITH collect(s) AS items
  RETURN size(items) AS total, [x IN items[$offset..$offset + $limit] | x {.*, __labels: labels(x)}] AS page
}
RETURN id, total, page
