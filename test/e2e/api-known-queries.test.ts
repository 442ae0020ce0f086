// The known-queries lane (src/api/known-queries.ts) answers exactly as yoga does: for each request
// below, sent three times over HTTP to a server with the lane and one without, the statuses,
// headers (but Date) and bodies are the same; and the lane answers the requests it should (a
// repeated query, however the client asks for JSON) and leaves the rest to yoga.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_QUERY_CHARS } from '../../src/api/known-queries.ts';
import { useGraph } from '../support/graph.ts';
import { loadSeed } from './fixtures/seed.ts';
import { type RunningApi, startApi } from './support/api.ts';

const graph = useGraph();
let yogaOnly: RunningApi;
let lane: RunningApi;
let isis: string;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface Case {
  name: string;
  body: () => unknown;
  headers?: Record<string, string>;
  /** How the lane takes the request once the query is known. */
  expect: 'answered' | 'handed' | 'yoga';
}

async function send(api: RunningApi, c: Case): Promise<Answer> {
  const res = await fetch(`${api.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...c.headers },
    body: JSON.stringify(c.body()),
  });
  const headers = Object.fromEntries([...res.headers].filter(([name]) => name !== 'date'));
  return { status: res.status, headers, body: await res.text() };
}

beforeAll(async () => {
  await loadSeed(graph.driver, graph.database);
  const options = { driver: graph.driver, database: graph.database };
  yogaOnly = await startApi({ ...options, knownQueries: false });
  lane = await startApi(options);
  const r = await yogaOnly.gql<{ entity: { id: string } }>('{ entity(name: "داعش") { id } }');
  isis = r.data!.entity.id;
});
afterAll(async () => {
  await yogaOnly?.close();
  await lane?.close();
});

const CARD = `query Card($id: ID!) { entity(id: $id) { __typename id name
  statementsAbout(first: 10) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id quote kind speaker { __typename ... on Entity { id name } ... on Source { id } } via { name } } } } } }`;
const SEARCH =
  '{ search(query: "حزب الله", first: 5) { totalCount edges { score node { __typename id } } } }';
const PAGE = 'query ($n: Int) { people(first: $n) { totalCount edges { node { name } } } }';
const TWO = 'query A { people(first: 1) { totalCount } } query B { countries(first: 1) { totalCount } }';

const CASES: Case[] = [
  {
    name: 'entity card, variables',
    body: () => ({ query: CARD, variables: { id: isis } }),
    expect: 'answered',
  },
  {
    name: 'entity card, operation named',
    body: () => ({ query: CARD, variables: { id: isis }, operationName: 'Card' }),
    expect: 'answered',
  },
  { name: 'search, no Accept', body: () => ({ query: SEARCH }), expect: 'answered' },
  { name: 'Accept */*', body: () => ({ query: SEARCH }), headers: { accept: '*/*' }, expect: 'answered' },
  {
    name: 'Accept application/json; charset=utf-8',
    body: () => ({ query: SEARCH }),
    headers: { accept: 'application/json; charset=utf-8' },
    expect: 'answered',
  },
  {
    name: 'Accept graphql-response+json first (graphql-request, Apollo)',
    body: () => ({ query: SEARCH }),
    headers: { accept: 'application/graphql-response+json, application/json;q=0.9' },
    expect: 'answered',
  },
  {
    name: 'Accept application/json then graphql-response+json',
    body: () => ({ query: SEARCH }),
    headers: { accept: 'application/json, application/graphql-response+json' },
    expect: 'answered',
  },
  {
    name: 'Accept application/json, */*',
    body: () => ({ query: SEARCH }),
    headers: { accept: 'application/json, */*' },
    expect: 'answered',
  },
  {
    name: 'null parameters',
    body: () => ({ query: SEARCH, variables: null, operationName: null, extensions: null }),
    expect: 'answered',
  },
  { name: 'second operation of two', body: () => ({ query: TWO, operationName: 'B' }), expect: 'answered' },
  { name: 'page size by variable', body: () => ({ query: PAGE, variables: { n: 2 } }), expect: 'answered' },
  // Left to yoga, or answered by yoga with the lane's result.
  {
    name: 'page size over the limit by variable',
    body: () => ({ query: PAGE, variables: { n: 500 } }),
    expect: 'yoga',
  },
  { name: 'bad variable', body: () => ({ query: PAGE, variables: { n: 'ten' } }), expect: 'yoga' },
  {
    name: 'typed error: NOT_FOUND',
    body: () => ({ query: CARD, variables: { id: 'person:nobody' } }),
    expect: 'handed',
  },
  { name: 'unknown operation name', body: () => ({ query: TWO, operationName: 'C' }), expect: 'yoga' },
  { name: 'no operation name for two', body: () => ({ query: TWO }), expect: 'yoga' },
  { name: 'extensions', body: () => ({ query: SEARCH, extensions: { a: 1 } }), expect: 'yoga' },
  { name: 'unknown parameter', body: () => ({ query: SEARCH, extra: 1 }), expect: 'yoga' },
  { name: 'batched', body: () => [{ query: SEARCH }], expect: 'yoga' },
  {
    name: 'query text over MAX_QUERY_CHARS',
    body: () => ({ query: `${SEARCH}${' '.repeat(MAX_QUERY_CHARS)}` }),
    expect: 'yoga',
  },
  { name: 'syntax error', body: () => ({ query: '{ search(' }), expect: 'yoga' },
  { name: 'validation error', body: () => ({ query: '{ nope }' }), expect: 'yoga' },
  {
    name: 'mutation',
    body: () => ({ query: 'mutation { deleteArticle(id: "a") { deleted } }' }),
    expect: 'yoga',
  },
  {
    name: 'Accept an event stream',
    body: () => ({ query: SEARCH }),
    headers: { accept: 'text/event-stream' },
    expect: 'yoga',
  },
  {
    name: 'Accept a charset yoga skips',
    body: () => ({ query: SEARCH }),
    headers: { accept: 'application/json; charset=iso-8859-1, application/graphql-response+json' },
    expect: 'yoga',
  },
  {
    name: 'Accept nothing yoga offers',
    body: () => ({ query: SEARCH }),
    headers: { accept: 'text/html' },
    expect: 'yoga',
  },
];

describe('known-queries lane', () => {
  test.each(CASES)('$name: the same answer as yoga alone', async (c) => {
    const counts = lane.app.knownQueries!.counts;
    for (let i = 0; i < 3; i++) {
      const expected = await send(yogaOnly, c);
      const before = { ...counts };
      const got = await send(lane, c);
      expect(got).toEqual(expected);
      // The first request teaches the lane the query (when yoga runs it); the next are the lane's.
      const delta = { answered: counts.answered - before.answered, handed: counts.handed - before.handed };
      if (i > 0 || c.expect === 'yoga')
        expect(delta).toEqual({
          answered: c.expect === 'answered' ? 1 : 0,
          handed: c.expect === 'handed' ? 1 : 0,
        });
    }
  });

  test('a known query answers data, not just a status', async () => {
    const c: Case = {
      name: 'card',
      body: () => ({ query: CARD, variables: { id: isis } }),
      expect: 'answered',
    };
    await send(lane, c);
    const got = JSON.parse((await send(lane, c)).body) as {
      data: { entity: { name: string; statementsAbout: { totalCount: number } } };
    };
    expect(got.data.entity.name).toBe('داعش');
    expect(got.data.entity.statementsAbout.totalCount).toBeGreaterThan(0);
  });
});

describe('known-queries lane, server settings', () => {
  test('introspection off: refused by validation, so never learned', async () => {
    const api = await startApi({
      driver: graph.driver,
      database: graph.database,
      security: { introspection: false },
    });
    try {
      for (let i = 0; i < 3; i++) {
        const r = await api.gql('{ __schema { queryType { name } } }');
        expect(r.data).toBeUndefined();
        expect(r.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
      }
      expect(api.app.knownQueries!.counts).toEqual({ answered: 0, handed: 0 });
    } finally {
      await api.close();
    }
  });

  test('CORS configured: a request with an Origin gets yoga and its CORS headers', async () => {
    const api = await startApi({
      driver: graph.driver,
      database: graph.database,
      security: { corsOrigins: ['https://app.example'] },
    });
    try {
      const c: Case = {
        name: 'origin',
        body: () => ({ query: SEARCH }),
        headers: { origin: 'https://app.example' },
        expect: 'yoga',
      };
      for (let i = 0; i < 3; i++) {
        const r = await send(api, c);
        expect(r.status).toBe(200);
        expect(r.headers['access-control-allow-origin']).toBe('https://app.example');
      }
      expect(api.app.knownQueries!.counts.answered).toBe(0);
      // Without an Origin (a server-side client) the lane answers.
      await send(api, { ...c, headers: {} });
      expect(api.app.knownQueries!.counts.answered).toBe(1);
    } finally {
      await api.close();
    }
  });

  test('the request log has the same line for a lane answer as for yoga', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const api = await startApi({
      driver: graph.driver,
      database: graph.database,
      logger: pino({ level: 'info' }, sink),
    });
    try {
      const c: Case = {
        name: 'log',
        body: () => ({ query: CARD, variables: { id: isis }, operationName: 'Card' }),
        expect: 'answered',
      };
      await send(api, c);
      await send(api, c);
      expect(api.app.knownQueries!.counts.answered).toBe(1);
      const requests = lines
        .filter((l) => l.msg === 'request')
        .map(({ method, path, status, operation }) => ({ method, path, status, operation }));
      expect(requests).toEqual([
        { method: 'POST', path: '/graphql', status: 200, operation: 'Card' },
        { method: 'POST', path: '/graphql', status: 200, operation: 'Card' },
      ]);
    } finally {
      await api.close();
    }
  });
});
