// A synthetic, deterministic corpus of extractions for the API benchmarks: N articles whose
// entities are drawn from a Zipf-shaped pool (a few entities in most articles, a long tail in
// few), the way news names Russia far more often than a district council. The API benchmark
// needs 1k and 100k-article graphs quickly; running the real extractor (~57 articles/s on one
// core) over 100k articles would take half an hour, and what the API sees is the graph, not the
// text. Extractions go through the real loader (src/graph writeArticles), so the graph has exactly
// the shape the loader produces.
import { seededRandom } from '../../src/corpus/random.ts';
import type {
  ArticleExtraction,
  EntityType,
  EventType,
  ExtractedEntity,
  ExtractedEvent,
  ExtractedRelation,
  ExtractedStatement,
  RelationType,
  StatementKind,
} from '../../src/extract/contract.ts';

/** The corpus generator's seeded mulberry32: the same seed gives the same corpus on every machine. */
export function rng(seed: number): () => number {
  return seededRandom(seed).next;
}

const SYLLABLES = [
  'مح',
  'مد',
  'عب',
  'دال',
  'له',
  'سا',
  'مي',
  'نو',
  'ري',
  'كر',
  'يم',
  'حس',
  'ين',
  'فا',
  'طم',
  'ة',
  'خا',
  'لد',
  'عل',
  'ي',
  'زي',
  'نب',
  'يو',
  'سف',
  'بر',
  'هي',
  'جا',
  'بل',
  'قا',
  'سم',
  'رش',
  'يد',
];
const WORDS = [
  'قال',
  'أكد',
  'نفى',
  'الحكومة',
  'المسؤول',
  'الوزير',
  'الهجوم',
  'المدينة',
  'الاتفاق',
  'القوات',
  'العاصمة',
  'الرئيس',
  'مجلس',
  'الأمن',
  'الدولي',
  'المعارضة',
  'الانتخابات',
  'الحدود',
  'الجيش',
  'المفاوضات',
  'الاقتصاد',
  'النفط',
  'اللاجئين',
  'المساعدات',
  'الشرطة',
  'البرلمان',
  'الحزب',
  'الوفد',
  'الزيارة',
  'العملية',
  'العسكرية',
  'المنطقة',
  'الشمالية',
  'الجنوبية',
  'السلام',
  'الحرب',
  'الضربات',
  'الجوية',
  'المحافظة',
  'المحلية',
];
const TYPES: EntityType[] = ['Person', 'Person', 'Group', 'Country', 'Place'];
const KINDS: StatementKind[] = [
  'said',
  'said',
  'said',
  'denied',
  'confirmed',
  'reported',
  'accused',
  'warned',
  'called',
];
const EVENTS: EventType[] = [
  'Meeting',
  'Attack',
  'MilitaryOperation',
  'Clash',
  'Agreement',
  'Protest',
  'Arrest',
];
const RELATIONS: RelationType[] = [
  'LEADER_OF',
  'MEMBER_OF',
  'SPOKESPERSON_OF',
  'LOCATED_IN',
  'BASED_IN',
  'PART_OF',
];

export interface PoolEntity {
  id: string;
  type: EntityType;
  name: string;
  nameEn: string;
}

/** Distinct entities grow more slowly than articles (new names keep appearing, less often). */
export function poolSize(articles: number): number {
  return Math.round(400 + 40 * Math.sqrt(articles));
}

function word(r: () => number, list: readonly string[]): string {
  return list[Math.floor(r() * list.length)]!;
}

export function entityPool(size: number, seed = 7): PoolEntity[] {
  const r = rng(seed);
  const pool: PoolEntity[] = [];
  for (let i = 0; i < size; i++) {
    const type = TYPES[i % TYPES.length]!;
    const parts = 2 + Math.floor(r() * 2);
    let name = '';
    for (let p = 0; p < parts; p++) name += word(r, SYLLABLES);
    // A second word keeps names distinct and searchable as whole tokens.
    name = `${name} ${word(r, SYLLABLES)}${word(r, SYLLABLES)}${i.toString(36)}`;
    pool.push({ id: `${type.toLowerCase()}:bench-${i}`, type, name, nameEn: `Bench ${type} ${i}` });
  }
  return pool;
}

/** Zipf(s=1) rank sampler over `n` items by inverse CDF on precomputed cumulative weights. */
function zipf(n: number): (r: () => number) => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += 1 / (i + 1);
    cdf[i] = sum;
  }
  return (r) => {
    const x = r() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function sentence(r: () => number, words: number, extra = ''): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(word(r, WORDS));
  if (extra) out.splice(Math.floor(words / 2), 0, extra);
  return `${out.join(' ')}.`;
}

export interface CorpusOptions {
  articles: number;
  seed?: number;
  /** Characters of body per article (real dev articles average ~3,000). */
  bodyChars?: number;
}

/** Yields extractions one by one so 100k articles never sit in memory together. */
export function* syntheticCorpus(options: CorpusOptions): Generator<ArticleExtraction> {
  const pool = entityPool(poolSize(options.articles));
  const pick = zipf(pool.length);
  const r = rng(options.seed ?? 42);
  const bodyChars = options.bodyChars ?? 3000;
  for (let a = 0; a < options.articles; a++) {
    const chosen = new Map<string, PoolEntity>();
    const want = 5 + Math.floor(r() * 6);
    while (chosen.size < want) {
      const e = pool[pick(r)]!;
      chosen.set(e.id, e);
    }
    const ents = [...chosen.values()];
    const people = ents.filter((e) => e.type === 'Person');
    const places = ents.filter((e) => e.type === 'Country' || e.type === 'Place');
    const groups = ents.filter((e) => e.type === 'Group');

    // Body: sentences that name the entities, then filler to the target length.
    const sentences: string[] = [];
    for (const e of ents) sentences.push(sentence(r, 8, e.name));
    while (sentences.join(' ').length < bodyChars) sentences.push(sentence(r, 12));
    const body = sentences.join(' ');
    const starts: number[] = [];
    let offset = 0;
    for (const s of sentences) {
      starts.push(offset);
      offset += s.length + 1;
    }

    const entities: ExtractedEntity[] = ents.map((e, i) => {
      const start = body.indexOf(e.name, starts[i]);
      return {
        id: e.id,
        type: e.type,
        name: e.name,
        nameEn: e.nameEn,
        aliases: [],
        mentions: [{ text: e.name, start, end: start + e.name.length }],
      };
    });

    const day = 1 + (a % 28);
    const month = 1 + (Math.floor(a / 28) % 12);
    const date = `20${String(15 + (Math.floor(a / 336) % 10)).padStart(2, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

    const events: ExtractedEvent[] = [];
    if (ents.length >= 3) {
      const p1 = ents[0]!;
      const p2 = ents[1]!;
      events.push({
        id: 'ev1',
        type: word(r, EVENTS) as EventType,
        trigger: 'هجوم',
        sentence: sentences[0]!,
        mentions: [{ sentence: sentences[0]!, start: 0, end: sentences[0]!.length }],
        date,
        locationId: places[0]?.id ?? null,
        participants: [
          { entityId: p1.id, role: 'actor' },
          { entityId: p2.id, role: 'target' },
        ],
        killed: r() < 0.3 ? Math.floor(r() * 20) : null,
      });
    }

    const statements: ExtractedStatement[] = [];
    const nStatements = 1 + Math.floor(r() * 4);
    for (let s = 0; s < nStatements; s++) {
      const named = people.length > 0 && r() < 0.7;
      const speaker = named ? people[Math.floor(r() * people.length)]! : null;
      const aboutPool = ents.filter((e) => e !== speaker);
      const about = [aboutPool[Math.floor(r() * aboutPool.length)]!.id];
      if (events.length && r() < 0.3) about.push('ev1');
      const si = Math.floor(r() * sentences.length);
      statements.push({
        id: `st${s}`,
        speaker: named
          ? { entityId: speaker!.id, description: null, affiliationId: null }
          : { entityId: null, description: 'مسؤول رفيع', affiliationId: places[0]?.id ?? null },
        via: groups.length && r() < 0.2 ? groups[0]!.id : null,
        cue: 'قال',
        kind: word(r, KINDS) as StatementKind,
        quote: sentence(r, 8),
        sentence: sentences[si]!,
        about,
        start: starts[si]!,
        end: starts[si]! + sentences[si]!.length,
      });
    }

    const relations: ExtractedRelation[] = [];
    if (people.length && (groups.length || places.length) && r() < 0.6) {
      const to = groups[0] ?? places[0]!;
      relations.push({
        type: word(r, RELATIONS) as RelationType,
        from: people[0]!.id,
        to: to.id,
        sentence: sentences[0]!,
        start: 0,
        end: sentences[0]!.length,
      });
    }

    yield {
      article: {
        id: `bench-${options.seed ?? 42}-${a}`,
        title: sentence(r, 6),
        publishedAt: date,
        source: 'bench',
        url: null,
        body,
      },
      entities,
      statements,
      events,
      relations,
    };
  }
}
