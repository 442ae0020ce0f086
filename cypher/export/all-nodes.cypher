// Every node of the knowledge graph (migration bookkeeping left out).
MATCH (n)
WHERE NOT n:Migration
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS properties
ORDER BY key
