// One breadth-first step: every neighbour of the frontier. Articles are reached but not expanded
// through, since every entity of an article hangs off it and one hop would pull in the corpus.
UNWIND $frontier AS key
MATCH (n) WHERE elementId(n) = key AND NOT n:Article
MATCH (n)-[r]-(m)
WHERE NOT m:Migration
RETURN DISTINCT elementId(m) AS key
