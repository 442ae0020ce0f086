// The shortest chains between two nodes through statements, events, unnamed speakers and
// relations; articles are left out (every pair of co-mentioned entities would be 2 hops apart).
// The hop bound must be a literal: 4 is the API maximum, $maxHops narrows it.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:SAID_BY|ABOUT|VIA|INVOLVES|IN|AFFILIATED_WITH|LEADER_OF|SPOKESPERSON_OF|MEMBER_OF|DEPUTY_OF|FOUNDER_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN*..4]-(b))
WHERE length(p) <= $maxHops AND none(n IN nodes(p) WHERE n:Article OR n:Migration)
WITH p
ORDER BY length(p), [n IN nodes(p) | n.id]
LIMIT $first
RETURN [n IN nodes(p) | n {.*, __labels: labels(n)}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS edges
