// Counts for a dashboard: nodes per kind (count store, cheap) and relationships per type.
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(*) AS c
  ORDER BY type
  RETURN collect({type: type, count: c}) AS relationships
}
RETURN COUNT { (:Article) } AS articles,
  COUNT { (:Entity) } AS entities,
  COUNT { (:Person) } AS people,
  COUNT { (:Group) } AS groups,
  COUNT { (:Country) } AS countries,
  COUNT { (:Place) } AS places,
  COUNT { (:Statement) } AS statements,
  COUNT { (:Event) } AS events,
  COUNT { (:Source) } AS sources,
  relationships
