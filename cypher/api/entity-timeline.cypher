// Batch: for each entity, what happened to it and what was said by or about it, in date order
// (the event's date, else the earliest reporting article's date; a statement's article date).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (ev:Event)-[:INVOLVES|IN]->(e)
  OPTIONAL MATCH (ev)-[:REPORTED_IN]->(a:Article)
  WITH ev, min(a.publishedAt) AS published
  RETURN 'EVENT' AS kind, coalesce(ev.date, published) AS date, ev {.*, __labels: labels(ev)} AS node
  UNION
  MATCH (s:Statement)-[:SAID_BY|ABOUT]->(e)
  OPTIONAL MATCH (s)-[:IN_ARTICLE]->(a:Article)
  WITH DISTINCT s, a
  RETURN 'STATEMENT' AS kind, a.publishedAt AS date, s {.*, __labels: labels(s)} AS node
}
WITH id, kind, date, node
ORDER BY date IS NULL, date, kind, node.id
WITH id, collect({kind: kind, date: date, node: node}) AS items
RETURN id, items[..$limit] AS items
