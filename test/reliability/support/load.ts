// Load generation shared by the 10 s load test and `npm run soak`: the real server in a child
// process (`akhbar serve`, so its resident memory is the server's alone), N clients each looping
// over a mixed set of GraphQL operations with plain fetch, latencies and errors counted.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../src/db/local-neo4j.ts';
import { neo4jEnv } from '../../support/env.ts';

export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface LoadResult {
  clients: number;
  seconds: number;
  requests: number;
  errors: number;
  /** The first few failures, to say what went wrong. */
  errorSamples: string[];
  p50: number;
  p99: number;
  max: number;
  perOperation: Record<string, number>;
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** Full GC in the server, then its memory (bytes): the figures the memory checks compare. */
  memory(): Promise<{ rss: number; heapUsed: number }>;
  stop(): Promise<void>;
}

/** Resident set size of a process in bytes (Linux /proc; `ps` elsewhere). */
export function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // not Linux: fall through
  }
  throw new Error(`cannot read the resident memory of pid ${pid} (needs /proc)`);
}

export interface Neo4jEnv {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** `node bin/akhbar.mjs serve --port 0` on loopback against the given database. */
export async function startServerProcess(
  db: Neo4jEnv,
  extraEnv: Record<string, string> = {},
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      join(PROJECT_ROOT, 'test/reliability/support/memory-probe.mjs'),
      join(PROJECT_ROOT, 'bin/akhbar.mjs'),
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        ...neo4jEnv(db),
        NODE_ENV: 'production',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  let probes: ((m: { rss: number; heapUsed: number }) => void)[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    for (const match of chunk.toString('utf8').matchAll(/MEMPROBE (\{.*\})/g)) {
      const m = JSON.parse(match[1] as string) as { rss: number; heapUsed: number };
      for (const resolve of probes) resolve(m);
      probes = [];
    }
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in 60 s:\n${output.slice(-2000)}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /GraphQL API at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
      // Keep only the tail: the request log would otherwise grow this string without end.
      if (output.length > 100_000) output = output.slice(-20_000);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output.slice(-2000)}`));
    });
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('server has no pid');
  return {
    url,
    pid,
    memory: () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no memory probe answer in 10 s')), 10_000);
        probes.push((m) => {
          clearTimeout(timer);
          resolve(m);
        });
        child.kill('SIGUSR2');
      }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** `clients` concurrent loops for `durationMs`; an answer counts as an error unless 200 with no errors. */
export async function runLoad(options: {
  url: string;
  clients: number;
  durationMs: number;
  operations: Operation[];
}): Promise<LoadResult> {
  const { url, clients, durationMs, operations } = options;
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  const perOperation: Record<string, number> = {};
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;

  const client = async (c: number): Promise<void> => {
    for (let n = c; performance.now() < deadline; n++) {
      const op = operations[n % operations.length] as Operation;
      const t0 = performance.now();
      let problem: string | null = null;
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query: op.query, variables: op.variables ?? {}, operationName: op.name }),
          signal: AbortSignal.timeout(30_000),
        });
        const body = (await res.json()) as { errors?: unknown[] };
        if (res.status !== 200 || body.errors?.length)
          problem = `${op.name}: ${res.status} ${JSON.stringify(body.errors ?? null).slice(0, 200)}`;
      } catch (error) {
        problem = `${op.name}: ${error instanceof Error ? error.message : String(error)}`;
      }
      latencies.push(performance.now() - t0);
      perOperation[op.name] = (perOperation[op.name] ?? 0) + 1;
      if (problem) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(problem);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  latencies.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    clients,
    seconds: round((performance.now() - started) / 1000),
    requests: latencies.length,
    errors,
    errorSamples,
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? 0),
    perOperation,
  };
}

/** A mixed read set over whatever the graph holds: looked up once through the API itself. */
export async function mixedOperations(url: string): Promise<Operation[]> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      query:
        '{ people(first: 2, sort: MENTIONS) { edges { node { id name } } } countries(first: 1, sort: MENTIONS) { edges { node { id name } } } }',
    }),
  });
  const body = (await res.json()) as {
    data?: {
      people: { edges: { node: { id: string; name: string } }[] };
      countries: { edges: { node: { id: string; name: string } }[] };
    };
  };
  const people = body.data?.people.edges.map((e) => e.node) ?? [];
  const country = body.data?.countries.edges[0]?.node;
  const a = people[0];
  const b = people[1] ?? country;
  if (!a || !b) throw new Error(`the graph has too few entities for the load mix: ${JSON.stringify(body)}`);
  const firstWord = a.name.split(/\s+/)[0] ?? a.name;
  return [
    { name: 'Stats', query: 'query Stats { stats { articles entities statements events } }' },
    {
      name: 'EntityCard',
      query: `query EntityCard($id: ID!) { entity(id: $id) { id name nameEn aliases
        statementsBy(first: 10) { totalCount edges { node { quote kind about { __typename } } } }
        statementsAbout(first: 10) { totalCount } coMentioned(first: 5) { entity { name } articles } } }`,
      variables: { id: a.id },
    },
    {
      name: 'Search',
      query:
        'query Search($q: String!) { search(query: $q, first: 10) { totalCount edges { node { __typename id } } } }',
      variables: { q: firstWord },
    },
    {
      name: 'Statements',
      query:
        'query Statements { statements(first: 20) { totalCount edges { node { quote kind speaker { __typename } evidence { sentence } } } } }',
    },
    {
      name: 'Neighbourhood',
      query:
        'query Neighbourhood($id: ID!) { neighborhood(id: $id, depth: 2, limit: 50) { nodes { id __typename } edges { type from to } } }',
      variables: { id: a.id },
    },
    {
      name: 'Paths',
      query:
        'query Paths($a: ID!, $b: ID!) { paths(from: { id: $a }, to: { id: $b }, first: 1, maxHops: 4) { length } }',
      variables: { a: a.id, b: b.id },
    },
    {
      name: 'People',
      query:
        'query People { people(first: 20, sort: MENTIONS) { totalCount edges { node { name mentions(first: 2) { sentence } } } } }',
    },
    {
      name: 'Events',
      query:
        'query Events { events(first: 20) { totalCount edges { node { type date participants { role } } } } }',
    },
  ];
}
