// Starts the real API (createApp) on a free port and talks to it over HTTP, as a client would.
import type { AddressInfo } from 'node:net';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import pino from 'pino';
import { type App, type AppOptions, createApp } from '../../../src/api/app.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface RunningApi {
  app: App;
  base: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startApi(options: AppOptions): Promise<RunningApi> {
  const app = createApp({ logger: pino({ level: process.env.API_TEST_LOG ?? 'silent' }), ...options });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = app.server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    app,
    base,
    async gql(query, variables = {}, headers = {}) {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: res.status, ...body } as GraphQLResponse<never>;
    },
    close: () =>
      new Promise<void>((resolve) => {
        app.server.closeAllConnections();
        app.server.close(() => resolve());
      }),
  };
}

/**
 * Wraps a driver so every Cypher statement run through a managed transaction is counted: the
 * N+1 test reads the count around one GraphQL request.
 */
export function countingDriver(driver: Driver): { driver: Driver; queries: string[] } {
  const queries: string[] = [];
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === 'run') {
          return (query: string, ...rest: unknown[]) => {
            queries.push(query);
            return (target.run as (...a: unknown[]) => unknown).call(target, query, ...rest);
          };
        }
        return Reflect.get(target, prop, receiver);
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop, receiver) {
        if (prop === 'executeRead' || prop === 'executeWrite') {
          const original = target[prop].bind(target);
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
            original((tx: ManagedTransaction) => work(wrapTx(tx)), config as never);
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const wrapped = new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session')
        return (...args: Parameters<Driver['session']>) => wrapSession(target.session(...args));
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { driver: wrapped, queries };
}
