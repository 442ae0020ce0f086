// Batch: events by id.
UNWIND $ids AS id
MATCH (n:Event {id: id})
RETURN id, n {.*, __labels: labels(n)} AS node
