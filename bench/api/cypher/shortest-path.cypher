// The shortest chain between two entities through statements, events, unnamed speakers and
// relations (articles left out), at most 4 hops; ties broken by node ids as the API does.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|SPOKESPERSON_OF|MEMBER_OF|DEPUTY_OF|FOUNDER_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH*..4]-(b))
WITH p
ORDER BY length(p), [n IN nodes(p) | n.id]
LIMIT 1
RETURN {length: length(p), nodes: [n IN nodes(p) | n {.id, labels: labels(n)}],
  edges: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}]} AS result
