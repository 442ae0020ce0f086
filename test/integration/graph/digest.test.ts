// EntityDigest: what the loader keeps per entity (per channel: each kind of statement about it,
// the statements it made, its events, the sources tied to it; a count and the newest keys) must
// always equal what the articles in the graph imply, through batches, reloads, replace and
// delete; and the API's page of statements about an entity must be the same whether it is cut
// from the digest or sorted from every statement (the fallback beyond what the digest keeps).
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { compactCypher, GraphDb } from '../../../src/api/db.ts';
import { type StatementsAboutArgs, statementsAboutPages } from '../../../src/api/types/entity.loaders.ts';
import { PROJECT_ROOT } from '../../../src/db/local-neo4j.ts';
import { readMigrations } from '../../../src/db/migrate.ts';
import type { ArticleExtraction, StatementKind } from '../../../src/extract/contract.ts';
import { deleteArticle, refreshStaleDigests, writeArticles } from '../../../src/graph/writer.ts';
import { useGraph, wipeGraph } from '../../support/graph.ts';

const KEEP = 3;
const KINDS: StatementKind[] = ['said', 'denied', 'accused', 'warned'];
const DIGEST_PAGE = compactCypher(
  readFileSync(`${PROJECT_ROOT}/cypher/api/entity-statements-about.cypher`, 'utf8'),
);
const NEIGHBOURHOOD = readFileSync(`${PROJECT_ROOT}/cypher/api/neighborhood.cypher`, 'utf8');
const LEADER = 'person:digest-leader';
const SPEAKER = 'person:digest-speaker';
const LAND = 'country:digest-land';

/**
 * Article i: three statements about the leader (one also about the country), kinds cycling, dates
 * repeating so ties are broken by article id and offset; every fifth article undated, and one
 * statement per article without a located sentence (start null). A meeting with the leader in two
 * roles, in the country; on even articles, a fourth statement by an official of the country.
 */
function article(i: number): ArticleExtraction {
  const body = `نص الخبر رقم ${i}. قال القائد شيئا. نفى القائد شيئا آخر.`;
  const id = `digest-article-${String(i).padStart(3, '0')}`;
  const statement = (n: number, about: string[], located: boolean) => ({
    id: `st${n}`,
    speaker: { entityId: SPEAKER, description: null, affiliationId: null },
    via: null,
    cue: 'قال',
    kind: KINDS[(i + n) % KINDS.length] as StatementKind,
    quote: `قول ${i}-${n}`,
    sentence: located ? body.slice(0, 12 + n) : `جملة غير موجودة ${i}-${n}`,
    about,
    ...(located ? { start: n, end: 12 + n } : {}),
  });
  const official = {
    ...statement(4, [LEADER], false),
    speaker: { entityId: null, description: 'مسؤول', affiliationId: LAND },
  };
  const entity = (id: string, type: 'Person' | 'Country', name: string) => ({
    id,
    type,
    name,
    nameEn: null,
    aliases: [],
    mentions: [],
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
      entity(LEADER, 'Person', 'القائد'),
      entity(SPEAKER, 'Person', 'المتحدث'),
      entity(LAND, 'Country', 'البلد'),
    ],
    statements: [
      statement(1, [LEADER], true),
      statement(2, [LEADER, LAND], true),
      statement(3, [LEADER], false),
      ...(i % 2 === 0 ? [official] : []),
    ],
    events: [
      {
        id: 'ev1',
        type: 'Meeting',
        trigger: 'التقى',
        sentence: body,
        mentions: [],
        date: null,
        locationId: LAND,
        participants: [
          { entityId: LEADER, role: 'actor' },
          { entityId: LEADER, role: 'participant' },
        ],
        killed: null,
      },
    ],
    relations: [],
  };
}

/** Ascending with nulls last, as Cypher's ORDER BY; dates newest first, undated last. */
const asc = (x: string | number | null, y: string | number | null) =>
  x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
const newestFirst = (x: string | null, y: string | null) =>
  x === y ? 0 : x === null ? 1 : y === null ? -1 : x > y ? -1 : 1;

/** The digests these articles imply, worked out from the extractions alone (the test's oracle). */
function expectedDigests(articles: ArticleExtraction[], keep: number) {
  type Item = { channel: string; date: string | null; articleId: string; start: number | null; id: string };
  const items = new Map<string, Map<string, Item>>();
  const add = (entity: string, item: Item) => {
    const m = items.get(entity) ?? new Map<string, Item>();
    items.set(entity, m);
    m.set(`${item.channel}|${item.id}`, item);
  };
  for (const x of articles) {
    const at = { date: x.article.publishedAt ?? null, articleId: x.article.id };
    for (const s of x.statements) {
      const node = { ...at, id: `${x.article.id}:${s.id}`, start: s.start ?? null };
      for (const about of s.about) add(about, { ...node, channel: s.kind });
      if (s.speaker.entityId) add(s.speaker.entityId, { ...node, channel: '@said' });
    }
    // One unnamed source per article here (the official), the writer's first: source-1.
    if (x.statements.some((s) => s.speaker.affiliationId)) {
      add(LAND, { ...at, channel: '@affiliated', id: `${x.article.id}:source-1`, start: null });
    }
    for (const ev of x.events) {
      const node = { ...at, id: `${x.article.id}:${ev.id}`, start: null };
      for (const p of ev.participants) add(p.entityId, { ...node, channel: '@involves' });
      if (ev.locationId) add(ev.locationId, { ...node, channel: '@in' });
    }
  }
  return [...items.keys()].sort().map((entity) => {
    const list = [...items.get(entity)!.values()].sort(
      (a, b) =>
        asc(a.channel, b.channel) ||
        newestFirst(a.date, b.date) ||
        asc(a.articleId, b.articleId) ||
        asc(a.start, b.start) ||
        asc(a.id, b.id),
    );
    const counts: Record<string, number> = {};
    const floors: Record<string, string> = {};
    const latest: string[] = [];
    for (const it of list) {
      counts[it.channel] = (counts[it.channel] ?? 0) + 1;
      const key = [it.channel, it.date ?? '', it.articleId, it.start ?? '', it.id].join('\u001f');
      if (counts[it.channel]! <= keep) latest.push(key);
      // The floor: a channel's keep-th key once it has that many.
      if (counts[it.channel] === keep) floors[it.channel] = key;
      else floors[it.channel] ??= '';
    }
    return { entity, counts, floors, latest };
  });
}

describe('entity digests', () => {
  const graph = useGraph();
  const rows = async (cypher: string, params: Record<string, unknown> = {}) => {
    const { records } = await graph.driver.executeQuery(cypher, params, { database: graph.database });
    return records.map((r) => r.toObject());
  };
  /** A page of statements about an entity as the API's loader gets it (digest, else sorted). */
  const statementsAbout = async (id: string, args: Partial<StatementsAboutArgs>) => {
    const all: StatementsAboutArgs = {
      kind: null,
      offset: 0,
      limit: 10,
      speakers: false,
      via: false,
      sentences: false,
      locations: false,
      ...args,
    };
    const db = new GraphDb({ driver: graph.driver, database: graph.database });
    return (await statementsAboutPages(db, [id], all)).get(id)!;
  };
  /** Whether the digest query alone answers this page. */
  const fromDigest = async (id: string, kind: string | null, offset: number, limit: number) => {
    const [row] = await rows(DIGEST_PAGE, {
      ids: [id],
      kind,
      offset: neo4j.int(offset),
      limit: neo4j.int(limit),
      speakers: false,
      via: false,
      sentences: false,
      locations: false,
    });
    return row?.fromDigest;
  };
  const write = (xs: ArticleExtraction[], replace = false) =>
    writeArticles(graph.driver, xs, { database: graph.database, replace, digestKeep: KEEP });

  const stored = async () =>
    (
      await rows(
        'MATCH (d:EntityDigest) RETURN d.entityId AS entity, d.kinds AS kinds, d.counts AS counts, d.floors AS floors, d.latest AS latest ORDER BY entity',
      )
    ).map((d) => ({
      entity: d.entity as string,
      counts: Object.fromEntries((d.kinds as string[]).map((k, i) => [k, (d.counts as number[])[i]])),
      floors: Object.fromEntries((d.kinds as string[]).map((k, i) => [k, (d.floors as string[])[i]])),
      latest: d.latest as string[],
    }));

  it('equals what the articles in the graph imply after batches, a reload, replace and delete', async () => {
    await wipeGraph(graph.driver, graph.database);
    const all = Array.from({ length: 24 }, (_, i) => article(i + 1));
    await write(all.slice(0, 10));
    await write(all.slice(10, 17));
    await write(all.slice(17));
    let d = await stored();
    expect(d).toEqual(expectedDigests(all, KEEP));
    // Hand-counted: 3 statements about the leader per article (kinds cycling) and the official's
    // on even ones; one meeting per article however many roles; 72 statements by the speaker.
    expect(d.map((x) => [x.entity, x.counts])).toEqual([
      [LAND, { said: 6, denied: 6, accused: 6, warned: 6, '@in': 24, '@affiliated': 12 }],
      [LEADER, { said: 24, denied: 18, accused: 24, warned: 18, '@involves': 24 }],
      [SPEAKER, { '@said': 72 }],
    ]);

    await write(all.slice(5, 12)); // unchanged: nothing is counted twice
    await write(all.slice(2, 4), true);
    expect(await stored()).toEqual(expectedDigests(all, KEEP));

    // The newest article of a kind goes: its key leaves the digest and an older one takes its place.
    const remove = (id: string) =>
      deleteArticle(graph.driver, id, { database: graph.database, digestKeep: KEEP });
    expect(await remove('digest-article-023')).toBe(true);
    expect(await remove('digest-article-011')).toBe(true);
    d = await stored();
    const left = all.filter((x) => !['digest-article-023', 'digest-article-011'].includes(x.article.id));
    expect(d).toEqual(expectedDigests(left, KEEP));
    expect(d[0]?.counts).toEqual({ said: 6, denied: 4, accused: 6, warned: 6, '@in': 22, '@affiliated': 12 });
  });

  it('a bulk load marks digests stale, readers answer from the graph meanwhile, one refresh makes them exact', async () => {
    await wipeGraph(graph.driver, graph.database);
    const all = Array.from({ length: 24 }, (_, i) => article(i + 1));
    await writeArticles(graph.driver, all.slice(0, 12), { database: graph.database, digestKeep: KEEP });
    // The rest as akhbar load writes it: digests only marked.
    for (const batch of [all.slice(12, 18), all.slice(18)]) {
      await writeArticles(graph.driver, batch, {
        database: graph.database,
        digestKeep: KEEP,
        digests: 'defer',
      });
    }
    expect(await rows('MATCH (d:StaleDigest) RETURN d.entityId AS id ORDER BY id')).toEqual([
      { id: LAND },
      { id: LEADER },
      { id: SPEAKER },
    ]);
    // A stale digest is not trusted: the first page and its total come from the statements.
    expect(await fromDigest(LEADER, null, 0, 2)).toBe(false);
    const page = await statementsAbout(LEADER, { limit: 2 });
    expect(page.total).toBe(84);
    expect(page.items.map((s) => s.id)).toEqual(['digest-article-011:st1', 'digest-article-011:st2']);
    // Not asked for, the sentence and the location are not sent.
    expect(page.items.map((s) => [s.sentence, s.articleId, s.start])).toEqual([
      ['', null, null],
      ['', null, null],
    ]);
    expect(
      await refreshStaleDigests(graph.driver, { database: graph.database, digestKeep: KEEP, batch: 2 }),
    ).toBe(3);
    expect(await rows('MATCH (d:StaleDigest) RETURN count(d) AS n')).toEqual([{ n: 0 }]);
    expect(await stored()).toEqual(expectedDigests(all, KEEP));
  });

  it('builds, for a graph loaded before digests existed, what the loader would have kept (migration 003)', async () => {
    await wipeGraph(graph.driver, graph.database);
    const all = Array.from({ length: 60 }, (_, i) => article(i + 1));
    await writeArticles(graph.driver, all.slice(0, 30), { database: graph.database });
    await writeArticles(graph.driver, all.slice(30), { database: graph.database });
    const loaded = await stored();
    expect(loaded).toEqual(expectedDigests(all, 50));
    // 60 said and accused statements about the leader, 50 of each kept.
    expect(loaded.find((x) => x.entity === LEADER)?.latest).toHaveLength(50 + 45 + 50 + 45 + 50);
    await rows('MATCH (d:EntityDigest) DELETE d');
    const migration = readMigrations().find((m) => m.id.startsWith('003'));
    for (const statement of migration?.statements ?? []) await rows(statement);
    expect(await stored()).toEqual(loaded);
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
    let cut = 0;
    for (const id of [LEADER, LAND, SPEAKER]) {
      for (const kind of [null, ...KINDS, 'other']) {
        for (const [offset, limit] of [
          [0, 1],
          [0, 3],
          [0, 10],
          [2, 1],
          [3, 5],
          [70, 10],
        ] as const) {
          const at = `${id} ${kind} ${offset}+${limit}`;
          const [want] = await rows(reference, {
            id,
            kind,
            offset: neo4j.int(offset),
            limit: neo4j.int(limit),
          });
          const args = { kind, offset, limit, speakers: true, via: true, sentences: true, locations: true };
          const got = await statementsAbout(id, args);
          expect({ total: got.total, page: got.items.map((s) => s.id) }, at).toEqual(want);
          for (const s of got.items) {
            expect(s.sentence, s.id).toMatch(/\S/);
            expect(s.articleId, s.id).toBe(s.id.split(':')[0]);
            expect(s.speaker?.id, s.id).toBe(
              s.id.endsWith(':st4') ? `${s.id.slice(0, -4)}:source-1` : SPEAKER,
            );
            expect(s.via, s.id).toBeNull();
          }
          const digest = await fromDigest(id, kind, offset, limit);
          if (offset + limit <= KEEP) expect(digest, at).toBe(true);
          if (digest) cut += 1;
        }
      }
    }
    expect(cut).toBeGreaterThan(0);
  });

  it('gives the same neighbourhood, entities first then newest first, from the digest as from every relationship', async () => {
    const all = Array.from({ length: 24 }, (_, i) => article(i + 1));
    const rings = async () => {
      const out: Record<string, string[]> = {};
      for (const id of [LEADER, LAND, SPEAKER]) {
        for (const [depth, limit] of [
          [1, 6],
          [1, 40],
          [2, 30],
          [2, 51],
        ] as const) {
          const [row] = await rows(NEIGHBOURHOOD, {
            id,
            depth: neo4j.int(depth),
            limit: neo4j.int(limit),
            full: false,
            props: false,
          });
          out[`${id} ${depth} ${limit}`] = ((row?.nodes ?? []) as { id: string }[]).map((n) => n.id);
        }
      }
      return out;
    };
    await wipeGraph(graph.driver, graph.database);
    await writeArticles(graph.driver, all, { database: graph.database }); // digests complete: cut from them
    const fromDigest = await rings();
    await wipeGraph(graph.driver, graph.database);
    await write(all); // 3 kept per channel: every ring of more than 4 nodes reads every relationship
    expect(await rings()).toEqual(fromDigest);
    // The speaker's ring 1: its statements, newest article first (2024-03-13, the latest date, is
    // that of articles 11 and 23; ties go by article id, then offset).
    expect(fromDigest[`${SPEAKER} 1 6`]).toEqual([
      SPEAKER,
      'digest-article-011:st1',
      'digest-article-011:st2',
      'digest-article-011:st3',
      'digest-article-023:st1',
      'digest-article-023:st2',
    ]);
    // The country's: the meetings in it, statements about it and its officials, newest first.
    // The country's: statements about it and the meetings in it, by date, then article, then
    // offset (an event has none, so it follows the statement of its article).
    expect(fromDigest[`${LAND} 1 6`]).toEqual([
      LAND,
      'digest-article-011:st2',
      'digest-article-011:ev1',
      'digest-article-023:st2',
      'digest-article-023:ev1',
      'digest-article-002:st2',
    ]);
    expect(fromDigest[`${LEADER} 2 51`]).toHaveLength(51);
  });

  it('answers pages within what the digest keeps from the digest, and only later pages from the graph', async () => {
    await wipeGraph(graph.driver, graph.database);
    await write(Array.from({ length: 24 }, (_, i) => article(i + 1)));
    const page = async (kind: string | null, offset: number, limit: number) => {
      const got = await statementsAbout(LEADER, { kind, offset, limit });
      return { total: got.total, ids: got.items.map((s) => s.id) };
    };
    const before = {
      all: await page(null, 0, KEEP),
      said: await page('said', 1, KEEP - 1),
      deep: await page('said', KEEP, 2),
    };
    expect(before.all.ids).toHaveLength(KEEP);
    expect(before.deep.ids).toHaveLength(2);
    expect(await fromDigest(LEADER, 'said', KEEP, 2)).toBe(false);
    // Take the statements' ABOUT links away behind the digest's back: only a page cut from the
    // digest's keys can still name them; a page sorted from the graph finds nothing.
    await rows(`MATCH (:Statement)-[r:ABOUT]->(:Entity {id: $id}) DELETE r`, { id: LEADER });
    expect(await page(null, 0, KEEP)).toEqual(before.all);
    expect(await page('said', 1, KEEP - 1)).toEqual(before.said);
    expect(await page('said', KEEP, 2)).toEqual({ total: 0, ids: [] });
  });

  it("cuts a neighbourhood's first ring from the digest when it names enough, and reads the graph otherwise", async () => {
    await wipeGraph(graph.driver, graph.database);
    await write(Array.from({ length: 24 }, (_, i) => article(i + 1))); // KEEP (3) per channel
    const ring = async (limit: number) => {
      const [row] = await rows(NEIGHBOURHOOD, {
        id: SPEAKER,
        depth: neo4j.int(1),
        limit: neo4j.int(limit),
        full: false,
        props: false,
      });
      return ((row?.nodes ?? []) as { id: string }[]).map((n) => n.id);
    };
    const small = await ring(KEEP + 1); // room for KEEP: within what the digest names
    const large = await ring(KEEP + 3);
    expect(small).toHaveLength(KEEP + 1);
    expect(large).toHaveLength(KEEP + 3);
    // Take the speaker's SAID_BY links away behind the digest's back: the small ring still comes
    // from the digest's keys, the large one is read from the graph and finds only the speaker.
    await rows('MATCH (:Statement)-[r:SAID_BY]->(:Entity {id: $id}) DELETE r', { id: SPEAKER });
    expect(await ring(KEEP + 1)).toEqual(small);
    expect(await ring(KEEP + 3)).toEqual([SPEAKER]);
  });
});
