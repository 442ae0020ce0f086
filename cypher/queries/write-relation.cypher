// One row per relation in the batch ({from, to}). __TYPE__ is replaced by src/graph/queries.ts
// with a type from a fixed whitelist (types cannot be parameters). The relation carries no
// properties: its evidence is written as records of their own (write-relation-evidence.cypher),
// so a relation many articles name is not rewritten by every batch that names it again.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[:__TYPE__]->(b)
