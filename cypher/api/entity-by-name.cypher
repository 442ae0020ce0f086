// One entity by name: Arabic-normalised name or alias, or English name (case-insensitive).
// Several matches (e.g. a person and a place sharing a name): the most mentioned wins.
MATCH (e:Entity)
WHERE ($label IS NULL OR $label IN labels(e))
  AND (e.normName = $norm OR $norm IN coalesce(e.normAliases, []) OR toLower(e.nameEn) = $lower
       OR $raw = e.name OR $raw IN coalesce(e.aliases, []))
WITH e, COUNT { (:Article)-[:MENTIONS]->(e) } AS mentions
ORDER BY CASE WHEN e.normName = $norm OR toLower(e.nameEn) = $lower THEN 0 ELSE 1 END, mentions DESC, e.id
LIMIT 1
RETURN e {.*, __labels: labels(e)} AS node
