// One row per (article, entity): every mention as parallel lists, plus the name and aliases this
// article gave the entity, so delete-article can recompute name and aliases from the articles left.
// CREATE, not MERGE: the writer only sends articles that are not in the graph (or that it has just
// removed, for --replace), and all this belongs to the article, so none of it can exist yet; the
// uniqueness constraints turn a broken assumption into an error rather than a duplicate.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[:MENTIONS {texts: row.texts, starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)],
  count: toInteger(row.count), name: row.name, nameEn: row.nameEn, normName: row.normName,
  aliases: row.aliases, normAliases: row.normAliases}]->(e)
