import { describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../../src/extract/contract.ts';
import { expectedCounts, totalNodes, totalRelationships } from '../../../src/graph/counts.ts';
import { relationQuery } from '../../../src/graph/queries.ts';
import { graphRows, preferredName } from '../../../src/graph/rows.ts';

function article(id: string, over: Partial<ArticleExtraction> = {}): ArticleExtraction {
  const body = 'قال بوتين إن روسيا مستعدة.';
  return {
    article: { id, title: 't', publishedAt: null, source: null, body },
    entities: [
      {
        id: 'p',
        type: 'Person',
        name: 'بوتين',
        nameEn: null,
        aliases: ['الرئيس'],
        mentions: [{ text: 'بوتين', start: 4, end: 9 }],
      },
      {
        id: 'c',
        type: 'Country',
        name: 'روسيا',
        nameEn: 'Russia',
        aliases: [],
        mentions: [{ text: 'روسيا', start: 13, end: 18 }],
      },
    ],
    statements: [
      {
        id: 's1',
        speaker: { entityId: null, description: 'مسؤول روسي', affiliationId: 'c' },
        via: 'nobody',
        cue: 'قال',
        kind: 'said',
        quote: 'روسيا مستعدة',
        sentence: body,
        about: ['c', 'e1', 'ghost'],
      },
    ],
    events: [
      {
        id: 'e1',
        type: 'Meeting',
        trigger: 'قال',
        sentence: body,
        mentions: [{ sentence: body }],
        date: null,
        locationId: 'p',
        participants: [
          { entityId: 'p', role: 'actor' },
          { entityId: 'p', role: 'actor' },
        ],
        killed: null,
      },
    ],
    relations: [
      { type: 'LEADER_OF', from: 'p', to: 'c', sentence: body },
      { type: 'LEADER_OF', from: 'p', to: 'c', sentence: body },
    ],
    ...over,
  };
}

describe('graphRows', () => {
  it('scopes statement, event and source ids by article and locates sentences without offsets', () => {
    const rows = graphRows([article('A')]);
    expect(rows.statements[0]).toMatchObject({
      id: 'A:s1',
      start: 0,
      end: article('A').article.body!.length,
      speakerSourceId: 'A:source-1',
      aboutEntities: ['c'],
      aboutEvents: ['A:e1'],
      via: null,
    });
    expect(rows.events[0]).toMatchObject({ id: 'A:e1', sentences: [article('A').article.body], starts: [0] });
  });

  it('drops references to undeclared entities, non-place locations and repeated evidence, with warnings', () => {
    const rows = graphRows([article('A')]);
    expect(rows.events[0]!.locationId).toBeNull();
    expect(rows.events[0]!.participants).toEqual([{ entityId: 'p', role: 'actor' }]);
    expect(rows.relations).toHaveLength(1);
    expect(rows.relations[0]!.sentences).toHaveLength(1);
    expect(rows.warnings).toEqual([
      'A: event e1 location p is not a Country or Place; dropped',
      "A: statement s1 about ghost is not among the article's entities; dropped",
      "A: statement s1 outlet nobody is not among the article's entities; dropped",
    ]);
  });

  it('merges one entity across a batch: longest name wins, other names become aliases', () => {
    const b = article('B');
    b.entities[0] = { ...b.entities[0]!, name: 'فلاديمير بوتين', aliases: ['بوتين'] };
    const rows = graphRows([article('A'), b]);
    const putin = rows.entities.find((e) => e.id === 'p')!;
    expect(putin.name).toBe('فلاديمير بوتين');
    expect(putin.aliases).toEqual(['بوتين', 'الرئيس']);
    expect(rows.relations).toHaveLength(1);
    expect(rows.relations[0]).toMatchObject({ articleIds: ['A', 'B'] });
    expect(preferredName('ب', 'ا')).toBe('ا');
  });
});

describe('expectedCounts', () => {
  it('counts distinct entities and relations across articles and an article id once', () => {
    const c = expectedCounts([article('A'), article('B'), article('A')]);
    expect(c.nodes).toMatchObject({
      Article: 2,
      Entity: 2,
      Person: 1,
      Country: 1,
      Statement: 2,
      Event: 2,
      Source: 2,
    });
    expect(c.relationships).toMatchObject({
      MENTIONS: 4,
      SAID_BY: 2,
      AFFILIATED_WITH: 2,
      VIA: 0,
      ABOUT: 4,
      IN_ARTICLE: 2,
      INVOLVES: 2,
      IN: 0,
      REPORTED_IN: 2,
      LEADER_OF: 1,
    });
    expect(totalNodes(c)).toBe(10);
    expect(totalRelationships(c)).toBe(19);
  });
});

describe('relationQuery', () => {
  it('instantiates whitelisted types only', () => {
    expect(relationQuery('LEADER_OF')).toContain('MERGE (a)-[:LEADER_OF]->(b)');
    expect(() => relationQuery('X]->() DETACH DELETE (a' as 'LEADER_OF')).toThrow(/unknown relation type/);
  });
});
