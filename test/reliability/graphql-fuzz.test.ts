// GraphQL fuzzing against the real app (createApp over the seeded Neo4j), in-process through
// yoga.fetch: schema-aware random queries built from schema/schema.graphql, depth/alias/fragment
// bombs, huge strings, Lucene syntax and Unicode control characters in search terms and ids, and
// malformed requests. No answer may be a 5xx, no error may carry a stack or database internals,
// no internal (masked) error may happen at all, and nothing may reject unhandled.
// Replay a failure with FUZZ_SEED=<seed> FUZZ_CASES=<n>; the failing case number is printed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type App, createApp } from '../../src/api/app.ts';
import { nesting } from '../../src/api/limits.ts';
import { seededRandom } from '../../src/corpus/random.ts';
import { PROJECT_ROOT } from '../../src/db/local-neo4j.ts';
import { loadSeed } from '../e2e/fixtures/seed.ts';
import { useGraph } from '../support/graph.ts';
import { BIDI_CONTROLS } from './support/hostile.ts';

const CASES = Number(process.env.FUZZ_CASES) || 10_000;
const SEED = Number(process.env.FUZZ_SEED) || 20261129;
const CONCURRENCY = 8;

/** Case i always gets the same query for the same seed (the corpus generator's mulberry32). */
const prng = (seed: number): (() => number) => seededRandom(seed).next;

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const chance = (r: Rand, p: number): boolean => r() < p;

const LUCENE = [
  '*',
  '?',
  '*:*',
  'name:*',
  'AND',
  'OR NOT',
  '"unterminated',
  '\\',
  '\\\\',
  '/regex.*/',
  '[a TO z]',
  '{* TO *}',
  'a~0.5',
  'بوتين~',
  'روسيا^10',
  '+-&&||!(){}[]^"~*?:\\/',
  'title:(foo OR bar)',
  '(((((',
  ')))',
  '-',
  '&&',
  '||',
  '!',
];
const INJECTION = [
  "') RETURN 1 //",
  '" OR 1=1 --',
  '$query',
  '}) MATCH (n) DETACH DELETE n //',
  "' UNION MATCH (n) RETURN n //",
  '`',
  '{{7*7}}',
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
];
const UNICODE = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  ...BIDI_CONTROLS,
  '\uFEFF',
  '\u200B',
  '\u200D',
  '\u2028',
  '\u2029',
  '\uD800',
  '\uDFFF',
  '\uFFFF',
  '\u0640\u0640\u0640',
  '\u064B\u064C\u064D\u0651',
  '\u0301'.repeat(50),
  '😀',
  '🇷🇺',
  '\r\n',
  '\t',
];
const ARABIC = [
  'بوتين',
  'فلاديمير بوتين',
  'روسيا',
  'داعش',
  'طالبان',
  'قال',
  'أنقرة',
  'الرئيس الروسي',
  'إ',
  'ى',
];

/** Filled in from the seeded graph: ids that exist, so some random queries go deep. */
const realIds: string[] = [];

function hostileString(r: Rand): string {
  const k = r();
  // Huge strings: rarer, since each one costs a real query.
  if (k < 0.03) return pick(r, ['x', 'ب', 'ab']).repeat(pick(r, [10_000, 100_000, 300_000]));
  if (k < 0.12) return '';
  if (k < 0.18) return ' '.repeat(1 + Math.floor(r() * 5));
  const parts: string[] = [];
  const n = 1 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) {
    const kind = r();
    if (kind < 0.25) parts.push(pick(r, LUCENE));
    else if (kind < 0.45) parts.push(pick(r, UNICODE));
    else if (kind < 0.6) parts.push(pick(r, INJECTION));
    else if (kind < 0.85) parts.push(pick(r, ARABIC));
    else parts.push(String.fromCodePoint(Math.floor(r() * 0x2ffff)));
  }
  return parts.join(chance(r, 0.5) ? ' ' : '');
}

function hostileId(r: Rand): string {
  const k = r();
  if (k < 0.25 && realIds.length) return pick(r, realIds);
  if (k < 0.4)
    return Buffer.from(
      `${pick(r, ['Person', 'Group', 'Article', 'Statement', 'Nope', ''])}:${hostileString(r)}`,
    ).toString('base64');
  if (k < 0.5)
    return pick(r, ['person:', 'country:ru', 'country:', ':', '====', '!!!', 'UGVyc29u', 'person:person:x']);
  if (k < 0.55) return 'A'.repeat(pick(r, [1000, 50_000]));
  return hostileString(r);
}

const INTS = [-2147483648, -1, 0, 1, 2, 3, 4, 5, 10, 20, 50, 99, 100, 101, 1000, 2147483647];

/** A GraphQL literal for an input type (hostile where the type lets it be). */
function literal(r: Rand, type: GraphQLInputType, depth = 0): string {
  if (isNonNullType(type)) return literal(r, type.ofType, depth);
  if (isListType(type)) {
    const n = Math.floor(r() * 4);
    return `[${Array.from({ length: n }, () => literal(r, type.ofType, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) return chance(r, 0.97) ? pick(r, type.getValues()).name : 'NOT_A_VALUE';
  if (isInputObjectType(type)) {
    if (depth > 3) return '{}';
    const fields = Object.values(type.getFields()).filter(() => chance(r, 0.5));
    return `{ ${fields.map((f) => `${f.name}: ${literal(r, f.type, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return String(chance(r, 0.02) ? 99999999999 : pick(r, INTS));
      case 'Float':
        return String(r() * 1000);
      case 'Boolean':
        return chance(r, 0.5) ? 'true' : 'false';
      case 'ID':
        return JSON.stringify(hostileId(r));
      default:
        return JSON.stringify(chance(r, 0.3) ? pick(r, ARABIC) : hostileString(r));
    }
  }
  return 'null';
}

interface Built {
  text: string;
  variables: Record<string, unknown>;
  defs: string[];
}

/** A random value for a variable of this type (JSON, so any string survives intact). */
function variableValue(r: Rand, type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return variableValue(r, type.ofType);
  if (isListType(type))
    return Array.from({ length: Math.floor(r() * 3) }, () => variableValue(r, type.ofType));
  if (isEnumType(type)) return pick(r, type.getValues()).name;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields()))
      if (chance(r, 0.5)) out[f.name] = variableValue(r, f.type);
    return out;
  }
  if (isScalarType(type)) {
    if (type.name === 'Int') return pick(r, INTS);
    if (type.name === 'Boolean') return chance(r, 0.5);
    if (type.name === 'ID') return hostileId(r);
    return chance(r, 0.3) ? pick(r, ARABIC) : hostileString(r);
  }
  return null;
}

function args(r: Rand, field: GraphQLField<unknown, unknown>, built: Built): string {
  const out: string[] = [];
  for (const arg of field.args as readonly GraphQLArgument[]) {
    const required = isNonNullType(arg.type);
    if (!required && !chance(r, 0.45)) continue;
    if (chance(r, 0.3)) {
      const name = `v${built.defs.length}`;
      built.defs.push(`$${name}: ${String(arg.type)}`);
      built.variables[name] = variableValue(r, arg.type);
      out.push(`${arg.name}: $${name}`);
    } else out.push(`${arg.name}: ${literal(r, arg.type)}`);
  }
  return out.length ? `(${out.join(', ')})` : '';
}

function selection(
  r: Rand,
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  depth: number,
  built: Built,
): string {
  if (isLeafType(type)) return '';
  if (isUnionType(type) || (isInterfaceType(type) && chance(r, 0.5))) {
    const possible = schema.getPossibleTypes(type as never);
    const parts = ['__typename'];
    for (const t of possible)
      if (chance(r, 0.4)) parts.push(`... on ${t.name} ${selection(r, schema, t, depth, built)}`);
    if (isInterfaceType(type)) parts.push(selectionBody(r, schema, type, depth, built));
    return `{ ${parts.join(' ')} }`;
  }
  return `{ ${selectionBody(r, schema, type, depth, built)} }`;
}

function selectionBody(
  r: Rand,
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  depth: number,
  built: Built,
): string {
  if (!isObjectType(type) && !isInterfaceType(type)) return '__typename';
  const fields = Object.values(type.getFields());
  const n = 1 + Math.floor(r() * Math.min(4, fields.length));
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const f = pick(r, fields);
    const named = getNamedType(f.type as GraphQLOutputType);
    const leaf = isLeafType(named);
    if (!leaf && depth <= 0) {
      parts.push('__typename');
      continue;
    }
    const alias = chance(r, 0.1) ? `a${i}_${Math.floor(r() * 1000)}: ` : '';
    parts.push(
      `${alias}${f.name}${args(r, f, built)} ${leaf ? '' : selection(r, schema, named, depth - 1, built)}`,
    );
  }
  return parts.join(' ');
}

function randomOperation(
  r: Rand,
  schema: GraphQLSchema,
): { query: string; variables: Record<string, unknown> } {
  const built: Built = { text: '', variables: {}, defs: [] };
  const mutation = chance(r, 0.05);
  const root = mutation ? schema.getMutationType() : schema.getQueryType();
  const body = selectionBody(r, schema, root as GraphQLNamedType, 1 + Math.floor(r() * 3), built);
  const head = `${mutation ? 'mutation' : 'query'} Fuzz${built.defs.length ? `(${built.defs.join(', ')})` : ''}`;
  return { query: `${head} { ${body} }`, variables: built.variables };
}

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
