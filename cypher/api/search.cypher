// Search: the full-text indexes in $indexes (query already Lucene-escaped) for the labels they
// cover, plus a substring scan for wanted labels no index covers ($scan: e.g. Article titles and
// Event sentences), one ranked list. Scan hits score 1 (exact name 2). Only used when $scan is not
// empty (search-fulltext.cypher otherwise): Neo4j plans every label scan below whatever guards it.
CALL () {
  UNWIND $indexes AS idx
  CALL db.index.fulltext.queryNodes(idx, $query, {limit: $fetch}) YIELD node, score
  RETURN node, score
  UNION ALL
  MATCH (node:Entity)
  WHERE 'Entity' IN $scan
    AND (node.normName CONTAINS $norm OR toLower(coalesce(node.nameEn, '')) CONTAINS $lower
         OR any(a IN coalesce(node.normAliases, []) WHERE a CONTAINS $norm))
  RETURN node, CASE WHEN node.normName = $norm OR toLower(coalesce(node.nameEn, '')) = $lower THEN 2.0 ELSE 1.0 END AS score
  UNION ALL
  MATCH (node:Statement)
  WHERE 'Statement' IN $scan AND (node.quote CONTAINS $raw OR node.sentence CONTAINS $raw)
  RETURN node, 1.0 AS score
  UNION ALL
  MATCH (node:Article)
  WHERE 'Article' IN $scan AND (node.title CONTAINS $raw OR toLower(node.title) CONTAINS $lower)
  RETURN node, 1.0 AS score
  UNION ALL
  MATCH (node:Event)
  WHERE 'Event' IN $scan AND (node.sentence CONTAINS $raw OR node.trigger CONTAINS $raw OR toLower(node.type) = $lower)
  RETURN node, 1.0 AS score
}
WITH node, score
WHERE any(l IN labels(node) WHERE l IN $labels)
WITH node, max(score) AS score
ORDER BY score DESC, node.id
// Collect references (cheap), project properties for the page only; scores[i] is page[i]'s.
WITH collect(node) AS nodes, collect(score) AS scores
WITH size(nodes) AS total, nodes[$offset..$offset + $limit] AS page, scores[$offset..$offset + $limit] AS scores
RETURN total, [n IN page | n {.*, __labels: labels(n)}] AS page, scores
