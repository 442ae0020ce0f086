// Batch: articles by id (with their text: evidence sentences are cut from it).
UNWIND $ids AS id
MATCH (n:Article {id: id})
RETURN id, n {.*, __labels: labels(n)} AS node
