// Reader for `token TAG` per line corpora (ANERcorp CAMeL split, AQMAR), sentences split by blank lines.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TaggedSentence {
  tokens: string[];
  tags: string[];
}

/** Parses CoNLL-style text. Tolerates a missing final newline and stray CRs. */
export function parseConll(text: string, mapTag: (tag: string) => string = (t) => t): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence = { tokens: [], tags: [] };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const sp = line.lastIndexOf(' ');
    if (sp <= 0) continue;
    cur.tokens.push(line.slice(0, sp));
    cur.tags.push(mapTag(line.slice(sp + 1)));
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

export function readConll(path: string, mapTag?: (tag: string) => string): TaggedSentence[] {
  return parseConll(readFileSync(path, 'utf8'), mapTag);
}

/**
 * AQMAR tag mapping: PER -> PERS (ANERcorp spelling), LOC/ORG kept, every MIS* and the stray
 * language tags dropped to O (MISC is not scored on AQMAR), typos like I--ORG repaired.
 */
export function mapAqmarTag(tag: string): string {
  const m = /^([BI])-+(PER|LOC|ORG)$/.exec(tag);
  if (!m) return 'O';
  return `${m[1]}-${m[2] === 'PER' ? 'PERS' : m[2]}`;
}

/** All AQMAR articles in file-name order, with bidi marks stripped from tokens (see its README). */
export function readAqmar(dir: string, files?: readonly string[]): TaggedSentence[] {
  const names =
    files ??
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
  const out: TaggedSentence[] = [];
  for (const f of names) {
    for (const s of readConll(join(dir, f), mapAqmarTag)) {
      const tokens = s.tokens.map((t) => t.replace(/[\u200e\u200f]/g, ''));
      out.push({ tokens, tags: s.tags });
    }
  }
  return out;
}

/** AQMAR dev files as listed in its README (LLMeBench split); the other 20 are its test files. */
export const AQMAR_DEV_FILES = [
  'Damascus.txt',
  'Atom.txt',
  'Raul_Gonzales.txt',
  'Linux.txt',
  'Imam_Hussein_Shrine.txt',
  'Nuclear_Power.txt',
  'Real_Madrid.txt',
  'Solaris.txt',
];
