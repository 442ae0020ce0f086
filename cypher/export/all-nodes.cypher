// Every node of the knowledge graph (migration bookkeeping and the derived statement digests left
// out, and relation evidence records, which the relationships carry in the export).
MATCH (n)
WHERE NOT n:Migration AND NOT n:EntityDigest AND NOT n:RelationEvidence
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS properties
ORDER BY key
