// GraphiQL's example operations on the data `npm start` loads: the example articles, through the
// same loadExamplesIfMissing call.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXAMPLE_OPERATIONS } from '../../src/api/graphiql.ts';
import { loadExamplesIfMissing } from '../../src/graph/examples.ts';
import { useGraph } from '../support/graph.ts';
import { type RunningApi, startApi } from './support/api.ts';

const graph = useGraph();
let api: RunningApi;

beforeAll(async () => {
  const summary = await loadExamplesIfMissing(graph.driver, graph.database);
  expect(summary?.failed).toEqual([]);
  api = await startApi({ driver: graph.driver, database: graph.database });
});
afterAll(() => api?.close());

async function run(operationName: string): Promise<string> {
  const res = await fetch(`${api.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: EXAMPLE_OPERATIONS, operationName }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  expect(body.errors, operationName).toBeUndefined();
  return JSON.stringify(body.data);
}

describe('GraphiQL example operations on the example articles', () => {
  test('are the five documented ones', () => {
    expect([...EXAMPLE_OPERATIONS.matchAll(/^query (\w+)/gm)].map((m) => m[1])).toEqual([
      'WhoDeniedWhat',
      'PathFromHamdokToRsf',
      'EventsInSudan',
      'StatementsAboutHezbollah',
      'SearchHezbollah',
    ]);
  });

  test('who denied what: Hezbollah and Israel among the speakers', async () => {
    const data = await run('WhoDeniedWhat');
    expect(data).toContain('"cue"');
    expect(data).toMatch(/حزب الله|إسرائيل/);
  });

  test('a path from عبد الله حمدوك to قوات الدعم السريع', async () => {
    const data = JSON.parse(await run('PathFromHamdokToRsf')) as {
      paths: { length: number; nodes: { name?: string }[] }[];
    };
    expect(data.paths.length).toBeGreaterThan(0);
    const path = data.paths[0]!;
    expect(path.nodes[0]?.name).toBe('عبد الله حمدوك');
    expect(path.nodes.at(-1)?.name).toBe('قوات الدعم السريع');
    expect(path.length).toBeLessThanOrEqual(4);
  });

  test('events in Sudan include the El Fasher attack with its dead', async () => {
    const data = JSON.parse(await run('EventsInSudan')) as {
      entity: {
        events: {
          edges: { node: { type: string; killed: number | null; location: { name: string } | null } }[];
        };
      };
    };
    const events = data.entity.events.edges.map((e) => e.node);
    expect(events.some((e) => e.location?.name === 'الفاشر' && (e.killed ?? 0) >= 40)).toBe(true);
  });

  test('statements about Hezbollah, with speakers', async () => {
    const data = await run('StatementsAboutHezbollah');
    expect(data).toContain('نعيم قاسم');
  });

  test('search in English finds حزب الله', async () => {
    expect(await run('SearchHezbollah')).toContain('حزب الله');
  });
});
