// One row per statement. A MATCH on a null id finds nothing, so absent speakers, outlets and
// targets simply add no relationship.
// CREATE, not MERGE: the writer only sends articles that are not in the graph (or that it has just
// removed, for --replace), and all this belongs to the article, so none of it can exist yet; the
// uniqueness constraints turn a broken assumption into an error rather than a duplicate.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (s:Statement {id: row.id, cue: row.cue, kind: row.kind, quote: row.quote, sentence: row.sentence,
  start: toInteger(row.start), end: toInteger(row.end), articleId: row.articleId})
CREATE (s)-[:IN_ARTICLE]->(a)
WITH s, row
CALL (s, row) {
  MATCH (speaker:Entity {id: row.speakerEntityId})
  CREATE (s)-[:SAID_BY]->(speaker)
}
CALL (s, row) {
  MATCH (speaker:Source {id: row.speakerSourceId})
  CREATE (s)-[:SAID_BY]->(speaker)
}
CALL (s, row) {
  MATCH (outlet:Entity {id: row.via})
  CREATE (s)-[:VIA]->(outlet)
}
CALL (s, row) {
  UNWIND row.aboutEntities AS id
  MATCH (x:Entity {id: id})
  CREATE (s)-[:ABOUT]->(x)
}
CALL (s, row) {
  UNWIND row.aboutEvents AS id
  MATCH (x:Event {id: id})
  CREATE (s)-[:ABOUT]->(x)
}
