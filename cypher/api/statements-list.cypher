// A page of statements filtered by kind, speaker (or the side of an unnamed speaker), topic,
// outlet, article and the article's date; newest first unless asked otherwise.
MATCH (s:Statement)
WHERE ($kind IS NULL OR s.kind = $kind)
  AND ($speaker IS NULL OR EXISTS { (s)-[:SAID_BY]->(x) WHERE x.id = $speaker OR EXISTS { (x:Source)-[:AFFILIATED_WITH]->(:Entity {id: $speaker}) } })
  AND ($about IS NULL OR EXISTS { (s)-[:ABOUT]->({id: $about}) })
  AND ($via IS NULL OR EXISTS { (s)-[:VIA]->(:Entity {id: $via}) })
  AND ($article IS NULL OR s.articleId = $article)
OPTIONAL MATCH (s)-[:IN_ARTICLE]->(a:Article)
WITH s, a
WHERE ($dateFrom IS NULL OR a.publishedAt >= $dateFrom) AND ($dateTo IS NULL OR a.publishedAt <= $dateTo)
ORDER BY a.publishedAt IS NULL,
  CASE WHEN $desc THEN a.publishedAt ELSE null END DESC,
  CASE WHEN $desc THEN null ELSE a.publishedAt END,
  s.articleId, s.start, s.id
// Collect references (cheap), project properties for the page only.
WITH collect(s) AS items
RETURN size(items) AS total, [x IN items[$offset..$offset + $limit] | x {.*, __labels: labels(x)}] AS page
