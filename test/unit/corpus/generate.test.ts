import { describe, expect, it } from 'vitest';
import { generateArticles, toJsonl, toPageFormat } from '../../../src/corpus/generate.ts';
import { loadPools } from '../../../src/corpus/lexicon.ts';
import { articleId } from '../../../src/ingest/article-id.ts';
import { parseJsonl } from '../../../src/ingest/jsonl.ts';
import { parsePageFormat } from '../../../src/ingest/page-format.ts';

describe('corpus generator', () => {
  const articles = generateArticles(120, 42);

  it('is deterministic by seed and differs between seeds', () => {
    expect(generateArticles(120, 42).map((a) => a.extraction.article.id)).toEqual(
      articles.map((a) => a.extraction.article.id),
    );
    expect(generateArticles(5, 43)[0]!.body).not.toBe(articles[0]!.body);
    expect(new Set(articles.map((a) => a.extraction.article.id)).size).toBe(120);
  });

  it('writes the seed page format the reader parses back to the same articles', () => {
    const parsed = parsePageFormat(toPageFormat(articles));
    expect(parsed.map((p) => articleId(p.title, p.body))).toEqual(
      articles.map((a) => a.extraction.article.id),
    );
    expect(toPageFormat(articles.slice(0, 1))).toMatch(/^.+\n\n.+\n\n.+\nTT\n/);
  });

  it('writes JSON Lines the reader parses back with the dates', () => {
    const parsed = parseJsonl('corpus.jsonl', toJsonl(articles));
    expect(parsed).toHaveLength(120);
    const first = parsed[0]!;
    expect(first.ok && first.article.id).toBe(articles[0]!.extraction.article.id);
    expect(first.ok && first.article.publishedAt).toBe(articles[0]!.publishedAt);
  });

  it('gives an extraction whose offsets point at the text they name', () => {
    for (const a of articles) {
      const x = a.extraction;
      for (const e of x.entities)
        for (const m of e.mentions) expect(a.body.slice(m.start, m.end)).toBe(m.text);
      for (const s of x.statements) expect(a.body.slice(s.start, s.end)).toBe(s.sentence);
      for (const r of x.relations) expect(a.body.slice(r.start, r.end)).toBe(r.sentence);
      const ids = new Set(x.entities.map((e) => e.id));
      for (const ev of x.events) for (const p of ev.participants) expect(ids).toContain(p.entityId);
    }
  });

  it('covers statements, events with places and fatalities, and relations', () => {
    const all = articles.map((a) => a.extraction);
    expect(all.some((x) => x.events.some((e) => e.type === 'Meeting' && e.mentions.length >= 2))).toBe(true);
    expect(
      all.some((x) => x.events.some((e) => e.type === 'Attack' && (e.killed ?? 0) > 0 && e.locationId)),
    ).toBe(true);
    expect(all.some((x) => x.statements.some((s) => s.kind === 'denied'))).toBe(true);
    expect(all.some((x) => x.statements.some((s) => s.via && s.speaker.description))).toBe(true);
    expect(new Set(all.flatMap((x) => x.relations.map((r) => r.type)))).toEqual(
      new Set(['LEADER_OF', 'LOCATED_IN', 'SPOKESPERSON_OF', 'BASED_IN', 'MEMBER_OF']),
    );
    expect(new Set(all.flatMap((x) => x.statements.map((s) => s.kind)))).toEqual(
      new Set(['said', 'reported', 'confirmed', 'denied', 'accused', 'warned', 'called']),
    );
  });
});

describe('entity pools', () => {
  it('take every lexicon entity from the entry that names it, never from a name-less alias patch', () => {
    const pools = loadPools();
    const us = pools.byId.get('country:us');
    expect(us?.name).toBe('الولايات المتحدة');
    expect([...pools.byId.values()].filter((e) => !e.name)).toEqual([]);
  });
});
