// `npm run bench:load`: the loader against the simplest possible write of the same graph.
//
// For 1k and 10k generated articles (src/corpus, seed 2026) it measures, each time on an empty graph:
//   loader  — the real writer (writeArticles: batches of --batch-size articles, the idempotency
//             check, MERGE of shared entities and relations, CREATE of what belongs to the new
//             articles, evidence merging, one managed transaction per batch);
//   raw     — ONE UNWIND ... CREATE query per kind of row, all rows at once, no MERGE, no checks
//             (with --raw-chunk N, one such query per N rows: needed at 100k, see the option);
//   e2e     — `akhbar load` as a user runs it: read the page-format files, extract, write.
// loader and raw write the identical graph (same rows; counts are compared and must match); e2e
// writes what the extractor finds. loader and raw run --runs times each (default 3), alternating,
// and the figure is each one's median; every run's wall time and the Neo4j process's CPU time are
// kept too. Results: a table on stdout and bench/results/load.json.
//
// It wipes the graph it runs on: it provisions its own local Neo4j unless NEO4J_URI is set, and
// then refuses to touch a non-empty database without --force.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { generateArticles, toPageFormat } from '../src/corpus/generate.ts';
import { STATE_DIR } from '../src/db/local-neo4j.ts';
import { migrate } from '../src/db/migrate.ts';
import { provisionNeo4j } from '../src/db/provision.ts';
import type { ArticleExtraction } from '../src/extract/contract.ts';
import { extractArticle } from '../src/extract/pipeline.ts';
import { type GraphCounts, graphCounts, totalNodes, totalRelationships } from '../src/graph/counts.ts';
import { type Digest, mergeDigest } from '../src/graph/digest.ts';
import { DEFAULT_BATCH_SIZE, loadPaths } from '../src/graph/load.ts';
import { RELATION_TYPES } from '../src/graph/queries.ts';
import { type DigestRow, graphRows } from '../src/graph/rows.ts';
import { DIGEST_KEEP, refreshStaleDigests, writeArticles } from '../src/graph/writer.ts';
import { machineInfo, processCpuSeconds } from './lib/machine.ts';
import { batchTenths, type Phases } from './lib/phases.ts';

const ROOT = join(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '2026' },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    // End to end includes the extractor (~60-150 articles/s here): only the small corpus by default.
    'e2e-sizes': { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    // 0: the raw baseline sends each kind's rows in ONE query. At 100k articles that is 300 MB of
    // article text in one transaction, past what the 1 GB heap holds, so large sizes chunk it.
    'raw-chunk': { type: 'string', default: '0' },
    force: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const seed = Number(values.seed);
const batchSize = Number(values['batch-size']);
const runs = Math.max(1, Number(values.runs));
const rawChunk = Math.max(0, Number(values['raw-chunk']));
const e2eSizes = new Set(values['e2e-sizes'].split(',').filter(Boolean).map(Number));

// The raw baseline: plain CREATE, every row in one query. Same properties and integer handling
// as the loader so both graphs are the same.
const RAW = {
  articles: `UNWIND $rows AS row CREATE (a:Article) SET a = row`,
  entities: `UNWIND $rows AS row
    CREATE (e:Entity {id: row.id, type: row.type, name: row.name, nameEn: row.nameEn, normName: row.normName,
      aliases: row.aliases, normAliases: row.normAliases,
      aliasText: reduce(s = '', x IN row.aliases | CASE s WHEN '' THEN x ELSE s + ' | ' + x END)})
    FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
    FOREACH (_ IN CASE WHEN row.type = 'Group' THEN [1] ELSE [] END | SET e:Group)
    FOREACH (_ IN CASE WHEN row.type = 'Country' THEN [1] ELSE [] END | SET e:Country)
    FOREACH (_ IN CASE WHEN row.type = 'Place' THEN [1] ELSE [] END | SET e:Place)`,
  mentions: `UNWIND $rows AS row
    MATCH (a:Article {id: row.articleId}) MATCH (e:Entity {id: row.entityId})
    CREATE (a)-[:MENTIONS {texts: row.texts, starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)],
      count: toInteger(row.count), name: row.name, nameEn: row.nameEn, normName: row.normName, aliases: row.aliases, normAliases: row.normAliases}]->(e)`,
  events: `UNWIND $rows AS row
    MATCH (a:Article {id: row.articleId})
    CREATE (ev:Event {id: row.id, type: row.type, date: row.date, killed: toInteger(row.killed), trigger: row.trigger,
      sentence: row.sentence, articleId: row.articleId})
    CREATE (ev)-[:REPORTED_IN {sentences: row.sentences, starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)]}]->(a)
    WITH ev, row
    CALL (ev, row) { UNWIND row.participants AS p MATCH (x:Entity {id: p.entityId}) CREATE (ev)-[:INVOLVES {role: p.role}]->(x) }
    CALL (ev, row) { MATCH (loc:Entity {id: row.locationId}) CREATE (ev)-[:IN]->(loc) }`,
  sources: `UNWIND $rows AS row
    CREATE (s:Source {id: row.id, description: row.description, articleId: row.articleId})
    WITH s, row
    CALL (s, row) { MATCH (e:Entity {id: row.affiliationId}) CREATE (s)-[:AFFILIATED_WITH]->(e) }`,
  statements: `UNWIND $rows AS row
    MATCH (a:Article {id: row.articleId})
    CREATE (s:Statement {id: row.id, cue: row.cue, kind: row.kind, quote: row.quote, sentence: row.sentence,
      start: toInteger(row.start), end: toInteger(row.end), articleId: row.articleId})
    CREATE (s)-[:IN_ARTICLE]->(a)
    WITH s, row
    CALL (s, row) { MATCH (x:Entity {id: row.speakerEntityId}) CREATE (s)-[:SAID_BY]->(x) }
    CALL (s, row) { MATCH (x:Source {id: row.speakerSourceId}) CREATE (s)-[:SAID_BY]->(x) }
    CALL (s, row) { MATCH (x:Entity {id: row.via}) CREATE (s)-[:VIA]->(x) }
    CALL (s, row) { UNWIND row.aboutEntities AS id MATCH (x:Entity {id: id}) CREATE (s)-[:ABOUT]->(x) }
    CALL (s, row) { UNWIND row.aboutEvents AS id MATCH (x:Event {id: id}) CREATE (s)-[:ABOUT]->(x) }`,
  digests: `UNWIND $rows AS row
    CREATE (:EntityDigest {entityId: row.entityId, kinds: row.kinds, counts: [x IN row.counts | toInteger(x)],
      floors: row.floors, latest: row.latest, revision: 1})`,
  relation: (type: string) => `UNWIND $rows AS row
    MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
    CREATE (a)-[:${type}]->(b)`,
  relationEvidence: `UNWIND $rows AS row
    UNWIND range(0, size(row.articleIds) - 1) AS i
    CREATE (:RelationEvidence {type: row.type, from: row.from, to: row.to, articleId: row.articleIds[i],
      sentence: row.sentences[i], start: toInteger(row.starts[i]), end: toInteger(row.ends[i])})`,
};

async function wipe(driver: Driver, database: string): Promise<void> {
  // Batched, in an implicit transaction: one huge delete would not fit the heap. Relationships
  // first: DETACH DELETE of 5,000 nodes that include the hubs of a 100k graph (tens of thousands
  // of relationships each) ran out of the 1 GB heap.
  const session = driver.session({ database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
    await session.run(
      'MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
    );
  } finally {
    await session.close();
  }
}

/**
 * One UNWIND query per kind of row over ALL rows, each its own auto-commit transaction: a single
 * transaction for a 10k-article graph exceeds the transaction memory limit of a 1 GB heap.
 */
async function rawWrite(driver: Driver, database: string, extractions: ArticleExtraction[]): Promise<void> {
  const rows = graphRows(extractions);
  const run = async (cypher: string, list: unknown[]) => {
    const size = rawChunk || list.length;
    for (let i = 0; i < list.length; i += size)
      await driver.executeQuery(cypher, { rows: list.slice(i, i + size) }, { database });
  };
  await run(RAW.articles, rows.articles);
  await run(RAW.entities, rows.entities);
  await run(RAW.mentions, rows.mentions);
  await run(RAW.events, rows.events);
  await run(RAW.sources, rows.sources);
  await run(RAW.statements, rows.statements);
  await run(RAW.digests, rawDigests(rows.digests));
  for (const type of RELATION_TYPES) {
    await run(
      RAW.relation(type),
      rows.relations.filter((r) => r.type === type).map(({ from, to }) => ({ from, to })),
    );
  }
  await run(RAW.relationEvidence, rows.relations);
}

/**
 * The digests the loader ends up with, computed here instead of in Neo4j: every row of the corpus
 * is at hand, so each entity's keys are sorted once and the newest DIGEST_KEEP of each channel kept.
 */
function rawDigests(digests: DigestRow[]): ({ entityId: string } & Digest)[] {
  return digests.map((d) => {
    const { kinds, counts, floors, latest } = mergeDigest(null, d, DIGEST_KEEP);
    return { entityId: d.entityId, kinds, counts, floors, latest: latest ?? [] };
  });
}

interface Measure {
  seconds: number;
  articles: number;
  nodes: number;
  relationships: number;
  articlesPerSecond: number;
  itemsPerSecond: number;
  /** Every run's seconds and Neo4j CPU seconds (loader and raw); `seconds` is their median. */
  runs?: number[];
  neo4jCpuSeconds?: (number | null)[];
  phases?: (Phases | null)[];
}

function measure(seconds: number, articles: number, counts: GraphCounts, runs?: Run[]): Measure {
  const nodes = totalNodes(counts);
  const relationships = totalRelationships(counts);
  return {
    seconds: Number(seconds.toFixed(2)),
    articles,
    nodes,
    relationships,
    articlesPerSecond: Math.round(articles / seconds),
    itemsPerSecond: Math.round((nodes + relationships) / seconds),
    ...(runs && {
      runs: runs.map((x) => Number(x.seconds.toFixed(2))),
      neo4jCpuSeconds: runs.map((x) => x.neo4jCpuSeconds),
      ...(runs.some((x) => x.phases) && { phases: runs.map((x) => x.phases ?? null) }),
    }),
  };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A run's batches as first, middle and last tenth (mean seconds per batch). */
function describeBatches(seconds: number[]): string {
  const t = batchTenths(seconds);
  return `${seconds.length} × (first tenth ${t.first.toFixed(2)}s, middle ${t.middle.toFixed(2)}s, last ${t.last.toFixed(2)}s)`;
}

interface Run {
  /** The loader's batches and digest refresh (loader runs only). */
  phases?: Phases;
  seconds: number;
  /** CPU the Neo4j process used (null unless this bench started it): less sensitive than wall time to what else the machine runs. */
  neo4jCpuSeconds: number | null;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - started) / 1e9];
}

async function run(work: () => Promise<unknown>): Promise<Run> {
  const cpu0 = neo4jCpu();
  const [, seconds] = await timed(work);
  const cpu1 = neo4jCpu();
  return {
    seconds,
    neo4jCpuSeconds: cpu0 === null || cpu1 === null ? null : Number((cpu1 - cpu0).toFixed(2)),
  };
}

/** CPU seconds of the Neo4j process this bench started; null when it did not start one. */
function neo4jCpu(): number | null {
  return db.pid ? processCpuSeconds(db.pid) : null;
}

const log = (line: string) => process.stderr.write(`${line}\n`);
// The other engineers' work shares the 2 cores: the load average before and after brackets the run.
const loadAtStart = machineInfo().loadAverage;
const db = await provisionNeo4j({ home: join(STATE_DIR, 'bench'), log });
const { driver } = db;
const database = db.connection.database;
const results: Record<string, unknown>[] = [];
try {
  await migrate(driver, { database, log });
  const existing = await graphCounts(driver, database);
  if (db.strategy === 'env' && totalNodes(existing) > 0 && !values.force) {
    throw new Error(
      `the configured database at ${db.connection.uri} is not empty; the bench wipes it: pass --force`,
    );
  }
  // Warm the server up (JIT, query plans) on both write paths first, so neither pays it in the figures.
  const warm = generateArticles(1000, seed + 1).map((a) => a.extraction);
  for (let i = 0; i < warm.length; i += batchSize)
    await writeArticles(driver, warm.slice(i, i + batchSize), { database, digests: 'defer' });
  await refreshStaleDigests(driver, { database });
  await wipe(driver, database);
  await rawWrite(driver, database, warm);
  await wipe(driver, database);
  for (const n of sizes) {
    log(`\n== ${n} articles`);
    const [articles, genSeconds] = await timed(async () => generateArticles(n, seed));
    const extractions = articles.map((a) => a.extraction);
    log(`generated in ${genSeconds.toFixed(1)}s`);

    // Loader and raw alternate, --runs times each, and the median of each is the figure: on a
    // shared 2-core machine one run of either can be slowed 2-3x by someone else's burst.
    const loaderRuns: Run[] = [];
    const rawRuns: Run[] = [];
    let loaderCounts: GraphCounts | null = null;
    let rawCounts: GraphCounts | null = null;
    for (let r = 0; r < runs; r++) {
      await wipe(driver, database);
      const phases: Phases = { batchSeconds: [], refreshSeconds: 0 };
      loaderRuns.push(
        await run(async () => {
          // As akhbar load does: digests marked per batch, refreshed once at the end (timed).
          for (let i = 0; i < extractions.length; i += batchSize) {
            const [, t] = await timed(() =>
              writeArticles(driver, extractions.slice(i, i + batchSize), { database, digests: 'defer' }),
            );
            phases.batchSeconds.push(Number(t.toFixed(3)));
          }
          const [, refresh] = await timed(() => refreshStaleDigests(driver, { database }));
          phases.refreshSeconds = Number(refresh.toFixed(2));
        }),
      );
      loaderRuns.at(-1)!.phases = phases;
      loaderCounts = await graphCounts(driver, database);
      log(
        `loader: ${loaderRuns.at(-1)!.seconds.toFixed(2)}s (Neo4j CPU ${loaderRuns.at(-1)!.neo4jCpuSeconds}s; ` +
          `batches ${describeBatches(phases.batchSeconds)}; digest refresh ${phases.refreshSeconds}s)`,
      );
      await wipe(driver, database);
      rawRuns.push(await run(() => rawWrite(driver, database, extractions)));
      rawCounts = await graphCounts(driver, database);
      log(`raw:    ${rawRuns.at(-1)!.seconds.toFixed(2)}s (Neo4j CPU ${rawRuns.at(-1)!.neo4jCpuSeconds}s)`);
    }
    const loader = measure(median(loaderRuns.map((x) => x.seconds)), n, loaderCounts!, loaderRuns);
    const raw = measure(median(rawRuns.map((x) => x.seconds)), n, rawCounts!, rawRuns);
    const identical = JSON.stringify(loaderCounts) === JSON.stringify(rawCounts);
    if (!identical)
      log(`counts differ!\nloader ${JSON.stringify(loaderCounts)}\nraw    ${JSON.stringify(rawCounts)}`);

    let e2e: Measure | null = null;
    if (e2eSizes.has(n)) {
      const dir = join(ROOT, 'bench/out', `corpus-${n}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (let i = 0; i < articles.length; i += 100) {
        writeFileSync(
          join(dir, `page-${String(i / 100).padStart(4, '0')}.txt`),
          toPageFormat(articles.slice(i, i + 100)),
        );
      }
      await wipe(driver, database);
      const [summary, e2eSeconds] = await timed(() =>
        loadPaths([dir], { driver, database, extract: extractArticle, batchSize }),
      );
      if (summary.failed.length) log(`e2e failures: ${JSON.stringify(summary.failed.slice(0, 3))}`);
      e2e = measure(e2eSeconds, summary.articles, await graphCounts(driver, database));
      log(`e2e:    ${e2e.seconds}s`);
    }
    results.push({
      articles: n,
      batchSize,
      rawChunk: rawChunk || null,
      identicalGraph: identical,
      loader,
      raw,
      e2e,
      rawOverLoader: Number((loader.seconds / raw.seconds).toFixed(2)),
    });
  }
} finally {
  await wipe(driver, database).catch(() => {});
  await db.stop();
}

const pad = (s: string | number, w: number) => String(s).padStart(w);
console.log(
  `\nLoad bench (seed ${seed}, batch ${batchSize}, ${cpus().length} CPUs, Neo4j ${db.strategy})\n` +
    `${'articles'.padEnd(9)}${'path'.padEnd(8)}${pad('seconds', 9)}${pad('nodes', 9)}${pad('rels', 9)}${pad('articles/s', 12)}${pad('nodes+rels/s', 14)}`,
);
for (const r of results as {
  articles: number;
  loader: Measure;
  raw: Measure;
  e2e: Measure | null;
  rawOverLoader: number;
  identicalGraph: boolean;
}[]) {
  const rows: [string, Measure | null][] = [
    ['loader', r.loader],
    ['raw', r.raw],
    ['e2e', r.e2e],
  ];
  for (const [name, m] of rows) {
    if (!m) continue;
    console.log(
      `${String(r.articles).padEnd(9)}${name.padEnd(8)}${pad(m.seconds, 9)}${pad(m.nodes, 9)}${pad(m.relationships, 9)}${pad(m.articlesPerSecond, 12)}${pad(m.itemsPerSecond, 14)}`,
    );
  }
  console.log(
    `${''.padEnd(9)}raw is ${r.rawOverLoader}× the loader's speed; identical graph: ${r.identicalGraph ? 'yes' : 'NO'}`,
  );
}
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench/results/load.json'),
  `${JSON.stringify({ date: new Date().toISOString(), seed, batchSize, runs, neo4j: db.strategy, machine: machineInfo(), loadAverageAtStart: loadAtStart, results }, null, 2)}\n`,
);
