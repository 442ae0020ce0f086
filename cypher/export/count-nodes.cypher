MATCH (n)
WHERE NOT n:Migration AND NOT n:StatementDigest
RETURN count(n) AS nodes
