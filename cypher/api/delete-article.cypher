// Removes an article and what only it supported: its statements, events reported nowhere else,
// its mention edges, its items in relation evidence (relations left without evidence go), and
// entities and sources no longer mentioned or referenced anywhere.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH a, collect(DISTINCT e) AS touched
CALL (a) {
  OPTIONAL MATCH (s:Statement)-[:IN_ARTICLE]->(a)
  OPTIONAL MATCH (s)-[:SAID_BY]->(src:Source)
  WITH collect(DISTINCT s) AS statements, collect(DISTINCT src) AS sources
  FOREACH (s IN statements | DETACH DELETE s)
  RETURN size(statements) AS statementsDeleted, sources
}
CALL (a) {
  OPTIONAL MATCH (ev:Event)-[:REPORTED_IN]->(a)
  WITH ev WHERE ev IS NOT NULL AND COUNT { (ev)-[:REPORTED_IN]->() } = 1
  DETACH DELETE ev
  RETURN count(ev) AS eventsDeleted
}
CALL (a) {
  MATCH (:Entity)-[r]->(:Entity)
  WHERE $id IN coalesce(r.articleIds, [])
  WITH r, [i IN range(0, size(r.articleIds) - 1) WHERE r.articleIds[i] <> $id] AS keep
  SET r.articleIds = [i IN keep | r.articleIds[i]],
      r.sentences = [i IN keep | r.sentences[i]],
      r.starts = [i IN keep | r.starts[i]],
      r.ends = [i IN keep | r.ends[i]]
  WITH r WHERE size(r.articleIds) = 0
  DELETE r
  RETURN count(r) AS relationsDeleted
}
DETACH DELETE a
WITH touched, sources, statementsDeleted, eventsDeleted, relationsDeleted
CALL (touched) {
  UNWIND touched AS e
  WITH e WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) }
    AND NOT EXISTS { (:Statement)--(e) } AND NOT EXISTS { (:Event)--(e) }
  DETACH DELETE e
  RETURN count(e) AS entitiesDeleted
}
CALL (sources) {
  UNWIND sources AS src
  WITH src WHERE NOT EXISTS { (:Statement)-[:SAID_BY]->(src) }
  DETACH DELETE src
  RETURN count(src) AS sourcesDeleted
}
RETURN statementsDeleted, eventsDeleted, relationsDeleted, entitiesDeleted, sourcesDeleted
