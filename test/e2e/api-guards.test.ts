// Limits, typed errors, auth, health and readiness, and the Neo4j transaction timeout, over HTTP
// on a real Neo4j.
import { getIntrospectionQuery } from 'graphql';
import neo4j from 'neo4j-driver';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GraphDb, loadQueries } from '../../src/api/db.ts';
import { useGraph } from '../support/graph.ts';
import { loadSpeakers } from './fixtures/seed.ts';
import { type RunningApi, startApi } from './support/api.ts';

const graph = useGraph();
let api: RunningApi;

beforeAll(async () => {
  await loadSpeakers(graph.driver, graph.database, 5, 2);
  api = await startApi({ driver: graph.driver, database: graph.database });
});
afterAll(() => api?.close());

function code(res: { errors?: { extensions?: Record<string, unknown> }[] }): unknown {
  return res.errors?.[0]?.extensions?.code;
}

describe('query limits', () => {
  test('a depth bomb is rejected with BAD_USER_INPUT (DEPTH_LIMIT) before touching Neo4j', async () => {
    let inner = 'name';
    for (let i = 0; i < 8; i++) inner = `coMentioned { entity { ${inner} } }`;
    const res = await api.gql(`{ people(first: 1) { edges { node { ${inner} } } } }`);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.reason).toBe('DEPTH_LIMIT');
    expect(res.data ?? null).toBeNull();
  });

  test('an alias bomb is rejected with BAD_USER_INPUT (ALIAS_LIMIT)', async () => {
    const fields = Array.from({ length: 200 }, (_, i) => `a${i}: stats { articles }`).join('\n');
    const res = await api.gql(`{ ${fields} }`);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.reason).toBe('ALIAS_LIMIT');
  });

  test('an expensive query (pages inside pages) is rejected with BAD_USER_INPUT (COST_LIMIT)', async () => {
    const res = await api.gql(`{ people(first: 100) { edges { node {
      statementsBy(first: 100) { edges { node { about { __typename } speaker { __typename } via { name } evidence { sentence } } } }
      statementsAbout(first: 100) { edges { node { quote } } } } } } }`);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.reason).toBe('COST_LIMIT');
  });

  test('pages over 100 are rejected, in literals and in variables', async () => {
    const literal = await api.gql('{ people(first: 101) { edges { node { name } } } }');
    expect(code(literal)).toBe('BAD_USER_INPUT');
    expect(literal.errors?.[0]?.extensions?.reason).toBe('PAGE_SIZE');
    const variable = await api.gql('query ($n: Int) { statements(first: $n) { totalCount } }', { n: 1000 });
    expect(code(variable)).toBe('BAD_USER_INPUT');
    const nested = await api.gql(
      '{ entity(id: "group:target") { statementsAbout(first: 500) { totalCount } } }',
    );
    expect(code(nested)).toBe('BAD_USER_INPUT');
  });

  test("GraphiQL's introspection query is not caught by the limits", async () => {
    const res = await api.gql(getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
  });

  test('a normal query passes and a 100-item page is allowed', async () => {
    const res = await api.gql('{ statements(first: 100) { totalCount edges { node { quote } } } }');
    expect(res.errors).toBeUndefined();
    expect((res.data as { statements: { totalCount: number } }).statements.totalCount).toBe(10);
  });

  test('bad cursors, backward paging and unknown ids are typed errors', async () => {
    expect(code(await api.gql('{ people(first: 2, after: "not-a-cursor") { totalCount } }'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await api.gql('{ people(first: 2, last: 1) { totalCount } }'))).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(code(await api.gql('{ entity(id: "person:nobody") { name } }'))).toBe('NOT_FOUND');
    expect(code(await api.gql('{ entity { name } }'))).toBe('BAD_USER_INPUT');
    const none = await api.gql<{ node: unknown }>('{ node(id: "UGVyc29uOnBlcnNvbjpub2JvZHk=") { id } }');
    expect(none.errors).toBeUndefined();
    expect(none.data?.node).toBeNull();
  });
});

describe('mutations need the API key', () => {
  test('without AKHBAR_API_KEY on the server, mutations answer UNAUTHENTICATED', async () => {
    const ingest = await api.gql(
      'mutation { ingestArticle(input: { title: "t", body: "قال بوتين إن روسيا مستعدة." }) { article { id } } }',
    );
    expect(code(ingest)).toBe('UNAUTHENTICATED');
    const del = await api.gql('mutation { deleteArticle(id: "synthetic-5-2") { deleted } }');
    expect(code(del)).toBe('UNAUTHENTICATED');
    const stats = await api.gql<{ stats: { articles: number } }>('{ stats { articles } }');
    expect(stats.data?.stats.articles).toBe(1);
  });

  test('with a key configured, a missing or wrong bearer token is UNAUTHENTICATED', async () => {
    const keyed = await startApi({ driver: graph.driver, database: graph.database, apiKey: 's3cret-key' });
    try {
      const mutation = 'mutation { deleteArticle(id: "synthetic-5-2") { deleted } }';
      expect(code(await keyed.gql(mutation))).toBe('UNAUTHENTICATED');
      expect(code(await keyed.gql(mutation, {}, { authorization: 'Bearer s3cret-kez' }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(code(await keyed.gql(mutation, {}, { authorization: 's3cret-key' }))).toBe('UNAUTHENTICATED');
    } finally {
      await keyed.close();
    }
  });
});

describe('health, readiness and database failures', () => {
  test('/health is 200 and /ready is 200 while Neo4j answers', async () => {
    expect((await fetch(`${api.base}/health`)).status).toBe(200);
    expect((await fetch(`${api.base}/ready`)).status).toBe(200);
  });

  test('with Neo4j unreachable, /ready is 503 and queries fail with DB_UNAVAILABLE, internals masked', async () => {
    const dead = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'x'), {
      connectionAcquisitionTimeout: 2_000,
      connectionTimeout: 1_000,
      maxTransactionRetryTime: 0,
      disableLosslessIntegers: true,
    });
    const down = await startApi({ driver: dead, database: 'neo4j' });
    try {
      expect((await fetch(`${down.base}/health`)).status).toBe(200);
      expect((await fetch(`${down.base}/ready`)).status).toBe(503);
      const res = await down.gql('{ stats { articles } }');
      expect(code(res)).toBe('DB_UNAVAILABLE');
      expect(JSON.stringify(res.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|bolt/);
    } finally {
      await down.close();
      await dead.close();
    }
  });

  test('a read over the per-transaction timeout is stopped by Neo4j and reported as DB_UNAVAILABLE (TIMEOUT)', async () => {
    const queries = loadQueries();
    queries.set('slow', 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n');
    const db = new GraphDb({ driver: graph.driver, database: graph.database, timeoutMs: 50, queries });
    await expect(db.read('slow')).rejects.toMatchObject({
      extensions: { code: 'DB_UNAVAILABLE', reason: 'TIMEOUT' },
    });
  });

  test('an unexpected failure is masked as INTERNAL_SERVER_ERROR and logged', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => lines.push(line) });
    const broken = await startApi({
      driver: graph.driver,
      database: graph.database,
      logger,
      ingest: () => Promise.reject(new Error('secret internal detail')),
      apiKey: 'k',
    });
    try {
      const res = await broken.gql(
        'mutation { ingestArticle(input: { title: "t", body: "b" }) { relations } }',
        {},
        { authorization: 'Bearer k' },
      );
      expect(code(res)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(res)).not.toContain('secret internal detail');
      expect(lines.join('\n')).toContain('secret internal detail');
    } finally {
      await broken.close();
    }
  });
});
