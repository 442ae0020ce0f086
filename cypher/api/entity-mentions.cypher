// Batch: for each entity, the articles mentioning it with the mention offsets (evidence).
UNWIND $ids AS id
MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: id})
WITH id, a, m
ORDER BY a.publishedAt DESC, a.id
RETURN id, collect({articleId: a.id, texts: m.texts, starts: m.starts, ends: m.ends}) AS mentions
