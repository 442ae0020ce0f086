// Batch: for each article, a page of the events it reports, by date.
UNWIND $ids AS id
CALL (id) {
  MATCH (ev:Event)-[:REPORTED_IN]->(:Article {id: id})
  WITH ev ORDER BY ev.date IS NULL, ev.date, ev.id
  WITH collect(ev {.*, __labels: labels(ev)}) AS items
  RETURN size(items) AS total, items[$offset..$offset + $limit] AS page
}
RETURN id, total, page
