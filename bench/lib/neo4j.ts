// The benchmarks' own Neo4j: a fresh database (NEO4J_URI if set, else Docker or the local Neo4j
// Community the tests use) with the migrations applied, and a driver wrapper that counts the
// Cypher statements each server sends, for "Neo4j queries per request".
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { STATE_DIR } from '../../src/db/local-neo4j.ts';
import { migrate } from '../../src/db/migrate.ts';
import { type ProvisionedNeo4j, provisionNeo4j } from '../../src/db/provision.ts';

export interface BenchDatabase {
  db: ProvisionedNeo4j;
  stop(): Promise<void>;
}

export async function startBenchDatabase(log: (line: string) => void = () => {}): Promise<BenchDatabase> {
  const home = join(STATE_DIR, `bench-${process.pid}`);
  const db = await provisionNeo4j({ home, log });
  await migrate(db.driver, { database: db.connection.database });
  return {
    db,
    stop: async () => {
      await db.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

export async function wipe(driver: Driver, database: string): Promise<void> {
  // Batched so a 100k-article graph does not need one huge transaction; CALL … IN TRANSACTIONS
  // only runs in an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    await session.run(
      'MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
    );
  } finally {
    await session.close();
  }
}

export interface QueryCounter {
  driver: Driver;
  /** Cypher statements sent since the last reset. */
  count(): number;
  reset(): void;
  /** Access modes of the sessions opened (READ/WRITE), for the routing test. */
  modes: string[];
  /** Which managed-transaction function each unit of work used. */
  transactions: string[];
}

/**
 * Wraps a driver so every statement is counted, however it is sent: session.run,
 * tx.run inside executeRead/executeWrite, explicit transactions, and driver.executeQuery.
 */
export function countingDriver(driver: Driver): QueryCounter {
  let n = 0;
  const modes: string[] = [];
  const transactions: string[] = [];
  const wrapTx = <T extends object>(tx: T): T =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (prop === 'run' && typeof value === 'function') {
          return (...args: unknown[]) => {
            n++;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) => {
            transactions.push(prop);
            return (value as (w: (tx: ManagedTransaction) => unknown, c?: unknown) => unknown).call(
              target,
              (tx: ManagedTransaction) => work(wrapTx(tx)),
              config,
            );
          };
        }
        if (prop === 'run') {
          return (...args: unknown[]) => {
            n++;
            transactions.push('run');
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        if (prop === 'beginTransaction') {
          return (...args: unknown[]) => {
            transactions.push('beginTransaction');
            return wrapTx((value as (...a: unknown[]) => object).apply(target, args));
          };
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const wrapped = new Proxy(driver, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'session') {
        return (config?: { defaultAccessMode?: string }) => {
          modes.push(config?.defaultAccessMode ?? 'WRITE');
          return wrapSession((value as (c?: unknown) => Session).call(target, config));
        };
      }
      if (prop === 'executeQuery') {
        return (...args: unknown[]) => {
          n++;
          transactions.push('executeQuery');
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    driver: wrapped,
    count: () => n,
    reset: () => {
      n = 0;
      modes.length = 0;
      transactions.length = 0;
    },
    modes,
    transactions,
  };
}
