MATCH (n)
WHERE NOT n:Migration
RETURN count(n) AS nodes
