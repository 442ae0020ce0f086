// Batch: entities by id, for the per-request entity DataLoader.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n {.*, __labels: labels(n)} AS node
