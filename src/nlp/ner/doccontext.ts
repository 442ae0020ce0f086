// Document-level hints for the second-stage tagger (stacking, Krishnan & Manning 2006 style):
// a name is usually tagged consistently within one article, so how the first stage tagged the same
// word elsewhere in the document, and what it predicted here, become features of the second stage.

import { wordKeys } from './features.ts';
import { hashString } from './hash.ts';
import { bioToSpans, ENTITY_LABELS, NUM_TAGS, TAGS } from './labels.ts';

/** Number of extra attribute arrays docHints produces per sentence. */
export const NUM_DOC_HINTS = 7;

const ROLES = ['O', ...ENTITY_LABELS.flatMap((l) => [`${l}:B`, `${l}:I`])];
const NR = ROLES.length;
const ROLE_INDEX = new Map(ROLES.map((r, i) => [r, i]));
const ROLE_HASH = (salt: number): number[] => ROLES.map((r) => hashString(r, salt) | 1);
const NORM_ROLE = ROLE_HASH(1004);
const STEM_ROLE = ROLE_HASH(1005);

/**
 * Occurrences of one key in document order, with prefix counts per role, so the role tally over a
 * sentence window is two binary searches and a subtraction (frequent words made the naive tally
 * quadratic).
 */
class OccList {
  sents: number[] = [];
  roles: number[] = [];
  prefix: Int32Array = new Int32Array(0);
  add(sent: number, role: number): number {
    this.sents.push(sent);
    this.roles.push(role);
    return this.sents.length - 1;
  }
  seal(): void {
    const n = this.roles.length;
    this.prefix = new Int32Array((n + 1) * NR);
    for (let i = 0; i < n; i++) {
      for (let r = 0; r < NR; r++) this.prefix[(i + 1) * NR + r] = this.prefix[i * NR + r]!;
      this.prefix[(i + 1) * NR + this.roles[i]!]!++;
    }
  }
  /** First index whose sentence is >= s. */
  private lower(s: number): number {
    let lo = 0;
    let hi = this.sents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sents[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Majority role among the other occurrences within ±window sentences, -1 if none. */
  vote(self: number, sent: number, window: number): number {
    const lo = this.lower(sent - window);
    const hi = this.lower(sent + window + 1);
    const own = this.roles[self]!;
    let best = -1;
    let bc = 0;
    for (let r = 0; r < NR; r++) {
      const c = this.prefix[hi * NR + r]! - this.prefix[lo * NR + r]! - (r === own ? 1 : 0);
      // Entity readings win ties over O (index 0): one confident mention should propagate.
      if (c > bc || (c === bc && c > 0 && best === 0)) {
        best = r;
        bc = c;
      }
    }
    return bc > 0 ? best : -1;
  }
}

/**
 * For each sentence of a document and each token, hashed hints (0 = none):
 *  0: own first-stage tag; 1/2: first-stage tag of the previous/next token;
 *  3: majority entity role (type:B|I|O) of the same normalised word elsewhere within ±window sentences;
 *  4: the same for the clitic-stripped stem; 5/6: hint 3 of the previous/next token.
 * `window` bounds the context for corpora without document breaks (ANERcorp).
 */
export function docHints(
  sentences: readonly (readonly string[])[],
  stage1: readonly Int32Array[],
  window: number,
): Int32Array[][] {
  const byNorm = new Map<number, OccList>();
  const byStem = new Map<number, OccList>();
  // Per token: its lists and its index in them (null for tokens that carry no signal).
  const refs: ({ n: OccList; ni: number; s: OccList; si: number } | null)[][] = [];
  const list = (m: Map<number, OccList>, key: number): OccList => {
    let l = m.get(key);
    if (!l) {
      l = new OccList();
      m.set(key, l);
    }
    return l;
  };
  for (let s = 0; s < sentences.length; s++) {
    const toks = sentences[s]!;
    const tags = Array.from(stage1[s]!, (y) => TAGS[y]!);
    const role = new Int32Array(toks.length);
    for (const sp of bioToSpans(tags)) {
      for (let i = sp.start; i < sp.end; i++)
        role[i] = ROLE_INDEX.get(`${sp.label}:${i === sp.start ? 'B' : 'I'}`)!;
    }
    const r: ({ n: OccList; ni: number; s: OccList; si: number } | null)[] = [];
    for (let i = 0; i < toks.length; i++) {
      const key = wordKeys(toks[i]!);
      if (key.len < 2) {
        r.push(null); // punctuation and single letters carry no document signal
        continue;
      }
      const n = list(byNorm, key.norm);
      const st = list(byStem, key.stem);
      r.push({ n, ni: n.add(s, role[i]!), s: st, si: st.add(s, role[i]!) });
    }
    refs.push(r);
  }
  for (const l of byNorm.values()) l.seal();
  for (const l of byStem.values()) l.seal();
  const out: Int32Array[][] = [];
  for (let s = 0; s < sentences.length; s++) {
    const n = sentences[s]!.length;
    const st = stage1[s]!;
    const h = Array.from({ length: NUM_DOC_HINTS }, () => new Int32Array(n));
    for (let i = 0; i < n; i++) {
      h[0]![i] = OWN_TAG[st[i]!]!;
      h[1]![i] = i > 0 ? PREV_TAG[st[i - 1]!]! : PREV_TAG[NUM_TAGS]!;
      h[2]![i] = i + 1 < n ? NEXT_TAG[st[i + 1]!]! : NEXT_TAG[NUM_TAGS]!;
      const ref = refs[s]![i];
      if (!ref) continue;
      const vn = ref.n.vote(ref.ni, s, window);
      const vs = ref.s.vote(ref.si, s, window);
      h[3]![i] = vn < 0 ? 0 : NORM_ROLE[vn]!;
      h[4]![i] = vs < 0 ? 0 : STEM_ROLE[vs]!;
    }
    // The neighbours' document votes: a known name on the left or right often continues into this token.
    for (let i = 0; i < n; i++) {
      h[5]![i] = i > 0 ? h[3]![i - 1]! : 0;
      h[6]![i] = i + 1 < n ? h[3]![i + 1]! : 0;
    }
    out.push(h);
  }
  return out;
}

const tagHashes = (salt: number, edge: string): number[] =>
  [...TAGS, edge].map((t) => hashString(t, salt) | 1);
const OWN_TAG = tagHashes(1001, '-');
const PREV_TAG = tagHashes(1002, '<s>');
const NEXT_TAG = tagHashes(1003, '</s>');
