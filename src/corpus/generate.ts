// Realistic Arabic news articles composed from templates and the lexicons, with the extraction
// each one implies. Deterministic: the same (n, seed) always gives the same articles, in the
// seed's page format or as JSON Lines.
import type { ArticleExtraction } from '../extract/contract.ts';
import { articleId } from '../ingest/article-id.ts';
import { ArticleBuilder, type Span } from './article-builder.ts';
import {
  INVENTED_FIRST_NAMES,
  INVENTED_LAST_NAMES,
  inventedPerson,
  type LexEntity,
  loadPools,
  type Pools,
} from './lexicon.ts';
import { type Random, seededRandom } from './random.ts';

export interface GeneratedArticle {
  title: string;
  body: string;
  publishedAt: string;
  /** What a perfect extractor returns for this article (source: the outlet line in JSONL). */
  extraction: ArticleExtraction;
}

const MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];
const TOPICS = [
  'التعاون الأمني',
  'الأزمة الإقليمية',
  'ملف الطاقة',
  'مكافحة الإرهاب',
  'التبادل التجاري',
  'إعادة الإعمار',
  'أمن الحدود',
  'ملف اللاجئين',
];
const QUOTES = [
  'الحوار هو السبيل الوحيد لإنهاء الأزمة',
  'بلادنا لن تتراجع عن التزاماتها تجاه شركائها',
  'المحادثات كانت بناءة وصريحة',
  'الوضع الأمني ما زال هشاً ويتطلب يقظة دائمة',
  'لن نسمح بأن تتحول أراضينا إلى ساحة لتصفية الحسابات',
  'هناك تقدم ملموس في الملفات العالقة',
  'التعاون بين البلدين يخدم استقرار المنطقة بأسرها',
  'المسؤولين عن الهجوم سيحاسبون',
  'قواتنا تلاحق المهاجمين في المناطق الجبلية',
  'الحكومة ستعوض أسر الضحايا',
  'الاتفاق سيدخل حيز التنفيذ قبل نهاية العام',
  'لا توجد أي خطط لسحب القوات في الوقت الراهن',
];
const INCIDENTS = [
  'تفجير سيارة مفخخة',
  'الهجوم على مقر أمني',
  'اغتيال مسؤول محلي',
  'إطلاق صواريخ على مناطق سكنية',
  'خطف عمال إغاثة',
];
const WARNINGS = [
  'أي اعتداء جديد سيقابل برد حاسم',
  'الجماعات المسلحة تستغل الفراغ الأمني لتوسيع نفوذها',
  'الأيام المقبلة قد تشهد تصعيداً خطيراً',
  'لن يكون هناك تهاون مع من يهدد أمن المواطنين',
];
const TARGETS = ['قافلة عسكرية', 'نقطة تفتيش', 'سوق شعبية', 'مركز للشرطة', 'حافلة ركاب', 'موكب رسمي'];

interface When {
  text: string;
  date: string;
}

function when(rng: Random): When {
  const year = rng.int(2022, 2025);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  return {
    text: `${day} ${MONTHS[month - 1]} ${year}`,
    date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  };
}

function people(n: number): string {
  return n <= 10 ? `${n} أشخاص` : `${n} شخصاً`;
}

class Story {
  readonly b = new ArticleBuilder();
  constructor(
    readonly rng: Random,
    readonly pools: Pools,
  ) {}

  country(e: LexEntity): LexEntity {
    return this.pools.byId.get(e.countryId!)!;
  }

  /** A line that may already exist (random picks can repeat): try a few times, then skip it. */
  line(make: () => Parameters<ArticleBuilder['line']>[0]): Span | null {
    for (let i = 0; i < 3; i++) {
      const span = this.b.line(make());
      if (span) return span;
    }
    return null;
  }
}

function meetingStory(s: Story): { title: string; when: When } {
  const { rng, pools, b } = s;
  const a = rng.pick(pools.leaders);
  const other = pools.leaders.filter((x) => x.countryId !== a.countryId);
  const c = rng.pick(other);
  const ca = s.country(a);
  const cc = s.country(c);
  const place = rng.pick(pools.places);
  const t = when(rng);
  const topic = rng.pick(TOPICS);
  const title = `${a.name} يلتقي ${c.name} في ${place.name}`;
  b.line([`محادثات حول ${topic} و${rng.pick(TOPICS)}`]);
  const s1 = b.line([
    `التقى الرئيس ال${ca.nisba} `,
    { entity: a },
    ` نظيره ال${cc.nisba} `,
    { entity: c },
    ' في ',
    { entity: place },
    ` يوم ${t.text} لبحث ${topic}.`,
  ])!;
  const meeting = b.event(
    s1,
    'Meeting',
    'التقى',
    [
      { entityId: a.id, role: 'participant' },
      { entityId: c.id, role: 'participant' },
    ],
    { date: t.date, locationId: place.id },
  );
  const quote = rng.pick(QUOTES);
  let said = '';
  const s2 = s.line(() => {
    said = rng.pick(QUOTES);
    return ['وقال ', { entity: a }, ` في مؤتمر صحافي مشترك إن «${said}».`];
  });
  if (s2)
    b.statement(s2, { entityId: a.id, description: null, affiliationId: null }, 'قال', 'said', said, [
      c.id,
      meeting.id,
    ]);
  const outlet = rng.pick(pools.outlets);
  const description = `مسؤول ${cc.nisba} رفيع`;
  const s3 = b.line([
    'ونقلت ',
    { entity: outlet },
    ` عن ${description} قوله إن اللقاء بين `,
    { entity: a },
    ' و',
    { entity: c },
    ` تناول «${quote}».`,
  ]);
  if (s3) {
    b.statement(
      s3,
      { entityId: null, description, affiliationId: cc.id },
      'نقلت',
      'reported',
      quote,
      [meeting.id],
      outlet.id,
    );
    b.alsoReports(meeting, s3);
  }
  const s4 = b.line([
    'ويتولى ',
    { entity: c },
    ' رئاسة ',
    { entity: cc },
    ` منذ عام ${rng.int(2000, 2021)}.`,
  ]);
  if (s4) b.relation(s4, 'LEADER_OF', c.id, cc.id);
  const pc = s.country(place);
  const s5 = b.line([
    'وتقع ',
    { entity: place },
    ' في ',
    { entity: pc },
    '، وقد شهدت لقاءات مماثلة في السابق.',
  ]);
  if (s5) b.relation(s5, 'LOCATED_IN', place.id, pc.id);
  return { title, when: t };
}

function attackStory(s: Story): { title: string; when: When } {
  const { rng, pools, b } = s;
  const place = rng.pick(pools.places);
  const country = s.country(place);
  const killed = rng.int(3, 60);
  const target = rng.pick(TARGETS);
  const t = when(rng);
  // Prefer actors from the same country, as a real report would.
  const local = (list: LexEntity[], k: number) => {
    const same = list.filter((e) => e.countryId === country.id);
    return rng.sample(same.length >= k ? same : list, k);
  };
  const [claimant, denier] = local(pools.militants, 2) as [LexEntity, LexEntity];
  const title = `مقتل ${people(killed)} في هجوم على ${target} في ${place.name}`;
  b.line([`تصاعد أعمال العنف في ${place.name} ومخاوف من موجة جديدة`]);
  const s1 = b.line([
    `قُتل ${people(killed)} على الأقل في هجوم شنه مسلحون على ${target} في `,
    { entity: place },
    ' بـ',
    { entity: country },
    `، يوم ${t.text}.`,
  ])!;
  const attack = b.event(s1, 'Attack', 'هجوم', [], { date: t.date, locationId: place.id, killed });
  const outlet = rng.pick(pools.outlets);
  const s2 = b.line([
    'وأعلنت ',
    { entity: claimant },
    ' مسؤوليتها عن الهجوم في بيان نقلته ',
    { entity: outlet },
    '.',
  ]);
  if (s2) {
    attack.participants.push({ entityId: claimant.id, role: 'actor' });
    b.alsoReports(attack, s2);
    b.statement(
      s2,
      { entityId: claimant.id, description: null, affiliationId: null },
      'أعلنت',
      'confirmed',
      'مسؤوليتها عن الهجوم',
      [attack.id],
      outlet.id,
    );
  }
  const body = local(pools.governmentBodies, 1)[0]!;
  const spokesperson = inventedPerson(
    rng.pick(INVENTED_FIRST_NAMES),
    rng.pick(INVENTED_LAST_NAMES),
    country.id,
  );
  const quote = rng.pick(QUOTES);
  const s3 = b.line([
    'وقال ',
    { entity: spokesperson },
    '، المتحدث باسم ',
    { entity: body },
    `، إن «${quote}».`,
  ]);
  if (s3) {
    b.statement(
      s3,
      { entityId: spokesperson.id, description: null, affiliationId: null },
      'قال',
      'said',
      quote,
      [attack.id],
    );
    b.relation(s3, 'SPOKESPERSON_OF', spokesperson.id, body.id);
  }
  const s4 = b.line(['ونفت ', { entity: denier }, ' في بيان أي علاقة لها بالهجوم.']);
  if (s4)
    b.statement(
      s4,
      { entityId: denier.id, description: null, affiliationId: null },
      'نفت',
      'denied',
      'أي علاقة لها بالهجوم',
      [attack.id],
    );
  if (rng.chance(0.5)) {
    const s5 = b.line([
      `وكان ${people(rng.int(3, 30))} قد قتلوا في اشتباكات بين `,
      { entity: claimant },
      ' وقوات الأمن في ',
      { entity: place },
      ' الشهر الماضي.',
    ]);
    if (s5) {
      b.event(s5, 'Clash', 'اشتباكات', [{ entityId: claimant.id, role: 'actor' }], {
        locationId: place.id,
        killed: Number(s5.sentence.match(/\d+/)![0]),
      });
    }
  }
  return { title, when: t };
}

function accusationStory(s: Story): { title: string; when: When } {
  const { rng, pools, b } = s;
  const place = rng.pick(pools.places);
  const country = s.country(place);
  const sameCountry = pools.militants.filter((e) => e.countryId === country.id);
  const group = rng.pick(sameCountry.length ? sameCountry : pools.militants);
  const minister = inventedPerson(rng.pick(INVENTED_FIRST_NAMES), rng.pick(INVENTED_LAST_NAMES), country.id);
  const bodies = pools.governmentBodies.filter((e) => e.countryId === country.id);
  const incident = rng.pick(INCIDENTS);
  const t = when(rng);
  const title = `${country.name} تتهم ${group.name} بالوقوف وراء ${incident}`;
  b.line([`تحذيرات من تصعيد جديد في ${place.name} بعد ${incident}`]);
  const s1 = b.line([
    `اتهم وزير الداخلية ال${country.nisba} `,
    { entity: minister },
    ' ',
    { entity: group },
    ` بالوقوف وراء ${incident} في `,
    { entity: place },
    ` يوم ${t.text}.`,
  ])!;
  b.statement(
    s1,
    { entityId: minister.id, description: null, affiliationId: null },
    'اتهم',
    'accused',
    `بالوقوف وراء ${incident}`,
    [group.id, place.id],
  );
  const warning = rng.pick(WARNINGS);
  const s2 = b.line(['وحذر ', { entity: minister }, ` في مؤتمر صحافي من أن «${warning}».`]);
  if (s2)
    b.statement(
      s2,
      { entityId: minister.id, description: null, affiliationId: null },
      'حذر',
      'warned',
      warning,
      [group.id],
    );
  const neighbour = rng.pick(pools.countries.filter((c) => c.id !== country.id));
  const s3 = b.line([
    'ودعت ',
    { entity: neighbour },
    ' إلى «ضبط النفس» ووقف التصعيد في ',
    { entity: place },
    '.',
  ]);
  if (s3)
    b.statement(
      s3,
      { entityId: neighbour.id, description: null, affiliationId: null },
      'دعت',
      'called',
      'ضبط النفس',
      [place.id],
    );
  const outlet = rng.pick(pools.outlets);
  const description = `مصدر أمني ${country.nisba}`;
  const s4 = b.line([
    'ونقلت ',
    { entity: outlet },
    ` عن ${description} أن عناصر `,
    { entity: group },
    ' ينشطون في ',
    { entity: place },
    ' منذ أشهر.',
  ]);
  if (s4) {
    const quote = s4.sentence.slice(s4.sentence.indexOf(' أن ') + 4, -1);
    b.statement(
      s4,
      { entityId: null, description, affiliationId: country.id },
      'نقلت',
      'reported',
      quote,
      [group.id],
      outlet.id,
    );
  }
  const s5 = b.line(['ويتخذ ', { entity: group }, ' من ', { entity: place }, ' مقراً رئيسياً له.']);
  if (s5) b.relation(s5, 'BASED_IN', group.id, place.id);
  if (bodies.length) {
    const body = rng.pick(bodies);
    const s6 = b.line([
      'ويشغل ',
      { entity: minister },
      ' عضوية ',
      { entity: body },
      ` منذ عام ${rng.int(2010, 2021)}.`,
    ]);
    if (s6) b.relation(s6, 'MEMBER_OF', minister.id, body.id);
  }
  return { title, when: t };
}

/** `n` articles, the same for the same seed. Article ids are unique within the corpus. */
export function generateArticles(n: number, seed = 1, pools: Pools = loadPools()): GeneratedArticle[] {
  const rng = seededRandom(seed);
  const out: GeneratedArticle[] = [];
  const ids = new Set<string>();
  while (out.length < n) {
    const story = new Story(rng, pools);
    const roll = rng.next();
    const compose = roll < 0.4 ? meetingStory : roll < 0.75 ? attackStory : accusationStory;
    const { title, when: t } = compose(story);
    const body = story.b.body;
    const id = articleId(title, body);
    if (ids.has(id)) continue;
    ids.add(id);
    const publishedAt = t.date;
    out.push({
      title,
      body,
      publishedAt,
      extraction: story.b.extraction({ id, title, publishedAt, source: 'akhbar-corpus', url: null }),
    });
  }
  return out;
}

/** The seed's newspaper-page format: title, furniture (title again, "TT"), then the body lines. */
export function toPageFormat(articles: GeneratedArticle[]): string {
  return `${articles
    .map((a) => {
      const [subtitle, ...rest] = a.body.split('\n');
      return [
        a.title,
        '',
        subtitle,
        '',
        a.title,
        'TT',
        '',
        a.title,
        '',
        ...rest.flatMap((l) => [l, '']),
      ].join('\n');
    })
    .join('\n\n\n')}\n`;
}

export function toJsonl(articles: GeneratedArticle[]): string {
  return articles
    .map(
      (a) =>
        `${JSON.stringify({ title: a.title, body: a.body, publishedAt: a.publishedAt, source: 'akhbar-corpus' })}\n`,
    )
    .join('');
}
