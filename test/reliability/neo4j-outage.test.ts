// Neo4j stopped while the API is serving: requests, mutations included, answer DB_UNAVAILABLE within the timeout (no
// hang, no crash, no 5xx), /ready says 503 and /health stays 200; when Neo4j comes back on the
// same address the same app (same driver, no restart) serves again. Uses its own Neo4j on a fixed
// port, never the shared test database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { connect } from '../../src/db/driver.ts';
import { freePort, type LocalNeo4j, startLocalNeo4j } from '../../src/db/local-neo4j.ts';
import { migrate } from '../../src/db/migrate.ts';
import { loadSpeakers } from '../e2e/fixtures/seed.ts';
import { type RunningApi, startApi } from '../e2e/support/api.ts';

const TIMEOUT_MS = 3_000;
const API_KEY = 'outage-test-key';
const PASSWORD = 'outage-test-password';
let home: string;
let port: number;
let neo: LocalNeo4j | undefined;
let driver: Driver;
let api: RunningApi;

const start = () => startLocalNeo4j({ home, port, password: PASSWORD, parentPid: process.pid });

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'akhbar-outage-'));
  port = await freePort();
  neo = await start();
  // The driver settings `akhbar serve` uses (src/db/driver.ts), so the timings are the real ones.
  driver = await connect({ uri: neo.uri, user: neo.user, password: PASSWORD, database: 'neo4j' });
  await migrate(driver, { database: 'neo4j' });
  await loadSpeakers(driver, 'neo4j', 3, 2);
  api = await startApi({
    driver,
    database: 'neo4j',
    timeoutMs: TIMEOUT_MS,
    exportTimeoutMs: TIMEOUT_MS,
    apiKey: API_KEY,
  });
}, 180_000);

afterAll(async () => {
  await api?.close();
  await driver?.close();
  await neo?.stop();
  rmSync(home, { recursive: true, force: true });
}, 60_000);

const STATS = '{ stats { articles statements } }';

test('Neo4j down: DB_UNAVAILABLE within the timeout, /ready 503; back up: served again without a restart', async () => {
  const before = await api.gql<{ stats: { articles: number; statements: number } }>(STATS);
  expect(before.errors).toBeUndefined();
  expect(before.data?.stats).toEqual({ articles: 1, statements: 6 });
  expect((await fetch(`${api.base}/ready`)).status).toBe(200);

  // The launcher sets the neo4j password on every start, and Neo4j refuses to "change" a password
  // to the one it already has (the start would never report ready). So park a different password
  // now; the restart then sets the app's password again. The app's driver is not touched.
  const admin = await connect({ uri: neo?.uri ?? '', user: 'neo4j', password: PASSWORD, database: 'system' });
  await admin.executeQuery(
    `ALTER CURRENT USER SET PASSWORD FROM $old TO $parked`,
    { old: PASSWORD, parked: `${PASSWORD}-parked` },
    { database: 'system' },
  );
  await admin.close();
  await neo?.stop();
  neo = undefined;

  // Concurrent requests of several kinds while the database is gone.
  const queries = [
    STATS,
    '{ people(first: 5) { totalCount edges { node { name } } } }',
    '{ search(query: "الهدف") { totalCount } }',
    '{ entity(id: "group:target") { name statementsAbout(first: 3) { totalCount } } }',
  ];
  const t0 = performance.now();
  // Mutations too: the driver retries a write for 15 s, the API answers within the deadline.
  const mutations = [
    `mutation { ingestArticle(input: { title: "عنوان", body: "قال المتحدث إن الوضع هادئ." }) { relations } }`,
    `mutation { deleteArticle(id: "no-such-article") { deleted } }`,
  ];
  const auth = { authorization: `Bearer ${API_KEY}` };
  const answers = await Promise.all(
    Array.from({ length: 14 }, async (_, i) => {
      const started = performance.now();
      const res =
        i < 12
          ? await api.gql(queries[i % queries.length] as string)
          : await api.gql(mutations[i - 12]!, {}, auth);
      return { res, ms: performance.now() - started };
    }),
  );
  const slowest = Math.max(...answers.map((a) => a.ms));
  const allMs = performance.now() - t0;
  for (const { res } of answers) {
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0]?.extensions?.code).toBe('DB_UNAVAILABLE');
    expect(JSON.stringify(res.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|bolt:|Neo4jError/);
  }
  // The timeout plus the one-second grace the API allows the driver, plus scheduling slack.
  expect(slowest).toBeLessThan(TIMEOUT_MS + 1_000 + 1_500);
  // An export during the outage: 503 DB_UNAVAILABLE within its own timeout plus the grace.
  const exportStarted = performance.now();
  const exported = await fetch(`${api.base}/export?format=json&from=group:target&depth=1`);
  const exportMs = performance.now() - exportStarted;
  expect(exported.status).toBe(503);
  expect(((await exported.json()) as { error: { code: string } }).error.code).toBe('DB_UNAVAILABLE');
  expect(exportMs).toBeLessThan(TIMEOUT_MS + 1_000 + 1_500);
  const readyStarted = performance.now();
  expect((await fetch(`${api.base}/ready`)).status).toBe(503);
  const readyMs = performance.now() - readyStarted;
  expect(readyMs).toBeLessThan(5_000);
  expect((await fetch(`${api.base}/health`)).status).toBe(200);
  console.log(
    `[outage] down: 14 concurrent requests (2 mutations) all DB_UNAVAILABLE, slowest ${Math.round(slowest)} ms ` +
      `(all 14 answered in ${Math.round(allMs)} ms); /export 503 in ${Math.round(exportMs)} ms; /ready 503 in ${Math.round(readyMs)} ms`,
  );

  // Back on the same port and data: the same app, same driver, recovers by itself.
  neo = await start();
  const backAt = performance.now();
  let recovered: Awaited<ReturnType<typeof api.gql>> | undefined;
  while (performance.now() - backAt < 30_000) {
    const res = await api.gql<{ stats: { articles: number } }>(STATS);
    if (!res.errors) {
      recovered = res;
      break;
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  expect(recovered?.data).toEqual(before.data);
  expect((await fetch(`${api.base}/ready`)).status).toBe(200);
  console.log(`[outage] back: served again ${Math.round(performance.now() - backAt)} ms after Neo4j was up`);
}, 180_000);
