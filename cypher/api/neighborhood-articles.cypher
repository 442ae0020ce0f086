// neighborhood.cypher with the articles too (includeArticles): the same rings, order, caps and
// projection over the structure types plus IN_ARTICLE, REPORTED_IN and MENTIONS. A second file
// because relationship types in a pattern must be literal (see neighborhood.cypher). An entity's
// articles have no digest, so its first ring reads every relationship it has.
CALL () {
  MATCH (c:Entity {id: $id}) RETURN c
  UNION
  MATCH (c:Event {id: $id}) RETURN c
  UNION
  MATCH (c:Statement {id: $id}) RETURN c
  UNION
  MATCH (c:Source {id: $id}) RETURN c
  UNION
  MATCH (c:Article {id: $id}) RETURN c
}
WITH c LIMIT 1
// Ring 1: every relationship of the centre is read (articles' MENTIONS have no digest).
CALL (c) {
  MATCH (c)-[:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|MEMBER_OF|SPOKESPERSON_OF|FOUNDER_OF|DEPUTY_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH|IN_ARTICLE|REPORTED_IN|MENTIONS]-(m)
  WHERE m <> c
  WITH DISTINCT m
  OPTIONAL MATCH (art:Article {id: coalesce(m.articleId, CASE WHEN m:Article THEN m.id END)})
  WITH m, art ORDER BY NOT m:Entity, art.publishedAt IS NULL, art.publishedAt DESC, m.articleId, m.start, m.id
  LIMIT $limit - 1
  RETURN collect(m) AS level1
}
WITH c, level1, [c] + level1 AS seen
CALL (level1, seen) {
  UNWIND CASE WHEN $depth >= 2 AND size(seen) < $limit THEN level1 ELSE [] END AS x
  MATCH (x)-[:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|MEMBER_OF|SPOKESPERSON_OF|FOUNDER_OF|DEPUTY_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH|IN_ARTICLE|REPORTED_IN|MENTIONS]-(m)
  WHERE NOT m IN seen
  WITH DISTINCT m
  OPTIONAL MATCH (art:Article {id: coalesce(m.articleId, CASE WHEN m:Article THEN m.id END)})
  WITH m, art ORDER BY NOT m:Entity, art.publishedAt IS NULL, art.publishedAt DESC, m.articleId, m.start, m.id
  LIMIT $limit
  RETURN collect(m) AS next2
}
WITH c, seen, next2[..CASE WHEN $limit > size(seen) THEN $limit - size(seen) ELSE 0 END] AS level2
WITH c, seen + level2 AS seen, level2
CALL (level2, seen) {
  UNWIND CASE WHEN $depth >= 3 AND size(seen) < $limit THEN level2 ELSE [] END AS x
  MATCH (x)-[:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|MEMBER_OF|SPOKESPERSON_OF|FOUNDER_OF|DEPUTY_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH|IN_ARTICLE|REPORTED_IN|MENTIONS]-(m)
  WHERE NOT m IN seen
  WITH DISTINCT m
  OPTIONAL MATCH (art:Article {id: coalesce(m.articleId, CASE WHEN m:Article THEN m.id END)})
  WITH m, art ORDER BY NOT m:Entity, art.publishedAt IS NULL, art.publishedAt DESC, m.articleId, m.start, m.id
  LIMIT $limit
  RETURN collect(m) AS next3
}
WITH seen + next3[..CASE WHEN $limit > size(seen) THEN $limit - size(seen) ELSE 0 END] AS ns
CALL (ns) {
  UNWIND ns AS x
  MATCH (x)-[r:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|MEMBER_OF|SPOKESPERSON_OF|FOUNDER_OF|DEPUTY_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH|IN_ARTICLE|REPORTED_IN|MENTIONS]->(y)
  WHERE y IN ns
  RETURN collect(DISTINCT r) AS rs
}
// Only what the selection needs: without $full, nodes carry just their id and labels (a drawing);
// without $props, edges carry no properties (the evidence lists; a relation's come from its
// RelationEvidence records, and only Entity-to-Entity AFFILIATED_WITH is a relation: a Source's is
// not). Projecting every property of 50 nodes was a third of this query's work.
RETURN [n IN ns | CASE WHEN $full THEN n {.*, __labels: labels(n)} ELSE n {.id, __labels: labels(n)} END] AS nodes,
  [r IN rs | {type: type(r), from: startNode(r).id, to: endNode(r).id,
    props: CASE WHEN NOT $props THEN {}
      WHEN type(r) IN ['LEADER_OF', 'MEMBER_OF', 'SPOKESPERSON_OF', 'FOUNDER_OF', 'DEPUTY_OF', 'PART_OF', 'LOCATED_IN', 'BORDERS', 'BASED_IN', 'AFFILIATED_WITH']
        AND startNode(r):Entity
      THEN head([xs IN [COLLECT {
          MATCH (x:RelationEvidence {from: startNode(r).id, to: endNode(r).id, type: type(r)})
          RETURN x ORDER BY x.articleId, x.start, x.sentence
        }] | {articleIds: [x IN xs | x.articleId], sentences: [x IN xs | x.sentence],
          starts: [x IN xs | x.start], ends: [x IN xs | x.end]}])
      ELSE properties(r) END}] AS edges
