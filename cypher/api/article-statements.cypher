// Batch: for each article, a page of its statements in text order.
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Statement)-[:IN_ARTICLE]->(:Article {id: id})
  WITH s ORDER BY s.start, s.id
  WITH collect(s {.*, __labels: labels(s)}) AS items
  RETURN size(items) AS total, items[$offset..$offset + $limit] AS page
}
RETURN id, total, page
