UNWIND $keys AS key
MATCH (n) WHERE elementId(n) = key
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS properties
ORDER BY key
