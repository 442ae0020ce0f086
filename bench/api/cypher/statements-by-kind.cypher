// Statements about an entity of one kind: the count and the newest $limit (API order), from the
// entity's EntityDigest as the API reads it ($limit, 20, is within what the digest keeps).
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (d:EntityDigest {entityId: $id})
CALL (d) {
  UNWIND coalesce(d.latest, []) AS key
  WITH split(key, '\u001F') AS f
  WHERE f[0] = $kind
  ORDER BY f[1] = '', f[1] DESC, f[2], toInteger(f[3]), f[4]
  LIMIT $limit
  MATCH (s:Statement {id: f[4]})
  RETURN collect(s {.id, .quote, .kind, .sentence}) AS statements
}
RETURN {id: e.id, total: coalesce(head([i IN range(0, size(coalesce(d.kinds, [])) - 1) WHERE d.kinds[i] = $kind | d.counts[i]]), 0),
  statements: statements} AS result
