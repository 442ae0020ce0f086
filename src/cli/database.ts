// How CLI commands get a database: the configured one, the one `akhbar db start` left running,
// Docker, or a local Neo4j that lives as long as the command.
import { type ProvisionedNeo4j, provisionNeo4j } from '../db/provision.ts';

export function logToStderr(line: string): void {
  process.stderr.write(`${line}\n`);
}

export async function withDatabase<T>(work: (db: ProvisionedNeo4j) => Promise<T>): Promise<T> {
  const db = await provisionNeo4j({ reuseServer: true, log: logToStderr });
  try {
    return await work(db);
  } finally {
    await db.stop();
  }
}
