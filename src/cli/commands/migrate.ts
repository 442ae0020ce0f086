import type { Command } from 'commander';
import { migrate } from '../../db/migrate.ts';
import { logToStderr, withDatabase } from '../database.ts';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('apply cypher/migrations/*.cypher (constraints, indexes) in order; safe to run again')
    .action(async () => {
      await withDatabase(async (db) => {
        const result = await migrate(db.driver, { database: db.connection.database, log: logToStderr });
        console.log(
          `migrations applied: ${result.applied.length}, already current: ${result.skipped.length}`,
        );
      });
    });
}
