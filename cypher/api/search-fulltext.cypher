// Search through the full-text indexes alone, used when they cover every wanted label (every
// entity or statement search once the migrations ran). Kept apart from search.cypher because there
// the planner label-scans Statement/Article/Event even when the scans' guards are false.
UNWIND $indexes AS idx
CALL db.index.fulltext.queryNodes(idx, $query, {limit: $fetch}) YIELD node, score
WITH node, score
WHERE any(l IN labels(node) WHERE l IN $labels)
WITH node, max(score) AS score
ORDER BY score DESC, node.id
// Collect references (cheap), project properties for the page only; scores[i] is page[i]'s.
WITH collect(node) AS nodes, collect(score) AS scores
WITH size(nodes) AS total, nodes[$offset..$offset + $limit] AS page, scores[$offset..$offset + $limit] AS scores
RETURN total, [n IN page | n {.*, __labels: labels(n)}] AS page, scores
