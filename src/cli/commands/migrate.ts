import type { Command } from 'commander';
import { migrate } from '../../db/migrate.ts';
import { refreshStaleDigests } from '../../graph/writer.ts';
import { logToStderr, withDatabase } from '../database.ts';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description(
      'apply cypher/migrations/*.cypher (constraints, indexes) in order, then recompute entity digests ' +
        'left stale by an interrupted bulk load; safe to run again',
    )
    .action(async () => {
      await withDatabase(async (db) => {
        const database = db.connection.database;
        const result = await migrate(db.driver, { database, log: logToStderr });
        console.log(
          `migrations applied: ${result.applied.length}, already current: ${result.skipped.length}`,
        );
        // A bulk load marks digests stale and refreshes them at its end; one stopped before that
        // (an outage, Ctrl-C) leaves them to the next load, or to this.
        const refreshed = await refreshStaleDigests(db.driver, {
          database,
          onProgress: (done) => logToStderr(`refreshed ${done} stale entity digests…`),
        });
        console.log(`stale entity digests refreshed: ${refreshed}`);
      });
    });
}
