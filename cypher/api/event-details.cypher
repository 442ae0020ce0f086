// Batch: each event's participants (with role), where it happened, and its evidence lists.
UNWIND $ids AS id
MATCH (ev:Event {id: id})
CALL (ev) {
  OPTIONAL MATCH (ev)-[r:INVOLVES]->(p:Entity)
  WITH r, p ORDER BY r.role, p.id
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {role: r.role, entity: p {.*, __labels: labels(p)}} END) AS participants
}
CALL (ev) {
  OPTIONAL MATCH (ev)-[:IN]->(l:Entity)
  RETURN head(collect(l {.*, __labels: labels(l)})) AS location
}
CALL (ev) {
  OPTIONAL MATCH (ev)-[rep:REPORTED_IN]->(a:Article)
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {articleId: a.id, sentences: rep.sentences, starts: rep.starts, ends: rep.ends} END) AS reports
}
RETURN id, participants, location, reports
