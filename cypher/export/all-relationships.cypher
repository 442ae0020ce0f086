MATCH (a)-[r]->(b)
WHERE NOT a:Migration AND NOT b:Migration
RETURN elementId(r) AS key, type(r) AS type, elementId(a) AS source, elementId(b) AS target, properties(r) AS properties
ORDER BY key
