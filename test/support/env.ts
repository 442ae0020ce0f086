// Environment for child processes (the CLI, a server) of the tests and benchmarks. No vitest
// import here: bench/soak.ts uses it outside the test runner.
import type { Neo4jConnection } from '../../src/db/config.ts';

/** The NEO4J_* variables that point a child process (the CLI, a server) at the run's database. */
export function neo4jEnv(
  db: Pick<Neo4jConnection, 'uri' | 'user' | 'password' | 'database'>,
): Record<string, string> {
  return { NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password, NEO4J_DATABASE: db.database };
}
