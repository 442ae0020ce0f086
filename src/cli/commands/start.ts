// `npm start`: the main job. Provisions Neo4j when none is configured, migrates it, loads the
// example articles unless they are already in the graph, and serves the GraphQL API and the
// explorer until interrupted (a Neo4j it started stops with it).
import type { Command } from 'commander';
import { DEFAULT_PORT, serve } from '../../api/server.ts';
import { migrate } from '../../db/migrate.ts';
import { provisionNeo4j } from '../../db/provision.ts';
import { loadExamplesIfMissing } from '../../graph/examples.ts';
import { logToStderr } from '../database.ts';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('provision Neo4j if none is configured, migrate, load examples/articles once, serve GraphQL')
    .option(
      '-p, --port <port>',
      'port to listen on',
      (v) => Number.parseInt(v, 10),
      Number(process.env.PORT) || DEFAULT_PORT,
    )
    .option('--no-examples', 'do not load examples/articles')
    .action(async (opts: { port: number; examples: boolean }) => {
      if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535)
        throw new Error('--port must be 0-65535');
      const db = await provisionNeo4j({ reuseServer: true, log: logToStderr });
      let closeApi = async () => {};
      const stop = async () => {
        await closeApi();
        await db.stop();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const result = await migrate(db.driver, { database: db.connection.database, log: logToStderr });
      logToStderr(`migrations applied: ${result.applied.length}, already current: ${result.skipped.length}`);
      if (opts.examples) await loadExamplesIfMissing(db.driver, db.connection.database, logToStderr);
      const api = await serve({ driver: db.driver, database: db.connection.database, port: opts.port });
      closeApi = api.close;
      const base = api.url.replace(/\/graphql$/, '');
      console.log(`Neo4j (${db.strategy}) at ${db.connection.uri}`);
      console.log(`GraphQL API and GraphiQL: ${api.url}`);
      console.log(`Explorer: ${base}/explorer`);
      console.log('Press Ctrl-C to stop.');
    });
}
