MATCH (n)
WHERE NOT n:Migration AND NOT n:EntityDigest AND NOT n:RelationEvidence
RETURN count(n) AS nodes
