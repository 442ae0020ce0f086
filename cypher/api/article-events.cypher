// Batch: for each article, a page of the events it reports, by date.
UNWIND $ids AS id
CALL (id) {
  MATCH (ev:Event)-[:REPORTED_IN]->(:Article {id: id})
  WITH ev ORDER BY ev.date IS NULL, ev.date, ev.id
  // Collect references (cheap), project properties for the page only.
  WITH collect(ev) AS items
  RETURN size(items) AS total, [x IN items[$offset..$offset + $limit] | x {.*, __labels: labels(x)}] AS page
}
RETURN id, total, page
