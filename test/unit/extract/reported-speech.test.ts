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
    // Whether the name is found at all depends on the NER model; if it is, it is a Place.
    const camp = r.entities.filter((e) => e.name.includes('شوك'));
    expect(camp.map((e) => e.type).filter((t) => t !== 'Place')).toEqual([]);
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

  it('lets an unnamed title holder speak, relayed by the outlet interviewing them, and keeps the outlet name out of the quote', () => {
    const r = extractArticle(
      article(
        'وقال الوزير المفوض في السفارة الفرنسية، في تصريح لـ«الشرق الأوسط»، إن الزيارة «تفتح صفحة جديدة في العلاقات».',
      ),
    );
    expect(r.statements[0]).toMatchObject({
      speaker: {
        entityId: null,
        description: 'الوزير المفوض في السفارة الفرنسية',
        affiliationId: 'country:fr',
      },
      via: 'group:asharq-al-awsat',
      quote: 'تفتح صفحة جديدة في العلاقات',
    });
  });

  it('does not take a verb after a title for a name, and makes "استقبل" a meeting only between people', () => {
    const r = extractArticle(
      article(
        'استقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس الفرنسي إيمانويل ماكرون في الرياض. وقال مسؤول إن الميناء ما زال يستقبل السفن.',
        'ولي العهد السعودي يستقبل الرئيس الفرنسي في الرياض',
      ),
    );
    expect(
      r.entities
        .filter((e) => e.type === 'Person')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['person:emmanuel-macron', 'person:mohammed-bin-salman']);
    expect(r.events.map((e) => e.type)).toEqual(['Meeting']);
  });

  it('does not carry one unnamed speaker over to another with a different head noun', () => {
    const r = extractArticle(
      article('وقال السفير الفرنسي إن الزيارة مهمة. وقال الوزير الفرنسي إن الزيارة مهمة.'),
    );
    expect(r.statements.map((s) => s.speaker.description)).toEqual(['السفير الفرنسي', 'الوزير الفرنسي']);
  });

  it('reads "وفق ما أفاد X" as X reporting, and "وفق خطة" as no statement at all', () => {
    const r = extractArticle(
      article(
        'أجرى الملك عبد الله الثاني اتصالا هاتفيا مع الرئيس المصري عبد الفتاح السيسي، وفق ما أفاد الديوان الملكي الهاشمي في بيان. ووقعت مصر وإثيوبيا اتفاقا وفق خطة أممية.',
      ),
    );
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]).toMatchObject({ cue: 'وفق', kind: 'reported' });
    expect(r.entities.find((e) => e.id === r.statements[0]!.speaker.entityId)?.name).toBe(
      'الديوان الملكي الهاشمي',
    );
  });

  it('keeps the explicit subject of a statement whose last figure is sourced to someone else', () => {
    const r = extractArticle(
      article('وأعلنت جيبوتي حاجتها إلى المساعدات بعد نزاع أسفر عن مقتل أربعة آلاف شخص وفق الأمم المتحدة.'),
    );
    expect(r.statements[0]!.speaker.entityId).toBe('country:dj');
  });

  it('tells a body named by its function apart by where it is, and places an event at the place nearest its trigger', () => {
    const r = extractArticle(
      article(
        'قالت وزارة الصحة في غزة إن 17 فلسطينيا على الأقل قتلوا في غارات إسرائيلية استهدفت منازل في مدينة خان يونس.',
      ),
    );
    expect(r.statements[0]!.speaker.entityId).toBe('group:وزاره-الصحه-في-غزه');
    expect(r.entities.find((e) => e.id === 'group:وزاره-الصحه-في-غزه')?.aliases).toContain('وزارة الصحة');
    expect(r.events.map((e) => [e.type, e.locationId])).toEqual([['Attack', 'place:khan-younis']]);
  });

  it('takes a proposal or talks "to reach" a deal for no agreement, but "تم التوصل إلى اتفاق" for one', () => {
    const proposal = extractArticle(
      article('التقى مدير المخابرات المصرية حسن رشاد وفدا من حركة حماس لبحث مقترح جديد لوقف إطلاق النار.'),
    );
    expect(proposal.events.map((e) => e.type)).toEqual(['Meeting']);
    const reached = extractArticle(
      article('وتم التوصل إلى اتفاق لوقف إطلاق النار في غزة بين إسرائيل وحماس.'),
    );
    expect(reached.events.map((e) => e.type)).toEqual(['Agreement']);
  });

  it('reads "ورأى X أن" as a statement, and a central bank with its nisba as one body', () => {
    const r = extractArticle(
      article(
        'قرر البنك المركزي المصري الإبقاء على أسعار الفائدة. ورأى الخبير الاقتصادي محمد فؤاد أن خفض الفائدة «لن يحدث قبل الربع الأول من العام المقبل».',
      ),
    );
    expect(r.entities.find((e) => e.type === 'Group')?.name).toBe('البنك المركزي المصري');
    expect(r.statements[0]).toMatchObject({
      cue: 'ورأى',
      kind: 'said',
      quote: 'لن يحدث قبل الربع الأول من العام المقبل',
    });
    expect(r.entities.find((e) => e.id === r.statements[0]!.speaker.entityId)?.name).toBe('محمد فؤاد');
  });

  it('counts "سقوط ثلاثة قتلى" once, reads "مسلحين دروز" as the Druze, and takes no press conference for a meeting', () => {
    const r = extractArticle(
      article(
        'أعلن وزير الخارجية السوري أسعد الشيباني، في مؤتمر صحافي عقده في دمشق، أن الحكومة ستطلق خطة جديدة. وشهدت محافظة السويداء اشتباكات بين مسلحين دروز وعناصر من قوات الأمن العام أسفرت عن سقوط ثلاثة قتلى.',
      ),
    );
    expect(r.events.map((e) => [e.type, e.killed])).toEqual([['Clash', 3]]);
    expect(r.entities.some((e) => e.type === 'Place' && e.name.includes('دروز'))).toBe(false);
  });

  it('gives a sentence whose first cue has no subject to the speaker a later "، وقال" names', () => {
    const r = extractArticle(
      article(
        'أعلن متحدث باسم شركة الخليج العربي للنفط أن الإنتاج مستقر. وتدير الشركة حقل السرير وميناء الحريقة، علما بأنها أعلنت الشهر الماضي أن إنتاجها يتراوح بين 250 ألفا و290 ألف برميل يوميا، وقال المتحدث إن حقل النافورة لا يزال مغلقا.',
      ),
    );
    const second = r.statements[1]!;
    expect(second.cue).toBe('وقال');
    expect(second.speaker).toEqual(r.statements[0]!.speaker);
  });

  it("never ends an unnamed speaker's description inside a name", () => {
    const r = extractArticle(
      article('وقال مسؤول في مقر حكومة رئيس الوزراء عبد الله الثني بمدينة طبرق إنه «لا صحة لذلك».'),
    );
    expect(r.statements[0]!.speaker.description).toContain('عبد الله الثني');
  });

  it("gives a participle cue (متهما، مؤكدا) to the main clause's subject, and reads replies, executions and votes", () => {
    const r = extractArticle(
      article(
        'هدد الرئيس الأميركي دونالد ترامب بفرض رسوم جمركية على السلع الأوروبية، متهما الاتحاد الأوروبي بـ«استغلال» الولايات المتحدة. وردت رئيسة المفوضية الأوروبية أورسولا فون دير لاين بأن التكتل «مستعد للدفاع عن مصالحه». وفي طهران، أعدم شخصان أدينا بالتجسس. وانتخب البرلمان العراقي محمود المشهداني رئيسا له.',
      ),
    );
    expect(r.statements.map((s) => [s.kind, s.speaker.entityId])).toEqual([
      ['accused', 'person:donald-trump'],
      ['said', 'person:ursula-von-der-leyen'],
    ]);
    expect(r.statements[0]!.about).toContain('group:eu');
    expect(r.events.map((e) => e.type)).toEqual(['Death', 'Election']);
  });

  it('takes "قوات الأمن" and "حركة التمرد" for descriptions, but keeps a force named with its nisba', () => {
    const r = extractArticle(
      article(
        'وقعت مواجهات بين المحتجين وقوات الأمن في بغداد منذ أن بدأ المتمردون حركة التمرد. وأعلنت القوات المسلحة السودانية السيطرة على المدينة.',
      ),
    );
    const groups = r.entities.filter((e) => e.type === 'Group').map((e) => e.name);
    expect(groups).not.toContain('قوات الأمن');
    expect(groups).not.toContain('حركة التمرد');
    expect(r.statements[0]!.speaker.entityId).toBe('group:sudanese-armed-forces');
  });

  it('names a body by a construct chain closed by a nationality, reads a long title to its holder, and takes a nationality after the trigger for the attacker', () => {
    const r = extractArticle(
      article(
        'قالت هيئة عمليات التجارة البحرية البريطانية إنها تلقت بلاغا عن حادث قرب عدن. وقال وزير الإعلام في الحكومة اليمنية المعترف بها دوليا معمر الإرياني إن الهجمات «تهدد الملاحة». وشيع آلاف اليمنيين جثامين 12 شخصا قتلوا في غارات أميركية استهدفت ميناء الحديدة.',
      ),
    );
    const body = r.entities.find((e) => e.name === 'هيئة عمليات التجارة البحرية البريطانية');
    expect(body?.type).toBe('Group');
    expect(r.statements[0]!.speaker.entityId).toBe(body!.id);
    expect(r.entities.find((e) => e.id === r.statements[1]!.speaker.entityId)?.name).toBe('معمر الإرياني');
    const raid = r.events.find((e) => e.trigger === 'غارات')!;
    expect(raid.participants).toContainEqual({ entityId: 'country:us', role: 'actor' });
    expect(raid.participants).toContainEqual({ entityId: 'country:ye', role: 'target' });
  });

  it('reads a recapture as a military operation, and gives a re-mentioned conflict no place named far from it', () => {
    const r = extractArticle(
      article(
        'أعلن الجيش السوداني استعادة السيطرة على مدينة ود مدني. وقال مستشار قائد قوات الدعم السريع إن المعارك «لا تزال مستمرة». ودعا وزير الخارجية البريطاني ديفيد لامي طرفي النزاع إلى وقف فوري لإطلاق النار، مؤكدا أن بلاده ستستضيف مؤتمرا دوليا بشأن السودان في لندن.',
      ),
    );
    expect(r.events.find((e) => e.type === 'MilitaryOperation')?.locationId).toBe('place:wad-madani');
    expect(r.events.find((e) => e.type === 'Clash')?.locationId ?? null).not.toBe('place:london');
  });

  it('gives unnamed sources the nationality that follows them, and makes a presidency with its nisba a body', () => {
    const r = extractArticle(
      article(
        'وذكرت الرئاسة السورية في بيان أن اللقاء تناول رفع العقوبات. وفي بغداد، اغتيل مسؤول في فصيل مسلح قرب المطار، بحسب مصادر أمنية عراقية.',
      ),
    );
    expect(r.entities.find((e) => e.id === r.statements[0]!.speaker.entityId)?.name).toBe('الرئاسة السورية');
    expect(r.statements[1]!.speaker).toMatchObject({
      description: 'مصادر أمنية عراقية',
      affiliationId: 'country:iq',
    });
  });

  it('reads "حسبما أفادت X", names a body through "لحقوق الإنسان", and takes an agency told to for the relay', () => {
    const r = extractArticle(
      article(
        'واعتقلت الشرطة العشرات في الرباط، حسبما أفادت الجمعية المغربية لحقوق الإنسان. وقالت وزارة الدفاع الروسية لوكالة الأنباء الرسمية إن الهجوم فشل.',
      ),
    );
    expect(r.entities.find((e) => e.id === r.statements[0]!.speaker.entityId)?.name).toBe(
      'الجمعية المغربية لحقوق الإنسان',
    );
    expect(r.statements[1]!.speaker.entityId).toBe('group:russian-ministry-of-defence');
    expect(r.entities.find((e) => e.id === r.statements[1]!.via)?.name).toBe('وكالة الأنباء الرسمية');
  });

  it('takes a body head + noun + definite word right after a reporting verb for the body that speaks', () => {
    const r = extractArticle(
      article(
        'ونقلت وكالة رويترز عن سكان قولهم إن إطلاق النار استمر، فيما أعلن مركز طب الطوارئ مقتل ستة أشخاص.',
      ),
    );
    const last = r.statements.at(-1)!;
    expect(last.cue).toBe('أعلن');
    expect(r.entities.find((e) => e.id === last.speaker.entityId)?.name).toBe('مركز طب الطوارئ');
  });

  it('reads a given name that looks like a nationality after a definite word, and takes no match between clubs for a meeting', () => {
    const r = extractArticle(
      article(
        'وقال مدرب الهلال البرتغالي جورجي جيسوس إن فريقه «استحق اللقب». ويلتقي الهلال في نصف النهائي مع العين الإماراتي الشهر المقبل.',
      ),
    );
    expect(r.entities.some((e) => e.id === 'country:ge')).toBe(false);
    expect(r.entities.find((e) => e.id === r.statements[0]!.speaker.entityId)?.name).toBe('جورجي جيسوس');
    expect(r.events).toEqual([]);
  });

  it('reads an accusative nationality ("جنديا باكستانيا"), keeps a claimed attack one event, and no app name as the quote', () => {
    const r = extractArticle(
      article(
        'قتل 11 جنديا باكستانيا في هجوم شنه مسلحون على نقطة تفتيش في منطقة جنوب وزيرستان. وتبنت حركة طالبان باكستان الهجوم في بيان نشرته على تطبيق «تلغرام»، فيما نفت حكومة طالبان في كابل أي صلة لها بالحركة.',
      ),
    );
    expect(r.entities.some((e) => e.id === 'country:pk')).toBe(true);
    expect(r.events.filter((e) => e.type === 'Attack')).toHaveLength(1);
    expect(r.statements[0]!.quote).not.toBe('تلغرام');
  });
});
