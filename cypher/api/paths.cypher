// The shortest chains between two entities through statements, events, unnamed speakers and
// relations. Articles are left out by the relationship types alone: none of these touches an
// Article (docs/graph-model.md), so no node predicate is needed; one (`none(n IN nodes(p) WHERE
// n:Article)`) made the planner add a fallback plan and check ~4x more paths.
// Both ends are looked up here, so a request by ids is one statement; fromFound/toFound tell an
// unknown id from "no path". The hop bound must be a literal: 4 is the API maximum, $maxHops
// narrows it.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
// Two entities are one hop apart only through a relation (statements, events and sources sit
// between entities), and a dense node's relationships are stored by type: so direct relations
// are looked for first, reading only the relation chains of the two ends. Only when there are
// none does the breadth-first search run, which has to read every relationship of a hub.
CALL (a, b) {
  WITH a, b
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = (a)-[:AFFILIATED_WITH|LEADER_OF|SPOKESPERSON_OF|MEMBER_OF|DEPUTY_OF|FOUNDER_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN]-(b)
  RETURN collect(p) AS direct
}
CALL (a, b, direct) {
  CALL (a, b, direct) {
    UNWIND CASE WHEN size(direct) > 0 THEN direct ELSE [] END AS p
    RETURN p
    UNION ALL
    WITH a, b, direct
    WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b AND size(direct) = 0
    MATCH p = allShortestPaths((a)-[:SAID_BY|ABOUT|VIA|INVOLVES|IN|AFFILIATED_WITH|LEADER_OF|SPOKESPERSON_OF|MEMBER_OF|DEPUTY_OF|FOUNDER_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN*..4]-(b))
    WHERE length(p) <= $maxHops
    RETURN p
  }
  WITH p
  ORDER BY length(p), [n IN nodes(p) | n.id]
  LIMIT $first
  // $full and $props as in neighborhood.cypher: all properties only when the selection needs them,
  // a relation's evidence from its records.
  RETURN collect({
    nodes: [n IN nodes(p) | CASE WHEN $full THEN n {.*, __labels: labels(n)} ELSE n {.id, __labels: labels(n)} END],
    edges: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id,
      props: CASE WHEN NOT $props THEN {}
        WHEN type(r) IN ['LEADER_OF', 'MEMBER_OF', 'SPOKESPERSON_OF', 'FOUNDER_OF', 'DEPUTY_OF', 'PART_OF', 'LOCATED_IN', 'BORDERS', 'BASED_IN', 'AFFILIATED_WITH']
          AND startNode(r):Entity
        THEN head([xs IN [COLLECT {
            MATCH (x:RelationEvidence {from: startNode(r).id, to: endNode(r).id, type: type(r)})
            RETURN x ORDER BY x.articleId, x.start, x.sentence
          }] | {articleIds: [x IN xs | x.articleId], sentences: [x IN xs | x.sentence],
            starts: [x IN xs | x.start], ends: [x IN xs | x.end]}])
        ELSE properties(r) END}]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths
