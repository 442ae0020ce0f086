import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from './config.ts';

/** A driver that has already talked to the database once: callers never get a dead one. */
export async function connect(connection: Neo4jConnection): Promise<Driver> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 30_000,
    maxTransactionRetryTime: 15_000,
  });
  try {
    await driver.verifyConnectivity({ database: connection.database });
  } catch (error) {
    await driver.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot reach Neo4j at ${connection.uri}: ${reason}`);
  }
  return driver;
}
