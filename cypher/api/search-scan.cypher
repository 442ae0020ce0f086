// Search without full-text indexes (before they exist): substring match on normalised names,
// English names, quotes and titles. Scores rank exact names over partial matches.
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $labels)
WITH n,
  CASE
    WHEN n.normName = $norm OR toLower(coalesce(n.nameEn, '')) = $lower OR $norm IN coalesce(n.normAliases, []) THEN 2.0
    WHEN coalesce(n.normName, '') CONTAINS $norm OR toLower(coalesce(n.nameEn, '')) CONTAINS $lower
      OR any(a IN coalesce(n.normAliases, []) WHERE a CONTAINS $norm)
      OR coalesce(n.title, '') CONTAINS $raw OR coalesce(n.quote, '') CONTAINS $raw OR coalesce(n.sentence, '') CONTAINS $raw
      OR coalesce(n.description, '') CONTAINS $raw THEN 1.0
    ELSE 0.0
  END AS score
WHERE score > 0
ORDER BY score DESC, n.id
WITH collect({node: n {.*, __labels: labels(n)}, score: score}) AS items
RETURN size(items) AS total, items[$offset..$offset + $limit] AS page
