// The API end to end over HTTP on a real Neo4j holding the seed file, loaded by the real
// extractor and loader (`akhbar load`).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useGraph } from '../support/graph.ts';
import { loadSeed } from './fixtures/seed.ts';
import { type RunningApi, startApi } from './support/api.ts';

const graph = useGraph();
let api: RunningApi;

beforeAll(async () => {
  await loadSeed(graph.driver, graph.database);
  api = await startApi({ driver: graph.driver, database: graph.database });
});
afterAll(() => api?.close());

type Named = {
  __typename: string;
  name?: string;
  description?: string;
  affiliation?: { name: string } | null;
};
type Edges<T> = {
  edges: { cursor: string; node: T }[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await api.gql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(res.status).toBe(200);
  return res.data as T;
}

describe('relationship queries on the seed', () => {
  test('statements about داعش come with their speakers (the Taliban, an unnamed Russian official) and outlets', async () => {
    const data = await ok<{
      entity: {
        name: string;
        statementsAbout: Edges<{
          kind: string;
          quote: string;
          speaker: Named | null;
          via: { name: string } | null;
        }>;
      };
      relayed: Edges<{ via: { name: string; nameEn: string } | null }>;
    }>(`{
      entity(name: "داعش") {
        name
        statementsAbout(first: 50) {
          totalCount
          edges { cursor node { kind quote via { name } speaker {
            __typename ... on Entity { name } ... on Source { description affiliation { name } } } } }
          pageInfo { hasNextPage endCursor }
        }
      }
      relayed: statements(filter: { via: "group:sunday-times" }, first: 50) {
        totalCount edges { cursor node { via { name nameEn } } } pageInfo { hasNextPage endCursor }
      }
    }`);
    expect(data.entity.name).toBe('داعش');
    const speakers = data.entity.statementsAbout.edges.map((e) => e.node.speaker);
    expect(speakers.some((s) => s?.__typename === 'Group' && s.name === 'طالبان')).toBe(true);
    expect(
      speakers.some(
        (s) =>
          s?.__typename === 'Source' && s.description?.includes('روسي') && s.affiliation?.name === 'روسيا',
      ),
    ).toBe(true);
    // The outlets relaying statements (the Sunday Times in the seed) are reachable the same way.
    expect(data.relayed.totalCount).toBeGreaterThan(0);
    expect(data.relayed.edges.every((e) => e.node.via?.nameEn === 'The Sunday Times')).toBe(true);
  });

  test("the Taliban's denials: statementsBy(kind: DENIED) on طالبان with the sentence as evidence", async () => {
    const data = await ok<{
      entity: {
        statementsBy: Edges<{
          kind: string;
          cue: string;
          sentence: string;
          evidence: { sentence: string; start: number; end: number; article: { text: string } };
        }>;
      };
    }>(`{ entity(name: "حركة طالبان") { statementsBy(kind: DENIED) { totalCount edges { cursor node {
      kind cue sentence evidence { sentence start end article { text } } } } pageInfo { hasNextPage endCursor } } } }`);
    const denials = data.entity.statementsBy.edges.map((e) => e.node);
    expect(denials.length).toBeGreaterThan(0);
    expect(denials.every((d) => d.kind === 'DENIED')).toBe(true);
    expect(denials.some((d) => d.cue === 'نفت' && d.sentence.includes('داعش'))).toBe(true);
    for (const d of denials) {
      expect(d.evidence.article.text.slice(d.evidence.start, d.evidence.end)).toContain(
        d.evidence.sentence.slice(0, 20),
      );
    }
  });

  test('a path between فلاديمير بوتين and داعش through statements, events or relations (≤ 4 hops)', async () => {
    const data = await ok<{
      paths: {
        length: number;
        nodes: { __typename: string; id: string; name?: string }[];
        edges: {
          type: string;
          from: string;
          to: string;
          evidence: { sentence: string; article: { id: string } }[];
        }[];
      }[];
    }>(`{ paths(from: { name: "فلاديمير بوتين" }, to: { name: "داعش" }, maxHops: 4, first: 5) {
      length nodes { __typename id ... on Entity { name } } edges { type from to evidence { sentence article { id } } } } }`);
    expect(data.paths.length).toBeGreaterThan(0);
    for (const p of data.paths) {
      expect(p.length).toBeLessThanOrEqual(4);
      expect(p.nodes[0]!.name).toBe('فلاديمير بوتين');
      expect(p.nodes.at(-1)!.name).toBe('داعش');
      expect(p.edges).toHaveLength(p.nodes.length - 1);
      // Consecutive nodes are joined by the edge between them (in either direction).
      p.edges.forEach((e, i) => {
        const pair = [p.nodes[i]!.id, p.nodes[i + 1]!.id].sort();
        expect([e.from, e.to].sort()).toEqual(pair);
        // Every step of the chain says where it comes from.
        expect(e.evidence.length, e.type).toBeGreaterThan(0);
        expect(e.evidence[0]!.sentence.length).toBeGreaterThan(0);
      });
      expect(p.nodes.some((n) => n.__typename === 'Article')).toBe(false);
    }
    // The shortest come first.
    const lengths = data.paths.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  test('maxHops over 4 is rejected with BAD_USER_INPUT', async () => {
    const res = await api.gql(
      `{ paths(from: { name: "بوتين" }, to: { name: "داعش" }, maxHops: 5) { length } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('the neighbourhood of باكستان contains كورام and the military operation, with drawable edges', async () => {
    const data = await ok<{
      neighborhood: {
        center: { id: string; name: string };
        nodes: { __typename: string; id: string; name?: string; type?: string }[];
        edges: { type: string; from: string; to: string }[];
      };
    }>(`{ neighborhood(name: "باكستان", depth: 2, limit: 100) {
      center { id ... on Entity { name } }
      nodes { __typename id ... on Entity { name } ... on Event { type } }
      edges { type from to } } }`);
    const n = data.neighborhood;
    expect(n.center.name).toBe('باكستان');
    expect(n.nodes.some((x) => x.name === 'كورام')).toBe(true);
    expect(n.nodes.some((x) => x.__typename === 'Event' && x.type === 'MILITARY_OPERATION')).toBe(true);
    const ids = new Set(n.nodes.map((x) => x.id));
    expect(n.edges.length).toBeGreaterThan(0);
    for (const e of n.edges) {
      expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    }
  });

  test('neighbourhood leaves articles out unless includeArticles, and then reaches them by their edges', async () => {
    type N = { neighborhood: { nodes: { __typename: string; id: string }[]; edges: { type: string }[] } };
    const q = (withArticles: boolean) =>
      ok<N>(
        `query ($a: Boolean!) { neighborhood(name: "باكستان", depth: 1, limit: 100, includeArticles: $a) {
          nodes { __typename id } edges { type } } }`,
        { a: withArticles },
      );
    const without = (await q(false)).neighborhood;
    const withArticles = (await q(true)).neighborhood;
    expect(without.nodes.some((x) => x.__typename === 'Article')).toBe(false);
    expect(without.edges.some((e) => e.type === 'MENTIONS')).toBe(false);
    expect(withArticles.nodes.filter((x) => x.__typename === 'Article').length).toBeGreaterThan(0);
    expect(withArticles.edges.some((e) => e.type === 'MENTIONS')).toBe(true);
    // Articles come on top of the structure, which stays: every structural neighbour is still there.
    const ids = new Set(withArticles.nodes.map((x) => x.id));
    expect(without.nodes.every((x) => ids.has(x.id))).toBe(true);
  });

  test("a relation's edge in a neighbourhood carries its evidence from the relation's records", async () => {
    const data = await ok<{
      neighborhood: {
        nodes: { id: string; name?: string }[];
        edges: {
          type: string;
          from: string;
          to: string;
          evidence: { sentence: string; article: { text: string } }[];
        }[];
      };
    }>(`{ neighborhood(name: "روسيا", depth: 1, limit: 30) {
      nodes { id ... on Entity { name } } edges { type from to evidence { sentence article { text } } } } }`);
    const name = (id: string) => data.neighborhood.nodes.find((n) => n.id === id)?.name;
    const leader = data.neighborhood.edges.find((e) => e.type === 'LEADER_OF');
    expect(leader && [name(leader.from), name(leader.to)]).toEqual(['فلاديمير بوتين', 'روسيا']);
    expect(leader!.evidence.length).toBeGreaterThan(0);
    for (const x of leader!.evidence) expect(x.article.text).toContain(x.sentence);
  });

  test('neighbourhood depth over 3 and limit over 100 are rejected', async () => {
    const deep = await api.gql(`{ neighborhood(name: "باكستان", depth: 4) { nodes { id } } }`);
    expect(deep.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const wide = await api.gql(`{ neighborhood(name: "باكستان", limit: 101) { nodes { id } } }`);
    expect(wide.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('search for "بوتين" and for "Putin" both return the Person', async () => {
    for (const query of ['بوتين', 'Putin']) {
      const data = await ok<{
        search: Edges<{ __typename: string; name: string; nameEn: string }> & { edges: { score: number }[] };
      }>(
        `query ($q: String!) { search(query: $q, first: 5) { totalCount edges { cursor score node { __typename ... on Entity { name nameEn } } } pageInfo { hasNextPage endCursor } } }`,
        { q: query },
      );
      const top = data.search.edges[0];
      expect(top?.node.__typename, query).toBe('Person');
      expect(top?.node.nameEn).toBe('Vladimir Putin');
      expect(top?.score).toBeGreaterThan(0);
    }
  });

  test('search escapes Lucene syntax and can be limited to types', async () => {
    const odd = await api.gql(`{ search(query: "بوتين) OR name:* AND \\"[") { totalCount } }`);
    expect(odd.errors).toBeUndefined();
    const people = await ok<{ search: { edges: { node: { __typename: string } }[] } }>(
      `{ search(query: "طالبان", types: [PERSON]) { edges { node { __typename } } } }`,
    );
    expect(people.search.edges.every((e) => e.node.__typename === 'Person')).toBe(true);
    const statements = await ok<{ search: { edges: { node: { __typename: string } }[] } }>(
      `{ search(query: "طالبان", types: [STATEMENT, GROUP]) { edges { node { __typename } } } }`,
    );
    const kinds = new Set(statements.search.edges.map((e) => e.node.__typename));
    expect(kinds.has('Statement') && kinds.has('Group')).toBe(true);
  });

  test('entity(name) accepts any Arabic spelling (hamza, ة/ه, diacritics, tatweel) and the English name', async () => {
    for (const name of [
      'فلاديمير بوتين',
      'فلاديمير بُوتِين',
      'فلاديـمير بوتين',
      'Vladimir Putin',
      'vladimir putin',
      'بوتين',
    ]) {
      const data = await ok<{ entity: { __typename: string; entityId: string } }>(
        'query ($n: String!) { entity(name: $n) { __typename entityId } }',
        { n: name },
      );
      expect(data.entity, name).toEqual({ __typename: 'Person', entityId: 'person:vladimir-putin' });
    }
    const afghan = await ok<{ entity: { entityId: string } }>('{ entity(name: "افغانستان") { entityId } }');
    expect(afghan.entity.entityId).toBe('country:af');
    const bad = await api.gql('{ node(id: "not a global id") { id } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await api.gql('{ entity(name: "لا أحد") { id } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  test('node and nodes resolve global ids; entity(id) accepts the global or the graph id', async () => {
    const first = await ok<{ entity: { id: string; entityId: string } }>(
      '{ entity(id: "country:pk") { id entityId } }',
    );
    expect(first.entity.entityId).toBe('country:pk');
    const again = await ok<{ node: { __typename: string; name: string }; nodes: ({ id: string } | null)[] }>(
      'query ($id: ID!) { node(id: $id) { __typename ... on Entity { name } } nodes(ids: [$id]) { id } }',
      { id: first.entity.id },
    );
    expect(again.node).toEqual({ __typename: 'Country', name: 'باكستان' });
    expect(again.nodes[0]?.id).toBe(first.entity.id);
  });

  test('cursors are stable: paging statements and people two at a time gives the single-page order, no overlap', async () => {
    for (const field of ['statements', 'people']) {
      const all = await ok<Record<string, Edges<{ id: string }>>>(
        `{ ${field}(first: 100) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      );
      const expected = all[field]!.edges.map((e) => e.node.id);
      expect(expected.length).toBe(all[field]!.totalCount);
      const paged: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 50; i++) {
        const page: Record<string, Edges<{ id: string }>> = await ok(
          `query ($after: String) { ${field}(first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        paged.push(...page[field]!.edges.map((e) => e.node.id));
        if (!page[field]!.pageInfo.hasNextPage) break;
        after = page[field]!.pageInfo.endCursor;
      }
      expect(paged, field).toEqual(expected);
      // The same cursor gives the same page again.
      const cursor = all[field]!.edges[1]!.cursor;
      const q = `query ($a: String) { ${field}(first: 2, after: $a) { edges { node { id } } } }`;
      const [a, b] = await Promise.all([
        ok<Record<string, Edges<{ id: string }>>>(q, { a: cursor }),
        ok<Record<string, Edges<{ id: string }>>>(q, { a: cursor }),
      ]);
      expect(a).toEqual(b);
    }
  });

  test('filters: events in a place (including places inside it), by type and participant; statements by kind', async () => {
    const data = await ok<{
      inPakistan: Edges<{ type: string; location: { name: string } | null }>;
      operations: Edges<{ type: string }>;
      withPutin: Edges<{ participants: { entity: { name: string } }[] }>;
      denied: Edges<{ kind: string }>;
    }>(`{
      inPakistan: events(filter: { place: "country:pk" }, first: 50) { totalCount edges { cursor node { type location { name } } } pageInfo { hasNextPage endCursor } }
      operations: events(filter: { type: MILITARY_OPERATION }) { totalCount edges { cursor node { type } } pageInfo { hasNextPage endCursor } }
      withPutin: events(filter: { participant: "person:vladimir-putin" }) { totalCount edges { cursor node { participants { entity { name } } } } pageInfo { hasNextPage endCursor } }
      denied: statements(filter: { kind: DENIED }) { totalCount edges { cursor node { kind } } pageInfo { hasNextPage endCursor } }
    }`);
    const places = data.inPakistan.edges.map((e) => e.node.location?.name);
    expect(places).toContain('باكستان');
    expect(places).toContain('كورام');
    expect(data.operations.edges.every((e) => e.node.type === 'MILITARY_OPERATION')).toBe(true);
    expect(data.operations.totalCount).toBeGreaterThan(0);
    expect(
      data.withPutin.edges.every((e) => e.node.participants.some((p) => p.entity.name === 'فلاديمير بوتين')),
    ).toBe(true);
    expect(data.denied.edges.every((e) => e.node.kind === 'DENIED')).toBe(true);
  });

  test('evidence is reachable from every node and relation and points into the article text', async () => {
    const data = await ok<{
      entity: {
        mentions: { text: string; start: number; end: number; sentence: string; article: { text: string } }[];
        relations: {
          type: string;
          evidence: { sentence: string; start: number; end: number; article: { text: string } }[];
        }[];
        events: Edges<{
          evidence: { sentence: string; start: number; end: number; article: { text: string } }[];
        }>;
        timeline: { kind: string; date: string | null }[];
        coMentioned: { entity: { name: string }; articles: number }[];
      };
    }>(`{ entity(name: "كورام") {
      mentions { text start end sentence article { text } }
      relations { type evidence { sentence start end article { text } } }
      events(role: LOCATION) { totalCount edges { cursor node { evidence { sentence start end article { text } } } } pageInfo { hasNextPage endCursor } }
      timeline { kind date }
      coMentioned(first: 5) { entity { name } articles }
    } }`);
    const e = data.entity;
    expect(e.mentions.length).toBeGreaterThan(0);
    for (const m of e.mentions) {
      expect(m.article.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.sentence).toContain(m.text);
    }
    expect(e.relations.some((r) => r.type === 'LOCATED_IN')).toBe(true);
    for (const r of e.relations) {
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const ev of r.evidence) expect(ev.article.text.slice(ev.start, ev.end)).toBe(ev.sentence);
    }
    expect(e.events.totalCount).toBeGreaterThan(0);
    for (const { node } of e.events.edges) {
      expect(node.evidence.length).toBeGreaterThan(0);
      for (const ev of node.evidence) expect(ev.article.text.slice(ev.start, ev.end)).toBe(ev.sentence);
    }
    expect(e.timeline.length).toBeGreaterThan(0);
    expect(e.coMentioned[0]!.articles).toBeGreaterThan(0);
    expect(e.coMentioned.map((c) => c.entity.name)).toContain('باكستان');
  });

  test('unnamed speakers show their side and the sentences where they speak', async () => {
    const data = await ok<{
      statements: Edges<{
        speaker: {
          __typename: string;
          description?: string;
          affiliation?: { name: string } | null;
          evidence?: { sentence: string }[];
        };
      }>;
    }>(
      `{ statements(first: 100) { totalCount edges { cursor node { speaker { __typename
        ... on Source { description affiliation { name } evidence { sentence } } } } } pageInfo { hasNextPage endCursor } } }`,
    );
    const sources = data.statements.edges
      .map((e) => e.node.speaker)
      .filter((s) => s?.__typename === 'Source');
    expect(sources.length).toBeGreaterThan(0);
    const russian = sources.find((s) => s.description === 'مسؤول روسي رفيع');
    expect(russian?.affiliation?.name).toBe('روسيا');
    expect(russian?.evidence?.some((e) => e.sentence.includes('مسؤول روسي رفيع'))).toBe(true);
  });

  test('stats count what the seed holds', async () => {
    const data = await ok<{
      stats: {
        articles: number;
        people: number;
        statements: number;
        events: number;
        relationships: { type: string; count: number }[];
      };
    }>('{ stats { articles people statements events relationships { type count } } }');
    expect(data.stats.articles).toBe(2);
    expect(data.stats.people).toBeGreaterThan(0);
    expect(data.stats.statements).toBeGreaterThan(0);
    expect(data.stats.relationships.find((r) => r.type === 'SAID_BY')?.count).toBe(data.stats.statements);
  });
});

describe('GraphiQL', () => {
  test('GET /graphql in a browser serves GraphiQL with the example operations', async () => {
    const res = await fetch(`${api.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('graphiql');
    expect(html).toContain('WhoDeniedWhat');
  });
});
