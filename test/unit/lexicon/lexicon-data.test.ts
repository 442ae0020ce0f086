import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Data-quality checks for the curated gazetteer in data/lexicon/*.json (see data/lexicon/README.md).

interface LexiconEntry {
  id: string;
  type: 'Person' | 'Group' | 'Country' | 'Place';
  /** Absent only on a patch entry: it adds aliases/nisba to an entity defined in another file (merged by id). */
  name?: string;
  nameEn?: string;
  aliases: string[];
  kind?: string;
  country?: string;
  nisba?: string[];
}

const LEXICON_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/lexicon');
const TYPES = ['Person', 'Group', 'Country', 'Place'] as const;
const PREFIX: Record<LexiconEntry['type'], string> = {
  Person: 'person',
  Group: 'group',
  Country: 'country',
  Place: 'place',
};
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DIACRITICS = /[\u064B-\u0652\u0670]/u;
// Arabic letters, digits, spaces, hyphen, dot, parentheses; no diacritics (harakat U+064B–U+0652, dagger alif U+0670).
const ARABIC_TEXT = /^[0-9\u0600-\u064A\u0653-\u066F\u0671-\u06FF ().-]+$/u;
// Files curated for this gazetteer (everything except core.json, which belongs to the extraction pipeline).
const isCurated = (file: string) => file !== 'core.json';

const files = readdirSync(LEXICON_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const byFile = new Map<string, LexiconEntry[]>();
for (const f of files) {
  const parsed = JSON.parse(readFileSync(join(LEXICON_DIR, f), 'utf8')) as { entries: LexiconEntry[] };
  byFile.set(f, parsed.entries);
}
const all: Array<LexiconEntry & { file: string }> = [...byFile].flatMap(([file, es]) =>
  es.map((e) => ({ ...e, file })),
);
const defining = all.filter((e) => e.name !== undefined);
const byId = new Map(defining.map((e) => [e.id, e]));
// Merged view: a defining entry plus the aliases/nisba of every patch entry with the same id.
const merged = new Map<string, LexiconEntry>();
for (const e of defining) merged.set(e.id, { ...e, aliases: [...e.aliases], nisba: [...(e.nisba ?? [])] });
for (const e of all.filter((x) => x.name === undefined)) {
  const m = merged.get(e.id);
  if (m === undefined) continue;
  m.aliases.push(...e.aliases);
  m.nisba?.push(...(e.nisba ?? []));
}

function surfaceForms(e: LexiconEntry): string[] {
  return [...new Set([...(e.name === undefined ? [] : [e.name]), ...e.aliases, ...(e.nisba ?? [])])];
}

describe('lexicon data files', () => {
  it('finds the lexicon files', () => {
    expect(files).toContain('countries.json');
    expect(all.length).toBeGreaterThan(1000);
  });

  it.each(files)('%s has a valid shape', (file) => {
    const entries = byFile.get(file);
    expect(Array.isArray(entries)).toBe(true);
    for (const e of entries ?? []) {
      const where = `${file} ${e.id}`;
      expect(typeof e.id, where).toBe('string');
      expect(TYPES, where).toContain(e.type);
      expect(Array.isArray(e.aliases), where).toBe(true);
      if (e.name === undefined) {
        // Patch entry (merge by id): allowed only for an entity defined in another file with the same type.
        expect(isCurated(file), `${where}: curated files must define entities fully`).toBe(false);
        expect(byId.get(e.id)?.type, `${where}: patch of an undefined entity`).toBe(e.type);
      } else {
        expect(typeof e.name, where).toBe('string');
        expect(e.name.trim().length, where).toBeGreaterThan(0);
      }
      for (const form of surfaceForms(e)) {
        expect(typeof form, where).toBe('string');
        expect(form, where).toBe(form.trim());
        expect(form.length, where).toBeGreaterThan(0);
        expect(DIACRITICS.test(form), `${where}: diacritics in "${form}"`).toBe(false);
        if (isCurated(file)) expect(form, where).toMatch(ARABIC_TEXT);
      }
      if (e.nameEn !== undefined) expect(typeof e.nameEn, where).toBe('string');
      if (e.kind !== undefined) expect(e.kind, where).toMatch(SLUG);
      if (e.country !== undefined) expect(e.country, where).toMatch(/^[A-Z]{2}$/);
      if (e.nisba !== undefined) expect(e.type, where).toBe('Country');
      if (isCurated(file)) {
        expect(typeof e.nameEn, where).toBe('string');
        expect(typeof e.kind, where).toBe('string');
      }
    }
  });

  it('ids follow the scheme <type prefix>:<slug>', () => {
    const bad = all.filter((e) => {
      const [prefix, rest, ...more] = e.id.split(':');
      if (more.length > 0 || prefix !== PREFIX[e.type] || rest === undefined) return true;
      if (e.type === 'Country') return !/^[a-z]{2,7}$/.test(rest);
      return !SLUG.test(rest);
    });
    expect(bad.map((e) => `${e.file} ${e.id}`)).toEqual([]);
  });

  it('modern countries use their ISO 3166-1 alpha-2 code', () => {
    const bad = all.filter(
      (e) =>
        e.type === 'Country' &&
        e.kind !== 'country-historical' &&
        e.kind !== 'historical-state' &&
        !/^country:[a-z]{2}$/.test(e.id),
    );
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('ids are unique across all files (one defining entry per id)', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const e of defining) {
      const prev = seen.get(e.id);
      if (prev !== undefined) dups.push(`${e.id} in ${prev} and ${e.file}`);
      seen.set(e.id, e.file);
    }
    expect(dups).toEqual([]);
  });

  it('no surface form (name, alias, nisba) is shared by two entities of the same type', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of merged.values()) {
      for (const form of surfaceForms(e)) {
        const key = `${e.type}\u0000${form}`;
        const prev = owner.get(key);
        if (prev !== undefined && prev !== e.id) clashes.push(`${e.type} "${form}": ${prev} / ${e.id}`);
        else owner.set(key, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('no aliases that are bare everyday words', () => {
    const banned = new Set(['الدولة', 'دولة', 'أمل', 'الأمل', 'الشباب', 'النور', 'الحق', 'الفتح', 'الأمة']);
    const bad = all.flatMap((e) => e.aliases.filter((a) => banned.has(a)).map((a) => `${e.id}: ${a}`));
    expect(bad).toEqual([]);
  });

  it('every UN member state plus Palestine, Kosovo, Taiwan and Western Sahara is present', () => {
    const modern = defining.filter((e) => e.type === 'Country' && e.kind === 'country');
    expect(modern.length).toBeGreaterThanOrEqual(197);
    for (const cc of [
      'ps',
      'xk',
      'tw',
      'eh',
      'af',
      'pk',
      'ir',
      'iq',
      'sy',
      'ye',
      'ly',
      'ss',
      'us',
      'gb',
      'cn',
    ]) {
      expect(byId.has(`country:${cc}`), cc).toBe(true);
    }
  });

  it('spot checks', () => {
    const forms = (id: string) => {
      const e = merged.get(id);
      expect(e, id).toBeDefined();
      return surfaceForms(e as LexiconEntry);
    };
    const curated = (id: string) => defining.find((e) => e.id === id && isCurated(e.file));
    expect(forms('country:ru')).toEqual(
      expect.arrayContaining(['روسيا', 'الروسي', 'الروسية', 'الروس', 'الروسيين']),
    );
    expect(forms('country:pk')).toEqual(
      expect.arrayContaining(['باكستان', 'باكستاني', 'الباكستانية', 'الباكستانيون', 'الباكستانيين']),
    );
    expect(forms('country:us')).toEqual(
      expect.arrayContaining(['أميركا', 'أمريكا', 'الأميركي', 'الأمريكية']),
    );
    // Washington is a city (place:washington), not a name of the country.
    expect(surfaceForms(curated('country:us') as LexiconEntry)).not.toContain('واشنطن');
    expect(['country-historical', 'historical-state']).toContain(merged.get('country:su')?.kind);
    expect(curated('country:yu')?.kind).toBe('country-historical');
    expect(forms('person:vladimir-putin')).toContain('بوتين');
    expect(merged.get('group:taliban')?.type).toBe('Group');
    expect(forms('group:taliban')).toEqual(expect.arrayContaining(['طالبان', 'حركة طالبان']));
    expect(forms('group:ttp')).toContain('طالبان باكستان');
    expect(forms('group:isis')).toContain('داعش');
    expect(forms('group:haqqani-network')).toContain('شبكة حقاني');
    expect(merged.get('group:kremlin')?.type).toBe('Group');
    expect(merged.get('place:kabul')?.country).toBe('AF');
    expect(merged.get('place:middle-east')?.type).toBe('Place');
    expect(forms('person:sirajuddin-haqqani')).toContain('سراج الدين حقاني');
    expect(forms('place:north-waziristan')).toContain('وزيرستان الشمالية');
  });
});
