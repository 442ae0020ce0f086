// No N+1: every relationship fetch goes through a per-request DataLoader, so the number of Neo4j
// queries per GraphQL request depends on the shape of the query, not on how many items it returns.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useGraph } from '../support/graph.ts';
import { loadSpeakers } from './fixtures/seed.ts';
import { countingDriver, type RunningApi, startApi } from './support/api.ts';

const graph = useGraph();
let api: RunningApi;
let queries: string[];

beforeAll(async () => {
  // 20 people, 3 statements each, all written by the real loader.
  await loadSpeakers(graph.driver, graph.database, 20, 3);
  const counting = countingDriver(graph.driver);
  queries = counting.queries;
  api = await startApi({ driver: counting.driver, database: graph.database });
});
afterAll(() => api?.close());

const PEOPLE = `query ($n: Int!) {
  people(first: $n) {
    totalCount
    edges { node {
      name
      statementsBy(first: 10) { totalCount edges { node {
        quote
        speaker { __typename ... on Entity { name } }
        via { name }
        about { __typename ... on Entity { name } }
      } } }
    } }
  }
}`;

async function countFor(query: string, variables: Record<string, unknown>) {
  queries.length = 0;
  const res = await api.gql<{
    people: { edges: { node: { statementsBy: { edges: { node: { speaker: { name: string } } }[] } } }[] };
  }>(query, variables);
  expect(res.errors).toBeUndefined();
  return { count: queries.length, data: res.data! };
}

describe('per-request DataLoaders', () => {
  test('20 entities × their statements × speakers (and outlets, topics) take at most 4 Neo4j queries', async () => {
    const { count, data } = await countFor(PEOPLE, { n: 20 });
    const people = data.people.edges;
    expect(people).toHaveLength(20);
    const statements = people.flatMap((p) => p.node.statementsBy.edges);
    expect(statements).toHaveLength(60);
    expect(statements.every((s) => s.node.speaker.name.startsWith('المتحدث'))).toBe(true);
    // people page, statementsBy for all 20, speakers+outlets for all 60, topics for all 60.
    expect(count).toBeLessThanOrEqual(4);
    console.log(`[query count] 20 people × 3 statements × speaker/via/about: ${count} Neo4j queries`);
  });

  test('20 entities × statements × speakers alone: 3 queries (people, statementsBy, speakers)', async () => {
    const { count } = await countFor(
      `{ people(first: 20) { edges { node { name statementsBy(first: 10) { edges { node {
        quote speaker { ... on Entity { name } } } } } } } } }`,
      {},
    );
    console.log(`[query count] 20 people × 3 statements × speaker: ${count} Neo4j queries`);
    expect(count).toBe(3);
  });

  test('the query count does not grow with the number of items', async () => {
    const counts: number[] = [];
    for (const n of [1, 5, 20]) counts.push((await countFor(PEOPLE, { n })).count);
    console.log(`[query count] people(first: 1|5|20): ${counts.join(' | ')} Neo4j queries`);
    expect(new Set(counts).size).toBe(1);
  });

  test('evidence and articles behind 60 statements are batched too', async () => {
    queries.length = 0;
    const res = await api.gql(`{ statements(first: 60) { edges { node {
      evidence { sentence article { title } } article { id } speaker { ... on Person { mentions(first: 1) { text } } } } } } }`);
    expect(res.errors).toBeUndefined();
    // statements page, articles (one batch), speakers, the speakers' mentions.
    expect(queries.length).toBeLessThanOrEqual(4);
  });

  test('loaders are per request: a second request queries again rather than reusing a cache', async () => {
    const first = (await countFor(PEOPLE, { n: 3 })).count;
    const second = (await countFor(PEOPLE, { n: 3 })).count;
    expect(second).toBe(first);
  });
});
