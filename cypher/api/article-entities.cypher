// Batch: for each article, the entities it mentions with the mention count, most mentioned first.
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(e:Entity)
WITH id, e, m ORDER BY coalesce(m.count, size(m.starts)) DESC, e.name, e.id
RETURN id, collect({entity: e {.*, __labels: labels(e)}, count: coalesce(m.count, size(m.starts)), texts: m.texts, starts: m.starts, ends: m.ends}) AS mentions
