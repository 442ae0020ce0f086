// Everything within 2 hops of an entity through statements, events, unnamed speakers and
// relations (articles left out), closest first then by id, at most $limit nodes with the centre,
// plus every edge among them. A label-anchored start and a literal bound with DISTINCT-style
// aggregation let the planner use a pruning breadth-first expand (each node reached once) and a
// Top instead of sorting every path. The bound is literal because Cypher takes no parameter there;
// the benchmark asks for depth 2.
MATCH (c:Entity {id: $id})
MATCH p = (c)-[:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|SPOKESPERSON_OF|MEMBER_OF|DEPUTY_OF|FOUNDER_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH*1..2]-(m)
WHERE m <> c
WITH c, m, min(length(p)) AS hops
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
