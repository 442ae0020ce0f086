// Lexicon-membership features: the project's gazetteer (data/lexicon/*.json) matched against a
// sentence, longest match first, on clitic-stripped normalised forms, so لروسيا and والرئيس
// still hit روسيا and الرئيس. The tagger stores a snapshot of the names in the model file, so
// tagging does not depend on the lexicon files changing after training.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashString } from './hash.ts';
import type { EntityLabel } from './labels.ts';
import { normalizeArabic, stripClitics } from './normalize.ts';

/** Gazetteer snapshot: label -> names, each name as space-joined match keys. */
export type GazetteerData = Partial<Record<EntityLabel | 'given' | 'family', string[]>>;

const TYPE_LABEL: Record<string, EntityLabel> = {
  Person: 'PERS',
  Group: 'ORG',
  Country: 'LOC',
  Place: 'LOC',
};

/** Match key of one token: normalised, proclitics and article removed. */
export function matchKey(token: string): string {
  return stripClitics(normalizeArabic(token)).stem;
}

function keysOf(name: string): string {
  return name
    .split(/[\s\-–—/()«»"'.,،]+/u)
    .filter((t) => t.length > 0)
    .map(matchKey)
    .join(' ');
}

interface LexiconFile {
  entries?: { type?: string; name?: string; aliases?: string[] }[];
}

/** Reads data/lexicon/*.json in file-name order (deterministic) into a sorted, de-duplicated snapshot. */
export function readLexiconDir(dir: string): GazetteerData {
  const sets = new Map<EntityLabel, Set<string>>();
  const given = new Set<string>();
  const family = new Set<string>();
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as LexiconFile;
    for (const e of data.entries ?? []) {
      const label = e.type ? TYPE_LABEL[e.type] : undefined;
      if (!label) continue;
      let set = sets.get(label);
      if (!set) {
        set = new Set();
        sets.set(label, set);
      }
      for (const n of [e.name ?? '', ...(e.aliases ?? [])]) {
        const k = keysOf(n);
        const parts = k.split(' ');
        // Given and family names of multi-word person names generalise to unseen combinations
        // (فلاديمير + an unknown surname).
        if (label === 'PERS' && parts.length >= 2) {
          if (parts[0]!.length >= 3) given.add(parts[0]!);
          if (parts[parts.length - 1]!.length >= 3) family.add(parts[parts.length - 1]!);
        }
        // One- and two-letter keys (e.g. a bare "ال") would fire everywhere.
        if (k.replace(/ /g, '').length >= 3) set.add(k);
      }
    }
  }
  const out: GazetteerData = {};
  for (const [label, set] of [...sets].sort((a, b) => a[0].localeCompare(b[0]))) out[label] = [...set].sort();
  out.given = [...given].sort();
  out.family = [...family].sort();
  return out;
}

export class Gazetteer {
  /** first key -> candidate names (key arrays) with labels, longest first. */
  private readonly byFirst = new Map<string, { keys: string[]; labels: string }[]>();
  readonly size: number;
  private readonly given: Set<string>;
  private readonly family: Set<string>;

  constructor(data: GazetteerData | Readonly<Record<string, readonly string[] | undefined>>) {
    const labelsOf = new Map<string, Set<string>>();
    this.given = new Set(data.given ?? []);
    this.family = new Set(data.family ?? []);
    for (const [label, names] of Object.entries(data)) {
      if (label === 'given' || label === 'family') continue;
      for (const n of names ?? []) {
        let s = labelsOf.get(n);
        if (!s) {
          s = new Set();
          labelsOf.set(n, s);
        }
        s.add(label);
      }
    }
    this.size = labelsOf.size;
    for (const [n, labels] of labelsOf) {
      const keys = n.split(' ');
      const first = keys[0]!;
      let l = this.byFirst.get(first);
      if (!l) {
        l = [];
        this.byFirst.set(first, l);
      }
      l.push({ keys, labels: [...labels].sort().join('|') });
    }
    for (const l of this.byFirst.values()) l.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** Per-token hashed attribute: known given name (G), family name (F), both (GF); 0 = neither. */
  nameParts(tokens: readonly string[]): Int32Array {
    const out = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const k = matchKey(tokens[i]!);
      const v = (this.given.has(k) ? 'G' : '') + (this.family.has(k) ? 'F' : '');
      if (v) out[i] = hashString(v, 2002) | 1;
    }
    return out;
  }

  /** Per-token hashed attribute: matched label(s) and position (B/I), 0 when no lexicon name covers it. */
  attrs(tokens: readonly string[]): Int32Array {
    const n = tokens.length;
    const out = new Int32Array(n);
    const keys = tokens.map(matchKey);
    for (let i = 0; i < n; ) {
      const cands = this.byFirst.get(keys[i]!);
      let matched = 0;
      if (cands) {
        for (const c of cands) {
          if (i + c.keys.length > n) continue;
          let ok = true;
          for (let k = 1; k < c.keys.length && ok; k++) ok = keys[i + k] === c.keys[k];
          if (!ok) continue;
          for (let k = 0; k < c.keys.length; k++) {
            out[i + k] = hashString(`${c.labels}:${k === 0 ? 'B' : 'I'}`, 2001) | 1;
          }
          matched = c.keys.length;
          break;
        }
      }
      i += matched || 1;
    }
    return out;
  }
}
