// One row per entity the batch's new statements are about: add them to its StatementDigest (see
// docs/graph-model.md). The digest keeps, per statement kind, how many statements are about the
// entity and the keys of the newest $keep of them, so a page of an entity's statements (its card)
// costs the same for a name in three articles as for one in thirty thousand.
// A key is kind ␟ article date ␟ article id ␟ start ␟ statement id ('' for a missing date or
// start), sorted as the API sorts statements: newest article first, undated last, then article id,
// offset and id.
UNWIND $rows AS row
MERGE (d:StatementDigest {entityId: row.entityId})
// Written first so the digest is locked before it is read below: two writers adding to the same
// entity at once then add in turn instead of one overwriting the other's keys and counts.
SET d.revision = coalesce(d.revision, 0) + 1
WITH d, row, coalesce(d.kinds, []) AS kinds, coalesce(d.counts, []) AS counts
WITH d, row, counts, kinds + [k IN row.kinds WHERE NOT k IN kinds] AS allKinds
SET d.kinds = allKinds,
    d.counts = [i IN range(0, size(allKinds) - 1) |
      coalesce(counts[i], 0) + coalesce(head([j IN range(0, size(row.kinds) - 1) WHERE row.kinds[j] = allKinds[i] | row.counts[j]]), 0)],
    d.latest = COLLECT {
      UNWIND coalesce(d.latest, []) + row.keys AS key
      WITH key, split(key, '\u001F') AS f
      ORDER BY f[0], f[1] = '', f[1] DESC, f[2], toInteger(f[3]), f[4]
      WITH f[0] AS kind, collect(key) AS keys
      UNWIND keys[..$keep] AS kept
      RETURN kept
    }
