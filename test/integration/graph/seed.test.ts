// The seed page (two articles) through the real reader, extractor and loader.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../../src/extract/contract.ts';
import { extractArticle } from '../../../src/extract/pipeline.ts';
import { expectedCounts, graphCounts, totalNodes, totalRelationships } from '../../../src/graph/counts.ts';
import { loadPaths } from '../../../src/graph/load.ts';
import { readArticles } from '../../../src/ingest/index.ts';
import { useGraph } from '../../support/graph.ts';

const SEED = join(import.meta.dirname, '../../../../shared/seed/000_5efe405581343bf2.txt');

async function extractions(path: string): Promise<ArticleExtraction[]> {
  const out: ArticleExtraction[] = [];
  for await (const r of readArticles([path])) if (r.ok) out.push(extractArticle(r.article));
  return out;
}

describe('loading the seed page', () => {
  const graph = useGraph();
  const load = () =>
    loadPaths([SEED], { driver: graph.driver, database: graph.database, extract: extractArticle });
  const rows = async (cypher: string) =>
    (await graph.driver.executeQuery(cypher, {}, { database: graph.database })).records.map((r) =>
      r.toObject(),
    );

  it('yields exactly the node and relationship counts its extraction implies, and the same counts when loaded twice', async () => {
    const expected = expectedCounts(await extractions(SEED));
    expect(expected.nodes.Article).toBe(2);
    expect(totalNodes(expected)).toBeGreaterThan(50);
    expect(totalRelationships(expected)).toBeGreaterThan(100);

    const first = await load();
    expect(first).toMatchObject({ articles: 2, unchanged: 0, failed: [] });
    expect(await graphCounts(graph.driver, graph.database)).toEqual(expected);

    const second = await load();
    expect(second).toMatchObject({ articles: 0, unchanged: 2, failed: [] });
    expect(await graphCounts(graph.driver, graph.database)).toEqual(expected);

    const replaced = await loadPaths([SEED], {
      driver: graph.driver,
      database: graph.database,
      extract: extractArticle,
      replace: true,
    });
    expect(replaced).toMatchObject({ articles: 2, unchanged: 0 });
    expect(await graphCounts(graph.driver, graph.database)).toEqual(expected);
  });

  it('has Putin as one :Person with his aliases', async () => {
    const putin = await rows(
      "MATCH (p:Person) WHERE p.name CONTAINS 'بوتين' OR any(a IN p.aliases WHERE a CONTAINS 'بوتين') RETURN p.id AS id, p.name AS name, p.nameEn AS nameEn, p.aliases AS aliases",
    );
    expect(putin).toEqual([
      { id: 'person:vladimir-putin', name: 'فلاديمير بوتين', nameEn: 'Vladimir Putin', aliases: ['بوتين'] },
    ]);
    const found = await rows(
      "CALL db.index.fulltext.queryNodes('entity_names', 'بوتين') YIELD node RETURN node.id AS id LIMIT 1",
    );
    expect(found).toEqual([{ id: 'person:vladimir-putin' }]);
  });

  it('has the Putin–Mansour meeting as one :Event with both participants and at least two source sentences', async () => {
    const meetings = await rows(
      `MATCH (e:Event {type: 'Meeting'})-[:INVOLVES]->(:Person {id: 'person:vladimir-putin'}),
             (e)-[:INVOLVES]->(:Person {id: 'person:akhtar-mansour'}),
             (e)-[r:REPORTED_IN]->(a:Article)
       RETURN e.id AS id, r.sentences AS sentences, r.starts AS starts, a.text AS text`,
    );
    expect(meetings).toHaveLength(1);
    const m = meetings[0]!;
    const sentences = m.sentences as string[];
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.join(' ')).toContain('اجتمع');
    // Every evidence sentence sits at its offset in the article text.
    sentences.forEach((s, i) => {
      const start = (m.starts as number[])[i]!;
      expect((m.text as string).slice(start, start + s.length)).toBe(s);
    });
  });

  it("answers the Taliban's denials", async () => {
    const denials = await rows(
      `MATCH (s:Statement {kind: 'denied'})-[:SAID_BY]->(t:Group)
       WHERE t.nameEn = 'Taliban'
       RETURN s.cue AS cue, s.sentence AS sentence`,
    );
    expect(denials.length).toBeGreaterThanOrEqual(1);
    expect(denials.map((d) => d.sentence).join('\n')).toContain('نفت حركة طالبان تقارير أفادت');
  });

  it('answers the statements relayed via the Sunday Times', async () => {
    const relayed = await rows(
      `MATCH (s:Statement)-[:VIA]->(g:Group)
       WHERE g.nameEn = 'Sunday Times' OR 'صنداي تايمز' IN [g.name] + g.aliases
       OPTIONAL MATCH (s)-[:SAID_BY]->(speaker)
       RETURN s.quote AS quote, coalesce(speaker.name, speaker.description) AS speaker`,
    );
    expect(relayed.length).toBeGreaterThanOrEqual(1);
    expect(relayed).toContainEqual({ quote: 'غير ذات صلة', speaker: 'متحدث باسم الكرملين' });
  });

  it('answers the events in Kurram with fatalities', async () => {
    const events = await rows(
      `MATCH (e:Event)-[:IN]->(p:Place)
       WHERE (p.name = 'كورام' OR 'كورام' IN p.aliases) AND e.killed > 0
       RETURN e.type AS type, e.killed AS killed, e.sentence AS sentence`,
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'Attack', killed: 7 });
    expect(events[0]!.sentence).toContain('منطقة كورام');
  });

  it('finds statements by their words through the statement fulltext index', async () => {
    const hits = await rows(
      "CALL db.index.fulltext.queryNodes('statement_text', 'قنوات اتصال') YIELD node RETURN node.quote AS quote LIMIT 3",
    );
    expect(hits.map((h) => h.quote).join(' ')).toContain('قنوات اتصال');
  });
});
