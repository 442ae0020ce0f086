// One row per relation in the batch, with the supporting sentences of the batch's articles.
// __TYPE__ is replaced by src/graph/queries.ts with a type from a fixed whitelist (types cannot
// be parameters). The evidence is appended without looking for the batch's articles in the lists:
// they are new to the graph (or delete-article has just taken their items out, for --replace), so
// none of their items can be there. Filtering the lists item by item read each list once per item,
// which made every batch slower than the last as evidence piled up on popular relations.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:__TYPE__]->(b)
ON CREATE SET r.articleIds = row.articleIds,
    r.sentences = row.sentences,
    r.starts = [x IN row.starts | toInteger(x)],
    r.ends = [x IN row.ends | toInteger(x)]
ON MATCH SET r.articleIds = r.articleIds + row.articleIds,
    r.sentences = r.sentences + row.sentences,
    r.starts = r.starts + [x IN row.starts | toInteger(x)],
    r.ends = r.ends + [x IN row.ends | toInteger(x)]
