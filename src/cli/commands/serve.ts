// `akhbar serve [--port]`: the GraphQL API (GraphiQL at /graphql, /health, /ready) over the
// configured Neo4j, or one provisioned like every other command; migrates first so the full-text
// indexes search relies on exist. Mutations only when AKHBAR_API_KEY is set.
import type { Command } from 'commander';
import { DEFAULT_PORT, serve } from '../../api/server.ts';
import { migrate } from '../../db/migrate.ts';
import { provisionNeo4j } from '../../db/provision.ts';
import { logToStderr } from '../database.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (GraphiQL at /graphql); mutations need AKHBAR_API_KEY')
    .option(
      '-p, --port <port>',
      'port to listen on',
      (v) => Number.parseInt(v, 10),
      Number(process.env.PORT) || DEFAULT_PORT,
    )
    .option('--host <host>', 'interface to bind', process.env.HOST ?? '0.0.0.0')
    .action(async (opts: { port: number; host: string }) => {
      if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535)
        throw new Error('--port must be 0-65535');
      const db = await provisionNeo4j({ reuseServer: true, log: logToStderr });
      await migrate(db.driver, { database: db.connection.database, log: logToStderr });
      const server = await serve({
        driver: db.driver,
        database: db.connection.database,
        port: opts.port,
        host: opts.host,
      });
      console.log(`GraphQL API at ${server.url} (GraphiQL in a browser)`);
      const stop = async () => {
        await server.close();
        await db.stop();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
