import { describe, expect, it } from 'vitest';
import { useGraph } from '../../support/graph.ts';

describe('a real Neo4j', () => {
  const graph = useGraph();

  it('is Neo4j 5 and answers Cypher', async () => {
    const { records } = await graph.driver.executeQuery(
      'CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version',
      {},
      { database: graph.database },
    );
    expect(records[0]?.get('name')).toBe('Neo4j Kernel');
    expect(String(records[0]?.get('version'))).toMatch(/^5\./);
  });

  it('stores Arabic nodes and relationships and reads the same values back', async () => {
    const session = graph.driver.session({ database: graph.database });
    try {
      await session.executeWrite((tx) =>
        tx.run(
          `UNWIND $rows AS row
           MERGE (p:Entity:Person {id: row.person}) SET p.name = row.personName
           MERGE (g:Entity:Group {id: row.group}) SET g.name = row.groupName
           MERGE (p)-[r:LEADER_OF]->(g) SET r.since = row.since`,
          {
            rows: [
              {
                person: 'person:akhtar-mansour',
                personName: 'الملا أختر منصور',
                group: 'group:taliban',
                groupName: 'طالبان',
                since: 2015,
              },
              {
                person: 'person:hibatullah',
                personName: 'هبة الله أخوند زاده',
                group: 'group:taliban',
                groupName: 'طالبان',
                since: 2016,
              },
            ],
          },
        ),
      );
      const rows = await session.executeRead(async (tx) => {
        const result = await tx.run(
          `MATCH (p:Person)-[r:LEADER_OF]->(g:Group {id: 'group:taliban'})
           RETURN p.name AS person, g.name AS group, r.since AS since ORDER BY since`,
        );
        return result.records.map((r) => r.toObject());
      });
      expect(rows).toEqual([
        { person: 'الملا أختر منصور', group: 'طالبان', since: 2015 },
        { person: 'هبة الله أخوند زاده', group: 'طالبان', since: 2016 },
      ]);
      const counts = await session.executeRead(async (tx) => {
        const result = await tx.run(
          'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels',
        );
        return result.records[0]?.toObject();
      });
      expect(counts).toEqual({ nodes: 3, rels: 2 });
    } finally {
      await session.close();
    }
  });

  it('rejects a second entity with the same id (constraint from the migrations)', async () => {
    await graph.driver.executeQuery(
      "CREATE (:Entity {id: 'country:ru', name: 'روسيا'})",
      {},
      { database: graph.database },
    );
    await expect(
      graph.driver.executeQuery(
        "CREATE (:Entity {id: 'country:ru', name: 'روسيا الاتحادية'})",
        {},
        { database: graph.database },
      ),
    ).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
  });
});
