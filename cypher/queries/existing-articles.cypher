// Which of these article ids are already in the graph (re-loading them changes nothing).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id
