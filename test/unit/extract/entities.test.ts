import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/pipeline.ts';
import { loadLexicon } from '../../../src/extract/resources.ts';
import { article, seedArticles } from './helpers.ts';

describe('lexicon', () => {
  it('merges all data/lexicon files by id and adds i18n-iso-countries names', () => {
    const lex = loadLexicon();
    const ids = new Set(lex.map((e) => e.id));
    expect(ids.has('country:ru')).toBe(true);
    expect(ids.has('group:taliban')).toBe(true);
    const us = lex.find((e) => e.id === 'country:us')!;
    expect(us.aliases).toContain('أمريكا'); // from core.json, merged into the countries file's entry
    expect(lex.filter((e) => e.id === 'country:us').length).toBe(1);
  });
});

describe('entities', () => {
  it('finds lexicon names behind proclitics and keeps body offsets', () => {
    const body = 'وصل الوفد بموسكو، ونفت لطالبان والكرملين ذلك.';
    const r = extractArticle(article(body));
    const byId = new Map(r.entities.map((e) => [e.id, e]));
    expect(byId.get('place:moscow')?.mentions).toEqual([{ text: 'موسكو', start: 11, end: 16 }]);
    expect(byId.get('group:kremlin')?.mentions[0]?.text).toBe('الكرملين');
    for (const e of r.entities) for (const m of e.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  });

  it('recognises countries from nisba forms and historical states', () => {
    const r = extractArticle(
      article('قال مسؤولون باكستانيون إن الاجتياح السوفياتي عام 1979 والرئيس الروسي أكدا ذلك.'),
    );
    const ids = r.entities.map((e) => e.id);
    expect(ids).toContain('country:pk');
    expect(ids).toContain('country:su');
    expect(ids).toContain('country:ru');
  });

  it('discovers unknown people from titles and appositions, with stable derived ids', () => {
    const r = extractArticle(
      article(
        'وقال المحامي سيف علي، المتحدث باسم حكومة الإقليم، إن العملية بدأت. وقال معتصم بالله، أحد المسؤولين، إن الهدف واضح.',
      ),
    );
    const people = r.entities.filter((e) => e.type === 'Person').map((e) => [e.id, e.name]);
    expect(people).toEqual([
      ['person:سيف-علي', 'سيف علي'],
      ['person:معتصم-بالله', 'معتصم بالله'],
    ]);
    const again = extractArticle(article('أكد المحامي سيف علي أن الوضع هادئ.'));
    expect(again.entities.find((e) => e.type === 'Person')?.id).toBe('person:سيف-علي');
  });

  it('discovers names after a nationality used as a noun and after a reporting verb', () => {
    const r = extractArticle(
      article('وحل الفنلندي كيمي ريكونن ثانيا. وأكد ماتيو سالفيني، أمس، أن الحكومة باقية.'),
    );
    const people = r.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(['كيمي ريكونن', 'ماتيو سالفيني']);
    expect(r.entities.find((e) => e.id === 'country:fi')?.mentions[0]?.text).toBe('الفنلندي');
  });

  it('discovers organisations from head nouns, with acronyms', () => {
    const r = extractArticle(article('ووفقاً لمركز البحوث والدراسات الأمنية «CRSS» قُتل 685 فرداً.'));
    const crss = r.entities.find((e) => e.name === 'مركز البحوث والدراسات الأمنية');
    expect(crss?.type).toBe('Group');
    expect(crss?.aliases).toContain('CRSS');
  });

  it('resolves short forms and definite anaphora inside the article', async () => {
    const [taliban] = await seedArticles();
    const r = extractArticle(taliban!);
    const mansour = r.entities.find((e) => e.id === 'person:akhtar-mansour')!;
    expect(mansour.mentions.map((m) => m.text)).toContain('منصور');
    const paper = r.entities.find((e) => e.id === 'group:sunday-times')!;
    expect(paper.mentions.map((m) => m.text)).toContain('الصحيفة');
    const group = r.entities.find((e) => e.id === 'group:taliban')!;
    expect(group.mentions.map((m) => m.text)).toContain('الحركة');
  });

  it('gives the same entity the same id in two articles', async () => {
    const [a, b] = (await seedArticles()).map(extractArticle);
    const afA = a!.entities.find((e) => e.name === 'أفغانستان')?.id;
    const afB = b!.entities.find((e) => e.name === 'أفغانستان')?.id;
    expect(afA).toBe('country:af');
    expect(afB).toBe(afA);
  });
});

describe('page furniture', () => {
  it('does not take a photo credit for a mention', () => {
    const r = extractArticle(
      article('يحضر أقارب جنازة ضابط في ديرا إسماعيل خان (إ.ب.أ)\nوقال المحامي سيف علي إن العملية بدأت.'),
    );
    expect(r.entities.map((e) => e.id)).not.toContain('group:epa');
  });
});
