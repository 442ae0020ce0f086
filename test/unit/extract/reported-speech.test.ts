import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/pipeline.ts';
import { article } from './helpers.ts';

// Patterns from real reports (our examples/articles), beyond what the seed exercises.
describe('reported speech and event participants in everyday news sentences', () => {
  it('splits "X accused Y, while Y denied" into two statements with their own speakers and quotes', () => {
    const r = extractArticle(
      article(
        'واتهم الجيش السوداني قوات الدعم السريع بتنفيذ القصف، فيما نفت قوات الدعم السريع أي مسؤولية لها عن الهجوم، وقالت إن «الاتهامات جزء من حملة تضليل».',
      ),
    );
    expect(r.statements.map((s) => [s.kind, s.speaker.entityId])).toEqual([
      ['accused', 'group:sudanese-armed-forces'],
      ['denied', 'group:rapid-support-forces'],
    ]);
    expect(r.statements[0]!.quote).not.toContain('تضليل');
    expect(r.statements[1]!.quote).toBe('الاتهامات جزء من حملة تضليل');
    // "نفت X أي مسؤولية لها عن": عن after a denial is no relay.
    expect(r.statements[1]!.via).toBeNull();
  });

  it('takes the subject before a present-tense cue, not a place in its complement', () => {
    const r = extractArticle(article('الأمم المتحدة تحذر من كارثة إنسانية في شمال دارفور.'));
    expect(r.statements[0]).toMatchObject({ kind: 'warned', speaker: { entityId: 'group:un' } });
  });

  it('names a camp after its place head a Place, and a camp for the displaced no Displacement event', () => {
    const r = extractArticle(
      article('قُتل 40 شخصاً على الأقل في قصف مدفعي استهدف مخيم أبو شوك للنازحين قرب مدينة الفاشر.'),
    );
    const camp = r.entities.find((e) => e.name === 'أبو شوك');
    expect(camp?.type).toBe('Place');
    expect(r.entities.some((e) => e.type === 'Person' && e.name.includes('شوك'))).toBe(false);
    expect(r.events.map((e) => e.type)).toEqual(['Attack']);
    expect(r.events[0]!.killed).toBe(40);
  });

  it('leaves outlets and the sources of a report out of the event, and lets all sides of a meeting take part', () => {
    const r = extractArticle(
      article(
        'وقتل ثلاثة أشخاص على الأقل في غارة إسرائيلية استهدفت بلدة كفركلا، بحسب وزارة الصحة اللبنانية. والتقى رئيس الوزراء اللبناني نواف سلام في بيروت المبعوثة الأميركية مورغان أورتاغوس، بحسب رويترز.',
      ),
    );
    const attack = r.events.find((e) => e.type === 'Attack')!;
    expect(attack.participants).toEqual([{ entityId: 'country:il', role: 'actor' }]);
    const meeting = r.events.find((e) => e.type === 'Meeting')!;
    const ids = meeting.participants.map((p) => p.entityId);
    expect(ids).toContain('person:nawaf-salam');
    expect(ids).toContain('person:morgan-ortagus');
    expect(ids).not.toContain('group:reuters');
    expect(new Set(meeting.participants.map((p) => p.role))).toEqual(new Set(['participant']));
  });

  it('reads "بحسب ما أفاد مصدر قضائي لوكالة الصحافة الفرنسية": an unnamed source of the country in the sentence, relayed by the agency', () => {
    const r = extractArticle(
      article(
        'اعتقلت الشرطة الفرنسية ثلاثة أشخاص في مدينة ليون، بحسب ما أفاد مصدر قضائي لوكالة الصحافة الفرنسية.',
      ),
    );
    expect(r.statements[0]).toMatchObject({
      kind: 'reported',
      speaker: { entityId: null, description: 'مصدر قضائي', affiliationId: 'country:fr' },
      via: 'group:afp',
    });
  });

  it('counts the dead, not the wounded, and no attack that was only planned', () => {
    const r = extractArticle(
      article(
        'قتل خمسة من عناصر الحشد الشعبي وأصيب ثمانية آخرون في هجوم قرب مدينة سامراء. واعتقلت الشرطة ثلاثة أشخاص يشتبه في تخطيطهم لهجوم في ليون.',
      ),
    );
    expect(r.events.filter((e) => e.type === 'Attack').map((e) => e.killed)).toEqual([5]);
  });

  it('names a definite body with its complement as the speaker, and finds protests and elections', () => {
    const r = extractArticle(
      article(
        'خرج آلاف المتظاهرين في العاصمة العراقية بغداد احتجاجا على انقطاع الكهرباء. وفي تونس، أعلنت الهيئة العليا المستقلة للانتخابات أن الانتخابات الرئاسية ستجرى في السادس من أكتوبر المقبل.',
      ),
    );
    const body = r.entities.find((e) => e.name === 'الهيئة العليا المستقلة للانتخابات');
    expect(body?.type).toBe('Group');
    expect(r.statements[0]!.speaker.entityId).toBe(body!.id);
    expect(r.events.map((e) => [e.type, e.trigger])).toEqual([
      ['Protest', 'المتظاهرين'],
      ['Election', 'الانتخابات'],
    ]);
  });
});
