import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, migrate, readMigrations } from '../../../src/db/migrate.ts';
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

  it('004 turns the evidence lists of a relation written before it into one record per sentence', async () => {
    // A graph as the loader left it before 004: the evidence as parallel lists on the relation.
    await graph.driver.executeQuery(
      `CREATE (p:Entity:Person {id: 'person:m004'})-[:LEADER_OF {articleIds: ['a1', 'a2', 'a2'],
         sentences: ['قال الرئيس', 'وأضاف الرئيس', 'وختم الرئيس'], starts: [0, 10, 40], ends: [10, 22, 51]}]->
       (:Entity:Country {id: 'country:m004'}),
       (p)<-[:AFFILIATED_WITH]-(:Source {id: 'a1:source-1'})`,
      {},
      { database: graph.database },
    );
    // Only 004, from a directory of its own: it must run whether or not it was applied before.
    const dir = mkdtempSync(join(tmpdir(), 'akhbar-migrations-'));
    copyFileSync(
      join(MIGRATIONS_DIR, '004_relation_evidence.cypher'),
      join(dir, '004_relation_evidence.cypher'),
    );
    await graph.driver.executeQuery(
      "MATCH (m:Migration {id: '004_relation_evidence'}) DELETE m",
      {},
      { database: graph.database },
    );
    expect((await migrate(graph.driver, { database: graph.database, dir })).applied).toEqual([
      '004_relation_evidence',
    ]);
    const { records } = await graph.driver.executeQuery(
      `MATCH (:Entity {id: 'person:m004'})-[r:LEADER_OF]->()
       MATCH (x:RelationEvidence {from: 'person:m004', to: 'country:m004', type: 'LEADER_OF'})
       WITH r, x ORDER BY x.start
       RETURN properties(r) AS props, collect([x.articleId, x.sentence, x.start, x.end]) AS records`,
      {},
      { database: graph.database },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      {
        props: {},
        records: [
          ['a1', 'قال الرئيس', 0, 10],
          ['a2', 'وأضاف الرئيس', 10, 22],
          ['a2', 'وختم الرئيس', 40, 51],
        ],
      },
    ]);
    // A Source's AFFILIATED_WITH is not a relation between entities: nothing to convert.
    const sources = await graph.driver.executeQuery(
      "MATCH (x:RelationEvidence {type: 'AFFILIATED_WITH'}) RETURN count(x) AS n",
      {},
      { database: graph.database },
    );
    expect(sources.records[0]!.get('n')).toBe(0);
    await graph.driver.executeQuery(
      "MATCH (n) WHERE n.id IN ['person:m004', 'country:m004', 'a1:source-1'] OR n:RelationEvidence DETACH DELETE n",
      {},
      { database: graph.database },
    );
  });
});
