// Applies cypher/migrations/*.cypher in file-name order. Each statement must be idempotent
// (IF NOT EXISTS …): a migration is skipped when the graph records the same checksum, and run
// again when its text changed. Each statement gets its own managed write transaction because
// Neo4j does not mix schema changes and data writes in one transaction; a statement with
// `CALL { … } IN TRANSACTIONS` runs as an auto-commit query, the only kind that may hold one.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from './local-neo4j.ts';

export const MIGRATIONS_DIR = join(PROJECT_ROOT, 'cypher/migrations');

const IN_TRANSACTIONS = /\bIN\s+TRANSACTIONS\b/i;

export interface Migration {
  id: string;
  checksum: string;
  statements: string[];
}

export interface MigrationResult {
  applied: string[];
  skipped: string[];
}

/** Splits a .cypher file into statements: `;` at the end of a line ends one; `//` lines are comments. */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*\/\//.test(line)) continue;
    if (/;\s*$/.test(line)) {
      current.push(line.replace(/;\s*$/, ''));
      const statement = current.join('\n').trim();
      if (statement) statements.push(statement);
      current = [];
    } else {
      current.push(line);
    }
  }
  const rest = current.join('\n').trim();
  if (rest) statements.push(rest);
  return statements;
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.cypher'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return {
        id: name.replace(/\.cypher$/, ''),
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: splitStatements(text),
      };
    });
}

export async function migrate(
  driver: Driver,
  options: { database?: string; dir?: string; log?: (line: string) => void } = {},
): Promise<MigrationResult> {
  const database = options.database ?? 'neo4j';
  const log = options.log ?? (() => {});
  const migrations = readMigrations(options.dir);
  const session = driver.session({ database });
  const result: MigrationResult = { applied: [], skipped: [] };
  try {
    // The Migration constraint itself comes from the first migration, so the lookup tolerates its absence.
    const recorded = await session.executeRead(async (tx) => {
      const rows = await tx.run('MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum');
      return new Map(rows.records.map((r) => [r.get('id') as string, r.get('checksum') as string]));
    });
    for (const migration of migrations) {
      if (recorded.get(migration.id) === migration.checksum) {
        result.skipped.push(migration.id);
        continue;
      }
      for (const statement of migration.statements) {
        // `CALL { … } IN TRANSACTIONS` (a conversion of a large graph in pieces) commits its own
        // inner transactions, so Neo4j only accepts it outside an explicit transaction.
        if (IN_TRANSACTIONS.test(statement)) await session.run(statement);
        else await session.executeWrite((tx) => tx.run(statement));
      }
      await session.executeWrite((tx) =>
        tx.run(
          'MERGE (m:Migration {id: $id}) SET m.checksum = $checksum, m.appliedAt = datetime(), m.statements = $count',
          { id: migration.id, checksum: migration.checksum, count: migration.statements.length },
        ),
      );
      result.applied.push(migration.id);
      log(`migration ${migration.id}: ${migration.statements.length} statement(s) applied`);
    }
  } finally {
    await session.close();
  }
  return result;
}
