import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/pipeline.ts';
import { graphCounts } from '../../../src/graph/counts.ts';
import { EXAMPLES_DIR } from '../../../src/graph/examples.ts';
import { loadPaths } from '../../../src/graph/load.ts';
import type { LoadProgress } from '../../../src/graph/progress.ts';
import type { RawArticle } from '../../../src/ingest/index.ts';
import { useGraph } from '../../support/graph.ts';

describe('loadPaths', () => {
  const graph = useGraph();

  it('isolates an article the database refuses: its batch is retried article by article, the rest lands', async () => {
    const progress: LoadProgress[] = [];
    const extract = (article: RawArticle) => {
      const x = extractArticle(article);
      if (article.title.startsWith('مصر')) {
        // Not a storable property value: the write of this article fails inside the batch.
        x.entities[0]!.mentions[0]!.text = { bad: true } as unknown as string;
      }
      return x;
    };
    const summary = await loadPaths([EXAMPLES_DIR], {
      driver: graph.driver,
      database: graph.database,
      extract,
      batchSize: 10,
      onProgress: (p) => progress.push(p),
    });
    expect(summary.articles).toBe(4);
    expect(summary.failed).toEqual([
      {
        file: expect.stringMatching(/002_sudan_elfasher\.txt$/),
        reason: 'write-failed',
        message: expect.stringContaining('002_sudan_elfasher.txt'),
      },
    ]);
    expect((await graphCounts(graph.driver, graph.database)).nodes.Article).toBe(4);
    expect(progress.at(-1)).toMatchObject({ done: 5, total: 5, articles: 4, failed: 1 });
  });

  it('reports an extractor error for the article and goes on', async () => {
    const summary = await loadPaths([EXAMPLES_DIR], {
      driver: graph.driver,
      database: graph.database,
      extract: (a) => {
        if (a.title.startsWith('مصر')) throw new Error('extractor exploded');
        return extractArticle(a);
      },
    });
    expect(summary).toMatchObject({ articles: 0, unchanged: 4 });
    expect(summary.failed).toEqual([
      expect.objectContaining({
        reason: 'extract-failed',
        message: expect.stringContaining('extractor exploded'),
      }),
    ]);
  });
});
