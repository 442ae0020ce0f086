// Everything within $depth hops of a node (statements, events, speakers, relations; articles
// only when asked), closest first, capped at $limit nodes, plus every edge among them: a drawable
// subgraph.
MATCH (c {id: $id})
WHERE c:Entity OR c:Event OR c:Statement OR c:Source
OPTIONAL MATCH p = (c)-[*1..3]-(m)
WHERE length(p) <= $depth
  AND all(r IN relationships(p) WHERE type(r) IN $types)
  AND NOT m:Migration
WITH c, m, min(length(p)) AS hops
ORDER BY hops, m.id
WITH c, collect(m)[..$limit - 1] AS around
WITH [c] + [x IN around WHERE x IS NOT NULL] AS ns
UNWIND ns AS x
OPTIONAL MATCH (x)-[r]->(y)
WHERE y IN ns AND type(r) IN $types
WITH ns, collect(DISTINCT r) AS rs
RETURN [n IN ns | n {.*, __labels: labels(n)}] AS nodes,
  [r IN rs WHERE r IS NOT NULL | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS edges
