MATCH (n)
WHERE NOT n:Migration AND NOT n:EntityDigest
RETURN count(n) AS nodes
