// Gives a test file a driver on the run's database, starting from an empty graph (schema and
// migration records kept).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Neo4jConnection } from '../../src/db/config.ts';
import { connect } from '../../src/db/driver.ts';
import type { ProvisionStrategy } from '../../src/db/provision.ts';

export interface TestDatabase extends Neo4jConnection {
  strategy: ProvisionStrategy;
  /** Pid of the Neo4j process the run started (local path only). */
  pid: number | null;
}

export function testDatabase(): TestDatabase {
  return inject('neo4j');
}

export async function wipeGraph(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery('MATCH (n) WHERE NOT n:Migration DETACH DELETE n', {}, { database });
}

/** Registers beforeAll/afterAll hooks; call `graph.driver` inside tests. */
export function useGraph(): {
  readonly driver: Driver;
  readonly database: string;
  readonly db: TestDatabase;
} {
  const db = testDatabase();
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = await connect(db);
    await wipeGraph(driver, db.database);
  });
  afterAll(async () => {
    await driver?.close();
  });
  return {
    get driver(): Driver {
      if (!driver) throw new Error('useGraph(): the driver exists only inside tests and hooks');
      return driver;
    },
    database: db.database,
    db,
  };
}
