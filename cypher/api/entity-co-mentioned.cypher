// Batch: for each entity, the entities named in the same articles, with how many articles and
// how many statements link the two (one speaking about the other, or both as topics).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(o:Entity)
  WHERE o <> e
  WITH o, count(DISTINCT a) AS articles
  WITH o, articles, COUNT { (s:Statement)-[:SAID_BY|ABOUT]->(e) WHERE EXISTS { (s)-[:SAID_BY|ABOUT]->(o) } } AS statements
  ORDER BY articles DESC, statements DESC, o.name, o.id
  LIMIT $limit
  RETURN collect({entity: o {.*, __labels: labels(o)}, articles: articles, statements: statements}) AS items
}
RETURN id, items
