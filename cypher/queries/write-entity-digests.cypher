// One row per entity the batch links new nodes to: add them to its EntityDigest (see
// docs/graph-model.md). The digest keeps, per channel (each statement kind for the statements
// about the entity; '@said', '@via', '@involves', '@in', '@affiliated' for the statements it made
// or relayed, its events and the unnamed sources tied to it), how many there are and the keys of
// the newest $keep, so the first page of an entity's statements, or the first ring of its
// neighbourhood, costs the same for a name in three articles as for one in thirty thousand.
// A key is channel ␟ article date ␟ article id ␟ start ␟ node id ('' for a missing date or
// start), sorted as the API sorts: newest article first, undated last, then article id, offset, id.
UNWIND $rows AS row
MERGE (d:EntityDigest {entityId: row.entityId})
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
      WITH f[0] AS channel, collect(key) AS keys
      UNWIND keys[..$keep] AS kept
      RETURN kept
    }
