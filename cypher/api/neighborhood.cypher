// Everything within $depth (≤ 3) hops of a node over the graph's structure (statements, events,
// unnamed speakers, relations; articles left out: neighborhood-articles.cypher has them), capped
// at $limit nodes, plus every such edge among them: a drawable subgraph. Closest first; within a
// ring, entities first (by id), then the rest newest first (their article's date, undated last,
// then article id, offset and id), so a name in thousands of articles shows what is recent.
// Expanded ring by ring from a frontier of distinct nodes (not by enumerating paths, which
// explodes around hubs); a ring is expanded only while the cap is not reached.
// The relationship types are literal because Cypher takes no parameter there, and a
// `type(r) IN $types` filter instead makes Neo4j read every relationship of a hub, mentions
// included.
CALL () {
  MATCH (c:Entity {id: $id}) RETURN c
  UNION
  MATCH (c:Event {id: $id}) RETURN c
  UNION
  MATCH (c:Statement {id: $id}) RETURN c
  UNION
  MATCH (c:Source {id: $id}) RETURN c
  UNION
  MATCH (c:Article {id: $id}) RETURN c
}
WITH c LIMIT 1
// Ring 1 of an entity: the entities it is related to (by id), then the newest of what links to it
// (statements about it, by it or relayed by it, its events, sources tied to it), cut from its
// EntityDigest when the digest names enough of every channel, as it does for any ring of up to
// 51 nodes. Anything else (another kind of centre, a bigger ring, a digest a bulk load has marked
// stale) expands every relationship.
CALL (c) {
  OPTIONAL MATCH (c:Entity)-[:LEADER_OF|MEMBER_OF|SPOKESPERSON_OF|FOUNDER_OF|DEPUTY_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH]-(m:Entity)
  WITH DISTINCT m ORDER BY m.id LIMIT $limit - 1
  RETURN collect(m) AS related
}
OPTIONAL MATCH (d:EntityDigest {entityId: c.id})
WITH c, d, related, $limit - 1 - size(related) AS room, coalesce(d.counts, []) AS counts,
     [x IN coalesce(d.floors, []) | x <> ''] AS full,
     [key IN coalesce(d.latest, []) | split(key, '\u001F')] AS latest
// Every channel must name `room` nodes or all it has: a channel without a floor has all, one with
// a floor has the digest's `keep` newest, and `keep` is what the full channels leave of `latest`
// divided among them (as in entity-statements-about.cypher; no per-channel scan of the keys).
WITH c, d, related, room, latest, size([x IN full WHERE x]) AS fullChannels,
     reduce(t = 0, i IN range(0, size(counts) - 1) | t + CASE WHEN coalesce(full[i], false) THEN 0 ELSE counts[i] END) AS partial
WITH c, related, room, latest,
     c:Entity AND NOT coalesce(d:StaleDigest, false) AND CASE WHEN fullChannels = 0 THEN size(latest) = partial
       ELSE room <= (size(latest) - partial) / fullChannels END AS fromDigest
CALL (latest, room, fromDigest) {
  UNWIND CASE WHEN fromDigest AND room > 0 THEN latest ELSE [] END AS f
  WITH DISTINCT f[1] AS date, f[2] AS articleId, f[3] AS start, f[4] AS nid,
    CASE WHEN f[0] IN ['@involves', '@in'] THEN 'Event' WHEN f[0] = '@affiliated' THEN 'Source' ELSE 'Statement' END AS label
  ORDER BY date = '', date DESC, articleId, toInteger(start), nid
  LIMIT $limit
  WITH collect({id: nid, label: label}) AS picked
  RETURN COLLECT {
    UNWIND range(0, size(picked) - 1) AS i
    CALL (picked, i) {
      WITH picked[i] AS p WHERE p.label = 'Statement' MATCH (m:Statement {id: p.id}) RETURN m
      UNION
      WITH picked[i] AS p WHERE p.label = 'Event' MATCH (m:Event {id: p.id}) RETURN m
      UNION
      WITH picked[i] AS p WHERE p.label = 'Source' MATCH (m:Source {id: p.id}) RETURN m
    }
    WITH i, m ORDER BY i
    RETURN m
  } AS newest
}
CALL (c, related, room, fromDigest) {
  UNWIND CASE WHEN fromDigest THEN [] ELSE [c] END AS x
  MATCH (x)-[:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|MEMBER_OF|SPOKESPERSON_OF|FOUNDER_OF|DEPUTY_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH]-(m)
  WHERE m <> x AND NOT m IN related
  WITH DISTINCT m
  OPTIONAL MATCH (art:Article {id: coalesce(m.articleId, CASE WHEN m:Article THEN m.id END)})
  WITH m, art ORDER BY NOT m:Entity, art.publishedAt IS NULL, art.publishedAt DESC, m.articleId, m.start, m.id
  LIMIT $limit
  RETURN collect(m) AS others
}
// LIMIT takes no variable: the rings are cut to the room left here.
WITH c, related + newest[..room] + others[..room] AS level1
WITH c, level1, [c] + level1 AS seen
CALL (level1, seen) {
  UNWIND CASE WHEN $depth >= 2 AND size(seen) < $limit THEN level1 ELSE [] END AS x
  MATCH (x)-[:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|MEMBER_OF|SPOKESPERSON_OF|FOUNDER_OF|DEPUTY_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH]-(m)
  WHERE NOT m IN seen
  WITH DISTINCT m
  OPTIONAL MATCH (art:Article {id: coalesce(m.articleId, CASE WHEN m:Article THEN m.id END)})
  WITH m, art ORDER BY NOT m:Entity, art.publishedAt IS NULL, art.publishedAt DESC, m.articleId, m.start, m.id
  LIMIT $limit
  RETURN collect(m) AS next2
}
WITH c, seen, next2[..CASE WHEN $limit > size(seen) THEN $limit - size(seen) ELSE 0 END] AS level2
WITH c, seen + level2 AS seen, level2
CALL (level2, seen) {
  UNWIND CASE WHEN $depth >= 3 AND size(seen) < $limit THEN level2 ELSE [] END AS x
  MATCH (x)-[:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|MEMBER_OF|SPOKESPERSON_OF|FOUNDER_OF|DEPUTY_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH]-(m)
  WHERE NOT m IN seen
  WITH DISTINCT m
  OPTIONAL MATCH (art:Article {id: coalesce(m.articleId, CASE WHEN m:Article THEN m.id END)})
  WITH m, art ORDER BY NOT m:Entity, art.publishedAt IS NULL, art.publishedAt DESC, m.articleId, m.start, m.id
  LIMIT $limit
  RETURN collect(m) AS next3
}
WITH seen + next3[..CASE WHEN $limit > size(seen) THEN $limit - size(seen) ELSE 0 END] AS ns
CALL (ns) {
  UNWIND ns AS x
  MATCH (x)-[r:SAID_BY|ABOUT|VIA|INVOLVES|IN|LEADER_OF|MEMBER_OF|SPOKESPERSON_OF|FOUNDER_OF|DEPUTY_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH]->(y)
  WHERE y IN ns
  RETURN collect(DISTINCT r) AS rs
}
// Only what the selection needs: without $full, nodes carry just their id and labels (a drawing);
// without $props, edges carry no properties (the evidence lists; a relation's come from its
// RelationEvidence records, and only Entity-to-Entity AFFILIATED_WITH is a relation: a Source's is
// not). Projecting every property of 50 nodes was a third of this query's work.
RETURN [n IN ns | CASE WHEN $full THEN n {.*, __labels: labels(n)} ELSE n {.id, __labels: labels(n)} END] AS nodes,
  [r IN rs | {type: type(r), from: startNode(r).id, to: endNode(r).id,
    props: CASE WHEN NOT $props THEN {}
      WHEN type(r) IN ['LEADER_OF', 'MEMBER_OF', 'SPOKESPERSON_OF', 'FOUNDER_OF', 'DEPUTY_OF', 'PART_OF', 'LOCATED_IN', 'BORDERS', 'BASED_IN', 'AFFILIATED_WITH']
        AND startNode(r):Entity
      THEN head([xs IN [COLLECT {
          MATCH (x:RelationEvidence {from: startNode(r).id, to: endNode(r).id, type: type(r)})
          RETURN x ORDER BY x.articleId, x.start, x.sentence
        }] | {articleIds: [x IN xs | x.articleId], sentences: [x IN xs | x.sentence],
          starts: [x IN xs | x.start], ends: [x IN xs | x.end]}])
      ELSE properties(r) END}] AS edges
