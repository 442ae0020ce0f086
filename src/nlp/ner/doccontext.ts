// Document-level hints for the second-stage tagger (stacking, Krishnan & Manning 2006 style):
// a name is usually tagged consistently within one article, so how the first stage tagged the same
// word elsewhere in the document, and what it predicted here, become features of the second stage.

import { hashString } from './hash.ts';
import { bioToSpans, TAGS } from './labels.ts';
import { normalizeArabic, stripClitics } from './normalize.ts';

/** Number of extra attribute arrays docHints produces per sentence. */
export const NUM_DOC_HINTS = 5;

interface Occ {
  sent: number;
  tok: number;
  val: string;
}

/**
 * For each sentence of a document and each token, hashed hints (0 = none):
 *  0: own first-stage tag; 1/2: first-stage tag of the previous/next token;
 *  3: majority entity role (type:B|I|O) of the same normalised word elsewhere within ±window sentences;
 *  4: the same for the clitic-stripped stem.
 * `window` bounds the context for corpora without document breaks (ANERcorp); pass Infinity for an article.
 */
export function docHints(
  sentences: readonly (readonly string[])[],
  stage1: readonly Int32Array[],
  window: number,
): Int32Array[][] {
  const byNorm = new Map<string, Occ[]>();
  const byStem = new Map<string, Occ[]>();
  const keys: { norm: string; stem: string }[][] = [];
  for (let s = 0; s < sentences.length; s++) {
    const toks = sentences[s]!;
    const tags = Array.from(stage1[s]!, (y) => TAGS[y]!);
    const role: string[] = tags.map(() => 'O');
    for (const sp of bioToSpans(tags)) {
      for (let i = sp.start; i < sp.end; i++) role[i] = `${sp.label}:${i === sp.start ? 'B' : 'I'}`;
    }
    const k: { norm: string; stem: string }[] = [];
    for (let i = 0; i < toks.length; i++) {
      const norm = normalizeArabic(toks[i]!);
      const stem = stripClitics(norm).stem;
      k.push({ norm, stem });
      if (norm.length < 2) continue; // punctuation and single letters carry no document signal
      const push = (m: Map<string, Occ[]>, key: string) => {
        let l = m.get(key);
        if (!l) {
          l = [];
          m.set(key, l);
        }
        l.push({ sent: s, tok: i, val: role[i]! });
      };
      push(byNorm, norm);
      push(byStem, stem);
    }
    keys.push(k);
  }
  const vote = (list: Occ[] | undefined, s: number, i: number, salt: number): number => {
    if (!list) return 0;
    const tally = new Map<string, number>();
    for (const o of list) {
      if ((o.sent === s && o.tok === i) || Math.abs(o.sent - s) > window) continue;
      tally.set(o.val, (tally.get(o.val) ?? 0) + 1);
    }
    let best = '';
    let bc = 0;
    for (const [v, c] of tally) {
      // Entity readings win ties over O: one confident mention should propagate.
      if (c > bc || (c === bc && v !== 'O')) {
        best = v;
        bc = c;
      }
    }
    return bc === 0 ? 0 : hashString(`${best}`, salt) | 1;
  };
  const out: Int32Array[][] = [];
  for (let s = 0; s < sentences.length; s++) {
    const n = sentences[s]!.length;
    const st = stage1[s]!;
    const h = Array.from({ length: NUM_DOC_HINTS }, () => new Int32Array(n));
    for (let i = 0; i < n; i++) {
      h[0]![i] = hashString(TAGS[st[i]!]!, 1001) | 1;
      h[1]![i] = hashString(i > 0 ? TAGS[st[i - 1]!]! : '<s>', 1002) | 1;
      h[2]![i] = hashString(i + 1 < n ? TAGS[st[i + 1]!]! : '</s>', 1003) | 1;
      const k = keys[s]![i]!;
      h[3]![i] = k.norm.length < 2 ? 0 : vote(byNorm.get(k.norm), s, i, 1004);
      h[4]![i] = k.norm.length < 2 ? 0 : vote(byStem.get(k.stem), s, i, 1005);
    }
    out.push(h);
  }
  return out;
}
