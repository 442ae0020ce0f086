import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../../src/db/migrate.ts';
import { useGraph } from '../../support/graph.ts';

async function constraintNames(graph: ReturnType<typeof useGraph>): Promise<string[]> {
  const { records } = await graph.driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name',
    {},
    {
      database: graph.database,
    },
  );
  return records.map((r) => r.get('name') as string);
}

describe('migrations', () => {
  const graph = useGraph();

  it('run twice leave the same constraints and apply nothing the second time', async () => {
    await migrate(graph.driver, { database: graph.database });
    const before = await constraintNames(graph);
    const second = await migrate(graph.driver, { database: graph.database });
    const after = await constraintNames(graph);
    expect(second.applied).toEqual([]);
    expect(second.skipped).toEqual(readMigrations().map((m) => m.id));
    expect(after).toEqual(before);
    expect(after).toEqual(
      expect.arrayContaining([
        'article_id',
        'entity_id',
        'event_id',
        'migration_id',
        'source_id',
        'statement_id',
      ]),
    );
  });

  it('records each migration with its checksum in the graph', async () => {
    const { records } = await graph.driver.executeQuery(
      'MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum ORDER BY id',
      {},
      { database: graph.database },
    );
    expect(records.map((r) => [r.get('id'), r.get('checksum')])).toEqual(
      readMigrations().map((m) => [m.id, m.checksum]),
    );
  });

  it('applies a migration again when its text changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akhbar-migrations-'));
    const file = join(dir, '900_probe.cypher');
    writeFileSync(file, 'CREATE INDEX probe_a IF NOT EXISTS FOR (n:Probe) ON (n.a);\n');
    expect((await migrate(graph.driver, { database: graph.database, dir })).applied).toEqual(['900_probe']);
    expect((await migrate(graph.driver, { database: graph.database, dir })).applied).toEqual([]);
    writeFileSync(
      file,
      'CREATE INDEX probe_a IF NOT EXISTS FOR (n:Probe) ON (n.a);\nCREATE INDEX probe_b IF NOT EXISTS FOR (n:Probe) ON (n.b);\n',
    );
    expect((await migrate(graph.driver, { database: graph.database, dir })).applied).toEqual(['900_probe']);
    const { records } = await graph.driver.executeQuery(
      "SHOW INDEXES YIELD name WHERE name STARTS WITH 'probe_' RETURN name ORDER BY name",
      {},
      { database: graph.database },
    );
    expect(records.map((r) => r.get('name'))).toEqual(['probe_a', 'probe_b']);
    await graph.driver.executeQuery('DROP INDEX probe_a', {}, { database: graph.database });
    await graph.driver.executeQuery('DROP INDEX probe_b', {}, { database: graph.database });
    await graph.driver.executeQuery(
      "MATCH (m:Migration {id: '900_probe'}) DELETE m",
      {},
      { database: graph.database },
    );
  });
});
