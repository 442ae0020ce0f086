// Batch: for each unnamed speaker, the sentences where it speaks (its statements' evidence).
UNWIND $ids AS id
MATCH (s:Statement)-[:SAID_BY]->(:Source {id: id})
WITH id, s ORDER BY s.articleId, s.start
RETURN id, collect({articleId: s.articleId, sentence: s.sentence, start: s.start, end: s.end}) AS evidence
