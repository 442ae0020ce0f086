// GraphQL fuzzing against the real app (createApp over the seeded Neo4j), in-process through
// yoga.fetch: schema-aware random queries built from schema/schema.graphql, depth/alias/fragment
// bombs, huge strings, Lucene syntax and Unicode control characters in search terms and ids, and
// malformed requests. No answer may be a 5xx, no error may carry a stack or database internals,
// no internal (masked) error may happen at all, and nothing may reject unhandled.
// Replay a failure with FUZZ_SEED=<seed> FUZZ_CASES=<n>; the failing case number is printed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type App, createApp } from '../../src/api/app.ts';
import { nesting } from '../../src/api/limits.ts';
import { PROJECT_ROOT } from '../../src/db/local-neo4j.ts';
import { loadSeed } from '../e2e/fixtures/seed.ts';
import { useGraph } from '../support/graph.ts';
import {
  chance,
  hostileId,
  hostileString,
  pick,
  prng,
  type Rand,
  randomOperation,
  realIds,
} from './support/random-operations.ts';

const CASES = Number(process.env.FUZZ_CASES) || 10_000;
const SEED = Number(process.env.FUZZ_SEED) || 20261129;
const CONCURRENCY = 8;

/** Depth, alias, fragment, directive and breadth bombs. */
function bomb(r: Rand): { query: string; variables?: Record<string, unknown> } {
  const kind = Math.floor(r() * 8);
  const n = pick(r, [20, 60, 200, 1000]);
  switch (kind) {
    case 0: {
      let inner = 'name';
      for (let i = 0; i < n; i++) inner = `coMentioned { entity { ${inner} } }`;
      return { query: `{ people(first: 1) { edges { node { ${inner} } } } }` };
    }
    case 1:
      return { query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: stats { articles }`).join(' ')} }` };
    case 2: {
      // Fan-out fragments: each level spreads the next twice (2^n fields if expanded naively).
      const levels = Math.min(n, 60);
      const frags = Array.from(
        { length: levels },
        (_, i) =>
          `fragment F${i} on Query { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : 'stats { articles }'} }`,
      );
      return { query: `query { ...F0 } ${frags.join(' ')}` };
    }
    case 3:
      // Cyclic fragments must be refused by validation, not loop.
      return { query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' };
    case 4:
      return { query: `{ stats ${'@skip(if: false) '.repeat(n)}{ articles } }` };
    case 5:
      return { query: `{ stats { ${'articles '.repeat(n * 5)} } }` };
    case 6: {
      // Aliased pages inside pages: cost bomb.
      const inner = 'statementsBy(first: 100) { edges { node { quote speaker { __typename } } } }';
      return {
        query: `{ ${Array.from({ length: Math.min(n, 40) }, (_, i) => `p${i}: people(first: 100) { edges { node { ${inner} } } }`).join(' ')} }`,
      };
    }
    default: {
      // Deep input values and huge lists of ids.
      const ids = Array.from({ length: pick(r, [50, 100, 101, 5000]) }, () => hostileId(r));
      return { query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } };
    }
  }
}

/** Every byte percent-encoded (encodeURIComponent throws on lone surrogates; UTF-8 makes them U+FFFD). */
const percentEncode = (s: string): string =>
  Array.from(Buffer.from(s, 'utf8'), (b) => `%${b.toString(16).padStart(2, '0')}`).join('');

/** Requests that are not even well-formed GraphQL-over-HTTP. */
function malformed(r: Rand): RequestInit & { url?: string } {
  const k = Math.floor(r() * 10);
  const json = { 'content-type': 'application/json', accept: 'application/json' };
  switch (k) {
    case 0:
      return { method: 'POST', headers: json, body: '{"query": ' };
    case 1:
      return {
        method: 'POST',
        headers: json,
        body: JSON.stringify([{ query: '{ stats { articles } }' }, { query: '{ __typename }' }]),
      };
    case 2:
      return { method: 'POST', headers: json, body: JSON.stringify({ query: 42, variables: 'x' }) };
    case 3:
      return { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ stats { articles } }' };
    case 4:
      return { method: 'POST', headers: json, body: JSON.stringify({ query: hostileString(r) }) };
    case 5:
      return {
        url: `/graphql?query=${percentEncode(hostileString(r).slice(0, 2000))}`,
        method: 'GET',
        headers: { accept: 'application/json' },
      };
    case 6:
      return {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          query: '{ stats { articles } }',
          operationName: hostileString(r).slice(0, 500),
        }),
      };
    case 7:
      return {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          query: '{ __typename }',
          extensions: { persistedQuery: { version: 1, sha256Hash: hostileString(r) } },
        }),
      };
    case 8:
      return { method: 'PUT', headers: json, body: '{}' };
    default:
      return {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          query: `{ search(query: ${JSON.stringify(hostileString(r))}) { totalCount } }`,
          variables: null,
        }),
      };
  }
}

const KNOWN_CODES = new Set([
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'DB_UNAVAILABLE',
  'NOT_IMPLEMENTED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'INTROSPECTION_DISABLED',
  'PERSISTED_QUERY_NOT_FOUND',
  // yoga's own: an operationName matching no operation, a list too long to coerce
  'OPERATION_RESOLUTION_FAILURE',
  'REQUEST_ENTITY_TOO_LARGE',
]);
/** Things that would mean internals leaked to a client. */
const LEAK =
  /Neo\.(Client|Transient|Database)Error|Neo4jError|ServiceUnavailable|SessionExpired|node_modules|\/work\/|\.cypher\b|\n\s+at \S/;

interface Finding {
  case: number;
  kind: string;
  problem: string;
  request: string;
}

const graph = useGraph();
let app: App;
let schema: GraphQLSchema;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  await loadSeed(graph.driver, graph.database);
  schema = buildSchema(readFileSync(join(PROJECT_ROOT, 'schema/schema.graphql'), 'utf8'));
  // An API key, so the fuzzer's mutations are refused rather than run; introspection on (dev).
  app = createApp({
    driver: graph.driver,
    database: graph.database,
    apiKey: 'fuzz-key-not-sent',
    logger: pino({ level: 'silent' }),
    timeoutMs: 5_000,
    security: { introspection: true },
  });
  const { records } = await graph.driver.executeQuery(
    'MATCH (n) WHERE n.id IS NOT NULL AND NOT n:Migration RETURN n.id AS id LIMIT 40',
    {},
    { database: graph.database },
  );
  for (const rec of records) realIds.push(String(rec.get('id')));
}, 180_000);

afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('document nesting scan (before the recursive parser)', () => {
  test('counts brackets outside strings and comments', () => {
    expect(nesting('{ a(b: "{{{{\\"{{") { c } }')).toBe(2);
    expect(nesting('{ a # {{{{\n { b } }')).toBe(2);
    expect(nesting('{ a(b: """ {{{ " """) }')).toBe(2);
    expect(nesting('{'.repeat(5000))).toBe(5000);
  });
});

describe('GraphQL fuzzing', () => {
  test(`${CASES} schema-aware, bomb, hostile-string and malformed requests: no 5xx, no leaks, no internal errors`, async () => {
    const started = performance.now();
    const findings: Finding[] = [];
    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    const kinds = new Map<string, number>();
    let slowest = { ms: 0, case: -1, request: '' };
    const kindMs = new Map<string, number>();

    const runCase = async (i: number): Promise<void> => {
      const r = prng(SEED + i * 7919);
      const k = r();
      let kind: string;
      let init: RequestInit & { url?: string };
      if (k < 0.4) {
        kind = 'schema';
        const op = randomOperation(r, schema);
        init = {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(op),
        };
      } else if (k < 0.6) {
        kind = 'bomb';
        init = {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(bomb(r)),
        };
      } else if (k < 0.85) {
        kind = 'hostile-arg';
        const field = pick(r, [
          ['search', 'query', '{ totalCount edges { node { __typename id } } }'],
          ['entity', 'id', '{ name }'],
          ['entity', 'name', '{ name }'],
          ['node', 'id', '{ id }'],
          ['neighborhood', 'name', '{ nodes { id } }'],
          ['people', 'after', '{ totalCount }'],
          ['statements', 'after', '{ totalCount }'],
        ] as const);
        const value = field[1] === 'id' || field[1] === 'after' ? hostileId(r) : hostileString(r);
        const variable = chance(r, 0.5);
        const type =
          field[1] === 'id'
            ? field[0] === 'node'
              ? 'ID!'
              : 'ID'
            : field[0] === 'search'
              ? 'String!'
              : 'String';
        const query = variable
          ? `query ($v: ${type}) { ${field[0]}(${field[1]}: $v) ${field[2]} }`
          : `{ ${field[0]}(${field[1]}: ${JSON.stringify(value)}) ${field[2]} }`;
        init = {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query, variables: variable ? { v: value } : {} }),
        };
      } else {
        kind = 'malformed';
        init = malformed(r);
      }
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      const t0 = performance.now();
      const res = await app.yoga.fetch(`http://localhost${init.url ?? '/graphql'}`, init);
      const text = await res.text();
      const ms = performance.now() - t0;
      if (ms > slowest.ms) slowest = { ms, case: i, request: String(init.body ?? init.url).slice(0, 400) };
      kindMs.set(kind, (kindMs.get(kind) ?? 0) + ms);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const report = (problem: string) =>
        findings.push({ case: i, kind, problem, request: String(init.body ?? init.url).slice(0, 300) });
      if (res.status >= 500) report(`status ${res.status}: ${text.slice(0, 300)}`);
      if (LEAK.test(text)) report(`leak: ${text.slice(0, 300)}`);
      if (!(res.headers.get('content-type') ?? '').includes('json')) return;
      let body: { errors?: { message?: string; extensions?: Record<string, unknown> }[] };
      try {
        body = JSON.parse(text);
      } catch {
        report(`unparseable JSON: ${text.slice(0, 200)}`);
        return;
      }
      for (const e of body.errors ?? []) {
        const code = String(e.extensions?.code ?? (e.message === 'Unexpected error.' ? 'MASKED' : 'NONE'));
        codes.set(code, (codes.get(code) ?? 0) + 1);
        // yoga passes the client's own JSON syntax error on as originalError {name, message};
        // a stack trace would be a leak.
        if (/"stack(trace)?"/.test(JSON.stringify(e)))
          report(`stack in error: ${JSON.stringify(e).slice(0, 300)}`);
        // A masked error is an internal failure: hostile input must end in a typed error instead.
        if (code === 'MASKED') report('internal error (masked) on client input');
        else if (code !== 'NONE' && !KNOWN_CODES.has(code)) report(`unknown error code ${code}`);
      }
      if (ms > 10_000) report(`took ${Math.round(ms)} ms`);
    };

    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < CASES) {
          const i = next++;
          try {
            await runCase(i);
          } catch (error) {
            findings.push({ case: i, kind: 'harness', problem: String(error), request: '' });
          }
        }
      }),
    );
    // Let any stray promise settle before looking for unhandled rejections.
    await new Promise((done) => setTimeout(done, 200));
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `[fuzz] seed ${SEED}: ${CASES} cases in ${seconds.toFixed(1)}s (${Math.round(CASES / seconds)}/s); ` +
        `kinds ${JSON.stringify(Object.fromEntries(kinds))}; statuses ${JSON.stringify(Object.fromEntries(statuses))}; ` +
        `error codes ${JSON.stringify(Object.fromEntries(codes))}; slowest case ${slowest.case} ${Math.round(slowest.ms)} ms; ` +
        `ms per kind ${JSON.stringify(Object.fromEntries([...kindMs].map(([k, v]) => [k, Math.round(v)])))}; ` +
        `findings ${findings.length}; unhandled rejections ${unhandled.length}`,
    );
    console.log(`[fuzz] slowest: ${slowest.request}`);
    for (const f of findings.slice(0, 15))
      console.log(`[fuzz] case ${f.case} (${f.kind}): ${f.problem}\n    ${f.request}`);
    expect(findings).toEqual([]);
    expect(unhandled).toEqual([]);
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
  }, 240_000);
});
