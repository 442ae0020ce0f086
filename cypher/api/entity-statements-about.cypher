// Batch: for each entity, a page of the statements about it, newest article first, and the entity
// itself (so `entity(id) { statementsAbout … }` is one statement: the resolver of `entity` sends
// this and primes the entity loader). With $speakers, each statement also carries who made it and
// the outlet relaying it (as statement-speakers.cypher answers them), so the speaker loader is
// primed instead of queried after this answers.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (s:Statement)-[:ABOUT]->(n)
  WHERE $kind IS NULL OR s.kind = $kind
  OPTIONAL MATCH (s)-[:IN_ARTICLE]->(a:Article)
  WITH DISTINCT s, a
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, s.articleId, s.start, s.id
  // Collect references (cheap), project properties for the page only.
  WITH collect(s) AS items
  RETURN size(items) AS total, [x IN items[$offset..$offset + $limit] | x {.*, __labels: labels(x),
    __speakers: CASE WHEN $speakers THEN {
      speaker: head([(x)-[:SAID_BY]->(y) | y {.*, __labels: labels(y)}]),
      via: head([(x)-[:VIA]->(v:Entity) | v {.*, __labels: labels(v)}])
    } END}] AS page
}
RETURN id, n {.*, __labels: labels(n)} AS node, total, page
