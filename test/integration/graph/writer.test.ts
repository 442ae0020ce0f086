import { describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../../src/extract/contract.ts';
import { expectedCounts, graphCounts } from '../../../src/graph/counts.ts';
import { deleteArticle, writeArticles } from '../../../src/graph/writer.ts';
import { useGraph, wipeGraph } from '../../support/graph.ts';
import { articleA, articleB } from './fixtures.ts';

describe('graph writer', () => {
  const graph = useGraph();
  const write = (xs: ArticleExtraction[], replace = false) =>
    writeArticles(graph.driver, xs, { database: graph.database, replace });
  const counts = () => graphCounts(graph.driver, graph.database);
  const one = async (cypher: string, params: Record<string, unknown> = {}) => {
    const { records } = await graph.driver.executeQuery(cypher, params, { database: graph.database });
    return records.map((r) => r.toObject());
  };

  it('writes exactly the nodes and relationships the extractions imply, and nothing more when written again', async () => {
    await wipeGraph(graph.driver, graph.database);
    const first = await write([articleA(), articleB()]);
    expect(first.written).toEqual(['test-article-a', 'test-article-b']);
    expect(first.warnings).toEqual([
      "test-article-a: statement st1 about entity:undeclared is not among the article's entities; dropped",
    ]);
    const expected = expectedCounts([articleA(), articleB()]);
    expect(await counts()).toEqual(expected);
    // Hand-checked totals for the fixtures: 6 entities, one Source shared by B's two statements.
    expect(expected.nodes).toMatchObject({
      Article: 2,
      Entity: 6,
      Person: 3,
      Statement: 3,
      Event: 1,
      Source: 1,
    });
    expect(expected.relationships).toMatchObject({
      LEADER_OF: 1,
      SPOKESPERSON_OF: 1,
      MENTIONS: 8,
      SAID_BY: 3,
      AFFILIATED_WITH: 1,
    });

    const again = await write([articleA(), articleB()]);
    expect(again).toMatchObject({ written: [], unchanged: ['test-article-a', 'test-article-b'] });
    expect(await counts()).toEqual(expected);
    const replaced = await write([articleB(), articleA()], true);
    expect(replaced.written).toEqual(['test-article-b', 'test-article-a']);
    expect(await counts()).toEqual(expected);
  });

  it('keeps one node per entity with aliases unioned, and one relation with evidence from both articles', async () => {
    const [putin] = await one(
      "MATCH (p:Entity:Person {id: 'person:vladimir-putin'}) RETURN p.name AS name, p.nameEn AS nameEn, p.aliases AS aliases, p.aliasText AS aliasText",
    );
    expect(putin).toEqual({
      name: 'فلاديمير بوتين',
      nameEn: 'Vladimir Putin',
      aliases: expect.arrayContaining(['بوتين', 'الرئيس بوتين']),
      aliasText: expect.stringContaining('الرئيس بوتين'),
    });
    expect((putin!.aliases as string[]).length).toBe(2);
    expect(
      await one(
        "MATCH (:Person {id: 'person:vladimir-putin'})-[r:LEADER_OF]->(:Country {id: 'country:ru'}) RETURN count(r) AS n, properties(r) AS props",
      ),
    ).toEqual([{ n: 1, props: {} }]);
    // One evidence record per supporting sentence, never a list on the relation that every new
    // article rewrites.
    const evidence = await one(
      `MATCH (x:RelationEvidence {from: 'person:vladimir-putin', to: 'country:ru', type: 'LEADER_OF'})
       RETURN x.articleId AS id, x.start AS start, x.sentence AS sentence ORDER BY id`,
    );
    expect(evidence).toEqual([
      { id: 'test-article-a', start: 0, sentence: articleA().relations[0]!.sentence },
      {
        id: 'test-article-b',
        start: articleB().article.body!.indexOf('وقال مسؤول'),
        sentence: articleB().relations[0]!.sentence,
      },
    ]);
  });

  it('links every statement, event and mention to its article and offsets', async () => {
    const rows = await one(
      `MATCH (s:Statement)-[:IN_ARTICLE]->(a:Article)
       RETURN s.id AS id, substring(a.text, s.start, s.end - s.start) = s.sentence AS located ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'test-article-a:st1', located: true },
      { id: 'test-article-b:st1', located: true },
      { id: 'test-article-b:st2', located: true },
    ]);
    const mentions = await one(
      `MATCH (a:Article)-[m:MENTIONS]->(:Entity)
       UNWIND range(0, size(m.texts) - 1) AS i
       RETURN count(*) AS n, all(ok IN collect(substring(a.text, m.starts[i], m.ends[i] - m.starts[i]) = m.texts[i]) WHERE ok) AS located`,
    );
    expect(mentions).toEqual([{ n: 10, located: true }]);
    const [meeting] = await one(
      `MATCH (e:Event)-[r:REPORTED_IN]->(:Article {id: 'test-article-a'}), (e)-[:IN]->(p:Place)
       RETURN e.id AS id, p.name AS place, r.starts AS starts, [(e)-[i:INVOLVES]->(x) | x.id] AS who`,
    );
    expect(meeting).toMatchObject({ id: 'test-article-a:ev1', place: 'موسكو' });
    expect(meeting!.who).toHaveLength(2);
    const [about] = await one(
      "MATCH (:Statement {id: 'test-article-a:st1'})-[:ABOUT]->(x) RETURN collect(labels(x)[0]) AS labels",
    );
    expect((about!.labels as string[]).sort()).toEqual(['Entity', 'Event']);
  });

  it('stores integers as integers (offsets, counts, fatalities)', async () => {
    const [types] = await one(
      "MATCH (s:Statement {id: 'test-article-a:st1'}) MATCH ()-[m:MENTIONS]->() WITH s, m LIMIT 1 RETURN valueType(s.start) AS start, valueType(m.count) AS count, valueType(m.starts) AS starts",
    );
    expect(types).toEqual({
      start: 'INTEGER NOT NULL',
      count: 'INTEGER NOT NULL',
      starts: 'LIST<INTEGER NOT NULL> NOT NULL',
    });
  });

  it("delete-article removes the article's contribution and entities left without mentions", async () => {
    expect(await deleteArticle(graph.driver, 'test-article-b', { database: graph.database })).toBe(true);
    expect(await counts()).toEqual(expectedCounts([articleA()]));
    const [putin] = await one("MATCH (p:Person {id: 'person:vladimir-putin'}) RETURN p.aliases AS aliases");
    expect(putin!.aliases).toEqual(['بوتين']);
    expect(
      await one(
        "MATCH (:Entity {id: 'person:vladimir-putin'})-[r:LEADER_OF]->() MATCH (x:RelationEvidence {type: 'LEADER_OF'}) RETURN count(DISTINCT r) AS relations, collect(x.articleId) AS ids",
      ),
    ).toEqual([{ relations: 1, ids: ['test-article-a'] }]);
    expect(
      await one("MATCH (e:Entity) WHERE e.id IN ['group:kremlin', 'person:dmitry-peskov'] RETURN e.id"),
    ).toEqual([]);
    expect(await deleteArticle(graph.driver, 'test-article-b', { database: graph.database })).toBe(false);
    await deleteArticle(graph.driver, 'test-article-a', { database: graph.database });
    expect(await one('MATCH (n) WHERE NOT n:Migration RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });

  it('delete-article gives the entities that stay the names the remaining articles gave them', async () => {
    await wipeGraph(graph.driver, graph.database);
    await write([articleA(), articleB()]);
    await deleteArticle(graph.driver, 'test-article-a', { database: graph.database });
    expect(
      await one(
        "MATCH (p:Person {id: 'person:vladimir-putin'}) RETURN p.name AS name, p.nameEn AS nameEn, p.aliases AS aliases",
      ),
    ).toEqual([{ name: 'بوتين', nameEn: null, aliases: ['الرئيس بوتين'] }]);
    expect(await counts()).toEqual(expectedCounts([articleB()]));
  });

  it('writes a batch whole or not at all', async () => {
    await wipeGraph(graph.driver, graph.database);
    const bad = articleB();
    // A map is not a storable property value: the database refuses the batch mid-way, after the
    // articles and entities of both were already written inside the transaction.
    bad.entities[0]!.mentions[0]!.text = { not: 'a string' } as unknown as string;
    await expect(write([articleA(), bad])).rejects.toThrow();
    expect(await one('MATCH (n) WHERE NOT n:Migration RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });

  it('two writers of the same new articles at once: one writes them, the other finds them there', async () => {
    // What belongs to an article is CREATEd; the loser of the race hits the uniqueness constraint
    // and must rerun its batch once rather than fail.
    await wipeGraph(graph.driver, graph.database);
    const [x, y] = await Promise.all([write([articleA(), articleB()]), write([articleA(), articleB()])]);
    expect([...x.written, ...y.written].sort()).toEqual(['test-article-a', 'test-article-b']);
    expect([...x.unchanged, ...y.unchanged].sort()).toEqual(['test-article-a', 'test-article-b']);
    expect(await counts()).toEqual(expectedCounts([articleA(), articleB()]));
  });

  it('delete then reload gives the same graph, relation evidence included', async () => {
    await wipeGraph(graph.driver, graph.database);
    await write([articleA(), articleB()]);
    const evidence = () =>
      one(
        `MATCH (a)-[r:LEADER_OF|SPOKESPERSON_OF]->(b)
         MATCH (x:RelationEvidence {from: a.id, to: b.id, type: type(r)})
         RETURN type(r) AS type, collect(x.articleId) AS ids, collect(x.start) AS starts ORDER BY type`,
      );
    const before = await evidence();
    await deleteArticle(graph.driver, 'test-article-a', { database: graph.database });
    await write([articleA()]);
    await write([articleA(), articleB()], true);
    const sorted = (rows: Record<string, unknown>[]) =>
      rows.map((r) => ({
        ...r,
        ids: [...(r.ids as string[])].sort(),
        starts: [...(r.starts as number[])].sort(),
      }));
    expect(sorted(await evidence())).toEqual(sorted(before));
    expect(await counts()).toEqual(expectedCounts([articleA(), articleB()]));
  });
});
