// Everything within 1 or 2 hops of an entity through statements, events, unnamed speakers and
// relations (articles left out), closest first then by id, at most $limit nodes with the centre,
// plus every edge among them. Ring by ring with DISTINCT, so nodes reached by many paths are
// expanded once rather than once per path. Depth is 2 (the benchmark's); 1 uses the first ring.
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|SPOKESPERSON_OF|MEMBER_OF|DEPUTY_OF|FOUNDER_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH]-(m)
  WHERE m <> c
  RETURN DISTINCT m, 1 AS hops
  UNION
  MATCH (c)-[:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|SPOKESPERSON_OF|MEMBER_OF|DEPUTY_OF|FOUNDER_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH]-(n)
  WITH DISTINCT c, n
  MATCH (n)-[:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|SPOKESPERSON_OF|MEMBER_OF|DEPUTY_OF|FOUNDER_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH]-(m)
  WHERE m <> c AND $depth >= 2
  RETURN DISTINCT m, 2 AS hops
}
WITH c, m, min(hops) AS hops
ORDER BY hops, m.id
LIMIT $limit - 1
WITH c, collect(m) AS around
WITH [c] + around AS ns
UNWIND ns AS x
OPTIONAL MATCH (x)-[r:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|SPOKESPERSON_OF|MEMBER_OF|DEPUTY_OF|FOUNDER_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH]->(y)
WHERE y IN ns
WITH ns, collect(DISTINCT r) AS rs
RETURN {nodes: [n IN ns | n {.id, labels: labels(n)}],
  edges: [r IN rs | {type: type(r), from: startNode(r).id, to: endNode(r).id}]} AS result
