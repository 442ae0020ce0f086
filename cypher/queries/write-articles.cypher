// One row per article. `text` is the body every offset in the graph refers to.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.source = row.source,
    a.publishedAt = row.publishedAt,
    a.url = row.url,
    a.text = row.text,
    a.file = row.file,
    a.loadedAt = row.loadedAt
