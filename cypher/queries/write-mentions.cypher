// One row per (article, entity): every mention as parallel lists, plus the name and aliases this
// article gave the entity, so delete-article can recompute name and aliases from the articles left.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
MERGE (a)-[m:MENTIONS]->(e)
SET m.texts = row.texts,
    m.starts = [x IN row.starts | toInteger(x)],
    m.ends = [x IN row.ends | toInteger(x)],
    m.count = toInteger(row.count),
    m.name = row.name,
    m.nameEn = row.nameEn,
    m.normName = row.normName,
    m.aliases = row.aliases,
    m.normAliases = row.normAliases
