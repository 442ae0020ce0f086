// `npm start`: the main job. Provisions Neo4j when none is configured and migrates it; keeps
// running (and keeps a local Neo4j alive) until interrupted.
import type { Command } from 'commander';
import { migrate } from '../../db/migrate.ts';
import { provisionNeo4j } from '../../db/provision.ts';
import { logToStderr } from '../database.ts';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('provision Neo4j if none is configured, migrate it, and keep it up until Ctrl-C')
    .action(async () => {
      const db = await provisionNeo4j({ reuseServer: true, log: logToStderr });
      const stop = async () => {
        await db.stop();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const result = await migrate(db.driver, { database: db.connection.database, log: logToStderr });
      logToStderr(`migrations applied: ${result.applied.length}, already current: ${result.skipped.length}`);
      console.log(`Neo4j ready (${db.strategy}) at ${db.connection.uri}, user ${db.connection.user}`);
      console.log('Press Ctrl-C to stop.');
    });
}
