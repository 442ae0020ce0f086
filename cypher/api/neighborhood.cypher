// Everything within $depth (≤ 3) hops of a node over the graph's structure (statements, events,
// unnamed speakers, relations; articles left out: neighborhood-articles.cypher has them), closest
// first then by id, capped at $limit nodes, plus every such edge among them: a drawable subgraph.
// Expanded level by level from a frontier of distinct nodes (not by enumerating paths, which
// explodes around hubs); a level is expanded only while the cap is not reached.
// The relationship types are literal because Cypher takes no parameter there, and a
// `type(r) IN $types` filter instead makes Neo4j read every relationship of a hub, mentions
// included: 40k db hits against 18k for the bench's rank-11 person at 100k articles.
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
CALL (c) {
  OPTIONAL MATCH (c)-[r:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|MEMBER_OF|SPOKESPERSON_OF|FOUNDER_OF|DEPUTY_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH]-(m)
  WHERE m <> c
  WITH DISTINCT m ORDER BY m.id LIMIT $limit - 1
  RETURN collect(m) AS level1
}
WITH c, level1, [c] + level1 AS seen
CALL (level1, seen) {
  UNWIND CASE WHEN $depth >= 2 AND size(seen) < $limit THEN level1 ELSE [] END AS x
  MATCH (x)-[r:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|MEMBER_OF|SPOKESPERSON_OF|FOUNDER_OF|DEPUTY_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH]-(m)
  WHERE NOT m IN seen
  WITH DISTINCT m ORDER BY m.id
  RETURN collect(m) AS next2
}
WITH c, seen, next2[..CASE WHEN $limit > size(seen) THEN $limit - size(seen) ELSE 0 END] AS level2
WITH c, seen + level2 AS seen, level2
CALL (level2, seen) {
  UNWIND CASE WHEN $depth >= 3 AND size(seen) < $limit THEN level2 ELSE [] END AS x
  MATCH (x)-[r:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|MEMBER_OF|SPOKESPERSON_OF|FOUNDER_OF|DEPUTY_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH]-(m)
  WHERE NOT m IN seen
  WITH DISTINCT m ORDER BY m.id
  RETURN collect(m) AS next3
}
WITH seen + next3[..CASE WHEN $limit > size(seen) THEN $limit - size(seen) ELSE 0 END] AS ns
CALL (ns) {
  UNWIND ns AS x
  MATCH (x)-[r:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|MEMBER_OF|SPOKESPERSON_OF|FOUNDER_OF|DEPUTY_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH]->(y)
  WHERE y IN ns
  RETURN collect(DISTINCT r) AS rs
}
// Only what the selection needs: without $full, nodes carry just their id and labels (a drawing);
// without $props, edges carry no properties (the evidence lists). Projecting every property of 50
// nodes was a third of this query's work.
RETURN [n IN ns | CASE WHEN $full THEN n {.*, __labels: labels(n)} ELSE n {.id, __labels: labels(n)} END] AS nodes,
  [r IN rs | {type: type(r), from: startNode(r).id, to: endNode(r).id,
    props: CASE WHEN $props THEN properties(r) ELSE {} END}] AS edges
