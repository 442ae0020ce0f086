// Loads the data files the pipeline runs on (data/lexicon/*.json, data/triggers/*.json) once per
// process. Everything linguistic lives in those files; this module only reads and indexes them.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalise } from '../nlp/normalise.ts';
import type { EntityType } from './contract.ts';

export interface LexiconEntry {
  id: string;
  type: EntityType;
  name: string;
  nameEn: string | null;
  aliases: string[];
  kind?: string;
  /** ISO 3166 alpha-2 of the country the entity belongs to or lies in. */
  country?: string;
  nisba?: string[];
}

export interface Resources {
  lexicon: LexiconEntry[];
  byId: Map<string, LexiconEntry>;
  /** Country entry id by ISO alpha-2 (upper case). */
  countryByIso: Map<string, string>;
  cues: Map<string, string>;
  weakCues: Set<string>;
  sourceCues: Set<string>;
  anonymousHeads: Set<string>;
  /** Cue participles (مؤكدا، متهما): the speaker is the main clause's subject, not the word after. */
  participleCues: Set<string>;
  /** Trigger (normalised, possibly multiword) -> event type. */
  triggers: Map<string, string>;
  weakTriggers: Set<string>;
  titles: Record<
    | 'person'
    | 'leader'
    | 'spokesperson'
    | 'member'
    | 'deputy'
    | 'founder'
    | 'plural'
    | 'headOfState'
    | 'minister',
    Set<string>
  >;
  /** Heads that may carry the article (القوات الجوية), heads that may take a title (مكتب رئيس الوزراء). */
  definiteHeads: Set<string>;
  titledHeads: Set<string>;
  /** Heads that take a place as complement: إدارة مدينة إسلام آباد. */
  placeOwners: Set<string>;
  negators: Set<string>;
  /** Event type -> words that, right before its trigger, make it a description: "مخيم للنازحين". */
  triggerDescriptors: Map<string, Set<string>>;
  /** Triggers that make an event only with a named person taking part: "استقبل". */
  personTriggers: Set<string>;
  /** Meeting verbs that need a person or two known sides: "يلتقي". */
  twoSidedTriggers: Set<string>;
  /** Words that undo a descriptor: "تم التوصل إلى اتفاق" did happen. */
  realisers: Set<string>;
  /** Two-word phrases that open with a trigger but are no event: "مؤتمر صحافي". */
  notEvents: Set<string>;
  /** Triggers completed by a word a little later: عملية … العسكرية. */
  gappedTriggers: Map<string, { type: string; within: number; with: Set<string> }>;
  /** Verbs of a relative clause that make a person lead something: "الذي يتولى رئاسة …". */
  leadVerbs: Set<string>;
  leadSkip: Set<string>;
  /** Participles linking two organisations: التابعة (PART_OF), المرتبطة (AFFILIATED_WITH). */
  affiliationWords: Map<string, 'PART_OF' | 'AFFILIATED_WITH'>;
  groupHeads: Set<string>;
  /** Head -> complements that describe rather than name: "قوات الأمن"، "حركة التمرد". */
  headDescriptions: Map<string, Set<string>>;
  placeHeads: Set<string>;
  outletHeads: Set<string>;
  anaphors: Map<string, string>;
  killedNouns: Set<string>;
  /** Words that end a count of the dead: "قتل خمسة وأصيب ثمانية". */
  injuryWords: Set<string>;
  firstNames: Set<string>;
  /** Curated given names that may open a person name by themselves. */
  givenNames: Set<string>;
  /** Heads that take an indefinite proper name: حزب ميريتس، حركة طالبان. */
  namedHeads: Set<string>;
  commonWords: Set<string>;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = join(ROOT, 'data');

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/**
 * The small word lists the pattern components keep at module level, by data file and list name. A
 * list is `{ "about": …, "words": [...] }`, or `{ "about": …, "<module>": [...], … }` where two modules
 * keep their own variant side by side. Declared here so a missing or misspelt list fails at load
 * instead of silently matching nothing. Words are returned as written: each module normalises (or
 * not) as it always has.
 */
const WORD_LISTS = {
  names: {
    file: 'name-parts.json',
    lists: {
      connectors: ['discovery', 'nerCandidates'],
      nameTails: ['discovery', 'nerCandidates'],
      tooCommonGivenNames: ['coref', 'nerCandidates'],
      kinship: ['words'],
      tribes: ['words'],
    },
  },
  nameContext: {
    file: 'name-context.json',
    lists: {
      titleLinks: ['words'],
      titleAdverbs: ['words'],
      pronounLinks: ['words'],
      appositionHeads: ['words'],
      afterSubject: ['words'],
      organisationNameStops: ['words'],
    },
  },
  statements: {
    file: 'statement-words.json',
    lists: {
      complementisers: ['words'],
      skippable: ['words'],
      relativesBeforeCue: ['words'],
      collectives: ['words'],
      prepositions: ['words'],
      quoting: ['words'],
      relay: ['words'],
      interview: ['words'],
      contrastive: ['words'],
      attributionOpeners: ['words'],
    },
  },
  relations: {
    file: 'relation-words.json',
    lists: { borderVerbs: ['words'], relativePronouns: ['words'], possessedParty: ['words'] },
  },
  functionWords: {
    file: 'function-words.json',
    lists: { functionWords: ['words'], alefMaqsura: ['words'] },
  },
} as const;

type WordListSpec = typeof WORD_LISTS;
type Variants<T> = T extends readonly (infer V extends string)[] ? V : never;

/** wordLists().names.connectors.discovery, wordLists().statements.relay.words, … */
export type WordLists = {
  readonly [F in keyof WordListSpec]: {
    readonly [L in keyof WordListSpec[F]['lists']]: Readonly<
      Record<Variants<WordListSpec[F]['lists'][L]>, readonly string[]>
    >;
  };
};

let cachedWordLists: WordLists | null = null;

/** Reads data/triggers' word-list files once per process. */
export function wordLists(): WordLists {
  if (cachedWordLists) return cachedWordLists;
  const out: Record<string, Record<string, Record<string, readonly string[]>>> = {};
  for (const [group, { file, lists }] of Object.entries(WORD_LISTS)) {
    const data = readJson<Record<string, Record<string, unknown> | undefined>>(join(DATA, 'triggers', file));
    const byName: Record<string, Record<string, readonly string[]>> = {};
    for (const [name, variants] of Object.entries(lists) as [string, readonly string[]][]) {
      const byVariant: Record<string, readonly string[]> = {};
      for (const v of variants) {
        const words = data[name]?.[v];
        if (!Array.isArray(words) || words.length === 0 || !words.every((w) => typeof w === 'string'))
          throw new Error(`data/triggers/${file}: "${name}.${v}" must be a non-empty list of words`);
        byVariant[v] = Object.freeze([...words]);
      }
      byName[name] = byVariant;
    }
    out[group] = byName;
  }
  cachedWordLists = out as unknown as WordLists;
  return cachedWordLists;
}

interface RawEntry extends Partial<LexiconEntry> {
  id: string;
}

/** Merges every data/lexicon/*.json by id: the first file giving a field wins, aliases are united. */
export function loadLexicon(dir = join(DATA, 'lexicon')): LexiconEntry[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    // core.json is the pipeline's own fallback: the curated files come first and win on fields.
    .sort((a, b) => (a === 'core.json' ? 1 : b === 'core.json' ? -1 : a.localeCompare(b)));
  const merged = new Map<string, RawEntry & { aliases: string[]; nisba: string[] }>();
  for (const f of files) {
    const data = readJson<{ entries?: RawEntry[] }>(join(dir, f));
    for (const e of data.entries ?? []) {
      if (!e?.id) continue;
      const cur = merged.get(e.id);
      if (!cur) {
        merged.set(e.id, { ...e, aliases: [...(e.aliases ?? [])], nisba: [...(e.nisba ?? [])] });
        continue;
      }
      for (const k of ['type', 'name', 'nameEn', 'kind', 'country'] as const) {
        if (cur[k] == null && e[k] != null) Object.assign(cur, { [k]: e[k] });
      }
      for (const a of e.aliases ?? []) if (!cur.aliases.includes(a)) cur.aliases.push(a);
      for (const a of e.nisba ?? []) if (!cur.nisba.includes(a)) cur.nisba.push(a);
    }
  }
  addIsoCountryNames(merged);
  const out: LexiconEntry[] = [];
  for (const e of merged.values()) {
    if (!e.type || !e.name) continue;
    out.push({
      id: e.id,
      type: e.type,
      name: e.name,
      nameEn: e.nameEn ?? null,
      aliases: e.aliases.filter((a) => a !== e.name),
      ...(e.kind ? { kind: e.kind } : {}),
      ...(e.country ? { country: e.country.toUpperCase() } : {}),
      ...(e.nisba.length ? { nisba: e.nisba } : {}),
    });
  }
  return out;
}

/** Arabic (and English) country names from i18n-iso-countries, as aliases of `country:<iso2>`. */
function addIsoCountryNames(merged: Map<string, RawEntry & { aliases: string[]; nisba: string[] }>): void {
  const require = createRequire(import.meta.url);
  const countries = require('i18n-iso-countries') as {
    registerLocale(l: unknown): void;
    getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
  };
  countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const ar = countries.getNames('ar', { select: 'all' });
  const en = countries.getNames('en', { select: 'all' });
  for (const [iso, names] of Object.entries(ar)) {
    const id = `country:${iso.toLowerCase()}`;
    const cur = merged.get(id);
    if (!cur) {
      merged.set(id, {
        id,
        type: 'Country',
        name: names[0]!,
        nameEn: en[iso]?.[0] ?? null,
        aliases: names.slice(1),
        nisba: [],
        country: iso,
      });
      continue;
    }
    for (const n of names) if (n !== cur.name && !cur.aliases.includes(n)) cur.aliases.push(n);
  }
}

let cached: Resources | null = null;

export function resources(): Resources {
  if (cached) return cached;
  const lexicon = loadLexicon();
  const t = join(DATA, 'triggers');
  const cues = readJson<{
    cues: { form: string; kind: string }[];
    weak: string[];
    source: string[];
    anonymous: string[];
    participles?: string[];
  }>(join(t, 'reporting-cues.json'));
  const ev = readJson<{
    triggers: Record<string, string[]>;
    weak: string[];
    negators: string[];
    gapped: Record<string, { type: string; within: number; with: string[] }>;
    descriptors?: Record<string, string[]>;
    needPerson?: string[];
    needTwoSides?: string[];
    realisers?: string[];
    notEvents?: string[];
  }>(join(t, 'event-triggers.json'));
  const titles = readJson<{
    titles: Record<string, string[]>;
    relative: { LEADER_OF: string[]; skip: string[] };
    affiliation: Record<'PART_OF' | 'AFFILIATED_WITH', string[]>;
  }>(join(t, 'titles.json'));
  const heads = readJson<{
    descriptions?: Record<string, string[]>;
    heads: {
      Group: string[];
      Place: string[];
      outlet: string[];
      anaphor: Record<string, string>;
      definite: string[];
      titled: string[];
      placeOwners: string[];
      named: string[];
    };
  }>(join(t, 'org-heads.json'));
  const fat = readJson<{ killedNouns: string[]; injuryWords?: string[] }>(join(t, 'fatalities.json'));
  const first = readJson<{ names: string[]; given: string[] }>(join(t, 'first-names.json'));
  const common = readJson<{ words: string[] }>(join(t, 'common-words.json'));
  const triggers = new Map<string, string>();
  for (const [type, forms] of Object.entries(ev.triggers))
    for (const f of forms) triggers.set(normalise(f), type);
  const set = (xs: string[] | undefined) => new Set((xs ?? []).map(normalise));
  const countryByIso = new Map<string, string>();
  for (const e of lexicon) if (e.type === 'Country' && e.country) countryByIso.set(e.country, e.id);
  cached = {
    lexicon,
    byId: new Map(lexicon.map((e) => [e.id, e])),
    countryByIso,
    cues: new Map(cues.cues.map((c) => [normalise(c.form), c.kind])),
    weakCues: set(cues.weak),
    sourceCues: set(cues.source),
    anonymousHeads: set(cues.anonymous),
    participleCues: set(cues.participles),
    triggers,
    weakTriggers: set(ev.weak),
    titles: {
      person: set(titles.titles.person),
      leader: set(titles.titles.leader),
      spokesperson: set(titles.titles.spokesperson),
      member: set(titles.titles.member),
      deputy: set(titles.titles.deputy),
      founder: set(titles.titles.founder),
      plural: set(titles.titles.plural),
      headOfState: set(titles.titles.headOfState),
      minister: set(titles.titles.minister),
    },
    definiteHeads: set(heads.heads.definite),
    titledHeads: set(heads.heads.titled),
    placeOwners: set(heads.heads.placeOwners),
    negators: set(ev.negators),
    personTriggers: set(ev.needPerson),
    twoSidedTriggers: set(ev.needTwoSides),
    realisers: set(ev.realisers),
    notEvents: set(ev.notEvents),
    triggerDescriptors: new Map(
      Object.entries(ev.descriptors ?? {}).map(([type, words]) => [type, set(words)]),
    ),
    gappedTriggers: new Map(
      Object.entries(ev.gapped).map(([k, v]) => [
        normalise(k),
        { type: v.type, within: v.within, with: set(v.with) },
      ]),
    ),
    leadVerbs: set(titles.relative.LEADER_OF),
    leadSkip: set(titles.relative.skip),
    affiliationWords: new Map(
      (Object.entries(titles.affiliation) as ['PART_OF' | 'AFFILIATED_WITH', string[]][]).flatMap(
        ([rel, words]) => words.map((w) => [normalise(w), rel] as [string, 'PART_OF' | 'AFFILIATED_WITH']),
      ),
    ),
    groupHeads: set(heads.heads.Group),
    headDescriptions: new Map(
      Object.entries(heads.descriptions ?? {}).map(([head, words]) => [normalise(head), set(words)]),
    ),
    placeHeads: set(heads.heads.Place),
    outletHeads: set(heads.heads.outlet),
    anaphors: new Map(Object.entries(heads.heads.anaphor).map(([k, v]) => [normalise(k), normalise(v)])),
    killedNouns: set(fat.killedNouns),
    injuryWords: set(fat.injuryWords),
    firstNames: set([...first.names, ...first.given]),
    givenNames: set(first.given),
    namedHeads: set(heads.heads.named),
    commonWords: set(common.words),
  };
  return cached;
}
