// Batch: what each statement is about (entities and events).
UNWIND $ids AS id
MATCH (s:Statement {id: id})-[:ABOUT]->(t)
WITH id, t ORDER BY t.id
RETURN id, collect(t {.*, __labels: labels(t)}) AS about
