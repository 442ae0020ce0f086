// Entity card: the entity, how many statements are about it, and the newest $limit of them with
// their speakers (same order as the API: article date, newest first, undated last). Hand-written
// over the same model as the API: the entity's StatementDigest holds the counts per kind and the
// newest keys of each kind; $limit (10) is within what it keeps, so the page is cut from the keys.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (d:StatementDigest {entityId: $id})
CALL (d) {
  UNWIND coalesce(d.latest, []) AS key
  WITH split(key, '\u001F') AS f
  ORDER BY f[1] = '', f[1] DESC, f[2], toInteger(f[3]), f[4]
  LIMIT $limit
  MATCH (s:Statement {id: f[4]})
  RETURN collect(s {.id, .quote, .kind, .cue,
    speaker: head([(s)-[:SAID_BY]->(x) | x {.id, .name, .description, labels: labels(x)}])}) AS statements
}
RETURN {entity: e {.id, .name, .nameEn, .aliases}, total: reduce(t = 0, c IN coalesce(d.counts, []) | t + c),
  statements: statements} AS result
