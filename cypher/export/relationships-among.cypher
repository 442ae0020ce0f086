// Relationships whose both ends are in the exported set.
UNWIND $keys AS key
MATCH (a)-[r]->(b) WHERE elementId(a) = key AND elementId(b) IN $keys
RETURN elementId(r) AS key, type(r) AS type, elementId(a) AS source, elementId(b) AS target, properties(r) AS properties
ORDER BY key
