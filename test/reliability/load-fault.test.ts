// Neo4j stopped in the middle of `akhbar load`: the command exits non-zero with a clear error that
// names the last committed article; after Neo4j is back, rerunning the same command completes the
// load, and the graph then has exactly the node and relationship counts of a clean load of the
// same corpus. Runs the real CLI against its own Neo4j (never the shared test database).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateArticles, toPageFormat } from '../../src/corpus/generate.ts';
import { connect } from '../../src/db/driver.ts';
import { freePort, type LocalNeo4j, PROJECT_ROOT, startLocalNeo4j } from '../../src/db/local-neo4j.ts';

const ARTICLES = 800;
const BATCH = 25;
let home: string;
let corpusDir: string;
let port: number;
let neo: LocalNeo4j | undefined;
let password = 'load-fault-1';

const start = async (): Promise<LocalNeo4j> =>
  startLocalNeo4j({ home, port, password, parentPid: process.pid });

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'akhbar-load-fault-'));
  corpusDir = mkdtempSync(join(tmpdir(), 'akhbar-load-fault-corpus-'));
  // Several files, so the error can name a file too.
  const articles = generateArticles(ARTICLES, 31);
  for (let i = 0; i < 8; i++)
    writeFileSync(join(corpusDir, `page-${i}.txt`), toPageFormat(articles.slice(i * 100, (i + 1) * 100)));
  port = await freePort();
  neo = await start();
}, 180_000);

afterAll(async () => {
  await neo?.stop();
  rmSync(home, { recursive: true, force: true });
  rmSync(corpusDir, { recursive: true, force: true });
}, 60_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function runLoad(): { child: ChildProcess; done: Promise<Run> } {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      join(PROJECT_ROOT, 'bin/akhbar.mjs'),
      'load',
      corpusDir,
      '--batch-size',
      String(BATCH),
      '--json-summary',
    ],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: `bolt://127.0.0.1:${port}`,
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: password,
        NEO4J_DATABASE: 'neo4j',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => {
    stdout += c.toString('utf8');
  });
  child.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString('utf8');
  });
  const done = new Promise<Run>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started })),
  );
  return { child, done };
}

async function withDriver<T>(work: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = await connect({
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password,
    database: 'neo4j',
  });
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}

/** Nodes per label and relationships per type: what "the same graph" is compared by. */
async function counts(driver: Driver): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:Migration UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
  );
  for (const r of nodes.records) out[`(:${r.get('label')})`] = Number(r.get('n'));
  const rels = await driver.executeQuery(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type',
  );
  for (const r of rels.records) out[`[:${r.get('type')}]`] = Number(r.get('n'));
  return out;
}

const articleCount = (driver: Driver) =>
  driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n').then((r) => Number(r.records[0]?.get('n')));

test('stop Neo4j mid-load: clear error naming the last committed article; rerun = clean load', async () => {
  // 1. Start the load and stop Neo4j once a few batches are committed.
  const first = runLoad();
  const committedBeforeStop = await withDriver(async (driver) => {
    const deadline = performance.now() + 120_000;
    while (performance.now() < deadline) {
      const n = await articleCount(driver);
      if (n >= BATCH * 3) return n;
      await new Promise((done) => setTimeout(done, 200));
    }
    throw new Error('the load did not get going in 120 s');
  });
  // The parked-password dance (see neo4j-outage.test.ts) is not needed: the rerun gets a new one.
  await neo?.stop();
  neo = undefined;
  const failed = await first.done;
  console.log(
    `[load-fault] stopped Neo4j after ${committedBeforeStop} articles; CLI exit ${failed.code} after ${Math.round(failed.ms)} ms; ` +
      `stderr tail: ${failed.stderr.trim().split('\n').slice(-2).join(' | ')}`,
  );
  expect(failed.code).not.toBe(0);
  const named = /last committed article[^:]*: (\S+)/.exec(failed.stderr);
  expect(named, failed.stderr.slice(-1500)).not.toBeNull();
  const lastId = named?.[1] as string;
  expect(failed.stderr).toMatch(/Neo4j/);
  // Well before the 15 s driver retry window times all remaining batches.
  expect(failed.ms).toBeLessThan(120_000);

  // 2. Neo4j back (same data, a fresh password as after any restart), the named article is there.
  password = 'load-fault-2';
  neo = await start();
  const afterCrash = await withDriver(async (driver) => {
    const found = await driver.executeQuery('MATCH (a:Article {id: $id}) RETURN a.id AS id', { id: lastId });
    expect(found.records.length, `the named article ${lastId} is in the graph`).toBe(1);
    return articleCount(driver);
  });
  expect(afterCrash).toBeGreaterThanOrEqual(committedBeforeStop);
  expect(afterCrash).toBeLessThan(ARTICLES);

  // 3. Rerun: completes, skipping what is there.
  const rerun = await runLoad().done;
  expect(rerun.code, rerun.stderr.slice(-1500)).toBe(0);
  const summary = JSON.parse(rerun.stdout.trim().split('\n').at(-1) as string) as {
    articles: number;
    unchanged: number;
    failed: unknown[];
  };
  expect(summary.failed).toEqual([]);
  expect(summary.articles + summary.unchanged).toBe(ARTICLES);
  expect(summary.unchanged).toBe(afterCrash);
  const resumed = await withDriver(counts);

  // 4. A clean load of the same corpus into the emptied database.
  await withDriver((driver) => driver.executeQuery('MATCH (n) WHERE NOT n:Migration DETACH DELETE n'));
  const clean = await runLoad().done;
  expect(clean.code, clean.stderr.slice(-1500)).toBe(0);
  const cleanCounts = await withDriver(counts);
  console.log(
    `[load-fault] rerun: ${summary.articles} written + ${summary.unchanged} unchanged in ${Math.round(rerun.ms)} ms; ` +
      `clean load ${Math.round(clean.ms)} ms; graph ${JSON.stringify(cleanCounts)}`,
  );
  expect(resumed).toEqual(cleanCounts);
  expect(cleanCounts['(:Article)']).toBe(ARTICLES);
}, 600_000);
