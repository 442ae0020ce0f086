// Compiled execution (src/api/jit.ts) answers exactly as graphql-js does: the same bodies and
// statuses for the benchmark's shapes, interfaces and unions, relay nodes, typed errors and bad
// variables; and each operation of a many-operation document runs itself, not whichever was
// compiled first.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type App, createApp } from '../../src/api/app.ts';
import { useGraph } from '../support/graph.ts';
import { loadSeed } from './fixtures/seed.ts';

const graph = useGraph();
let plain: App;
let jit: App;
let isis: string;

async function post(app: App, body: Record<string, unknown>): Promise<{ status: number; text: string }> {
  const res = await app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

beforeAll(async () => {
  await loadSeed(graph.driver, graph.database);
  const options = { driver: graph.driver, database: graph.database, logger: pino({ level: 'silent' }) };
  plain = createApp({ ...options, jit: false });
  // Compiled from the first use, so every request below runs compiled code.
  jit = createApp({ ...options, jit: { after: 1 } });
  const r = await post(plain, { query: '{ entity(name: "داعش") { id } }' });
  isis = (JSON.parse(r.text) as { data: { entity: { id: string } } }).data.entity.id;
});
afterAll(() => {
  plain?.server.close();
  jit?.server.close();
});

const SPEAKER = `speaker { __typename ... on Entity { id name } ... on Source { id description } }`;

const CASES: { name: string; body: () => Record<string, unknown> }[] = [
  {
    name: 'entity card (interface fragments, union speaker)',
    body: () => ({
      query: `query ($id: ID!) { entity(id: $id) { __typename id entityId name nameEn aliases
        statementsAbout(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id quote kind cue ${SPEAKER} via { name } } } } } }`,
      variables: { id: isis },
    }),
  },
  {
    name: 'statements by kind (enum variable)',
    body: () => ({
      query: `query ($id: ID!, $kind: StatementKind!) { entity(id: $id) { entityId
        statementsAbout(kind: $kind, first: 20) { totalCount edges { node { id quote kind sentence } } } } }`,
      variables: { id: isis, kind: 'DENIED' },
    }),
  },
  {
    name: 'neighbourhood',
    body: () => ({
      query: `query ($id: ID!) { neighborhood(id: $id, depth: 2, limit: 50) { center { id }
        nodes { id __typename ... on Entity { name } } edges { type from to evidence { sentence } } } }`,
      variables: { id: isis },
    }),
  },
  {
    name: 'search (interface on hits)',
    body: () => ({
      query: `{ search(query: "حزب الله", first: 10) { totalCount edges { score node { __typename id ... on Entity { entityId name } } } } }`,
    }),
  },
  {
    name: 'relay node and nodes',
    body: () => ({
      query: `query ($id: ID!) { node(id: $id) { __typename id ... on Entity { name } } nodes(ids: [$id, "bm90OmFub2RlCg=="]) { id } }`,
      variables: { id: isis },
    }),
  },
  {
    name: 'stats and lists',
    body: () => ({
      query: `{ stats { __typename } people(first: 3) { totalCount edges { node { name events(first: 2) { totalCount } } } } }`,
    }),
  },
  { name: 'typed error: NOT_FOUND', body: () => ({ query: '{ entity(id: "person:nobody") { name } }' }) },
  {
    name: 'bad variable: wrong enum value',
    body: () => ({
      query: 'query ($k: StatementKind!) { statements(filter: { kind: $k }) { totalCount } }',
      variables: { k: 'NOPE' },
    }),
  },
  {
    name: 'bad variable: missing required',
    body: () => ({ query: 'query ($id: ID!) { entity(id: $id) { name } }', variables: {} }),
  },
  {
    name: 'bad variable: wrong type',
    body: () => ({ query: 'query ($n: Int) { people(first: $n) { totalCount } }', variables: { n: 'ten' } }),
  },
  { name: 'bad cursor', body: () => ({ query: '{ people(first: 2, after: "garbage") { totalCount } }' }) },
  {
    name: 'page size over the limit by variable',
    body: () => ({ query: 'query ($n: Int) { people(first: $n) { totalCount } }', variables: { n: 500 } }),
  },
];

describe('compiled execution', () => {
  test.each(CASES)('$name: the same answer as graphql-js', async ({ body }) => {
    const expected = await post(plain, body());
    // Twice: the first request compiles, the second runs the cached code.
    for (let i = 0; i < 2; i++) {
      const got = await post(jit, body());
      expect(got.status).toBe(expected.status);
      expect(JSON.parse(got.text)).toEqual(JSON.parse(expected.text));
    }
  });

  test('each operation of a document runs itself', async () => {
    const query =
      'query A { people(first: 1) { totalCount } } query B { countries(first: 1) { totalCount } }';
    for (let i = 0; i < 2; i++) {
      for (const operationName of ['A', 'B']) {
        const expected = await post(plain, { query, operationName });
        const got = await post(jit, { query, operationName });
        expect(JSON.parse(got.text)).toEqual(JSON.parse(expected.text));
        expect(Object.keys((JSON.parse(got.text) as { data: object }).data)).toEqual([
          operationName === 'A' ? 'people' : 'countries',
        ]);
      }
    }
  });
});
