// Batch: for each entity, a page of the events it takes part in (as $role, any role when null) or,
// for $role = 'location', the events that happened in it or in a place inside it.
UNWIND $ids AS id
CALL (id) {
  MATCH (ev:Event)
  WHERE ($type IS NULL OR ev.type = $type)
    AND (
      ($role IS NULL AND EXISTS { (ev)-[:INVOLVES]->(:Entity {id: id}) })
      OR ($role IS NOT NULL AND $role <> 'location' AND EXISTS { (ev)-[r:INVOLVES]->(:Entity {id: id}) WHERE r.role = $role })
      OR (($role IS NULL OR $role = 'location')
          AND EXISTS { (ev)-[:IN]->(p:Entity) WHERE p.id = id OR EXISTS { (p)-[:LOCATED_IN|PART_OF*1..3]->(:Entity {id: id}) } })
    )
  WITH ev
  ORDER BY ev.date IS NULL, ev.date, ev.id
  // Collect references (cheap), project properties for the page only.
  WITH collect(ev) AS items
  RETURN size(items) AS total, [x IN items[$offset..$offset + $limit] | x {.*, __labels: labels(x)}] AS page
}
RETURN id, total, page
