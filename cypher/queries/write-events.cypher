// One row per event; the event belongs to the article that reports it (ids are article-scoped).
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (ev:Event {id: row.id})
SET ev.type = row.type,
    ev.date = row.date,
    ev.killed = toInteger(row.killed),
    ev.trigger = row.trigger,
    ev.sentence = row.sentence,
    ev.articleId = row.articleId
MERGE (ev)-[rep:REPORTED_IN]->(a)
SET rep.sentences = row.sentences,
    rep.starts = [x IN row.starts | toInteger(x)],
    rep.ends = [x IN row.ends | toInteger(x)]
WITH ev, row
CALL (ev, row) {
  UNWIND row.participants AS p
  MATCH (x:Entity {id: p.entityId})
  MERGE (ev)-[:INVOLVES {role: p.role}]->(x)
}
CALL (ev, row) {
  MATCH (loc:Entity {id: row.locationId})
  MERGE (ev)-[:IN]->(loc)
}
