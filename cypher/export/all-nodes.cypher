// Every node of the knowledge graph (migration bookkeeping and the derived statement digests left out).
MATCH (n)
WHERE NOT n:Migration AND NOT n:EntityDigest
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS properties
ORDER BY key
