// The benchmark's operations (bench/api/operations.ts) are one Cypher statement each when asked by
// id: the entity card's statements come with their entity and speakers, a path query looks its
// ends up itself, a full-text search needs no second query. And the answers are the same as by
// the longer way round (names, which need their own lookup first).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useGraph } from '../support/graph.ts';
import { loadSeed } from './fixtures/seed.ts';
import { countingDriver, type RunningApi, startApi } from './support/api.ts';

const graph = useGraph();
let api: RunningApi;
let queries: string[];
let isis: string;
let putin: string;

beforeAll(async () => {
  await loadSeed(graph.driver, graph.database);
  const counting = countingDriver(graph.driver);
  queries = counting.queries;
  api = await startApi({ driver: counting.driver, database: graph.database });
  isis = (await ok<{ entity: { entityId: string } }>(`{ entity(name: "داعش") { entityId } }`)).entity
    .entityId;
  putin = (await ok<{ entity: { entityId: string } }>(`{ entity(name: "فلاديمير بوتين") { entityId } }`))
    .entity.entityId;
});
afterAll(() => api?.close());

async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await api.gql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

async function counted<T>(
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ data: T; count: number }> {
  queries.length = 0;
  const data = await ok<T>(query, variables);
  return { data, count: queries.length };
}

const CARD = `{ name statementsAbout(first: 10) { totalCount edges { cursor node { id quote kind cue
  speaker { __typename ... on Entity { id name } ... on Source { id description } } via { name } } } } }`;

describe('one statement per request', () => {
  test('entity card by id: the entity, its newest statements and their speakers in one query, same answer as by name', async () => {
    const byId = await counted<{ entity: unknown }>(`query ($id: ID!) { entity(id: $id) ${CARD} }`, {
      id: isis,
    });
    expect(byId.count).toBe(1);
    const byName = await counted<{ entity: unknown }>(`{ entity(name: "داعش") ${CARD} }`);
    expect(byName.data).toEqual(byId.data);
    const card = byId.data.entity as {
      statementsAbout: { totalCount: number; edges: { node: { speaker: unknown } }[] };
    };
    expect(card.statementsAbout.totalCount).toBeGreaterThan(0);
    expect(card.statementsAbout.edges.some((e) => e.node.speaker !== null)).toBe(true);
  });

  test('statements about X of a kind, through fragments and variables: one query', async () => {
    const { data, count } = await counted<{ entity: { statementsAbout: { totalCount: number } } }>(
      `query ($id: ID!, $n: Int) { entity(id: $id) { ...card } }
       fragment card on Entity { entityId statementsAbout(kind: DENIED, first: $n) { totalCount edges { node { id quote sentence } } } }`,
      { id: isis, n: 20 },
    );
    expect(count).toBe(1);
    const all = await ok<{ entity: { statementsAbout: { edges: { node: { kind: string } }[] } } }>(
      `{ entity(name: "داعش") { statementsAbout(first: 100) { edges { node { kind } } } } }`,
    );
    expect(data.entity.statementsAbout.totalCount).toBe(
      all.entity.statementsAbout.edges.filter((e) => e.node.kind === 'DENIED').length,
    );
    // The sentence is fetched only when selected: directly, or through evidence in a fragment.
    const withSentences = await ok<{
      entity: { statementsAbout: { edges: { node: { quote: string; sentence: string } }[] } };
    }>(`{ entity(name: "داعش") { statementsAbout(first: 20) { edges { node { quote sentence } } } } }`);
    const viaEvidence = await ok<{
      entity: { statementsAbout: { edges: { node: { evidence: { sentence: string } | null } }[] } };
    }>(`{ entity(name: "داعش") { statementsAbout(first: 20) { edges { node { ...ev } } } } }
        fragment ev on Statement { evidence { sentence } }`);
    const sentences = withSentences.entity.statementsAbout.edges.map((e) => e.node.sentence);
    expect(sentences.length).toBeGreaterThan(0);
    for (const e of withSentences.entity.statementsAbout.edges)
      expect(e.node.sentence).toContain(e.node.quote);
    expect(viaEvidence.entity.statementsAbout.edges.map((e) => e.node.evidence?.sentence)).toEqual(sentences);
  });

  test('a page fetches only what its statements select, and each part answers as it does elsewhere', async () => {
    const PARTS: Record<string, string> = {
      speaker: 'speaker { __typename ... on Entity { entityId } ... on Source { description } }',
      via: 'via { entityId }',
      article: 'article { id }',
      evidence: 'evidence { text start end sentence }',
    };
    const FIELDS = `id ${Object.values(PARTS).join(' ')}`;
    type Node = { id: string; speaker: unknown; via: unknown; article: unknown; evidence: unknown };
    // The same fields through the statements list (whole nodes, speakers by their own loader).
    const listed = await ok<{ statements: { edges: { node: Node }[] } }>(
      `query ($id: ID!) { statements(filter: { about: $id }, first: 100) { edges { node { ${FIELDS} } } } }`,
      { id: isis },
    );
    const want = new Map(listed.statements.edges.map((e) => [e.node.id, e.node]));
    expect(want.size).toBeGreaterThan(3);
    expect([...want.values()].filter((n) => n.evidence !== null).length).toBeGreaterThan(0);
    // Each part alone, then all at once: one query whatever is selected, and the same values (an
    // article is loaded by its own loader: a second query).
    for (const part of ['speaker', 'via', 'article', 'evidence', 'all']) {
      const selection = part === 'all' ? FIELDS : `id ${PARTS[part]}`;
      const { data, count } = await counted<{ entity: { statementsAbout: { edges: { node: Node }[] } } }>(
        `query ($id: ID!) { entity(id: $id) { statementsAbout(first: 100) { edges { node { ${selection} } } } } }`,
        { id: isis },
      );
      expect(count, part).toBe(part === 'article' || part === 'all' ? 2 : 1);
      const nodes = data.entity.statementsAbout.edges.map((e) => e.node);
      expect(nodes.length, part).toBe(want.size);
      for (const node of nodes) {
        const expected = want.get(node.id)!;
        for (const [key, value] of Object.entries(node))
          expect(value, `${part} ${node.id} ${key}`).toEqual(expected[key as keyof Node]);
      }
    }
  });

  test('cursors: the next page starts after endCursor, and each edge carries its own cursor', async () => {
    type Page = {
      edges: { cursor: string; node: { id: string } }[];
      pageInfo: { startCursor: string | null; endCursor: string | null; hasNextPage: boolean };
    };
    const page = async (first: number, after: string | null) =>
      (
        await ok<{ entity: { statementsAbout: Page } }>(
          `query ($id: ID!, $first: Int, $after: String) { entity(id: $id) { statementsAbout(first: $first, after: $after) {
            edges { cursor node { id } } pageInfo { startCursor endCursor hasNextPage } } } }`,
          { id: isis, first, after },
        )
      ).entity.statementsAbout;
    const four = await page(4, null);
    const first = await page(2, null);
    const second = await page(2, first.pageInfo.endCursor);
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual(four.edges.map((e) => e.node.id));
    expect(second.edges.map((e) => e.cursor)).toEqual(four.edges.slice(2).map((e) => e.cursor));
    expect(first.pageInfo).toEqual({
      startCursor: four.edges[0]!.cursor,
      endCursor: four.edges[1]!.cursor,
      hasNextPage: true,
    });
    expect(new Set(four.edges.map((e) => e.cursor)).size).toBe(4);
  });

  test('an unknown id is still NOT_FOUND, with or without statements selected', async () => {
    for (const selection of ['{ name }', '{ name statementsAbout(first: 10) { totalCount } }']) {
      const res = await api.gql(`{ entity(id: "person:nobody") ${selection} }`);
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  test('shortest path by ids: one query, the same paths as by names; an unknown end is NOT_FOUND', async () => {
    // Edge evidence of events is fetched by the event loader, a second query: not asked here.
    const PATH = `{ length nodes { id __typename ... on Entity { name } ... on Statement { kind quote } } edges { type from to role } }`;
    const byId = await counted<{ paths: unknown[] }>(
      `query ($a: ID!, $b: ID!) { paths(from: { id: $a }, to: { id: $b }, maxHops: 4, first: 5) ${PATH} }`,
      { a: putin, b: isis },
    );
    expect(byId.count).toBe(1);
    expect(byId.data.paths.length).toBeGreaterThan(0);
    const byName = await ok<{ paths: unknown[] }>(
      `{ paths(from: { name: "فلاديمير بوتين" }, to: { name: "داعش" }, maxHops: 4, first: 5) ${PATH} }`,
    );
    expect(byName.paths).toEqual(byId.data.paths);
    const EVIDENCE = `{ edges { evidence { sentence } } }`;
    const withEvidence = await ok<{ paths: unknown[] }>(
      `query ($a: ID!, $b: ID!) { paths(from: { id: $a }, to: { id: $b }, maxHops: 4, first: 5) ${EVIDENCE} }`,
      { a: putin, b: isis },
    );
    expect(withEvidence.paths).toEqual(
      (
        await ok<{ paths: unknown[] }>(
          `{ paths(from: { name: "فلاديمير بوتين" }, to: { name: "داعش" }, maxHops: 4, first: 5) ${EVIDENCE} }`,
        )
      ).paths,
    );
    // Asking only for ids gives the same chains.
    const lean = await ok<{ paths: { nodes: { id: string }[]; edges: { type: string }[] }[] }>(
      `query ($a: ID!, $b: ID!) { paths(from: { id: $a }, to: { id: $b }, first: 5) { nodes { id } edges { type from to } } }`,
      { a: putin, b: isis },
    );
    const full = byId.data.paths as { nodes: { id: string }[]; edges: { type: string }[] }[];
    expect(lean.paths.map((p) => p.nodes.map((n) => n.id))).toEqual(
      full.map((p) => p.nodes.map((n) => n.id)),
    );
    for (const [from, to] of [
      ['person:nobody', isis],
      [putin, 'person:nobody'],
    ]) {
      const res = await api.gql(
        `query ($a: ID!, $b: ID!) { paths(from: { id: $a }, to: { id: $b }) { length } }`,
        {
          a: from,
          b: to,
        },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  test('neighbourhood: ids-only and full selections draw the same graph; the full one has names and evidence', async () => {
    type Hood = {
      neighborhood: {
        center: { id: string; name?: string };
        nodes: { id: string; __typename: string; name?: string }[];
        edges: { type: string; from: string; to: string; evidence?: { sentence: string | null }[] }[];
      };
    };
    const lean = await ok<Hood>(
      `query ($id: ID!) { neighborhood(id: $id, depth: 2, limit: 50) { center { id } nodes { id __typename } edges { type from to } } }`,
      { id: isis },
    );
    const full = await ok<Hood>(
      `query ($id: ID!) { neighborhood(id: $id, depth: 2, limit: 50) { center { id ... on Entity { name } }
        nodes { id __typename ... on Entity { name } } edges { type from to evidence { sentence } } } }`,
      { id: isis },
    );
    const shape = (h: Hood) => ({
      center: h.neighborhood.center.id,
      nodes: h.neighborhood.nodes.map((n) => `${n.__typename} ${n.id}`),
      edges: h.neighborhood.edges.map((e) => `${e.type} ${e.from} ${e.to}`),
    });
    expect(shape(lean)).toEqual(shape(full));
    expect(full.neighborhood.center.name).toBe('داعش');
    const entities = full.neighborhood.nodes.filter((n) => n.name !== undefined);
    expect(entities.length).toBeGreaterThan(1);
    expect(entities.every((n) => n.name && n.name !== n.id)).toBe(true);
    expect(full.neighborhood.edges.some((e) => (e.evidence ?? []).some((x) => x.sentence))).toBe(true);
  });

  test('entity search: one query once the index list is known', async () => {
    const SEARCH = `{ search(query: "داعش", types: [PERSON, GROUP, COUNTRY, PLACE], first: 10) { totalCount edges { score node { id ... on Entity { name } } } } }`;
    await ok(SEARCH);
    const { data, count } = await counted<{
      search: { totalCount: number; edges: { node: { name: string } }[] };
    }>(SEARCH);
    expect(count).toBe(1);
    expect(data.search.edges[0]?.node.name).toBe('داعش');
  });
});
