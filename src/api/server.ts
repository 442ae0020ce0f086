// serve(): connect to Neo4j and listen. `akhbar serve` and `npm start` both call this.
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import pino, { type Logger } from 'pino';
import { type App, createApp } from './app.ts';
import { useCheapSourceMappedStacks } from './stack-traces.ts';
import type { IngestFn } from './types/mutations.ts';

export const DEFAULT_PORT = 4000;

export interface ServeOptions {
  driver: Driver;
  database: string;
  /** Default 4000; 0 picks a free port. */
  port?: number;
  host?: string;
  /** Defaults to AKHBAR_API_KEY. */
  apiKey?: string | undefined;
  logger?: Logger;
  ingest?: IngestFn | null;
  /** Neo4j per-transaction timeout (ms); default AKHBAR_QUERY_TIMEOUT_MS, else 10 s. */
  timeoutMs?: number;
}

export interface Serving extends App {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function serve(options: ServeOptions): Promise<Serving> {
  // The process is the server's: its stacks are formatted the cheap way (stack-traces.ts).
  useCheapSourceMappedStacks();
  const logger = options.logger ?? pino({ name: 'akhbar-api' });
  const app = createApp({
    driver: options.driver,
    database: options.database,
    apiKey: options.apiKey ?? process.env.AKHBAR_API_KEY,
    logger,
    ...(options.ingest === undefined ? {} : { ingest: options.ingest }),
    timeoutMs: options.timeoutMs ?? (Number(process.env.AKHBAR_QUERY_TIMEOUT_MS) || 10_000),
  });
  const host = options.host ?? '0.0.0.0';
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
  });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/graphql`;
  logger.info(
    { url, mutations: Boolean(options.apiKey ?? process.env.AKHBAR_API_KEY) },
    'GraphQL API listening',
  );
  return {
    ...app,
    url,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        app.server.closeAllConnections();
        app.server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
