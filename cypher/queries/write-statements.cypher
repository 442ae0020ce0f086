// One row per statement. A MATCH on a null id finds nothing, so absent speakers, outlets and
// targets simply add no relationship.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (s:Statement {id: row.id})
SET s.cue = row.cue,
    s.kind = row.kind,
    s.quote = row.quote,
    s.sentence = row.sentence,
    s.start = toInteger(row.start),
    s.end = toInteger(row.end),
    s.articleId = row.articleId
MERGE (s)-[:IN_ARTICLE]->(a)
WITH s, row
CALL (s, row) {
  MATCH (speaker:Entity {id: row.speakerEntityId})
  MERGE (s)-[:SAID_BY]->(speaker)
}
CALL (s, row) {
  MATCH (speaker:Source {id: row.speakerSourceId})
  MERGE (s)-[:SAID_BY]->(speaker)
}
CALL (s, row) {
  MATCH (outlet:Entity {id: row.via})
  MERGE (s)-[:VIA]->(outlet)
}
CALL (s, row) {
  UNWIND row.aboutEntities AS id
  MATCH (x:Entity {id: id})
  MERGE (s)-[:ABOUT]->(x)
}
CALL (s, row) {
  UNWIND row.aboutEvents AS id
  MATCH (x:Event {id: id})
  MERGE (s)-[:ABOUT]->(x)
}
