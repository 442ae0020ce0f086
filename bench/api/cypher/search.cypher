// Entity search through the entity_names full-text index: the best $limit and how many matched.
// The query string arrives Lucene-escaped, word by word, as the API builds it.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 200}) YIELD node, score
WITH collect({node: node, score: score}) AS hits
RETURN {total: size(hits),
  page: [h IN hits[..$limit] | {score: h.score, entity: {id: h.node.id, name: h.node.name}}]} AS result
