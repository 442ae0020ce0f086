// Fills the benchmark database with the synthetic corpus through the real loader's writer
// (src/graph writeArticles), in the loader's default batch size.
import type { Driver } from 'neo4j-driver';
import type { ArticleExtraction } from '../../src/extract/contract.ts';
import { DEFAULT_BATCH_SIZE } from '../../src/graph/load.ts';
import { writeArticles } from '../../src/graph/writer.ts';
import { syntheticCorpus } from './corpus.ts';

export interface FillResult {
  articles: number;
  seconds: number;
  nodes: number;
  relationships: number;
}

export async function graphSize(
  driver: Driver,
  database: string,
): Promise<{ nodes: number; relationships: number }> {
  // The count store answers these without a scan.
  const n = await driver.executeQuery('MATCH (n) RETURN count(n) AS c', {}, { database });
  const r = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS c', {}, { database });
  return { nodes: n.records[0]!.get('c') as number, relationships: r.records[0]!.get('c') as number };
}

export async function fillSynthetic(
  driver: Driver,
  database: string,
  articles: number,
  log: (line: string) => void = () => {},
): Promise<FillResult> {
  const t0 = performance.now();
  let batch: ArticleExtraction[] = [];
  let done = 0;
  for (const x of syntheticCorpus({ articles })) {
    batch.push(x);
    if (batch.length >= DEFAULT_BATCH_SIZE) {
      await writeArticles(driver, batch, { database });
      done += batch.length;
      batch = [];
      if (done % 5000 === 0)
        log(`loaded ${done}/${articles} articles (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    }
  }
  if (batch.length) await writeArticles(driver, batch, { database });
  const seconds = (performance.now() - t0) / 1000;
  return { articles, seconds, ...(await graphSize(driver, database)) };
}
