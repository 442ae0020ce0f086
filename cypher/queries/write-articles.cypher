// One row per article. `text` is the body every offset in the graph refers to.
// CREATE, not MERGE: the writer only sends articles that are not in the graph (or that it has just
// removed, for --replace), and all this belongs to the article, so none of it can exist yet; the
// uniqueness constraints turn a broken assumption into an error rather than a duplicate.
UNWIND $rows AS row
CREATE (a:Article {id: row.id, title: row.title, source: row.source, publishedAt: row.publishedAt,
  url: row.url, text: row.text, file: row.file, loadedAt: row.loadedAt})
