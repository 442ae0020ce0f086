// A page of entities of one label, filtered and sorted; total counted in the same query.
MATCH (e:Entity)
WHERE $label IN labels(e)
  AND ($name IS NULL OR e.normName CONTAINS $name OR toLower(coalesce(e.nameEn, '')) CONTAINS $nameLower
       OR any(a IN coalesce(e.normAliases, []) WHERE a CONTAINS $name))
  AND ($article IS NULL OR EXISTS { (:Article {id: $article})-[:MENTIONS]->(e) })
  AND ($place IS NULL OR EXISTS { (e)-[:LOCATED_IN|PART_OF|BASED_IN*1..3]->(:Entity {id: $place}) })
  AND ($participant IS NULL OR EXISTS { (ev:Event)-[:INVOLVES]->(e) WHERE EXISTS { (ev)-[:INVOLVES]->(:Entity {id: $participant}) } })
WITH e, COUNT { (:Article)-[:MENTIONS]->(e) } AS mentions
ORDER BY CASE $sort WHEN 'MENTIONS' THEN -mentions ELSE 0 END, e.name, e.id
// Collect references (cheap), project properties for the page only.
WITH collect(e) AS items
RETURN size(items) AS total, [x IN items[$offset..$offset + $limit] | x {.*, __labels: labels(x)}] AS page
