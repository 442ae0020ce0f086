import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/db/local-neo4j.ts';
import { readSubgraph, toGraphML, toNeo4jCsv } from '../../../src/export/index.ts';
import { extractArticle } from '../../../src/extract/index.ts';
import { loadPaths } from '../../../src/graph/load.ts';
import { startApi } from '../../e2e/support/api.ts';
import { neo4jEnv } from '../../support/env.ts';
import { useGraph } from '../../support/graph.ts';
import { validateGraphML } from '../../support/graphml.ts';

const run = promisify(execFile);
const SEED = join(PROJECT_ROOT, '../shared/seed/000_5efe405581343bf2.txt');

describe('exports of the seed graph', () => {
  const graph = useGraph();
  const dir = mkdtempSync(join(tmpdir(), 'akhbar-export-'));

  beforeAll(async () => {
    const summary = await loadPaths([SEED], {
      driver: graph.driver,
      database: graph.database,
      extract: extractArticle,
    });
    expect(summary.failed).toEqual([]);
  });

  it('exports the whole graph as GraphML that validates against the GraphML schema', async () => {
    const whole = await readSubgraph(graph.driver, { database: graph.database });
    const { records } = await graph.driver.executeQuery(
      'MATCH (n) WHERE NOT n:Migration AND NOT n:EntityDigest AND NOT n:RelationEvidence WITH count(n) AS nodes MATCH (a)-[r]->(b) WHERE NOT a:Migration RETURN nodes, count(r) AS rels',
      {},
      { database: graph.database },
    );
    expect(whole.nodes).toHaveLength(records[0]?.get('nodes'));
    expect(whole.relationships).toHaveLength(records[0]?.get('rels'));
    // A relation carries its evidence records in the export, as parallel lists.
    const located = whole.relationships.filter((r) => r.type === 'LOCATED_IN');
    expect(located.length).toBeGreaterThan(0);
    for (const r of located) {
      const { articleIds, sentences, starts, ends } = r.properties as Record<string, unknown[]>;
      expect(articleIds!.length).toBeGreaterThan(0);
      expect([sentences!.length, starts!.length, ends!.length]).toEqual([
        articleIds!.length,
        articleIds!.length,
        articleIds!.length,
      ]);
      expect(typeof sentences![0]).toBe('string');
    }
    const file = join(dir, 'seed.graphml');
    writeFileSync(file, toGraphML(whole));
    const result = await validateGraphML(file);
    expect(result.output).toContain(`valid ${file}`);
    expect(result.valid).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('فلاديمير بوتين');
  });

  it('exports the neighbourhood of Putin by name, growing with depth', async () => {
    const one = await readSubgraph(graph.driver, { database: graph.database, from: 'بوتين', depth: 1 });
    const two = await readSubgraph(graph.driver, { database: graph.database, from: 'بوتين', depth: 2 });
    const names = (g: typeof one) => g.nodes.map((n) => n.properties.name).filter(Boolean);
    expect(names(one)).toContain('فلاديمير بوتين');
    expect(one.nodes.some((n) => n.labels.includes('Event') && n.properties.type === 'Meeting')).toBe(true);
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(names(two)).toEqual(expect.arrayContaining(['فلاديمير بوتين']));
    for (const rel of two.relationships) {
      expect(two.nodes.some((n) => n.key === rel.source)).toBe(true);
      expect(two.nodes.some((n) => n.key === rel.target)).toBe(true);
    }
  });

  it('refuses an unknown entity and a depth beyond 4', async () => {
    await expect(
      readSubgraph(graph.driver, { database: graph.database, from: 'لا أحد', depth: 1 }),
    ).rejects.toThrow(/no entity with id, name or alias "لا أحد"/);
    await expect(
      readSubgraph(graph.driver, { database: graph.database, from: 'بوتين', depth: 9 }),
    ).rejects.toThrow(/depth must be a whole number from 0 to 4/);
  });

  it('writes neo4j-admin CSV whose rows match the graph', async () => {
    const whole = await readSubgraph(graph.driver, { database: graph.database });
    const files = toNeo4jCsv(whole);
    expect(files['nodes.csv'].split('\n')[0]).toMatch(/^id:ID,:LABEL,/);
    expect(files['relationships.csv'].split('\n')[0]).toMatch(/^:START_ID,:END_ID,:TYPE/);
    expect(files['nodes.csv']).toContain('Entity;Person');
  });

  it('serves the same exports over HTTP at /export, with typed errors for bad input', async () => {
    const api = await startApi({ driver: graph.driver, database: graph.database });
    try {
      const graphml = await fetch(
        `${api.base}/export?format=graphml&from=${encodeURIComponent('بوتين')}&depth=1`,
      );
      expect(graphml.status).toBe(200);
      expect(graphml.headers.get('content-type')).toContain('application/graphml+xml');
      const file = join(dir, 'http.graphml');
      writeFileSync(file, await graphml.text());
      expect((await validateGraphML(file)).valid).toBe(true);

      const csv = await fetch(`${api.base}/export?format=csv&part=relationships`);
      expect((await csv.text()).split('\n')[0]).toMatch(/^:START_ID,:END_ID,:TYPE/);

      const json = (await (
        await fetch(`${api.base}/export?format=json&from=group:taliban&depth=1`)
      ).json()) as {
        nodes: { properties: { name?: string } }[];
      };
      expect(json.nodes.map((n) => n.properties.name)).toContain('طالبان');

      const bad = await fetch(`${api.base}/export?format=pdf`);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({
        error: { code: 'BAD_USER_INPUT', message: 'format must be graphml, json or csv' },
      });
      const tooSmall = await fetch(`${api.base}/export?format=json&limit=3`);
      expect(tooSmall.status).toBe(400);
      expect(((await tooSmall.json()) as { error: { message: string } }).error.message).toMatch(
        /more than 3/,
      );
    } finally {
      await api.close();
    }
  });

  it('akhbar export --format graphml --from writes a valid file through the CLI', async () => {
    const file = join(dir, 'cli.graphml');
    const { stderr } = await run(
      process.execPath,
      [
        join(PROJECT_ROOT, 'bin/akhbar.mjs'),
        'export',
        '--format',
        'graphml',
        '--from',
        'بوتين',
        '--depth',
        '1',
        '--out',
        file,
      ],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          ...neo4jEnv(graph.db),
        },
      },
    );
    expect(stderr).toMatch(/exported \d+ nodes and \d+ relationships \(graphml\)/);
    expect((await validateGraphML(file)).valid).toBe(true);
  });
});
