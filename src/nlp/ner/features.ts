// Feature extraction for the tagger. Each token gets a fixed-size row of hashed feature ids
// (templates over the word, its normalised and clitic-stripped forms, affixes, shape and a ±2
// window). Ids are label-independent; the model holds one weight per (bucket, tag).

import { hashString, mix1, mix2 } from './hash.ts';
import { normalizeArabic, stripClitics, wordShape } from './normalize.ts';

/** Per-word attribute slots (hashes). */
const A_W = 0;
const A_N = 1;
const A_S = 2;
const A_CL = 3;
const A_NP = 4; // 4 prefixes of the normalised word, lengths 1..4
const A_NX = 8; // 4 suffixes, lengths 1..4
const A_SP = 12; // 3 stem prefixes
const A_SX = 15; // 3 stem suffixes
const A_SHAPE = 18;
/** Length of the normalised word (a number, not a hash; never used as a feature by itself). */
const A_NLEN = 19;
export const NUM_ATTRS = 20;

/** Bump when templates change: stored in the model header and checked at load time. */
export const FEATURE_VERSION = 'v3';

/** Hashed feature ids in CSR layout: token i owns feats[offsets[i] .. offsets[i+1]). */
export interface FeatureRows {
  feats: Uint32Array;
  offsets: Int32Array;
}

export interface FeatureContext {
  /** Extra per-token attributes, e.g. document-level label hints. */
  extra?: readonly ExtraAttrs[];
  /** Frequency bucket of a normalised word (hash) at position i; 0 = unseen. */
  freqBucket?: (normHash: number, i: number) => number;
  /**
   * Rare-word mask for position i: bit 1 = the word form is unknown (treat W/N as UNK), bit 2 = the
   * stem is unknown. Training passes leave-one-out counts so training singletons look exactly like
   * words never seen before, which is what most test names are.
   */
  unknown?: (attrs: Uint32Array, i: number) => number;
  /**
   * Extra per-token attributes that add one feature each (the value alone; external name knowledge,
   * see resources.ts). The first `extra1Conj` arrays (default 1) are also conjoined with the
   * training-frequency bucket.
   */
  extra1?: readonly ExtraAttrs[];
  extra1Conj?: number;
  /** Add character trigrams of the stem for words unseen in training (see docs/ner.md). */
  charNgrams?: boolean;
}

/** Extra per-token hashed context (e.g. gazetteer or document-level hints); 0 means absent. */
export type ExtraAttrs = Int32Array | Uint32Array;

/** Attributes of one word form, cached because news vocabulary is highly repetitive. */
export function wordAttrs(word: string): Uint32Array {
  const norm = normalizeArabic(word);
  const { stem, clitics } = stripClitics(norm);
  const padded = `^${stem}$`;
  const ngrams = padded.length >= 5 ? padded.length - 2 : 0;
  const a = new Uint32Array(NUM_ATTRS + ngrams);
  for (let k = 0; k < ngrams; k++) a[NUM_ATTRS + k] = hashString(padded.slice(k, k + 3), 99);
  a[A_W] = hashString(word, A_W);
  a[A_N] = hashString(norm, A_N);
  a[A_S] = hashString(stem, A_S);
  a[A_CL] = hashString(clitics, A_CL);
  for (let k = 1; k <= 4; k++) {
    // Affixes longer than the word collapse to the word itself; mark them so they stay distinct.
    a[A_NP + k - 1] = hashString(norm.length >= k ? norm.slice(0, k) : `<${norm}`, A_NP + k);
    a[A_NX + k - 1] = hashString(norm.length >= k ? norm.slice(-k) : `${norm}>`, A_NX + k);
  }
  for (let k = 1; k <= 3; k++) {
    a[A_SP + k - 1] = hashString(stem.length >= k ? stem.slice(0, k) : `<${stem}`, A_SP + k);
    a[A_SX + k - 1] = hashString(stem.length >= k ? stem.slice(-k) : `${stem}>`, A_SX + k);
  }
  a[A_SHAPE] = hashString(wordShape(word), A_SHAPE);
  a[A_NLEN] = norm.length;
  return a;
}

const BOS = wordAttrs('<s>');
const EOS = wordAttrs('</s>');

const UNK_W = hashString('<unk>', A_W);
const UNK_N = hashString('<unk>', A_N);
const UNK_S = hashString('<unk>', A_S);
export const ATTR_NORM = A_N;
export const ATTR_STEM = A_S;

const CACHE_MAX = 200_000;
const cache = new Map<string, Uint32Array>();

/** Hashes of the normalised word and its stem plus the normalised length, from the shared cache. */
export function wordKeys(word: string): { norm: number; stem: number; len: number } {
  const a = cachedAttrs(word);
  return { norm: a[A_N]!, stem: a[A_S]!, len: a[A_NLEN]! };
}

function cachedAttrs(word: string): Uint32Array {
  let a = cache.get(word);
  if (a === undefined) {
    if (cache.size >= CACHE_MAX) cache.clear(); // crude bound: long-running servers see unbounded vocab
    a = wordAttrs(word);
    cache.set(word, a);
  }
  return a;
}

/** Number of feature ids per token for the base templates. */
export const BASE_FEATURES = 41;

/**
 * Feature ids (unmasked 32-bit hashes) for every token, row-major [token][feature].
 * `extra` attributes (one hash per token per array; 0 = absent) each add two features: the value
 * alone and the value conjoined with the current word's stem.
 */
export function extractFeatures(tokens: readonly string[], ctx: FeatureContext = {}): FeatureRows {
  const n = tokens.length;
  const extra = ctx.extra ?? [];
  const extra1 = ctx.extra1 ?? [];
  const nConj = Math.min(extra1.length, ctx.extra1Conj ?? 1);
  const attrs: Uint32Array[] = new Array(n);
  let total = 0;
  const normHash = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let a = cachedAttrs(tokens[i]!);
    normHash[i] = a[A_N]!;
    const unk = ctx.unknown ? ctx.unknown(a, i) : 0;
    if (unk) {
      a = a.slice();
      if (unk & 1) {
        a[A_W] = UNK_W;
        a[A_N] = UNK_N;
      }
      if (unk & 2) a[A_S] = UNK_S;
    }
    attrs[i] = a;
    total +=
      BASE_FEATURES +
      2 * extra.length +
      2 +
      extra1.length +
      nConj +
      (ctx.charNgrams ? a.length - NUM_ATTRS : 0);
  }
  const out = new Uint32Array(total);
  const offsets = new Int32Array(n + 1);
  const at = (i: number): Uint32Array => (i < 0 ? BOS : i >= n ? EOS : attrs[i]!);
  offsets[0] = 0;
  for (let i = 0; i < n; i++) {
    const c = attrs[i]!;
    const p1 = at(i - 1);
    const p2 = at(i - 2);
    const n1 = at(i + 1);
    const n2 = at(i + 2);
    let o = offsets[i]!;
    let t = 0;
    out[o++] = mix1(t++, 0); // bias
    out[o++] = mix1(t++, c[A_W]!);
    out[o++] = mix1(t++, c[A_N]!);
    out[o++] = mix1(t++, c[A_S]!);
    out[o++] = mix1(t++, c[A_CL]!);
    for (let k = 0; k < 4; k++) out[o++] = mix1(t++, c[A_NP + k]!);
    for (let k = 0; k < 4; k++) out[o++] = mix1(t++, c[A_NX + k]!);
    for (let k = 0; k < 3; k++) out[o++] = mix1(t++, c[A_SP + k]!);
    for (let k = 0; k < 3; k++) out[o++] = mix1(t++, c[A_SX + k]!);
    out[o++] = mix1(t++, c[A_SHAPE]!);
    out[o++] = mix2(t++, c[A_SHAPE]!, p1[A_SHAPE]!);
    out[o++] = mix2(t++, c[A_SHAPE]!, n1[A_SHAPE]!);
    // window words (normalised) and stems: titles and cue words (الرئيس, قال, في) live here
    out[o++] = mix1(t++, p1[A_N]!);
    out[o++] = mix1(t++, n1[A_N]!);
    out[o++] = mix1(t++, p2[A_N]!);
    out[o++] = mix1(t++, n2[A_N]!);
    out[o++] = mix1(t++, p1[A_S]!);
    out[o++] = mix1(t++, n1[A_S]!);
    out[o++] = mix2(t++, p1[A_N]!, c[A_N]!);
    out[o++] = mix2(t++, c[A_N]!, n1[A_N]!);
    out[o++] = mix2(t++, p2[A_N]!, p1[A_N]!);
    out[o++] = mix2(t++, n1[A_N]!, n2[A_N]!);
    out[o++] = mix2(t++, p1[A_S]!, c[A_S]!);
    out[o++] = mix2(t++, c[A_S]!, n1[A_S]!);
    // neighbour affixes: nisba adjectives (الروسي) and article-marked neighbours
    out[o++] = mix1(t++, p1[A_NX + 1]!);
    out[o++] = mix1(t++, n1[A_NX + 1]!);
    out[o++] = mix1(t++, p1[A_CL]!);
    out[o++] = mix1(t++, n1[A_CL]!);
    out[o++] = mix2(t++, c[A_CL]!, n1[A_CL]!);
    out[o++] = mix2(t++, p1[A_CL]!, c[A_CL]!);
    out[o++] = mix1(t++, n1[A_SX + 1]!);
    for (let k = 0; k < extra.length; k++) {
      const v = extra[k]![i]! >>> 0;
      const tt = 100 + 2 * k;
      out[o++] = v === 0 ? mix1(tt, 0) : mix1(tt, v);
      out[o++] = v === 0 ? mix1(tt + 1, 0) : mix2(tt + 1, v, p1[A_N]!);
    }
    // Leave-one-out training frequency: unseen words at test time look like training singletons.
    const fb = ctx.freqBucket ? ctx.freqBucket(normHash[i]!, i) : 0;
    out[o++] = mix1(t++, fb);
    out[o++] = mix2(t++, fb, c[A_NX + 1]!);
    // External knowledge (general-text frequency, name lists): one feature each, 0 = absent.
    for (let k = 0; k < extra1.length; k++) out[o++] = mix1(400 + k, extra1[k]![i]! >>> 0);
    for (let k = 0; k < nConj; k++) out[o++] = mix2(399 - k, extra1[k]![i]! >>> 0, fb);
    // Character trigrams of the stem: transliterated foreign names have tell-tale letter sequences.
    // Only for words unseen in training (LOO at train time): there the word features are empty.
    if (ctx.charNgrams && fb === 1) for (let k = NUM_ATTRS; k < c.length; k++) out[o++] = mix1(200, c[k]!);
    offsets[i + 1] = o;
  }
  const used = offsets[n]!;
  return { feats: used === out.length ? out : out.subarray(0, used), offsets };
}

/**
 * Rows of `base` with two features per extra attribute appended to every token, numbered from
 * `firstIndex` (so base extras 0..k-1 plus appended k.. equals extracting all of them at once).
 * Stage 2 reuses stage 1's rows this way instead of hashing every template again.
 */
export function appendExtraFeatures(
  tokens: readonly string[],
  base: FeatureRows,
  extra: readonly ExtraAttrs[],
  firstIndex: number,
): FeatureRows {
  const n = tokens.length;
  const add = 2 * extra.length;
  const out = new Uint32Array(base.feats.length + n * add);
  const offsets = new Int32Array(n + 1);
  let o = 0;
  let prevNorm = BOS[A_N]!;
  for (let i = 0; i < n; i++) {
    offsets[i] = o;
    const a = base.offsets[i]!;
    const b = base.offsets[i + 1]!;
    out.set(base.feats.subarray(a, b), o);
    o += b - a;
    for (let k = 0; k < extra.length; k++) {
      const v = extra[k]![i]! >>> 0;
      const tt = 100 + 2 * (firstIndex + k);
      out[o++] = v === 0 ? mix1(tt, 0) : mix1(tt, v);
      out[o++] = v === 0 ? mix1(tt + 1, 0) : mix2(tt + 1, v, prevNorm);
    }
    prevNorm = cachedAttrs(tokens[i]!)[A_N]!;
  }
  offsets[n] = o;
  return { feats: out, offsets };
}
