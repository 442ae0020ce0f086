// One row per event; the event belongs to the article that reports it (ids are article-scoped).
// CREATE, not MERGE: the writer only sends articles that are not in the graph (or that it has just
// removed, for --replace), and all this belongs to the article, so none of it can exist yet; the
// uniqueness constraints turn a broken assumption into an error rather than a duplicate.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (ev:Event {id: row.id, type: row.type, date: row.date, killed: toInteger(row.killed), trigger: row.trigger,
  sentence: row.sentence, articleId: row.articleId})
CREATE (ev)-[:REPORTED_IN {sentences: row.sentences, starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)]}]->(a)
WITH ev, row
CALL (ev, row) {
  UNWIND row.participants AS p
  MATCH (x:Entity {id: p.entityId})
  CREATE (ev)-[:INVOLVES {role: p.role}]->(x)
}
CALL (ev, row) {
  MATCH (loc:Entity {id: row.locationId})
  CREATE (ev)-[:IN]->(loc)
}
