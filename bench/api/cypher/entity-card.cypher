// Entity card: the entity, how many statements are about it, and the newest $limit of them with
// their speakers (same order as the API: article date, newest first, undated last). Hand-written
// over the same model as the API: the entity's EntityDigest holds the counts per kind and the
// newest keys of each kind (channels starting with '@' are its other links); $limit (10) is
// within what it keeps, so the page is cut from the keys.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (d:EntityDigest {entityId: $id})
CALL (d) {
  UNWIND coalesce(d.latest, []) AS key
  WITH split(key, '\u001F') AS f
  WHERE NOT f[0] STARTS WITH '@'
  ORDER BY f[1] = '', f[1] DESC, f[2], toInteger(f[3]), f[4]
  LIMIT $limit
  MATCH (s:Statement {id: f[4]})
  RETURN collect(s {.id, .quote, .kind, .cue,
    speaker: head([(s)-[:SAID_BY]->(x) | x {.id, .name, .description, labels: labels(x)}])}) AS statements
}
RETURN {entity: e {.id, .name, .nameEn, .aliases}, total: reduce(t = 0, i IN range(0, size(coalesce(d.kinds, [])) - 1) |
    t + CASE WHEN d.kinds[i] STARTS WITH '@' THEN 0 ELSE d.counts[i] END),
  statements: statements} AS result
