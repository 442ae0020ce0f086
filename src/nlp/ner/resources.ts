// External name knowledge (data/ner, built by `npm run ner:resources` from pinned PyPI wheels; see
// data/ner/NOTICE): given names and surnames with counts (Wikidata person names), full person names,
// Arabic spellings of (mostly foreign) name words, and general-text word frequencies (wordfreq).
// Most test names never occur in ANERcorp train; these lists say "this word is a name" or "this
// word is a common word" for words the training data cannot. Like the lexicon, the lists are
// snapshotted into the model file, so tagging never depends on data/ner after training.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtraAttrs } from './features.ts';
import { Gazetteer, matchKey } from './gazetteer.ts';
import { hashString, mix2 } from './hash.ts';
import { normalizeArabic, stripClitics } from './normalize.ts';

/** Snapshot stored in the model header: the data/ner files' text, only for the parts in use. */
export interface ResourceData {
  /** "key\tcount" lines, keys are match keys (matchKey). */
  given?: string;
  surname?: string;
  /** Full person names, one per line, space-joined match keys. */
  persons?: string;
  /** Name words (match keys), one per line. */
  nameWords?: string;
  /** "normalised word\tZipf" lines. */
  zipf?: string;
  /** Place names and sports clubs (ArWikiCats), one per line, space-joined match keys. */
  places?: string;
  clubs?: string;
  /** Curated head nouns that open multi-word names: "LABEL\tword" lines, # comments. */
  heads?: string;
}

/** Which parts to use (bit mask, hyperparameter `names`). */
export const RES_NAMEPARTS = 1;
export const RES_ZIPF = 2;
export const RES_PERSONS = 4;
export const RES_NEIGHBOURS = 8;
export const RES_PLACES = 16;
export const RES_CLUBS = 32;
export const RES_HEADS = 64;
/** Conjunction of general-text frequency and name-part membership (a given name that is also a common word). */
export const RES_ZIPF_X_NAME = 128;
/** Name-part membership also conjoined with the training-frequency bucket (needs 1 and 2). */
export const RES_NAME_X_FREQ = 256;

/** Name-part membership conjoined with the token's proclitics (و، ب، ال …). */
export const RES_NAME_X_CLITIC = 512;
/** Neighbours' general-text frequency (left and right). */
export const RES_NEIGHBOUR_ZIPF = 1024;

/** Leading extras() arrays conjoined with the training frequency: zipf, and name parts with bit 256. */
export function fbConjOf(mask: number): number {
  return mask & RES_NAME_X_FREQ && mask & RES_ZIPF && mask & RES_NAMEPARTS ? 2 : 1;
}

const FILES: [keyof ResourceData, string, number][] = [
  ['given', 'given-names.tsv', RES_NAMEPARTS],
  ['surname', 'surnames.tsv', RES_NAMEPARTS],
  ['nameWords', 'name-words.txt', RES_NAMEPARTS],
  ['zipf', 'word-zipf.tsv', RES_ZIPF],
  ['persons', 'person-names.txt', RES_PERSONS],
  ['places', 'places.txt', RES_PLACES],
  ['clubs', 'clubs.txt', RES_CLUBS],
  ['heads', 'heads.tsv', RES_HEADS],
];

export function readResourceDir(dir: string, mask: number): ResourceData | null {
  if (!mask || !existsSync(dir)) return null;
  const out: ResourceData = {};
  for (const [k, f, bit] of FILES) if (mask & bit) out[k] = readFileSync(join(dir, f), 'utf8');
  return out;
}

/**
 * A word list as sorted 32-bit hashes of its keys with one byte per key (0 = absent), looked up by
 * binary search: stored as raw arrays in the model file, so loading costs no parsing.
 */
export class HashTable {
  constructor(
    readonly keys: Uint32Array,
    readonly vals: Uint8Array,
  ) {}

  static fromMap(m: Map<string, number>, salt: number): HashTable {
    const byHash = new Map<number, number>();
    for (const [k, v] of m) {
      const h = hashString(k, salt);
      byHash.set(h, Math.max(byHash.get(h) ?? 0, v)); // on a (rare) collision keep the larger value
    }
    const keys = Uint32Array.from(byHash.keys()).sort();
    return new HashTable(
      keys,
      Uint8Array.from(keys, (h) => byHash.get(h)!),
    );
  }

  get(h: number): number {
    const k = this.keys;
    let lo = 0;
    let hi = k.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = k[mid]!;
      if (v === h) return this.vals[mid]!;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }
}

/** Token-level lists, in the order they are stored in the model file. */
export const TABLE_NAMES = ['given', 'surname', 'nameWords', 'zipf'] as const;
export type ResourceTables = Partial<Record<(typeof TABLE_NAMES)[number], HashTable>>;
const SALT = { given: 5001, surname: 5002, nameWords: 5003, zipf: 5004 } as const;

/** Builds the hashed tables from the data/ner text (at training time). */
export function tablesFromData(data: ResourceData): ResourceTables {
  const t: ResourceTables = {};
  if (data.given) t.given = HashTable.fromMap(tsvMap(data.given, countBucket), SALT.given);
  if (data.surname) t.surname = HashTable.fromMap(tsvMap(data.surname, countBucket), SALT.surname);
  if (data.nameWords)
    t.nameWords = HashTable.fromMap(
      new Map(
        data.nameWords
          .split('\n')
          .filter((x) => x)
          .map((w) => [w, 1]),
      ),
      SALT.nameWords,
    );
  if (data.zipf)
    t.zipf = HashTable.fromMap(
      tsvMap(data.zipf, (v) => v),
      SALT.zipf,
    );
  return t;
}

/** The parts of ResourceData in use that stay text in the model header (gazetteers, head nouns). */
export function textParts(data: ResourceData, mask: number): ResourceData {
  const out: ResourceData = {};
  const bits = { persons: RES_PERSONS, places: RES_PLACES, clubs: RES_CLUBS, heads: RES_HEADS } as const;
  for (const [k, bit] of Object.entries(bits) as [keyof typeof bits, number][])
    if (mask & bit && data[k] !== undefined) out[k] = data[k];
  return out;
}

/** Count bucket: 1 once, 2 up to 4, 3 up to 19, 4 for 20+ (0 = not in the list). */
function countBucket(c: number): number {
  return c <= 1 ? 1 : c <= 4 ? 2 : c <= 19 ? 3 : 4;
}

function tsvMap(text: string | undefined, f: (v: number) => number): Map<string, number> {
  const m = new Map<string, number>();
  if (!text) return m;
  let a = 0;
  while (a < text.length) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    const tab = text.indexOf('\t', a);
    if (tab > a && tab < b) m.set(text.slice(a, tab), f(Number(text.slice(tab + 1, b))));
    a = b + 1;
  }
  return m;
}

export class NameResources {
  private readonly given: HashTable | null;
  private readonly surname: HashTable | null;
  private readonly nameWords: HashTable | null;
  private readonly zipf: HashTable | null;
  private readonly persons: Gazetteer | null;
  private readonly neighbours: boolean;
  /** match key -> label of a head noun (وزارة -> ORG). */
  private readonly heads: Map<string, string> | null;
  readonly hasNameParts: boolean;
  /** How many leading extras() arrays are conjoined with the training frequency (FeatureContext.extra1Conj). */
  readonly fbConj: number;
  /** word -> [frequency attribute, name-part attribute]; news vocabulary repeats a lot. */
  private readonly cache = new Map<string, [number, number]>();

  /** `tables`: hashed token lists; `text`: gazetteer and head-noun lists (see textParts). */
  constructor(
    readonly tables: ResourceTables,
    text: ResourceData,
    readonly mask: number,
  ) {
    this.given = tables.given ?? null;
    this.surname = tables.surname ?? null;
    this.nameWords = tables.nameWords ?? null;
    this.hasNameParts = (mask & RES_NAMEPARTS) !== 0 && this.given !== null;
    this.zipf = mask & RES_ZIPF ? (tables.zipf ?? null) : null;
    this.fbConj = fbConjOf(mask);
    // One longest-match gazetteer over the external name lists (labels WPERS, WLOC, WORG).
    const lines = (t: string | undefined): string[] => (t ? t.split('\n').filter((x) => x) : []);
    const gaz: Record<string, string[]> = {};
    if (mask & RES_PERSONS && text.persons) gaz.WPERS = lines(text.persons);
    if (mask & RES_PLACES && text.places) gaz.WLOC = lines(text.places);
    if (mask & RES_CLUBS && text.clubs) gaz.WORG = lines(text.clubs);
    this.persons = Object.keys(gaz).length ? new Gazetteer(gaz) : null;
    this.neighbours = (mask & RES_NEIGHBOURS) !== 0;
    this.heads = null;
    if (mask & RES_HEADS && text.heads) {
      this.heads = new Map();
      for (const line of text.heads.split('\n')) {
        if (!line || line.startsWith('#')) continue;
        const [label, word] = line.split('\t');
        if (label && word) this.heads.set(matchKey(word), label);
      }
    }
  }

  /** From the data/ner text (training). */
  static fromData(data: ResourceData, mask: number): NameResources {
    return new NameResources(tablesFromData(data), textParts(data, mask), mask);
  }

  /**
   * Per-token attributes, each one feature (see FeatureContext.extra1): general-text frequency
   * (first, so it is also conjoined with the training frequency), name-part membership with count
   * buckets, its neighbours', full-name gazetteer match (B/I).
   */
  extras(tokens: readonly string[]): ExtraAttrs[] {
    const n = tokens.length;
    const res: ExtraAttrs[] = [];
    const z = new Int32Array(n);
    const p = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const [a, b] = this.wordAttrs(tokens[i]!);
      z[i] = a;
      p[i] = b;
    }
    if (this.zipf) res.push(z);
    if (this.hasNameParts) {
      res.push(p);
      if (this.neighbours) {
        const prev = new Int32Array(n);
        const next = new Int32Array(n);
        for (let i = 0; i < n; i++) {
          prev[i] = i > 0 ? p[i - 1]! : 0;
          next[i] = i + 1 < n ? p[i + 1]! : 0;
        }
        res.push(prev, next);
      }
    }
    if (this.mask & RES_NAME_X_CLITIC && this.hasNameParts) {
      const x = new Int32Array(n);
      for (let i = 0; i < n; i++)
        if (p[i])
          x[i] = mix2(78, p[i]!, hashString(stripClitics(normalizeArabic(tokens[i]!)).clitics, 79)) | 1;
      res.push(x);
    }
    if (this.mask & RES_NEIGHBOUR_ZIPF && this.zipf) {
      const l = new Int32Array(n);
      const r = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        l[i] = i > 0 ? z[i - 1]! : 0;
        r[i] = i + 1 < n ? z[i + 1]! : 0;
      }
      res.push(l, r);
    }
    if (this.mask & RES_ZIPF_X_NAME && this.zipf && this.hasNameParts) {
      const x = new Int32Array(n);
      for (let i = 0; i < n; i++) if (p[i]) x[i] = mix2(77, z[i]!, p[i]!) | 1;
      res.push(x);
    }
    if (this.persons) res.push(this.persons.attrs(tokens));
    if (this.heads) res.push(this.headAttrs(tokens));
    return res;
  }

  /**
   * The nearest head noun at or before each token, up to 4 tokens back and not across punctuation:
   * label and distance ("ORG:0" on وزارة, "ORG:2" on the second word after it). Multi-word ORG
   * and MISC names are mostly common nouns after such a head (اتحاد صناعة السيارات).
   */
  private headAttrs(tokens: readonly string[]): Int32Array {
    const n = tokens.length;
    const out = new Int32Array(n);
    let last = -100;
    let label = '';
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      if (!/[\u0621-\u064a]/u.test(t)) {
        last = -100;
        continue;
      }
      const h = this.heads!.get(matchKey(t));
      if (h) {
        last = i;
        label = h;
      }
      const d = i - last;
      if (d <= 4) out[i] = hashString(`${label}:${d}`, 3003) | 1;
    }
    return out;
  }

  private wordAttrs(word: string): [number, number] {
    let r = this.cache.get(word);
    if (r) return r;
    const k = matchKey(word);
    let za = 0;
    if (this.zipf) {
      const zw = this.zipf.get(hashString(normalizeArabic(word), SALT.zipf));
      const zs = zw ? 0 : this.zipf.get(hashString(k, SALT.zipf));
      za = hashString(`z${zw}:${zs}`, 3001) | 1;
    }
    let pa = 0;
    if (this.hasNameParts) {
      const g = this.given!.get(hashString(k, SALT.given));
      const s = this.surname?.get(hashString(k, SALT.surname)) ?? 0;
      const d = this.nameWords?.get(hashString(k, SALT.nameWords)) ?? 0;
      if (g || s || d) pa = hashString(`g${g}s${s}d${d}`, 3002) | 1;
    }
    r = [za, pa];
    if (this.cache.size >= 200_000) this.cache.clear();
    this.cache.set(word, r);
    return r;
  }
}
