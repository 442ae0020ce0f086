// HTTP-level protections over a real server: the CORS allow-list, introspection switched off for
// production, the request body size limit, and mutations only with the API key.
import { request as httpRequest } from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { securityFromEnv } from '../../src/api/security.ts';
import { loadSpeakers } from '../e2e/fixtures/seed.ts';
import { type RunningApi, startApi } from '../e2e/support/api.ts';
import { useGraph } from '../support/graph.ts';

const graph = useGraph();
let open: RunningApi; // defaults: same-origin only, introspection on, 1 MiB bodies
let locked: RunningApi; // production-like: allow-list, no introspection, 64 KiB bodies, API key

const ALLOWED = 'https://news.example.org';
const KEY = 'reliability-key-0123456789';

beforeAll(async () => {
  await loadSpeakers(graph.driver, graph.database, 3, 1);
  open = await startApi({ driver: graph.driver, database: graph.database, security: { corsOrigins: [] } });
  locked = await startApi({
    driver: graph.driver,
    database: graph.database,
    apiKey: KEY,
    security: { corsOrigins: [ALLOWED], introspection: false, maxBodyBytes: 64 * 1024 },
  });
});
afterAll(async () => {
  await open?.close();
  await locked?.close();
});

const post = (base: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body,
  });

describe('environment settings', () => {
  test('defaults: same-origin only, introspection on, 1 MiB bodies', () => {
    expect(securityFromEnv({})).toEqual({ corsOrigins: [], introspection: true, maxBodyBytes: 1048576 });
  });
  test('NODE_ENV=production turns introspection off unless AKHBAR_INTROSPECTION=true', () => {
    expect(securityFromEnv({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(securityFromEnv({ NODE_ENV: 'production', AKHBAR_INTROSPECTION: 'true' }).introspection).toBe(
      true,
    );
    expect(securityFromEnv({ AKHBAR_INTROSPECTION: 'false' }).introspection).toBe(false);
  });
  test('AKHBAR_CORS_ORIGINS is a comma-separated list; a bad body limit is refused', () => {
    expect(
      securityFromEnv({ AKHBAR_CORS_ORIGINS: ' https://a.example/, https://b.example ' }).corsOrigins,
    ).toEqual(['https://a.example', 'https://b.example']);
    expect(securityFromEnv({ AKHBAR_MAX_BODY_BYTES: '2048' }).maxBodyBytes).toBe(2048);
    expect(() => securityFromEnv({ AKHBAR_MAX_BODY_BYTES: 'lots' })).toThrow(/AKHBAR_MAX_BODY_BYTES/);
  });
});

describe('CORS allow-list', () => {
  const query = JSON.stringify({ query: '{ stats { articles } }' });

  test('by default no origin is granted cross-origin access, in preflights or answers', async () => {
    const pre = await fetch(`${open.base}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-headers')).toBeNull();
    const res = await post(open.base, query, { origin: 'https://evil.example' });
    expect(res.status).toBe(200); // answered, but a browser keeps it from the foreign page
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('an allowed origin is echoed back; any other origin gets no CORS headers', async () => {
    const pre = await fetch(`${locked.base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED, 'access-control-request-method': 'POST' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
    const ok = await post(locked.base, query, { origin: ALLOWED });
    expect(ok.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    for (const origin of [
      'https://evil.example',
      `${ALLOWED}.evil.example`,
      'null',
      'http://news.example.org',
    ]) {
      const res = await post(locked.base, query, { origin });
      expect(res.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });
});

describe('introspection', () => {
  test('answered in development (GraphiQL needs it)', async () => {
    const res = await open.gql(getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
  });

  test('switched off: __schema and __type are refused with a typed error, __typename still works', async () => {
    const full = await locked.gql(getIntrospectionQuery());
    expect(full.data ?? null).toBeNull();
    expect(full.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
    const type = await locked.gql('{ __type(name: "Person") { fields { name } } }');
    expect(type.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
    // Hidden inside a fragment, too.
    const hidden = await locked.gql('query { ...F } fragment F on Query { __schema { types { name } } }');
    expect(hidden.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
    const typename = await locked.gql<{ stats: { __typename: string } }>('{ stats { __typename articles } }');
    expect(typename.errors).toBeUndefined();
    expect(typename.data?.stats.__typename).toBe('Stats');
  });

  test('GraphiQL is served only where introspection is on', async () => {
    const dev = await fetch(`${open.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(dev.status).toBe(200);
    expect(await dev.text()).toMatch(/GraphiQL|graphiql/);
    const prod = await fetch(`${locked.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await prod.text()).not.toMatch(/graphiql/i);
  });
});

describe('request body size limit', () => {
  const padded = (bytes: number) =>
    JSON.stringify({ query: '{ stats { articles } }', variables: { pad: 'x'.repeat(bytes) } });

  test('a body over the limit is refused with 413 before parsing; one under it is served', async () => {
    const big = await post(locked.base, padded(100 * 1024));
    expect(big.status).toBe(413);
    const body = (await big.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const small = await post(locked.base, padded(32 * 1024));
    expect(small.status).toBe(200);
    // The default limit is 1 MiB.
    expect((await post(open.base, padded(2 * 1024 * 1024))).status).toBe(413);
    expect((await post(open.base, padded(900 * 1024))).status).toBe(200);
  });

  test('a chunked body without Content-Length is cut off at the limit too', async () => {
    const url = new URL(`${locked.base}/graphql`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      // Chunks of 16 KiB, well past the 64 KiB limit; the server answers before the end.
      const chunk = 'x'.repeat(16 * 1024);
      req.write('{"query":"{ stats { articles } }","variables":{"pad":"');
      for (let i = 0; i < 8; i++) req.write(chunk);
      req.end('"}}');
    });
    expect(status).toBe(413);
    // And the server is still fine afterwards.
    expect((await locked.gql('{ stats { articles } }')).status).toBe(200);
  });

  test('a chunked body under the limit is read whole', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"query":"{ stats '));
        controller.enqueue(new TextEncoder().encode('{ articles } }"}'));
        controller.close();
      },
    });
    const res = await fetch(`${locked.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { stats: { articles: number } } }).data.stats.articles).toBe(1);
  });
});

describe('mutations need the API key', () => {
  const mutation = 'mutation { deleteArticle(id: "no-such-article") { deleted } }';

  test('no token, a wrong token, or a token without "Bearer": UNAUTHENTICATED', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: `Bearer ${KEY}x` },
      { authorization: KEY },
      { authorization: 'Bearer ' },
    ];
    for (const headers of attempts) {
      const res = await locked.gql(mutation, {}, headers);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(headers)).toBe('UNAUTHENTICATED');
    }
  });

  test('without a key configured, even a "right-looking" token is UNAUTHENTICATED', async () => {
    const res = await open.gql(mutation, {}, { authorization: 'Bearer undefined' });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('mutations are never run over GET (no cross-site mutation via a link)', async () => {
    const res = await fetch(`${locked.base}/graphql?query=${encodeURIComponent(mutation)}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${KEY}` },
    });
    expect(res.status).toBe(405);
  });

  test('with the key, the mutation runs (and answers NOT_FOUND for an unknown article)', async () => {
    const res = await locked.gql(mutation, {}, { authorization: `Bearer ${KEY}` });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
