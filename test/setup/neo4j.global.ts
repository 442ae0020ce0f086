// Starts ONE Neo4j for the whole integration run (NEO4J_URI, Docker, or local Java) and hands its
// connection to the test files through vitest's provide/inject. Files run one after another and
// each wipes the graph first (test/support/graph.ts).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { STATE_DIR } from '../../src/db/local-neo4j.ts';
import { migrate } from '../../src/db/migrate.ts';
import { provisionNeo4j } from '../../src/db/provision.ts';
import type { TestDatabase } from '../support/graph.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestDatabase;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const home = join(STATE_DIR, `test-${process.pid}`);
  const started = Date.now();
  const db = await provisionNeo4j({ home, log: (line) => console.log(`[neo4j] ${line}`) });
  console.log(
    `[neo4j] ${db.strategy} database at ${db.connection.uri} ready in ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
  await migrate(db.driver, { database: db.connection.database });
  project.provide('neo4j', { ...db.connection, strategy: db.strategy, pid: db.pid ?? null });
  return async () => {
    await db.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
