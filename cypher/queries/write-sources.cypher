// Unnamed speakers ("مسؤول روسي رفيع"), one per description and side within an article.
// CREATE, not MERGE: the writer only sends articles that are not in the graph (or that it has just
// removed, for --replace), and all this belongs to the article, so none of it can exist yet; the
// uniqueness constraints turn a broken assumption into an error rather than a duplicate.
UNWIND $rows AS row
CREATE (s:Source {id: row.id, description: row.description, articleId: row.articleId})
WITH s, row
CALL (s, row) {
  MATCH (e:Entity {id: row.affiliationId})
  CREATE (s)-[:AFFILIATED_WITH]->(e)
}
