// `npm run bench:api`: the five API operations under load (autocannon, loopback, bounded runs)
// against our GraphQL API, hand-written Cypher through neo4j-driver, and @neo4j/graphql, over the
// same Neo4j holding a synthetic corpus loaded by the real writer. Writes bench/results/api.json
// (one entry per corpus size, merged with what is there).
//
//   npm run bench:api -- --articles 1000,100000 [--duration 10] [--connections 10] [--warmup 2] [--prewarm 5]
//                        [--rounds 2] [--ops entityCard,search] [--servers akhbar,raw] [--profile DIR]
//   --rounds N measures every operation and server N times, in mirrored order (A B C, C B A, …),
//   and reports p50/p99 over the responses of all rounds (each timed to the microsecond, not
//   autocannon's whole milliseconds: bench/lib/latency.ts) and requests/s over all rounds.
//   --profile DIR writes each server's V8 CPU profiles into DIR/<server>/ when it stops (the
//   biggest file is the main thread's).
//
// The database: NEO4J_URI if set (a graph already holding exactly this corpus is reused, anything
// else is WIPED), otherwise a fresh local Neo4j that is deleted afterwards.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon, { type Result as LoadResult } from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { entityPool, poolSize } from '../lib/corpus.ts';
import { fillSynthetic, graphSize } from '../lib/fill.ts';
import { percentile, runTimed } from '../lib/latency.ts';
import { gitHead, type MachineInfo, machineInfo, processCpuSeconds } from '../lib/machine.ts';
import { startBenchDatabase, wipe } from '../lib/neo4j.ts';
import {
  akhbarRequest,
  neo4jGraphqlRequest,
  OPERATIONS,
  type OperationName,
  rawRequest,
  type Subject,
} from './operations.ts';
import { luceneWords, SERVER_KINDS, type ServerKind } from './servers.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const API_RESULTS = join(repo, 'bench/results/api.json');

export interface OperationResult {
  /** Latency in ms over every 2xx response of all rounds, to 0.01 ms (bench/lib/latency.ts). */
  p50: number;
  p99: number;
  mean: number;
  requestsPerSecond: number;
  requests: number;
  /** Cypher statements one request sends (counted on the driver). */
  queriesPerRequest: number;
  queriesPerRequestUnderLoad: number | null;
  errors: number;
  /** Transactions still running in Neo4j when the run ended (terminated before the next run). */
  unfinished: number;
  non2xx: number;
  /** A short summary of the answer (counts, path length, first hit), to check the three agree. */
  answer: string;
  /**
   * CPU time per completed request (µs), over all measured rounds: the server process, Neo4j
   * (null when its process is not on this machine) and the load generator (autocannon, in the
   * bench's own process). On this 2-core machine the three share the cores, so the sum is what
   * a request costs the machine.
   */
  cpu?: { server: number; neo4j: number | null; loadGenerator: number };
  /** Each round's own figures, when measured in more than one. */
  rounds?: { p50: number; p99: number; requestsPerSecond: number }[];
}

export interface SizeResult {
  articles: number;
  date: string;
  commit: string;
  machine: MachineInfo;
  graph: { nodes: number; relationships: number; entities: number };
  fill: { seconds: number; reused: boolean } | null;
  subject: Subject;
  settings: { duration: number; connections: number; warmup: number; prewarm?: number; rounds?: number };
  servers: Record<ServerKind, Partial<Record<OperationName, OperationResult>>>;
}

const log = (line: string): void => console.log(`[bench:api] ${line}`);

async function corpusPresent(driver: Driver, database: string, articles: number): Promise<boolean> {
  const r = await driver.executeQuery(
    "MATCH (a:Article) RETURN count(a) AS all, count(CASE WHEN a.id STARTS WITH 'bench-42-' THEN 1 END) AS ours",
    {},
    { database },
  );
  const row = r.records[0]!;
  return row.get('all') === articles && row.get('ours') === articles;
}

interface Child {
  kind: ServerKind;
  /** The kind, or `akhbar@baseline` for the server of --baseline's checkout. */
  label: string;
  port: number;
  process: ChildProcess;
}

function startChild(
  kind: ServerKind,
  env: NodeJS.ProcessEnv,
  profileDir?: string,
  root: string = repo,
): Promise<Child> {
  const label = root === repo ? kind : `${kind}@baseline`;
  const profile = profileDir
    ? // One directory per server: tsx's loader thread writes a profile of its own beside the main one.
      ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, label)}`]
    : [];
  return new Promise((resolveChild, reject) => {
    const child = spawn(
      process.execPath,
      [...profile, '--import', 'tsx', join(root, 'bench/api/serve.ts'), kind],
      {
        cwd: root,
        env,
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /READY (\d+)/.exec(out);
      if (m) resolveChild({ kind, label, port: Number(m[1]), process: child });
    });
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code} before it was ready`)));
  });
}

async function stopChild(child: Child): Promise<void> {
  if (child.process.exitCode !== null) return;
  const exited = new Promise<void>((done) => child.process.once('exit', () => done()));
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function request(kind: ServerKind, op: OperationName, subject: Subject, port: number) {
  const base = `http://127.0.0.1:${port}`;
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  if (kind === 'raw') return { url: `${base}/${op}`, headers, body: JSON.stringify(rawRequest(op, subject)) };
  const gql = kind === 'akhbar' ? akhbarRequest(op, subject) : neo4jGraphqlRequest(op, subject);
  return { url: `${base}/graphql`, headers, body: JSON.stringify(gql) };
}

// biome-ignore lint/suspicious/noExplicitAny: walks three differently shaped JSON answers.
type Json = any;

/** The comparable core of each answer: totals, sizes, the first item. */
export function summarise(kind: ServerKind, op: OperationName, body: Json): string {
  if (body?.errors?.length) return `ERROR ${String(body.errors[0]?.message).slice(0, 200)}`;
  const d = body?.data;
  const graphId = (id: string): string =>
    kind === 'akhbar'
      ? Buffer.from(id, 'base64')
          .toString('utf8')
          .replace(/^[A-Za-z]+:/, '')
      : id;
  switch (op) {
    case 'entityCard':
    case 'statementsByKind': {
      if (kind === 'akhbar') {
        const c = d.entity.statementsAbout;
        return `total=${c.totalCount} page=${c.edges.length}`;
      }
      if (kind === 'raw') return `total=${d.total} page=${d.statements.length}`;
      const e = d.entities[0];
      return `total=${e.statementsAboutConnection.aggregate.count.nodes} page=${e.statementsAbout.length}`;
    }
    case 'neighbourhood': {
      const n = kind === 'akhbar' ? d.neighborhood : kind === 'raw' ? d : d.neighbourhood;
      return `nodes=${n.nodes.length} edges=${n.edges.length}`;
    }
    case 'shortestPath': {
      const p = kind === 'akhbar' ? d.paths[0] : kind === 'raw' ? d : d.shortestPath;
      if (!p) return 'no path';
      const ids = p.nodes.map((n: Json) => (kind === 'akhbar' ? graphId(n.id) : n.id));
      return `length=${p.length} via=${ids.slice(1, -1).join(',')}`;
    }
    case 'search': {
      if (kind === 'akhbar') {
        const s = d.search;
        return `hits=${s.edges.length} first=${s.edges[0]?.node.entityId}`;
      }
      if (kind === 'raw') return `hits=${d.page.length} first=${d.page[0]?.entity.id}`;
      return `hits=${d.searchEntities.length} first=${d.searchEntities[0]?.entity.id}`;
    }
  }
}

/**
 * Ends transactions still running after a run (requests autocannon gave up on keep running in
 * Neo4j until their timeout, and would slow down whatever is measured next). Returns how many.
 */
async function settle(driver: Driver, database: string): Promise<number> {
  const session = driver.session({ database });
  try {
    const r = await session.run(
      "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN collect(transactionId) AS ids",
    );
    const ids = r.records[0]?.get('ids') as string[];
    if (ids.length) await session.run('TERMINATE TRANSACTIONS $ids', { ids });
    return ids.length;
  } finally {
    await session.close();
  }
}

const cpuPerRequest = (micros: number, requests: number): number =>
  requests ? Math.round(micros / requests) : 0;

async function queries(port: number): Promise<number> {
  return (await counters(port)).count;
}

/** The server's statement count and CPU time (µs) since the last call, both then reset. */
async function counters(port: number): Promise<{ count: number; cpuMicros: number }> {
  const res = await fetch(`http://127.0.0.1:${port}/__queries`);
  return (await res.json()) as { count: number; cpuMicros: number };
}

/**
 * The CPU time (µs) the Neo4j process has used, read from /proc, or null where that cannot be
 * done (not Linux, Neo4j elsewhere). The process is found as the launcher listening on the URI's
 * port (tools/neo4j), so a database given by NEO4J_URI on this machine is measured too.
 */
function neo4jCpuReader(uri: string): (() => number | null) | null {
  const port = /:(\d+)\/?$/.exec(uri)?.[1];
  if (!port || !existsSync('/proc')) return null;
  let pid: string | undefined;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      const at = args.findIndex((a) => a.endsWith('Neo4jLauncher.java'));
      if (at >= 0 && args[at + 2] === port) pid = entry;
    } catch {
      // a process that ended while we looked
    }
  }
  const found = pid;
  if (!found) return null;
  return () => {
    const seconds = processCpuSeconds(found);
    return seconds === null ? null : Math.round(seconds * 1e6);
  };
}

export interface ApiBenchOptions {
  articles: number[];
  duration: number;
  connections: number;
  warmup: number;
  /** Seconds of each operation on each server before anything is measured (default: warmup). */
  prewarm?: number;
  operations?: OperationName[];
  /**
   * Which servers to run (default all three): `--servers akhbar,raw` for a quicker comparison,
   * which is printed but not saved.
   */
  servers?: ServerKind[];
  /** Measured rounds per operation and server, in mirrored server order (default 1). */
  rounds?: number;
  /** Write a V8 CPU profile of every server process into this directory (node --cpu-prof). */
  profileDir?: string;
  /**
   * Another checkout (e.g. `git worktree add /tmp/base HEAD~1`, with its node_modules): its akhbar
   * server runs beside this one's as `akhbar@baseline`, interleaved in the same rounds, so a change
   * is measured against the code before it on the same machine minutes. Printed, not saved.
   */
  baseline?: string;
}

export async function runApiBench(options: ApiBenchOptions): Promise<SizeResult[]> {
  const bench = await startBenchDatabase(log);
  const { driver, connection } = bench.db;
  const env = {
    ...process.env,
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
    NEO4J_DATABASE: connection.database,
  };
  const results: SizeResult[] = [];
  const neo4jCpu = neo4jCpuReader(connection.uri);
  const prewarm = options.prewarm ?? options.warmup;
  const rounds = Math.max(1, options.rounds ?? 1);
  if (!neo4jCpu) log(`Neo4j's CPU time cannot be read here (${connection.uri}): reported as unknown`);
  try {
    for (const articles of options.articles) {
      let fill: SizeResult['fill'] = null;
      if (await corpusPresent(driver, connection.database, articles)) {
        log(`reusing the ${articles}-article corpus already in ${connection.uri}`);
        fill = { seconds: 0, reused: true };
      } else {
        log(`loading ${articles} synthetic articles through the loader's writer…`);
        await wipe(driver, connection.database);
        const f = await fillSynthetic(driver, connection.database, articles, log);
        fill = { seconds: Math.round(f.seconds * 10) / 10, reused: false };
        log(`loaded in ${fill.seconds} s`);
      }
      // Start measuring with every index populated (db.checkpoint would also flush the load's
      // dirty pages, but it is Enterprise-only; the warm-up round below absorbs that instead).
      await driver.executeQuery('CALL db.awaitIndexes(600)', {}, { database: connection.database });
      const size = await graphSize(driver, connection.database);
      const entities = (
        await driver.executeQuery(
          'MATCH (e:Entity) RETURN count(e) AS c',
          {},
          { database: connection.database },
        )
      ).records[0]!.get('c') as number;
      // Rank 11 and 14 of the Zipf pool: well known (in ~7% of articles) without being the
      // single biggest hub, a person and a country.
      const pool = entityPool(Math.min(poolSize(articles), 20));
      const subject: Subject = {
        id: pool[10]!.id,
        otherId: pool[13]!.id,
        kind: 'denied',
        search: pool[10]!.name,
        lucene: luceneWords(pool[10]!.name),
      };
      const result: SizeResult = {
        articles,
        date: new Date().toISOString(),
        commit: gitHead(),
        machine: machineInfo(),
        graph: { ...size, entities },
        fill,
        subject,
        settings: {
          duration: options.duration,
          connections: options.connections,
          warmup: options.warmup,
          prewarm,
          rounds,
        },
        servers: { akhbar: {}, raw: {}, 'neo4j-graphql': {} },
      };
      const children: Child[] = [];
      try {
        for (const kind of options.servers ?? SERVER_KINDS)
          children.push(await startChild(kind, env, options.profileDir));
        if (options.baseline)
          children.push(await startChild('akhbar', env, options.profileDir, resolve(options.baseline)));
        // Every operation on every server once under load before anything is measured: JIT,
        // Neo4j's plan cache and the page cache are warm for the first measured operation too.
        if (prewarm > 0) {
          for (const op of options.operations ?? OPERATIONS) {
            for (const child of children) {
              const req = request(child.kind, op, subject, child.port);
              await autocannon({
                ...req,
                method: 'POST',
                connections: options.connections,
                duration: prewarm,
              });
              await settle(driver, connection.database);
            }
          }
        }
        // Servers interleaved per operation, so drift in the machine's load hits all three alike,
        // and measured in mirrored rounds (A B C, then C B A): whichever server goes first after
        // another operation's runs meets a JVM, page cache and allocator shaped by them, and a
        // fixed order gave that handicap to the same server every time.
        for (const op of options.operations ?? OPERATIONS) {
          const runs = new Map<
            string,
            {
              r: LoadResult;
              times: Float64Array;
              statements: number;
              leftover: number;
              cpu: { server: number; neo4j: number | null; loadGenerator: number };
            }[]
          >();
          const checks = new Map<string, { answer: string; perRequest: number }>();
          for (let round = 0; round < rounds; round++) {
            const order = round % 2 === 0 ? children : [...children].reverse();
            for (const child of order) {
              const req = request(child.kind, op, subject, child.port);
              if (!checks.has(child.label)) {
                // One request alone first: its answer, and exactly how many statements it sent.
                await queries(child.port);
                const res = await fetch(req.url, { method: 'POST', headers: req.headers, body: req.body });
                const answer = summarise(child.kind, op, await res.json());
                checks.set(child.label, { answer, perRequest: await queries(child.port) });
              }
              if (options.warmup > 0) {
                await autocannon({
                  ...req,
                  method: 'POST',
                  connections: options.connections,
                  duration: options.warmup,
                });
              }
              await queries(child.port); // reset: the warm-up's statements (and CPU) are not counted
              const neo4jBefore = neo4jCpu?.() ?? null;
              const ownBefore = process.cpuUsage();
              const { result: r, times } = await runTimed({
                ...req,
                method: 'POST',
                connections: options.connections,
                duration: options.duration,
                timeout: 30,
              });
              const own = process.cpuUsage(ownBefore);
              const neo4jAfter = neo4jCpu?.() ?? null;
              const { count: statements, cpuMicros: serverCpu } = await counters(child.port);
              const leftover = await settle(driver, connection.database);
              const cpu = {
                server: serverCpu,
                neo4j: neo4jBefore !== null && neo4jAfter !== null ? neo4jAfter - neo4jBefore : null,
                loadGenerator: own.user + own.system,
              };
              runs.set(child.label, [
                ...(runs.get(child.label) ?? []),
                { r, times, statements, leftover, cpu },
              ]);
            }
          }
          for (const child of children) {
            const measured = runs.get(child.label)!;
            const { answer, perRequest } = checks.get(child.label)!;
            const sum = (f: (m: (typeof measured)[number]) => number) =>
              measured.reduce((t, m) => t + f(m), 0);
            // Completed requests; statements of requests cut off at the end are counted too,
            // so the under-load figure is a slight over-estimate: queriesPerRequest is exact.
            const done = sum((m) => m.r.requests.total);
            const seconds = sum((m) => m.r.duration);
            const statements = sum((m) => m.statements);
            const entry: OperationResult = {
              // Over every 2xx response of all rounds, each timed to the microsecond (latency.ts).
              p50: percentile(
                measured.map((m) => m.times),
                50,
              ),
              p99: percentile(
                measured.map((m) => m.times),
                99,
              ),
              mean:
                Math.round(
                  (sum((m) => m.times.reduce((t, x) => t + x, 0)) / sum((m) => m.times.length)) * 100,
                ) / 100,
              requestsPerSecond: Math.round((done / seconds) * 10) / 10,
              requests: done,
              queriesPerRequest: perRequest,
              queriesPerRequestUnderLoad: done ? Math.round((statements / done) * 100) / 100 : null,
              errors: sum((m) => m.r.errors + m.r.timeouts),
              unfinished: sum((m) => m.leftover),
              non2xx: sum((m) => m.r.non2xx),
              answer,
              cpu: {
                server: cpuPerRequest(
                  sum((m) => m.cpu.server),
                  done,
                ),
                neo4j: measured.every((m) => m.cpu.neo4j !== null)
                  ? cpuPerRequest(
                      sum((m) => m.cpu.neo4j ?? 0),
                      done,
                    )
                  : null,
                loadGenerator: cpuPerRequest(
                  sum((m) => m.cpu.loadGenerator),
                  done,
                ),
              },
              rounds: measured.map((m) => ({
                p50: percentile([m.times], 50),
                p99: percentile([m.times], 99),
                requestsPerSecond: Math.round((m.r.requests.total / m.r.duration) * 10) / 10,
              })),
            };
            if (child.label === child.kind) result.servers[child.kind][op] = entry;
            log(
              `${articles} ${op.padEnd(16)} ${child.label.padEnd(13)} p50 ${entry.p50} ms  p99 ${entry.p99} ms  ` +
                `${entry.requestsPerSecond} req/s  ${entry.queriesPerRequest} q/req  ${answer}  ` +
                `CPU µs/req server ${entry.cpu!.server} neo4j ${entry.cpu!.neo4j ?? '?'} load ${entry.cpu!.loadGenerator}` +
                (rounds > 1
                  ? `  rounds ${entry.rounds!.map((x) => `${x.p50}ms/${x.requestsPerSecond}`).join(' ')}`
                  : '') +
                (entry.errors || entry.non2xx ? `  errors ${entry.errors} non2xx ${entry.non2xx}` : ''),
            );
          }
        }
      } finally {
        for (const child of children) await stopChild(child);
      }
      results.push(result);
      // A run of some of the servers is a quick comparison, not a result for the report.
      if (options.servers || options.baseline)
        log('--servers or --baseline given: bench/results/api.json left as it was');
      else saveApiResults([result]);
    }
  } finally {
    await bench.stop();
  }
  return results;
}

/** Merges into bench/results/api.json by corpus size. */
export function saveApiResults(results: SizeResult[]): void {
  const existing: SizeResult[] = existsSync(API_RESULTS)
    ? (JSON.parse(readFileSync(API_RESULTS, 'utf8')) as { sizes: SizeResult[] }).sizes
    : [];
  const bySize = new Map(existing.map((r) => [r.articles, r]));
  for (const r of results) bySize.set(r.articles, r);
  mkdirSync(dirname(API_RESULTS), { recursive: true });
  const sizes = [...bySize.values()].sort((a, b) => a.articles - b.articles);
  writeFileSync(API_RESULTS, `${JSON.stringify({ sizes }, null, 2)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      prewarm: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '2' },
      ops: { type: 'string' },
      servers: { type: 'string' },
      profile: { type: 'string' },
      baseline: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  await runApiBench({
    articles: values.articles.split(',').map(Number),
    duration: Number(values.duration),
    connections: Number(values.connections),
    warmup: Number(values.warmup),
    prewarm: Number(values.prewarm),
    rounds: Number(values.rounds),
    operations: values.ops ? (values.ops.split(',') as OperationName[]) : undefined,
    servers: values.servers ? (values.servers.split(',') as ServerKind[]) : undefined,
    ...(values.profile ? { profileDir: resolve(values.profile) } : {}),
    ...(values.baseline ? { baseline: values.baseline } : {}),
  });
  process.exit(0);
}
