// The sample articles `npm start` puts into an empty graph, so the API has something to show.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../db/local-neo4j.ts';
import { extractArticle } from '../extract/pipeline.ts';
import { readArticles } from '../ingest/index.ts';
import { type LoadSummary, loadPaths } from './load.ts';
import { query } from './queries.ts';

export const EXAMPLES_DIR = join(PROJECT_ROOT, 'examples/articles');

/**
 * Loads examples/articles unless every example article is already in the graph (ids are content
 * hashes, so an edited example is loaded again). Returns the load summary, or null when nothing
 * was missing. Per-article failures are logged, never thrown: a bad example must not stop start-up.
 */
export async function loadExamplesIfMissing(
  driver: Driver,
  database: string,
  log: (line: string) => void = () => {},
  dir: string = EXAMPLES_DIR,
): Promise<LoadSummary | null> {
  const ids: string[] = [];
  for await (const r of readArticles([dir])) if (r.ok) ids.push(r.article.id);
  const { records } = await driver.executeQuery(query('existing-articles'), { ids }, { database });
  if (ids.length > 0 && records.length === new Set(ids).size) {
    log(`examples: all ${ids.length} example articles already loaded`);
    return null;
  }
  const summary = await loadPaths([dir], { driver, database, extract: extractArticle });
  for (const f of summary.failed) log(`examples: ${f.message}`);
  log(
    `examples: ${summary.articles} articles loaded (${summary.unchanged} already there) · ${summary.entities} entities · ` +
      `${summary.statements} statements · ${summary.events} events · ${summary.relations} relations`,
  );
  return summary;
}
