// A page of articles filtered by source, date range and a mentioned entity.
MATCH (a:Article)
WHERE ($source IS NULL OR a.source = $source)
  AND ($dateFrom IS NULL OR a.publishedAt >= $dateFrom)
  AND ($dateTo IS NULL OR a.publishedAt <= $dateTo)
  AND ($mentions IS NULL OR EXISTS { (a)-[:MENTIONS]->(:Entity {id: $mentions}) })
WITH a
ORDER BY CASE $sort WHEN 'TITLE' THEN a.title ELSE null END,
  a.publishedAt IS NULL,
  CASE WHEN $sort = 'NEWEST' THEN a.publishedAt ELSE null END DESC,
  CASE WHEN $sort = 'OLDEST' THEN a.publishedAt ELSE null END,
  a.id
// Collect references (cheap), project properties for the page only.
WITH collect(a) AS items
RETURN size(items) AS total, [x IN items[$offset..$offset + $limit] | x {.*, __labels: labels(x)}] AS page
