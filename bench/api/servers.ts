// The three HTTP servers the API benchmark compares, over one driver each:
//   akhbar        our GraphQL API (src/api createApp), exactly as `akhbar serve` builds it
//   raw           hand-written Cypher (bench/api/cypher) through neo4j-driver in a bare node:http
//                 server: the floor for "the same answer over HTTP"
//   neo4j-graphql @neo4j/graphql on graphql-yoga, the same HTTP stack as ours
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { createApp } from '../../src/api/app.ts';
import { escapeLucene } from '../../src/api/types/search.ts';
import { matchKey } from '../../src/nlp/normalise.ts';
import { neo4jGraphqlSchema } from './neo4j-graphql.ts';
import { OPERATIONS, type OperationName } from './operations.ts';

export type ServerKind = 'akhbar' | 'raw' | 'neo4j-graphql';
export const SERVER_KINDS: readonly ServerKind[] = ['akhbar', 'raw', 'neo4j-graphql'];

const FILES: Record<OperationName, string> = {
  entityCard: 'entity-card',
  statementsByKind: 'statements-by-kind',
  neighbourhood: 'neighbourhood',
  shortestPath: 'shortest-path',
  search: 'search',
};

export function rawQueries(): Map<OperationName, string> {
  return new Map(
    OPERATIONS.map((op) => [
      op,
      readFileSync(new URL(`./cypher/${FILES[op]}.cypher`, import.meta.url), 'utf8'),
    ]),
  );
}

/** Every word must match, typed or Arabic-normalised: the same Lucene query the API sends. */
export function luceneWords(query: string): string {
  return query
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const forms = [...new Set([w, matchKey(w)])].filter(Boolean).map(escapeLucene);
      return forms.length > 1 ? `(${forms.join(' OR ')})` : forms[0]!;
    })
    .join(' AND ');
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

// Whole numbers are sent as Cypher integers (LIMIT and list slices refuse floats), as the API does.
function params(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input))
    out[k] = typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v;
  return out;
}

/** POST /<operation> with the parameters as JSON; answers {data: result}. One read transaction. */
export function rawListener(driver: Driver, database: string): RequestListener {
  const queries = rawQueries();
  return async (req, res) => {
    try {
      const op = (req.url ?? '').slice(1) as OperationName;
      const text = queries.get(op);
      if (req.method !== 'POST' || !text) {
        res.writeHead(404).end();
        return;
      }
      const input = JSON.parse(await body(req)) as Record<string, unknown>;
      if (op === 'search') input.query = luceneWords(String(input.query ?? ''));
      const session = driver.session({ database, defaultAccessMode: 'READ' });
      try {
        const records = await session.executeRead((tx) => tx.run(text, params(input)), { timeout: 10_000 });
        const data = records.records[0]?.get('result') ?? null;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
      } finally {
        await session.close();
      }
    } catch (error) {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  };
}

export async function listener(kind: ServerKind, driver: Driver, database: string): Promise<RequestListener> {
  switch (kind) {
    case 'akhbar': {
      // Logging off: a log line per request would measure pino, not the API.
      // The listener `akhbar serve` listens with: bodies read and capped before yoga sees them.
      const app = createApp({ driver, database, logger: pino({ level: 'silent' }) });
      return app.handle;
    }
    case 'raw':
      return rawListener(driver, database);
    case 'neo4j-graphql': {
      const schema = await neo4jGraphqlSchema(driver);
      const yoga = createYoga({
        schema,
        graphqlEndpoint: '/graphql',
        logging: false,
        landingPage: false,
        graphiql: false,
        context: () => ({ sessionConfig: { database } }),
      });
      return yoga as unknown as RequestListener;
    }
  }
}

/**
 * Listens on 127.0.0.1 with a free port; `/__queries` answers and resets the query count and the
 * CPU time (user + system, µs) this process used since the last reset.
 */
export async function startServer(
  kind: ServerKind,
  driver: Driver,
  database: string,
  counter: { count(): number; reset(): void },
): Promise<{ server: Server; port: number }> {
  const handle = await listener(kind, driver, database);
  let cpuSince = process.cpuUsage();
  const server = createServer((req, res) => {
    if (req.url === '/__queries') {
      const count = counter.count();
      counter.reset();
      const cpu = process.cpuUsage(cpuSince);
      cpuSince = process.cpuUsage();
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ count, cpuMicros: cpu.user + cpu.system }));
      return;
    }
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, port };
}
