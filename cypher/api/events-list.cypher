// A page of events, filtered by type, date range, place (or anything located in it), participant
// and article; dates are YYYY[-MM[-DD]] strings so they compare as text.
MATCH (ev:Event)
WHERE ($type IS NULL OR ev.type = $type)
  AND ($dateFrom IS NULL OR ev.date >= $dateFrom)
  AND ($dateTo IS NULL OR ev.date <= $dateTo)
  AND ($place IS NULL OR EXISTS { (ev)-[:IN]->(p:Entity) WHERE p.id = $place OR EXISTS { (p)-[:LOCATED_IN|PART_OF*1..3]->(:Entity {id: $place}) } })
  AND ($participant IS NULL OR EXISTS { (ev)-[:INVOLVES]->(:Entity {id: $participant}) })
  AND ($article IS NULL OR EXISTS { (ev)-[:REPORTED_IN]->(:Article {id: $article}) })
WITH ev
ORDER BY ev.date IS NULL,
  CASE WHEN $desc THEN null ELSE ev.date END,
  CASE WHEN $desc THEN ev.date ELSE null END DESC,
  ev.id
// Collect references (cheap), project properties for the page only.
WITH collect(ev) AS items
RETURN size(items) AS total, [x IN items[$offset..$offset + $limit] | x {.*, __labels: labels(x)}] AS page
