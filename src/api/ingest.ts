// The real extract + load behind ingestArticle: the extractor (src/extract) and the loader's
// batched writer (src/graph), the same code `akhbar load` runs.
import type { Driver } from 'neo4j-driver';
import { extractArticle } from '../extract/pipeline.ts';
import { scopedId } from '../graph/rows.ts';
import { writeArticles } from '../graph/writer.ts';
import { articleId } from '../ingest/article-id.ts';
import type { IngestFn } from './types/mutations.ts';

export function graphIngest(driver: Driver, database: string): IngestFn {
  return async (input) => {
    const id = articleId(input.title, input.body);
    const extraction = extractArticle({
      id,
      title: input.title,
      body: input.body,
      publishedAt: input.publishedAt,
      source: input.source,
      url: null,
      file: 'graphql:ingestArticle',
    });
    await writeArticles(driver, [extraction], { database }, [{ file: null }]);
    return {
      articleId: id,
      entityIds: extraction.entities.map((e) => e.id),
      // The loader scopes statement and event ids by article (src/graph/rows.ts).
      statementIds: extraction.statements.map((s) => scopedId(id, s.id)),
      eventIds: extraction.events.map((e) => scopedId(id, e.id)),
      relations: extraction.relations.length,
    };
  };
}
