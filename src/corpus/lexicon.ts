// The entity pools the corpus draws from: the project's lexicons (so generated articles name the
// people, groups, countries and places the extractor knows) plus invented people, so a large
// corpus also has the long tail of names no lexicon holds.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../db/local-neo4j.ts';
import type { EntityType } from '../extract/contract.ts';

export interface LexEntity {
  id: string;
  type: EntityType;
  name: string;
  nameEn: string | null;
  aliases: string[];
  kind: string;
  /** Id of the entity's country, when the lexicon says. */
  countryId: string | null;
  /** Adjective form for "an Afghan official" (countries only). */
  nisba: string | null;
}

export interface Pools {
  leaders: LexEntity[];
  officials: LexEntity[];
  countries: LexEntity[];
  places: LexEntity[];
  militants: LexEntity[];
  governmentBodies: LexEntity[];
  outlets: LexEntity[];
  byId: Map<string, LexEntity>;
}

interface RawEntry {
  id: string;
  type: EntityType;
  name: string;
  nameEn?: string | null;
  aliases?: string[];
  kind?: string;
  country?: string;
  nisba?: string[];
}

const FILES = ['core.json', 'countries.json', 'groups-militant.json', 'groups-state.json', 'outlets.json'];

function readEntries(dir: string): RawEntry[] {
  return FILES.flatMap(
    (f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { entries: RawEntry[] }).entries,
  );
}

export function loadPools(dir = join(PROJECT_ROOT, 'data/lexicon')): Pools {
  const byId = new Map<string, LexEntity>();
  for (const e of readEntries(dir)) {
    // core.json also holds name-less patches (extra aliases for a country defined in
    // countries.json); the pools take each entity from the entry that names it.
    if (!e.name || byId.has(e.id)) continue;
    // A plain adjective ("أفغاني"): the first nisba form without the article.
    const nisba = e.nisba?.find((n) => !n.startsWith('ال') && !/(ية|ون|ين)$/.test(n)) ?? null;
    byId.set(e.id, {
      id: e.id,
      type: e.type,
      name: e.name,
      nameEn: e.nameEn ?? null,
      aliases: e.aliases ?? [],
      kind: e.kind ?? (e.type === 'Country' ? 'country' : ''),
      countryId: e.country ? `country:${e.country.toLowerCase()}` : null,
      nisba,
    });
  }
  const all = [...byId.values()];
  const countries = all.filter((e) => e.type === 'Country' && e.kind === 'country' && e.nisba);
  const countryIds = new Set(countries.map((c) => c.id));
  const inKnownCountry = (e: LexEntity) => e.countryId !== null && countryIds.has(e.countryId);
  return {
    leaders: all.filter((e) => e.type === 'Person' && /head-of/.test(e.kind) && inKnownCountry(e)),
    officials: all.filter(
      (e) => e.type === 'Person' && /minister|official|spokesperson|military/.test(e.kind),
    ),
    countries,
    places: all.filter(
      (e) => e.type === 'Place' && /city|province|district|region/.test(e.kind) && inKnownCountry(e),
    ),
    militants: all.filter((e) => e.type === 'Group' && e.kind === 'militant'),
    governmentBodies: all.filter((e) => e.type === 'Group' && e.kind === 'government-body'),
    outlets: all.filter((e) => e.type === 'Group' && e.kind === 'outlet'),
    byId,
  };
}

const FIRST = [
  'أحمد',
  'محمد',
  'خالد',
  'عمر',
  'يوسف',
  'سامي',
  'طارق',
  'نبيل',
  'كريم',
  'فادي',
  'ماجد',
  'حسن',
  'رامي',
  'زياد',
  'وليد',
];
const LAST = [
  'الحسيني',
  'العمري',
  'الخطيب',
  'النجار',
  'السعدي',
  'القاسم',
  'الزعبي',
  'المصري',
  'الشامي',
  'البدوي',
  'العلي',
  'الطحان',
  'الراشد',
  'الفارس',
  'الجبوري',
  'المالكي',
  'الدوري',
  'العبيدي',
];

/** An invented spokesperson for a group; the id is stable for the same name. */
export function inventedPerson(first: string, last: string, countryId: string | null): LexEntity {
  const name = `${first} ${last}`;
  return {
    id: `person:gen-${createHash('sha256').update(name).digest('hex').slice(0, 12)}`,
    type: 'Person',
    name,
    nameEn: null,
    aliases: [last],
    kind: 'spokesperson',
    countryId,
    nisba: null,
  };
}

export const INVENTED_FIRST_NAMES: readonly string[] = FIRST;
export const INVENTED_LAST_NAMES: readonly string[] = LAST;
