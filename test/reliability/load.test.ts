// Load: the real server (`akhbar serve` in a child process, NODE_ENV=production) under 30
// concurrent clients for 10 s of a mixed read set over the seeded graph: no errors, and the
// server's resident memory grows by less than 20 % from the end of a warm-up to the end of the run.
// The 60 s / 50-client version is `npm run soak` (bench/soak.ts).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadSeed } from '../e2e/fixtures/seed.ts';
import { useGraph } from '../support/graph.ts';
import { mixedOperations, rssOf, runLoad, type ServerProcess, startServerProcess } from './support/load.ts';

const CLIENTS = 30;
const SECONDS = 10;

const graph = useGraph();
let server: ServerProcess;

beforeAll(async () => {
  await loadSeed(graph.driver, graph.database);
  server = await startServerProcess(graph.db);
}, 120_000);
afterAll(() => server?.stop());

test(`${CLIENTS} clients for ${SECONDS} s: 0 errors, resident memory growth < 20 %`, async () => {
  const operations = await mixedOperations(server.url);
  // Warm-up as long and as heavy as the run: JIT, query plans, connection pool and DataLoader code
  // paths hot, and the allocator's arenas grown to what this load needs (with a 3 s warm-up the
  // after-GC RSS still climbed ~20 % while the heap stayed flat), so growth means a leak.
  const warm = await runLoad({ url: server.url, clients: CLIENTS, durationMs: SECONDS * 1000, operations });
  expect(warm.errorSamples).toEqual([]);
  // Memory at the same point of the GC cycle at both ends (a full GC in the server first), after
  // in-flight work has drained.
  const start = await server.memory();
  const underLoad: number[] = [];
  const sampler = setInterval(() => underLoad.push(rssOf(server.pid)), 2_000);
  const result = await runLoad({ url: server.url, clients: CLIENTS, durationMs: SECONDS * 1000, operations });
  clearInterval(sampler);
  await new Promise((done) => setTimeout(done, 1_000));
  const end = await server.memory();
  const rssStart = start.rss;
  const rssEnd = end.rss;
  const growth = (rssEnd - rssStart) / rssStart;
  const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
  console.log(
    `[load] ${result.clients} clients, ${result.seconds}s: ${result.requests} requests ` +
      `(${Math.round(result.requests / result.seconds)}/s), ${result.errors} errors, p50 ${result.p50} ms, ` +
      `p99 ${result.p99} ms, max ${result.max} ms; server RSS after GC ${mb(rssStart)} → ${mb(rssEnd)} MB ` +
      `(${(growth * 100).toFixed(1)} %), heap used after GC ${mb(start.heapUsed)} → ${mb(end.heapUsed)} MB, ` +
      `RSS under load ${underLoad.map(mb).join('/')} MB; per operation ${JSON.stringify(result.perOperation)}`,
  );
  expect(result.errorSamples).toEqual([]);
  expect(result.errors).toBe(0);
  expect(result.requests).toBeGreaterThan(CLIENTS * SECONDS);
  expect(growth).toBeLessThan(0.2);
}, 90_000);
