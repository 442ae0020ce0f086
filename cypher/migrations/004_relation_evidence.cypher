// A relation's evidence as records of their own: one :RelationEvidence node per supporting
// sentence ({type, from, to, articleId, sentence, start, end}; no relationships), instead of
// parallel lists on the relationship. Lists were rewritten whole by every batch that added to a
// relation, so a relation named in thousands of articles was written again by nearly every batch
// (docs/graph-model.md); a record is created once and deleted with its article.
CREATE INDEX relation_evidence_relation IF NOT EXISTS FOR (x:RelationEvidence) ON (x.from, x.to, x.type);
CREATE INDEX relation_evidence_article IF NOT EXISTS FOR (x:RelationEvidence) ON (x.articleId);
// Relations written before: their lists become records, one inner transaction per 500 relations
// (a relation's records and the removal of its lists commit together, so a rerun after an
// interruption converts only what is left).
MATCH (a:Entity)-[r:LEADER_OF|MEMBER_OF|SPOKESPERSON_OF|FOUNDER_OF|DEPUTY_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH]->(b:Entity)
WHERE r.articleIds IS NOT NULL
CALL (a, r, b) {
  FOREACH (i IN range(0, size(r.articleIds) - 1) |
    CREATE (:RelationEvidence {type: type(r), from: a.id, to: b.id, articleId: r.articleIds[i],
      sentence: r.sentences[i], start: r.starts[i], end: r.ends[i]}))
  REMOVE r.articleIds, r.sentences, r.starts, r.ends
} IN TRANSACTIONS OF 500 ROWS;
