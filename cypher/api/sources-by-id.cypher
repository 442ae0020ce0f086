// Batch: unnamed speakers by id.
UNWIND $ids AS id
MATCH (n:Source {id: id})
RETURN id, n {.*, __labels: labels(n)} AS node
