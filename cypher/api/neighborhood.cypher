// Everything within $depth (≤ 3) hops of a node over relationships of $types, closest first,
// capped at $limit nodes, plus every such edge among them: a drawable subgraph. Expanded level by
// level from a frontier of distinct nodes (not by enumerating paths, which explodes around hubs).
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
  OPTIONAL MATCH (c)-[r]-(m)
  WHERE type(r) IN $types AND m <> c
  WITH DISTINCT m ORDER BY m.id
  RETURN collect(m)[..$limit - 1] AS level1
}
WITH c, level1, [c] + level1 AS seen
CALL (level1, seen) {
  UNWIND CASE WHEN $depth >= 2 THEN level1 ELSE [] END AS x
  MATCH (x)-[r]-(m)
  WHERE type(r) IN $types AND NOT m IN seen
  WITH DISTINCT m ORDER BY m.id
  RETURN collect(m) AS next2
}
WITH c, seen, next2[..CASE WHEN $limit > size(seen) THEN $limit - size(seen) ELSE 0 END] AS level2
WITH c, seen + level2 AS seen, level2
CALL (level2, seen) {
  UNWIND CASE WHEN $depth >= 3 THEN level2 ELSE [] END AS x
  MATCH (x)-[r]-(m)
  WHERE type(r) IN $types AND NOT m IN seen
  WITH DISTINCT m ORDER BY m.id
  RETURN collect(m) AS next3
}
WITH seen + next3[..CASE WHEN $limit > size(seen) THEN $limit - size(seen) ELSE 0 END] AS ns
CALL (ns) {
  UNWIND ns AS x
  MATCH (x)-[r]->(y)
  WHERE type(r) IN $types AND y IN ns
  RETURN collect(DISTINCT r) AS rs
}
// Only what the selection needs: without $full, nodes carry just their id and labels (a drawing);
// without $props, edges carry no properties (the evidence lists). Projecting every property of 50
// nodes was a third of this query's work.
RETURN [n IN ns | CASE WHEN $full THEN n {.*, __labels: labels(n)} ELSE n {.id, __labels: labels(n)} END] AS nodes,
  [r IN rs | {type: type(r), from: startNode(r).id, to: endNode(r).id,
    props: CASE WHEN $props THEN properties(r) ELSE {} END}] AS edges
