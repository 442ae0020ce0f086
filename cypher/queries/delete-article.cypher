// Removes one article's contribution, in one transaction, statement by statement (split on `;`):
// what only it said goes; what other articles also support stays with their evidence.
MATCH (s:Statement {articleId: $id}) DETACH DELETE s;
MATCH (s:Source {articleId: $id}) DETACH DELETE s;
MATCH (e:Event {articleId: $id}) DETACH DELETE e;
// Relation evidence: this article's records go, then the relations no record supports any more.
MATCH (x:RelationEvidence {articleId: $id})
WITH collect(DISTINCT {type: x.type, from: x.from, to: x.to}) AS relations, collect(x) AS records
FOREACH (x IN records | DELETE x)
WITH relations
UNWIND relations AS rel
MATCH (:Entity {id: rel.from})-[r]->(:Entity {id: rel.to})
WHERE type(r) = rel.type AND NOT EXISTS { MATCH (:RelationEvidence {from: rel.from, to: rel.to, type: rel.type}) }
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
// The digests of the entities that stay are recomputed once the article is gone: marked stale
// here (readers fall back to the full sort until then), refreshed by refresh-entity-digests in
// the same transaction (src/graph/writer.ts deleteArticleTx).
MATCH (:Article {id: $id})-[:MENTIONS]->(e:Entity)
MATCH (d:EntityDigest {entityId: e.id})
SET d:StaleDigest
RETURN collect(e.id) AS staleDigests;
MATCH (a:Article {id: $id}) DETACH DELETE a
RETURN count(a) AS deleted
