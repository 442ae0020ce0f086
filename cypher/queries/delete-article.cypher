// Removes one article's contribution, in one transaction, statement by statement (split on `;`):
// what only it said goes; what other articles also support stays with their evidence.
MATCH (s:Statement {articleId: $id}) DETACH DELETE s;
MATCH (s:Source {articleId: $id}) DETACH DELETE s;
MATCH (e:Event {articleId: $id}) DETACH DELETE e;
// Relation evidence: drop this article's items from the parallel lists, then relations left with none.
MATCH (:Article {id: $id})-[:MENTIONS]->(:Entity)-[r:LEADER_OF|MEMBER_OF|SPOKESPERSON_OF|FOUNDER_OF|DEPUTY_OF|PART_OF|LOCATED_IN|BORDERS|BASED_IN|AFFILIATED_WITH]->(:Entity)
WHERE $id IN r.articleIds
WITH DISTINCT r
WITH r, [i IN range(0, size(r.articleIds) - 1) WHERE r.articleIds[i] <> $id] AS keep
SET r.sentences = [i IN keep | r.sentences[i]],
    r.starts = [i IN keep | r.starts[i]],
    r.ends = [i IN keep | r.ends[i]],
    r.articleIds = [i IN keep | r.articleIds[i]]
WITH r WHERE size(r.articleIds) = 0
DELETE r;
// Entities no other article mentions go, with whatever still points at them and their digest.
MATCH (:Article {id: $id})-[:MENTIONS]->(e:Entity)
WHERE NOT EXISTS { MATCH (e)<-[:MENTIONS]-(other:Article) WHERE other.id <> $id }
OPTIONAL MATCH (d:EntityDigest {entityId: e.id})
DETACH DELETE e, d;
// Entities that stay get name and aliases again from what the remaining articles gave them
// (same rule as write-entities: the longest name wins, the other names become aliases).
MATCH (:Article {id: $id})-[:MENTIONS]->(e:Entity)
CALL (e) {
  MATCH (e)<-[m:MENTIONS]-(other:Article)
  WHERE other.id <> $id
  WITH m ORDER BY size(m.name) DESC, m.name ASC
  WITH collect(m) AS ms
  WITH ms[0].name AS name, ms[0].normName AS normName,
       head([m IN ms WHERE m.nameEn IS NOT NULL | m.nameEn]) AS nameEn,
       reduce(acc = [], m IN ms | acc + [m.name] + m.aliases) AS names,
       reduce(acc = [], m IN ms | acc + [m.normName] + m.normAliases) AS normNames
  RETURN name, normName, nameEn,
         reduce(acc = [], x IN names | CASE WHEN x = name OR x IN acc THEN acc ELSE acc + x END) AS aliases,
         reduce(acc = [], x IN normNames | CASE WHEN x = normName OR x IN acc THEN acc ELSE acc + x END) AS normAliases
}
SET e.name = name,
    e.normName = normName,
    e.nameEn = nameEn,
    e.aliases = aliases,
    e.normAliases = normAliases,
    e.aliasText = reduce(s = '', x IN aliases | CASE s WHEN '' THEN x ELSE s + ' | ' + x END);
// The digests of the entities that stay, recomputed from what is left (the article's statements,
// events and sources are gone): per channel, the count and the newest $keep keys, in the key
// format and order of write-entity-digests.cypher. An entity nothing links to keeps no digest.
MATCH (:Article {id: $id})-[:MENTIONS]->(e:Entity)
CALL (e) {
  CALL (e) {
    MATCH (x:Statement)-[:ABOUT]->(e) RETURN x.kind AS channel, x
    UNION
    MATCH (x:Statement)-[:SAID_BY]->(e) RETURN '@said' AS channel, x
    UNION
    MATCH (x:Statement)-[:VIA]->(e) RETURN '@via' AS channel, x
    UNION
    MATCH (x:Event)-[:INVOLVES]->(e) RETURN '@involves' AS channel, x
    UNION
    MATCH (x:Event)-[:IN]->(e) RETURN '@in' AS channel, x
    UNION
    MATCH (x:Source)-[:AFFILIATED_WITH]->(e) RETURN '@affiliated' AS channel, x
  }
  OPTIONAL MATCH (a:Article {id: x.articleId})
  WITH channel, x, a
  ORDER BY channel, a.publishedAt IS NULL, a.publishedAt DESC, x.articleId, x.start, x.id
  WITH channel, collect(channel + '\u001F' + coalesce(a.publishedAt, '') + '\u001F' + x.articleId + '\u001F' +
    coalesce(toString(x.start), '') + '\u001F' + x.id) AS keys
  RETURN collect(channel) AS kinds, collect(size(keys)) AS counts,
    collect(CASE WHEN size(keys) >= $keep THEN keys[$keep - 1] ELSE '' END) AS floors,
    reduce(acc = [], k IN collect(keys[..$keep]) | acc + k) AS latest
}
OPTIONAL MATCH (d:EntityDigest {entityId: e.id})
FOREACH (_ IN CASE WHEN size(kinds) = 0 THEN [1] ELSE [] END | DELETE d)
FOREACH (_ IN CASE WHEN size(kinds) > 0 THEN [1] ELSE [] END |
  MERGE (x:EntityDigest {entityId: e.id})
  SET x.kinds = kinds, x.counts = counts, x.floors = floors, x.latest = latest, x.revision = coalesce(x.revision, 0) + 1);
MATCH (a:Article {id: $id}) DETACH DELETE a
RETURN count(a) AS deleted
