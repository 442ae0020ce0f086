// One record per sentence supporting a relation ({type, from, to, articleId, sentence, start,
// end}); read back by (from, to, type), deleted by articleId (delete-article.cypher). Created, not
// merged: an article is written only when it is new or its old contribution has just been
// removed (src/graph/writer.ts), so its records cannot be in the graph already.
UNWIND $rows AS row
CREATE (:RelationEvidence {type: row.type, from: row.from, to: row.to, articleId: row.articleId,
  sentence: row.sentence, start: toInteger(row.start), end: toInteger(row.end)})
