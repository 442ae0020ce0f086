// Batch: for each entity, its relations to other entities ($types, or all when null) in
// $direction (OUT, IN, BOTH), with their evidence lists.
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
RETURN id, collect({
  type: type(r),
  props: properties(r),
  from: f {.*, __labels: labels(f)},
  to: t {.*, __labels: labels(t)}
}) AS relations
