// `npm run soak`: the real server (`akhbar serve` in a child process, NODE_ENV=production) under
// 50 concurrent clients for 60 s of a mixed read set, over a generated corpus loaded by the real
// loader. Prints requests, errors, p50/p99 and the server's resident memory (after a warm-up, every
// 10 s, at the end); exits 1 on any error or on RSS growth of 20 % or more.
//
//   npm run soak -- [--clients 50] [--seconds 60] [--warmup 10] [--articles 300]
//
// The database: NEO4J_URI if set (the corpus is MERGEd into it: loading is idempotent), otherwise
// a fresh local Neo4j that is deleted afterwards.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticles, toPageFormat } from '../src/corpus/generate.ts';
import { extractArticle } from '../src/extract/pipeline.ts';
import { loadPaths } from '../src/graph/load.ts';
import { mixedOperations, rssOf, runLoad, startServerProcess } from '../test/reliability/support/load.ts';
import { startBenchDatabase } from './lib/neo4j.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '10' },
    articles: { type: 'string', default: '300' },
  },
});
const clients = Number(values.clients);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const articles = Number(values.articles);
const log = (line: string): void => console.log(`[soak] ${line}`);
const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(1)} MB`;

const bench = await startBenchDatabase(log);
const dir = mkdtempSync(join(tmpdir(), 'akhbar-soak-'));
let failed = true;
try {
  writeFileSync(join(dir, 'corpus.txt'), toPageFormat(generateArticles(articles, 9)));
  const loaded = await loadPaths([dir], {
    driver: bench.db.driver,
    database: bench.db.connection.database,
    extract: extractArticle,
  });
  log(
    `corpus: ${loaded.articles} articles loaded, ${loaded.unchanged} already there, ${loaded.entities} entities`,
  );

  const server = await startServerProcess(bench.db.connection);
  try {
    const operations = await mixedOperations(server.url);
    log(`server pid ${server.pid} at ${server.url}; ${operations.length} operations; warm-up ${warmup}s`);
    await runLoad({ url: server.url, clients, durationMs: warmup * 1000, operations });
    const memStart = await server.memory();
    const rssStart = memStart.rss;
    const samples = [rssStart];
    const sampler = setInterval(() => samples.push(rssOf(server.pid)), 10_000);
    const result = await runLoad({ url: server.url, clients, durationMs: seconds * 1000, operations });
    clearInterval(sampler);
    // Let in-flight work drain before the end figure, as before the start figure.
    await new Promise((done) => setTimeout(done, 2_000));
    const memEnd = await server.memory();
    const rssEnd = memEnd.rss;
    samples.push(rssEnd);
    const growth = (rssEnd - rssStart) / rssStart;
    log(
      `${result.clients} clients, ${result.seconds}s: ${result.requests} requests (${Math.round(result.requests / result.seconds)}/s), ` +
        `${result.errors} errors, p50 ${result.p50} ms, p99 ${result.p99} ms, max ${result.max} ms`,
    );
    log(
      `server RSS after full GC ${mb(rssStart)} → ${mb(rssEnd)} (${(growth * 100).toFixed(1)} %); ` +
        `heap used after GC ${mb(memStart.heapUsed)} → ${mb(memEnd.heapUsed)}; RSS samples ${samples.map(mb).join(', ')}`,
    );
    log(`per operation ${JSON.stringify(result.perOperation)}`);
    for (const e of result.errorSamples) log(`error: ${e}`);
    failed = result.errors > 0 || growth >= 0.2;
    log(failed ? 'FAIL' : 'ok: 0 errors, RSS growth under 20 %');
  } finally {
    await server.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  await bench.stop();
}
process.exit(failed ? 1 : 0);
