// Batch: for each entity, its relations to other entities ($types, or all when null) in
// $direction (OUT, IN, BOTH), with their evidence.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]->(o:Entity)
  WHERE $direction IN ['OUT', 'BOTH'] AND type(r) IN $allTypes AND ($types IS NULL OR type(r) IN $types)
  RETURN r, e AS f, o AS t
  UNION
  MATCH (e)<-[r]-(o:Entity)
  WHERE $direction IN ['IN', 'BOTH'] AND type(r) IN $allTypes AND ($types IS NULL OR type(r) IN $types)
  RETURN r, o AS f, e AS t
}
WITH id, r, f, t
ORDER BY type(r), f.id, t.id
// The relation's evidence records (migration 004), as the parallel lists the API zips.
CALL (r, f, t) {
  MATCH (x:RelationEvidence {from: f.id, to: t.id, type: type(r)})
  WITH x ORDER BY x.articleId, x.start, x.sentence
  RETURN {articleIds: collect(x.articleId), sentences: collect(x.sentence), starts: collect(x.start),
    ends: collect(x.end)} AS evidence
}
RETURN id, collect({
  type: type(r),
  props: evidence,
  from: f {.*, __labels: labels(f)},
  to: t {.*, __labels: labels(t)}
}) AS relations
