// One row per entity id in the batch (names and aliases already merged across the batch).
// Whatever order articles arrive in, the entity ends up with the same name: the longest name any
// article gave it (ties: the smaller string); every other name is kept as an alias. Plain-list
// union, no APOC. aliasText joins the aliases because FULLTEXT indexes only read strings.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.type = row.type, e.name = row.name, e.normName = row.normName, e.aliases = [], e.normAliases = []
// Most rows of a batch are entities earlier batches already named the same way: nothing to do.
WITH e, row
WHERE e.aliasText IS NULL OR row.name <> e.name OR row.normName <> e.normName
   OR (e.nameEn IS NULL AND row.nameEn IS NOT NULL)
   OR any(x IN row.aliases WHERE NOT x IN e.aliases)
   OR any(x IN row.normAliases WHERE NOT x IN e.normAliases)
WITH e, row,
     size(row.name) > size(e.name) OR (size(row.name) = size(e.name) AND row.name < e.name) AS renamed
WITH e, row,
     CASE WHEN renamed THEN row.name ELSE e.name END AS name,
     CASE WHEN renamed THEN row.normName ELSE e.normName END AS normName
WITH e, row, name, normName,
     reduce(acc = [], x IN e.aliases + [e.name, row.name] + row.aliases |
       CASE WHEN x = name OR x IN acc THEN acc ELSE acc + x END) AS aliases,
     reduce(acc = [], x IN e.normAliases + [e.normName, row.normName] + row.normAliases |
       CASE WHEN x = normName OR x IN acc THEN acc ELSE acc + x END) AS normAliases
SET e.name = name,
    e.normName = normName,
    e.nameEn = coalesce(e.nameEn, row.nameEn),
    e.aliases = aliases,
    e.normAliases = normAliases,
    e.aliasText = reduce(s = '', x IN aliases | CASE s WHEN '' THEN x ELSE s + ' | ' + x END)
FOREACH (_ IN CASE WHEN e.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN e.type = 'Group' THEN [1] ELSE [] END | SET e:Group)
FOREACH (_ IN CASE WHEN e.type = 'Country' THEN [1] ELSE [] END | SET e:Country)
FOREACH (_ IN CASE WHEN e.type = 'Place' THEN [1] ELSE [] END | SET e:Place)
