// Unnamed speakers ("مسؤول روسي رفيع"), one per description and side within an article.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.description = row.description,
    s.articleId = row.articleId
WITH s, row
CALL (s, row) {
  MATCH (e:Entity {id: row.affiliationId})
  MERGE (s)-[:AFFILIATED_WITH]->(e)
}
