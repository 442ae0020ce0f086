// StatementDigest: what the loader keeps per entity (counts per kind, newest keys per kind) must
// always equal what the statements in the graph say, through batches, reloads, replace and delete;
// and the API's page of statements about an entity must be the same whether it is cut from the
// digest or sorted from every statement (the fallback for pages beyond what the digest keeps).
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/db/local-neo4j.ts';
import { readMigrations } from '../../../src/db/migrate.ts';
import type { ArticleExtraction, StatementKind } from '../../../src/extract/contract.ts';
import { deleteArticle, writeArticles } from '../../../src/graph/writer.ts';
import { useGraph, wipeGraph } from '../../support/graph.ts';

const KEEP = 3;
const KINDS: StatementKind[] = ['said', 'denied', 'accused', 'warned'];
const PAGE_QUERY = readFileSync(`${PROJECT_ROOT}/cypher/api/entity-statements-about.cypher`, 'utf8');

/**
 * Article i: three statements about the leader (one also about the country), kinds cycling, dates
 * repeating so ties are broken by article id and offset; every fifth article undated, and one
 * statement per article without a located sentence (start null).
 */
function article(i: number): ArticleExtraction {
  const body = `نص الخبر رقم ${i}. قال القائد شيئا. نفى القائد شيئا آخر.`;
  const id = `digest-article-${String(i).padStart(3, '0')}`;
  const statement = (n: number, about: string[], located: boolean) => ({
    id: `st${n}`,
    speaker: { entityId: 'person:digest-speaker', description: null, affiliationId: null },
    via: null,
    cue: 'قال',
    kind: KINDS[(i + n) % KINDS.length] as StatementKind,
    quote: `قول ${i}-${n}`,
    sentence: located ? body.slice(0, 12 + n) : `جملة غير موجودة ${i}-${n}`,
    about,
    ...(located ? { start: n, end: 12 + n } : {}),
  });
  return {
    article: {
      id,
      title: `خبر ${i}`,
      publishedAt: i % 5 === 0 ? null : `2024-0${1 + (i % 3)}-1${i % 4}`,
      source: 'test',
      body,
    },
    entities: [
      { id: 'person:digest-leader', type: 'Person', name: 'القائد', nameEn: null, aliases: [], mentions: [] },
      {
        id: 'person:digest-speaker',
        type: 'Person',
        name: 'المتحدث',
        nameEn: null,
        aliases: [],
        mentions: [],
      },
      { id: 'country:digest-land', type: 'Country', name: 'البلد', nameEn: null, aliases: [], mentions: [] },
    ],
    statements: [
      statement(1, ['person:digest-leader'], true),
      statement(2, ['person:digest-leader', 'country:digest-land'], true),
      statement(3, ['person:digest-leader'], false),
    ],
    events: [],
    relations: [],
  };
}

describe('statement digests', () => {
  const graph = useGraph();
  const rows = async (cypher: string, params: Record<string, unknown> = {}) => {
    const { records } = await graph.driver.executeQuery(cypher, params, { database: graph.database });
    return records.map((r) => r.toObject());
  };
  const write = (xs: ArticleExtraction[], replace = false) =>
    writeArticles(graph.driver, xs, { database: graph.database, replace, digestKeep: KEEP });

  /** Every digest as it is stored, and as the statements in the graph say it should be. */
  async function digests() {
    const stored = await rows(
      `MATCH (d:StatementDigest) RETURN d.entityId AS entity, d.kinds AS kinds, d.counts AS counts, d.latest AS latest
       ORDER BY entity`,
    );
    const truth = await rows(
      `MATCH (s:Statement)-[:ABOUT]->(e:Entity)
       MATCH (s)-[:IN_ARTICLE]->(a:Article)
       RETURN e.id AS entity, s.kind AS kind, a.publishedAt AS date, s.articleId AS articleId, s.start AS start, s.id AS id`,
    );
    const byEntity = new Map<string, Map<string, Record<string, unknown>[]>>();
    for (const t of truth) {
      const kinds = byEntity.get(t.entity as string) ?? new Map();
      byEntity.set(t.entity as string, kinds);
      kinds.set(t.kind as string, [...(kinds.get(t.kind as string) ?? []), t]);
    }
    // Ascending with nulls last, as Cypher's ORDER BY; dates newest first, undated last.
    const cmp = (x: string | number | null, y: string | number | null) =>
      x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
    const newestFirst = (x: string | null, y: string | null) =>
      x === y ? 0 : x === null ? 1 : y === null ? -1 : x > y ? -1 : 1;
    const expected = [...byEntity.keys()].sort().map((entity) => {
      const kinds = byEntity.get(entity)!;
      const sorted = [...kinds.keys()]
        .sort()
        .map((kind) =>
          kinds
            .get(kind)!
            .sort(
              (a, b) =>
                newestFirst(a.date as string | null, b.date as string | null) ||
                cmp(a.articleId as string, b.articleId as string) ||
                cmp(a.start as number | null, b.start as number | null) ||
                cmp(a.id as string, b.id as string),
            ),
        );
      return {
        entity,
        counts: Object.fromEntries(sorted.map((list) => [list[0]!.kind, list.length])),
        latest: sorted.flatMap((list) =>
          list
            .slice(0, KEEP)
            .map((t) => [t.kind, t.date ?? '', t.articleId, t.start ?? '', t.id].join('\u001f')),
        ),
      };
    });
    return {
      stored: stored.map((d) => ({
        entity: d.entity,
        counts: Object.fromEntries((d.kinds as string[]).map((k, i) => [k, (d.counts as number[])[i]])),
        latest: d.latest as string[],
      })),
      expected,
    };
  }

  it('equals a recount of the graph after batches, a reload, replace and delete', async () => {
    await wipeGraph(graph.driver, graph.database);
    const all = Array.from({ length: 24 }, (_, i) => article(i + 1));
    await write(all.slice(0, 10));
    await write(all.slice(10, 17));
    await write(all.slice(17));
    let d = await digests();
    expect(d.stored).toEqual(d.expected);
    // 24 articles × 3 statements about the leader, 24 about the country.
    expect(d.stored.find((x) => x.entity === 'person:digest-leader')?.counts).toEqual({
      said: 18,
      denied: 18,
      accused: 18,
      warned: 18,
    });
    expect(d.stored.map((x) => x.entity)).toEqual(['country:digest-land', 'person:digest-leader']);

    await write(all.slice(5, 12)); // unchanged: nothing is counted twice
    await write(all.slice(2, 4), true);
    d = await digests();
    expect(d.stored).toEqual(d.expected);

    // The newest article of a kind goes: its key leaves the digest and an older one takes its place.
    expect(
      await deleteArticle(graph.driver, 'digest-article-023', { database: graph.database, digestKeep: KEEP }),
    ).toBe(true);
    expect(
      await deleteArticle(graph.driver, 'digest-article-011', { database: graph.database, digestKeep: KEEP }),
    ).toBe(true);
    d = await digests();
    expect(d.stored).toEqual(d.expected);
    expect(d.stored.find((x) => x.entity === 'country:digest-land')?.counts).toEqual({
      said: 6,
      denied: 4,
      accused: 6,
      warned: 6,
    });
  });

  it('builds, for a graph loaded before digests existed, what the loader would have kept (migration 003)', async () => {
    await wipeGraph(graph.driver, graph.database);
    const all = Array.from({ length: 60 }, (_, i) => article(i + 1));
    await writeArticles(graph.driver, all.slice(0, 30), { database: graph.database });
    await writeArticles(graph.driver, all.slice(30), { database: graph.database });
    const fetch = () =>
      rows(
        'MATCH (d:StatementDigest) RETURN d.entityId AS entity, d.kinds AS kinds, d.counts AS counts, d.latest AS latest ORDER BY entity',
      );
    const loaded = await fetch();
    // 60 articles × 3 statements: 45 of each kind about the leader, 50 kept of none.
    expect(loaded.find((d) => d.entity === 'person:digest-leader')?.counts).toEqual([45, 45, 45, 45]);
    const leader = loaded.find((d) => d.entity === 'person:digest-leader');
    expect(leader?.latest).toHaveLength(4 * 45);
    await rows('MATCH (d:StatementDigest) DELETE d');
    const migration = readMigrations().find((m) => m.id.startsWith('003'));
    for (const statement of migration?.statements ?? []) await rows(statement);
    expect(await fetch()).toEqual(
      // Kinds come in the order the migration sorts them, the loader in the order it met them.
      loaded.map((d) => {
        const order = (d.kinds as string[])
          .map((k, i) => [k, i] as const)
          .sort((a, b) => (a[0] < b[0] ? -1 : 1));
        return {
          ...d,
          kinds: order.map(([k]) => k),
          counts: order.map(([, i]) => (d.counts as number[])[i]),
          latest: d.latest,
        };
      }),
    );
  });

  it('leaves no digest behind for an entity nothing is said about any more', async () => {
    await wipeGraph(graph.driver, graph.database);
    await write([article(1), article(2)]);
    await deleteArticle(graph.driver, 'digest-article-001', { database: graph.database, digestKeep: KEEP });
    await deleteArticle(graph.driver, 'digest-article-002', { database: graph.database, digestKeep: KEEP });
    expect(await rows('MATCH (n) WHERE NOT n:Migration RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });

  it('gives the API the same pages from the digest as from sorting every statement', async () => {
    await wipeGraph(graph.driver, graph.database);
    await write(Array.from({ length: 24 }, (_, i) => article(i + 1)));
    // The reference: the page as the API built it before digests, from every statement.
    const reference = `
      MATCH (s:Statement)-[:ABOUT]->(:Entity {id: $id})
      WHERE $kind IS NULL OR s.kind = $kind
      MATCH (s)-[:IN_ARTICLE]->(a:Article)
      WITH s, a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, s.articleId, s.start, s.id
      WITH collect(s.id) AS ids
      RETURN size(ids) AS total, ids[$offset..$offset + $limit] AS page`;
    let fromDigest = 0;
    for (const id of ['person:digest-leader', 'country:digest-land', 'person:digest-speaker']) {
      for (const kind of [null, ...KINDS, 'other']) {
        for (const [offset, limit] of [
          [0, 1],
          [0, 3],
          [0, 10],
          [2, 1],
          [3, 5],
          [70, 10],
        ] as const) {
          const params = {
            id,
            ids: [id],
            kind,
            offset: neo4j.int(offset),
            limit: neo4j.int(limit),
            speakers: true,
          };
          const [want] = await rows(reference, params);
          const got = await rows(PAGE_QUERY, params);
          expect(got, `${id} ${kind} ${offset}+${limit}`).toHaveLength(1);
          const page = got[0]!.page as { id: string; __speakers: { speaker: { id: string } } }[];
          expect(
            { total: got[0]!.total, page: page.map((s) => s.id) },
            `${id} ${kind} ${offset}+${limit}`,
          ).toEqual(want);
          for (const s of page) expect(s.__speakers.speaker.id).toBe('person:digest-speaker');
          if (offset + limit <= KEEP) fromDigest += 1;
        }
      }
    }
    expect(fromDigest).toBeGreaterThan(0);
  });
});
