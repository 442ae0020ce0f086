// One row per relation in the batch, with the supporting sentences of the batch's articles.
// __TYPE__ is replaced by src/graph/queries.ts with a type from a fixed whitelist (types cannot
// be parameters). Earlier evidence from the same articles is dropped before the new evidence is
// appended, so writing an article again leaves the lists as they were.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:__TYPE__]->(b)
WITH r, row, [i IN range(0, size(coalesce(r.articleIds, [])) - 1) WHERE NOT r.articleIds[i] IN row.batchArticleIds] AS keep
SET r.articleIds = [i IN keep | r.articleIds[i]] + row.articleIds,
    r.sentences = [i IN keep | r.sentences[i]] + row.sentences,
    r.starts = [i IN keep | r.starts[i]] + [x IN row.starts | toInteger(x)],
    r.ends = [i IN keep | r.ends[i]] + [x IN row.ends | toInteger(x)]
