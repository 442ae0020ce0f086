// Batch: the side each unnamed speaker belongs to.
UNWIND $ids AS id
MATCH (:Source {id: id})-[:AFFILIATED_WITH]->(e:Entity)
RETURN id, head(collect(e {.*, __labels: labels(e)})) AS entity
