// A relation's evidence records (RelationEvidence) are exported on it as parallel lists
// (articleIds, sentences, starts, ends), as the graph kept them before migration 004.
// Relationships whose both ends are in the exported set.
UNWIND $keys AS key
MATCH (a)-[r]->(b) WHERE elementId(a) = key AND elementId(b) IN $keys
RETURN elementId(r) AS key, type(r) AS type, elementId(a) AS source, elementId(b) AS target, CASE WHEN type(r) IN ['LEADER_OF', 'MEMBER_OF', 'SPOKESPERSON_OF', 'FOUNDER_OF', 'DEPUTY_OF', 'PART_OF', 'LOCATED_IN', 'BORDERS', 'BASED_IN', 'AFFILIATED_WITH'] AND a:Entity
  THEN head([xs IN [COLLECT {
      MATCH (x:RelationEvidence {from: a.id, to: b.id, type: type(r)})
      RETURN x ORDER BY x.articleId, x.start, x.sentence
    }] | r {.*, articleIds: [x IN xs | x.articleId], sentences: [x IN xs | x.sentence],
      starts: [x IN xs | x.start], ends: [x IN xs | x.end]}])
  ELSE properties(r) END AS properties
ORDER BY key
