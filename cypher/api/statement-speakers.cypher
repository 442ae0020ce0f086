// Batch: who made each statement (an entity or an unnamed Source) and the outlet relaying it.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
OPTIONAL MATCH (s)-[:SAID_BY]->(x)
OPTIONAL MATCH (s)-[:VIA]->(v:Entity)
RETURN id, head(collect(x {.*, __labels: labels(x)})) AS speaker, head(collect(v {.*, __labels: labels(v)})) AS via
