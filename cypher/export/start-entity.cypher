// The entity an export starts from, by id or by exact name / alias.
MATCH (e:Entity)
WHERE e.id = $ref OR e.name = $ref OR $ref IN coalesce(e.aliases, [])
RETURN elementId(e) AS key
ORDER BY CASE WHEN e.id = $ref THEN 0 ELSE 1 END
LIMIT 1
