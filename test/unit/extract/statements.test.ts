import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/pipeline.ts';
import { article, seedArticles } from './helpers.ts';

describe('statements', () => {
  it('attributes named, unnamed, relayed and pro-dropped speakers in the seed article', async () => {
    const [taliban] = await seedArticles();
    const r = extractArticle(taliban!);
    const find = (s: string) => r.statements.find((x) => x.sentence.includes(s))!;
    expect(find('نفت حركة طالبان')).toMatchObject({
      cue: 'نفت',
      kind: 'denied',
      speaker: { entityId: 'group:taliban' },
    });
    expect(find('ونقل عن مسؤول روسي رفيع')).toMatchObject({
      kind: 'reported',
      speaker: { entityId: null, description: 'مسؤول روسي رفيع', affiliationId: 'country:ru' },
    });
    // "وتابع المسؤول": the same unnamed official.
    expect(find('وتابع المسؤول').speaker.affiliationId).toBe('country:ru');
    // "وأضافت:" has no subject: the previous speaker.
    expect(find('وأضافت').speaker.entityId).toBe('group:taliban');
    // "نقلت الصحيفة عن متحدث باسم الكرملين": relayed by the paper, spoken by the Kremlin's spokesman.
    const relayed = find('ونقلت الصحيفة عن متحدث');
    expect(relayed.via).toBe('group:sunday-times');
    expect(relayed.speaker.affiliationId).toBe('group:kremlin');
    expect(relayed.quote).toBe('غير ذات صلة');
    // "وكانت صحيفة بريطانية قد ذكرت": the paper named later in the article.
    expect(find('وكانت صحيفة بريطانية').speaker.entityId).toBe('group:sunday-times');
  });

  it('reads the quote inside guillemets or after إن/أن', () => {
    const r = extractArticle(article('وقال المحامي سيف علي إن العملية أصبحت «لا مفر منها» بعد تصاعد العنف.'));
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]).toMatchObject({ cue: 'وقال', kind: 'said', quote: 'لا مفر منها' });
    const r2 = extractArticle(article('وأكد الرئيس الروسي فلاديمير بوتين أن بلاده مستعدة للحوار.'));
    expect(r2.statements[0]).toMatchObject({
      kind: 'confirmed',
      quote: 'بلاده مستعدة للحوار.',
      speaker: { entityId: 'person:vladimir-putin' },
    });
  });

  it('uses source cues: بحسب، وفقاً لـ', () => {
    const r = extractArticle(article('وقتل 12 شخصا بحسب وزارة الداخلية الأوكرانية.'));
    expect(r.statements[0]?.kind).toBe('reported');
    expect(r.statements[0]?.speaker.entityId).toMatch(/^group:/);
    expect(r.statements[0]?.quote).toBe('وقتل 12 شخصا');
  });

  it('does not take an assertion without a complement for a statement', () => {
    const r = extractArticle(
      article('والمقاتلون الذين يؤكدون انتماءهم لتنظيم داعش هم أعضاء سابقون في طالبان.'),
    );
    expect(r.statements).toEqual([]);
  });
});
