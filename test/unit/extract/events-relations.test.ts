import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/pipeline.ts';
import { article, seedArticles } from './helpers.ts';

describe('events', () => {
  it('reports the Putin–Mansour meeting told in several sentences as ONE event', async () => {
    const [taliban] = await seedArticles();
    const r = extractArticle(taliban!);
    const meetings = r.events.filter(
      (e) => e.type === 'Meeting' && e.participants.some((p) => p.entityId === 'person:vladimir-putin'),
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.mentions.length).toBeGreaterThanOrEqual(3);
    expect(meetings[0]!.participants.map((p) => p.entityId)).toContain('person:akhtar-mansour');
    const invasion = r.events.find((e) => e.type === 'Invasion' && e.date === '1979');
    expect(invasion?.participants.map((p) => p.entityId)).toContain('country:su');
    expect(r.events.find((e) => e.type === 'Death')?.date).toBe('2013');
  });

  it('counts fatalities from number words and phrases', async () => {
    const [, pakistan] = await seedArticles();
    const r = extractArticle(pakistan!);
    const killed = r.events.filter((e) => e.type === 'Attack').map((e) => e.killed);
    expect(killed).toEqual(expect.arrayContaining([7, 52, 70]));
    const attack = r.events.find((e) => e.killed === 7)!;
    expect(attack.locationId).toBe('place:kurram');
  });

  it('resolves relative dates against publishedAt', () => {
    const r = extractArticle(
      article('وانفجرت سيارتان ملغومتان أمس في مدينة درنة الليبية.', 'عنوان', '2015-07-24'),
    );
    expect(r.events[0]).toMatchObject({ type: 'Attack', date: '2015-07-23', locationId: 'place:derna' });
  });

  it('skips negated triggers', () => {
    const r = extractArticle(article('كما أننا لم نتواصل مع أي جهة أو نجري محادثات معها.'));
    expect(r.events).toEqual([]);
  });
});

describe('relations', () => {
  it('derives LEADER_OF, SPOKESPERSON_OF, LOCATED_IN and BORDERS from the seed', async () => {
    const [taliban, pakistan] = (await seedArticles()).map(extractArticle);
    const rel = (r: typeof taliban) => r!.relations.map((x) => `${x.from} ${x.type} ${x.to}`);
    expect(rel(taliban)).toEqual(
      expect.arrayContaining([
        'person:vladimir-putin LEADER_OF country:ru',
        'person:akhtar-mansour LEADER_OF group:taliban',
      ]),
    );
    expect(rel(pakistan)).toEqual(
      expect.arrayContaining([
        'place:khyber-pakhtunkhwa BORDERS country:af',
        'place:balochistan BORDERS country:ir',
        'place:kurram LOCATED_IN place:khyber-pakhtunkhwa',
        'person:سيف-علي SPOKESPERSON_OF group:حكومه-الاقليم',
      ]),
    );
  });
});

describe('relations from wording', () => {
  it('reads leaders from relative clauses and organisations from participles', () => {
    const r = extractArticle(
      article(
        'وقال الرئيس الرواندي بول كاغامي الذي يتولى رئاسة الاتحاد الأفريقي إن القمة مهمة. ' +
          'والمنافس الرئيسي حزب حركة الإنصاف الذي يرأسه عمران خان. ' +
          'وقالت لجنة العقوبات التابعة لمجلس الأمن الدولي إنها تدرس الأمر.',
      ),
    );
    const rel = r.relations.map((x) => `${x.from} ${x.type} ${x.to}`);
    expect(rel).toEqual(
      expect.arrayContaining([
        'person:paul-kagame LEADER_OF group:au',
        'person:paul-kagame LEADER_OF country:rw',
        'person:imran-khan LEADER_OF group:pti',
      ]),
    );
    expect(rel.some((x) => / PART_OF group:unsc$/.test(x))).toBe(true);
  });

  it('finds a military operation named between its head and adjective', () => {
    const r = extractArticle(
      article('قال الناطق باسم عملية الكرامة العسكرية في مدينة بنغازي إن القتال مستمر.'),
    );
    expect(r.events.map((e) => e.type)).toContain('MilitaryOperation');
  });
});
