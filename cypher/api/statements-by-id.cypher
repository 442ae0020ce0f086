// Batch: statements by id.
UNWIND $ids AS id
MATCH (n:Statement {id: id})
RETURN id, n {.*, __labels: labels(n)} AS node
