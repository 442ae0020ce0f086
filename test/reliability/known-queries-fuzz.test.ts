// Differential fuzzing of the known-queries lane (src/api/known-queries.ts): schema-random
// operations (graphql-fuzz's generator) and one query text with hostile variables, each request
// sent twice over HTTP to a server with the lane and to one without (the second time, the lane
// answers what yoga ran the first time). Statuses, headers but Date, and bodies must be the same.
// Replay with FUZZ_SEED=<seed> LANE_FUZZ_CASES=<n>.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/local-neo4j.ts';
import { loadSeed } from '../e2e/fixtures/seed.ts';
import { type RunningApi, startApi } from '../e2e/support/api.ts';
import { useGraph } from '../support/graph.ts';
import { chance, hostileString, prng, randomOperation, realIds } from './support/random-operations.ts';

const CASES = Number(process.env.LANE_FUZZ_CASES) || 400;
const SEED = Number(process.env.FUZZ_SEED) || 20261130;
const CONCURRENCY = 4;
const SEARCH =
  'query ($v: String!) { search(query: $v, first: 5) { totalCount edges { node { __typename id } } } }';

const graph = useGraph();
let schema: GraphQLSchema;
let yogaOnly: RunningApi;
let lane: RunningApi;

beforeAll(async () => {
  await loadSeed(graph.driver, graph.database);
  schema = buildSchema(readFileSync(join(PROJECT_ROOT, 'schema/schema.graphql'), 'utf8'));
  const options = {
    driver: graph.driver,
    database: graph.database,
    // Mutations are refused (the key is never sent), so nothing a case does changes the graph.
    apiKey: 'fuzz-key-not-sent',
    timeoutMs: 5_000,
    security: { introspection: true },
  };
  yogaOnly = await startApi({ ...options, knownQueries: false });
  lane = await startApi(options);
  const { records } = await graph.driver.executeQuery(
    'MATCH (n) WHERE n.id IS NOT NULL AND NOT n:Migration RETURN n.id AS id ORDER BY n.id LIMIT 40',
    {},
    { database: graph.database },
  );
  for (const rec of records) realIds.push(String(rec.get('id')));
}, 180_000);
afterAll(async () => {
  await yogaOnly?.close();
  await lane?.close();
});

async function send(api: RunningApi, body: string) {
  const res = await fetch(`${api.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
  });
  const headers = Object.fromEntries([...res.headers].filter(([name]) => name !== 'date'));
  return { status: res.status, headers, body: await res.text() };
}

describe('known-queries lane against yoga alone', () => {
  test(`${CASES} random operations and hostile variables, each twice: the same answers`, async () => {
    const mismatches: { case: number; request: string; yoga: unknown; lane: unknown }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < CASES) {
          const i = next++;
          const r = prng(SEED + i * 7919);
          const body = JSON.stringify(
            chance(r, 0.75)
              ? randomOperation(r, schema)
              : { query: SEARCH, variables: { v: hostileString(r) } },
          );
          for (let round = 0; round < 2; round++) {
            const expected = await send(yogaOnly, body);
            const got = await send(lane, body);
            if (JSON.stringify(got) !== JSON.stringify(expected))
              mismatches.push({ case: i, request: body.slice(0, 300), yoga: expected, lane: got });
          }
        }
      }),
    );
    const counts = lane.app.knownQueries!.counts;
    console.log(
      `[lane fuzz] seed ${SEED}: ${CASES} cases, lane answered ${counts.answered}, handed ${counts.handed} to yoga, ` +
        `mismatches ${mismatches.length}`,
    );
    for (const m of mismatches.slice(0, 5))
      console.log(`[lane fuzz] case ${m.case}: ${JSON.stringify(m).slice(0, 1500)}`);
    expect(mismatches).toEqual([]);
    // The lane must have taken part: most second sends of a query without errors are its.
    expect(counts.answered).toBeGreaterThan(CASES / 5);
    expect(counts.handed).toBeGreaterThan(0);
  }, 240_000);
});
