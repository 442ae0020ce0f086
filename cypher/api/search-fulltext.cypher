// Full-text search across the given indexes (each query string already Lucene-escaped), keeping
// only the wanted labels; a node matched by several indexes keeps its best score.
UNWIND $indexes AS idx
CALL db.index.fulltext.queryNodes(idx, $query, {limit: $fetch}) YIELD node, score
WITH node, score
WHERE any(l IN labels(node) WHERE l IN $labels)
WITH node, max(score) AS score
ORDER BY score DESC, node.id
WITH collect({node: node {.*, __labels: labels(node)}, score: score}) AS items
RETURN size(items) AS total, items[$offset..$offset + $limit] AS page
