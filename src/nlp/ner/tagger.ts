// Inference: stage 1 tags every sentence of a document, stage 2 re-tags it with document hints.
// Shared by the public API, the trainer (dev scoring) and the evaluator, so train and test time
// features cannot drift apart.

import { docHints } from './doccontext.ts';
import {
  appendExtraFeatures,
  type ExtraAttrs,
  extractFeatures,
  type FeatureContext,
  type FeatureRows,
} from './features.ts';
import type { Gazetteer } from './gazetteer.ts';
import { ALLOWED, bioToSpans, type NerSpan, NUM_TAGS, TAGS } from './labels.ts';
import type { NerModel, StageWeights } from './model.ts';
import { decode, emissions, Scratch } from './viterbi.ts';

const T = NUM_TAGS;

/** Lexicon-membership attributes of a sentence (none when the model has no gazetteer). */
export function lexiconExtras(gaz: Gazetteer | null, tokens: readonly string[]): ExtraAttrs[] {
  if (!gaz) return [];
  const g = gaz.attrs(tokens);
  const n = g.length;
  // Neighbours' lexicon hits too: "في <Country>" and "<Group> في" patterns.
  const prev = new Int32Array(n);
  const next = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    prev[i] = i > 0 ? g[i - 1]! : 0;
    next[i] = i + 1 < n ? g[i + 1]! : 0;
  }
  return [g, prev, next, gaz.nameParts(tokens)];
}

/** Feature context at test time: frequencies from the model's training vocabulary. */
export function inferenceContext(
  model: NerModel,
  extra?: readonly ExtraAttrs[],
  extra1?: readonly ExtraAttrs[],
): FeatureContext {
  const { vocab } = model;
  const ctx: FeatureContext = {
    freqBucket: (h) => 1 + (vocab.get(h) ?? 0),
    charNgrams: model.header.charNgrams === true,
  };
  if (extra) ctx.extra = extra;
  if (extra1?.length) {
    ctx.extra1 = extra1;
    ctx.extra1Conj = model.resources?.fbConj ?? 1;
  }
  return ctx;
}

/** Decodes one sentence with one stage; leaves the emissions in s.emit for margin computation. */
export function runStage(
  stage: StageWeights,
  rows: FeatureRows,
  n: number,
  oBias: number,
  s: Scratch,
  out: Int32Array,
): void {
  s.ensure(n);
  emissions(rows.feats, rows.offsets, n, stage.w, (1 << stage.bits) - 1, s.emit, stage.scale);
  if (oBias) for (let i = 0; i < n; i++) s.emit[i * T]! -= oBias;
  decode(s.emit, n, stage.trans, s, out);
}

export interface DocResult {
  tags: Int32Array[];
  /** Per-token margin of the chosen tag over the best other tag in stage-2 emissions. */
  margins: Float32Array[];
}

/** Tags a document given as sentences of tokens. */
export function tagDocumentIdx(
  model: NerModel,
  sentences: readonly (readonly string[])[],
  s: Scratch = new Scratch(),
  window = model.header.window,
): DocResult {
  const { oBias } = model.header;
  const gaz = sentences.map((toks) => lexiconExtras(model.gazetteer, toks));
  const s1: Int32Array[] = [];
  const rows1: FeatureRows[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const toks = sentences[k]!;
    const out = new Int32Array(toks.length);
    const ext = model.resources ? model.resources.extras(toks) : undefined;
    const rows = extractFeatures(toks, inferenceContext(model, gaz[k], ext));
    runStage(model.stage1, rows, toks.length, oBias, s, out);
    s1.push(out);
    rows1.push(rows);
  }
  const hints = docHints(sentences, s1, window);
  const tags: Int32Array[] = [];
  const margins: Float32Array[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const toks = sentences[k]!;
    const n = toks.length;
    const out = new Int32Array(n);
    // Stage-2 features = stage-1 features + document hints (numbered after the lexicon extras).
    const rows = appendExtraFeatures(toks, rows1[k]!, hints[k]!, gaz[k]!.length);
    runStage(model.stage2, rows, n, oBias, s, out);
    // Local margin along the chosen path: emission + incoming transition of the chosen tag minus
    // the best tag that could legally replace it here (a disallowed I- tag is no real rival).
    const m = new Float32Array(n);
    const tr = model.stage2.trans;
    for (let i = 0; i < n; i++) {
      const y = out[i]!;
      const p = i > 0 ? out[i - 1]! : T;
      let other = Number.NEGATIVE_INFINITY;
      for (let z = 0; z < T; z++) {
        if (z === y || !ALLOWED[p * T + z]) continue;
        const v = s.emit[i * T + z]! + tr[p * T + z]!;
        if (v > other) other = v;
      }
      m[i] = s.emit[i * T + y]! + tr[p * T + y]! - other;
    }
    tags.push(out);
    margins.push(m);
  }
  return { tags, margins };
}

/** Tags a long stream of sentences without document breaks (ANERcorp) in overlapping chunks. */
export function tagStream(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  // Each sentence sees ±window neighbours exactly as in training: tag chunk [a, b) with context.
  const w = model.header.window;
  const res: string[][] = [];
  const s = new Scratch();
  // Results do not depend on the step (each sentence always sees exactly ±w); larger = less overlap work.
  const step = 200;
  for (let a = 0; a < sentences.length; a += step) {
    const b = Math.min(sentences.length, a + step);
    const lo = Math.max(0, a - w);
    const hi = Math.min(sentences.length, b + w);
    const r = tagDocumentIdx(model, sentences.slice(lo, hi), s);
    for (let k = a; k < b; k++) res.push(Array.from(r.tags[k - lo]!, (y) => TAGS[y]!));
  }
  return res;
}

/** Spans with a confidence: mean per-token margin (model units, > 0). */
export function spansWithScores(tags: Int32Array, margins: Float32Array): NerSpan[] {
  const spans = bioToSpans(Array.from(tags, (y) => TAGS[y]!));
  for (const sp of spans) {
    let sum = 0;
    for (let i = sp.start; i < sp.end; i++) sum += margins[i]!;
    sp.score = Math.round((sum / (sp.end - sp.start)) * 1000) / 1000;
  }
  return spans;
}
