// Training pipeline: counts -> jackknifed stage 1 -> document hints -> stage 2. Everything is a
// pure function of the training sentences and the hyperparameters, so builds are reproducible.

import type { TaggedSentence } from './conll.ts';
import { docHints } from './doccontext.ts';
import {
  ATTR_NORM,
  type ExtraAttrs,
  extractFeatures,
  FEATURE_VERSION,
  type FeatureContext,
  wordAttrs,
} from './features.ts';
import { Gazetteer, type GazetteerData } from './gazetteer.ts';
import { TAG_INDEX, TAGS } from './labels.ts';
import { FREQ_BOUNDS, freqBucketOf, type NerModel, type StageWeights } from './model.ts';
import { fbConjOf, NameResources, type ResourceData, textParts } from './resources.ts';
import { lexiconExtras, runStage } from './tagger.ts';
import { type LinearModel, type TrainItem, trainPerceptron } from './train-core.ts';
import { Scratch } from './viterbi.ts';

export interface Hyper {
  bits: number;
  epochs1: number;
  epochs2: number;
  window: number;
  oBias: number;
  costWrong: number;
  costMiss: number;
  seed: number;
  /** Perceptrons (different shuffles) averaged into each stage: a cheap bagging-style ensemble. */
  seeds: number;
  /** 1 = character trigrams for unseen words. */
  charNgrams: number;
  /** 1 = add lexicon-membership features from data/lexicon (snapshotted into the model). */
  lexicon: number;
  /** Bit mask of data/ner knowledge used as features (resources.ts: 1 name parts, 2 word frequency, 4 full names, 8 neighbours' name parts). */
  names: number;
  /** Folds for the jackknifed stage-1 predictions that stage 2 is trained on. */
  jackknife: number;
}

/** Chosen by 3-fold cross-validation on the train split (see docs/ner.md). */
export const DEFAULT_HYPER: Hyper = {
  bits: 20,
  epochs1: 12,
  epochs2: 12,
  window: 10,
  oBias: 5,
  costWrong: 0,
  costMiss: 0,
  seed: 1,
  seeds: 3,
  charNgrams: 0,
  lexicon: 1,
  names: 11,
  jackknife: 5,
};

export function normCounts(sents: readonly TaggedSentence[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const s of sents) {
    for (const t of s.tokens) {
      const h = wordAttrs(t)[ATTR_NORM]!;
      m.set(h, (m.get(h) ?? 0) + 1);
    }
  }
  return m;
}

/** Training-time context: leave-one-out counts, so a training singleton looks unseen. */
function trainContext(
  counts: Map<number, number>,
  hp: Hyper,
  extra?: FeatureContext['extra'],
  extra1?: FeatureContext['extra1'],
  extra1Conj = 1,
): FeatureContext {
  const ctx: FeatureContext = {
    freqBucket: (h) => 1 + freqBucketOf((counts.get(h) ?? 0) - 1),
    charNgrams: hp.charNgrams === 1,
  };
  if (extra) ctx.extra = extra;
  if (extra1?.length) {
    ctx.extra1 = extra1;
    ctx.extra1Conj = extra1Conj;
  }
  return ctx;
}

const goldOf = (s: TaggedSentence): Int32Array => Int32Array.from(s.tags, (t) => TAG_INDEX.get(t) ?? 0);

function toStage(m: LinearModel): StageWeights {
  return { bits: m.bits, w: m.w, scale: 1, trans: m.trans };
}

function vocabOf(counts: Map<number, number>): Map<number, number> {
  const v = new Map<number, number>();
  for (const [h, c] of counts) v.set(h, freqBucketOf(c));
  return v;
}

/** Averages `hp.seeds` perceptrons that differ only in their seeded shuffle order. */
function trainEnsemble(items: readonly TrainItem[], hp: Hyper, epochs: number, seed: number): LinearModel {
  let sum: LinearModel | null = null;
  for (let k = 0; k < hp.seeds; k++) {
    const m = trainPerceptron(items, {
      bits: hp.bits,
      epochs,
      seed: seed + 1000 * k,
      costWrong: hp.costWrong,
      costMiss: hp.costMiss,
    });
    if (!sum) sum = m;
    else {
      for (let i = 0; i < m.w.length; i++) sum.w[i]! += m.w[i]!;
      for (let i = 0; i < m.trans.length; i++) sum.trans[i]! += m.trans[i]!;
    }
  }
  // Averaging keeps the weight scale of a single model, so oBias means the same thing for any seeds.
  const s = sum!;
  for (let i = 0; i < s.w.length; i++) s.w[i]! /= hp.seeds;
  for (let i = 0; i < s.trans.length; i++) s.trans[i]! /= hp.seeds;
  return s;
}

function stage1Model(
  sents: readonly TaggedSentence[],
  gaz: readonly ExtraAttrs[][],
  ext: readonly ExtraAttrs[][],
  hp: Hyper,
): { m: LinearModel; counts: Map<number, number> } {
  const counts = normCounts(sents);
  const items: TrainItem[] = sents.map((s, i) => ({
    ...extractFeatures(s.tokens, trainContext(counts, hp, gaz[i], ext[i], fbConjOf(hp.names))),
    gold: goldOf(s),
  }));
  return { m: trainEnsemble(items, hp, hp.epochs1, hp.seed), counts };
}

function predictStage1(
  m: LinearModel,
  counts: Map<number, number>,
  sents: readonly TaggedSentence[],
  gaz: readonly ExtraAttrs[][],
  ext: readonly ExtraAttrs[][],
  hp: Hyper,
): Int32Array[] {
  const vocab = vocabOf(counts);
  const s = new Scratch();
  return sents.map((x, i) => {
    const ctx: FeatureContext = {
      freqBucket: (h) => 1 + (vocab.get(h) ?? 0),
      extra: gaz[i]!,
      charNgrams: hp.charNgrams === 1,
    };
    if (ext[i]!.length) {
      ctx.extra1 = ext[i]!;
      ctx.extra1Conj = fbConjOf(hp.names);
    }
    const out = new Int32Array(x.tokens.length);
    runStage(toStage(m), extractFeatures(x.tokens, ctx), x.tokens.length, hp.oBias, s, out);
    return out;
  });
}

export function trainNer(
  sents: readonly TaggedSentence[],
  hp: Hyper,
  lexicon: GazetteerData | null,
  log: (msg: string) => void = () => {},
  resourceData: ResourceData | null = null,
): NerModel {
  const t0 = Date.now();
  const gazData = hp.lexicon && lexicon ? lexicon : null;
  const gazetteer = gazData ? new Gazetteer(gazData) : null;
  const gaz = sents.map((s) => lexiconExtras(gazetteer, s.tokens));
  const resData = hp.names && resourceData ? resourceData : null;
  const resources = resData ? NameResources.fromData(resData, hp.names) : null;
  const ext = sents.map((s) => (resources ? resources.extras(s.tokens) : []));
  // Stage-2 training needs stage-1 output that looks like test-time output, i.e. produced by a
  // model that did not see the sentence: contiguous folds keep neighbouring sentences together.
  const s1: Int32Array[] = [];
  for (let f = 0; f < hp.jackknife; f++) {
    const a = Math.floor((sents.length * f) / hp.jackknife);
    const b = Math.floor((sents.length * (f + 1)) / hp.jackknife);
    const { m, counts } = stage1Model(
      [...sents.slice(0, a), ...sents.slice(b)],
      [...gaz.slice(0, a), ...gaz.slice(b)],
      [...ext.slice(0, a), ...ext.slice(b)],
      hp,
    );
    s1.push(...predictStage1(m, counts, sents.slice(a, b), gaz.slice(a, b), ext.slice(a, b), hp));
    log(`jackknife fold ${f + 1}/${hp.jackknife} done (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  const { m: m1, counts } = stage1Model(sents, gaz, ext, hp);
  log(`stage 1 trained (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const hints = docHints(
    sents.map((s) => s.tokens),
    s1,
    hp.window,
  );
  const items: TrainItem[] = sents.map((s, i) => ({
    ...extractFeatures(
      s.tokens,
      trainContext(counts, hp, [...gaz[i]!, ...hints[i]!], ext[i], fbConjOf(hp.names)),
    ),
    gold: goldOf(s),
  }));
  const m2 = trainEnsemble(items, hp, hp.epochs2, hp.seed + 1);
  log(`stage 2 trained (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const vocab = vocabOf(counts);
  return {
    header: {
      format: 'akhbar-ner',
      formatVersion: 1,
      featureVersion: FEATURE_VERSION,
      tags: [...TAGS],
      window: hp.window,
      oBias: hp.oBias,
      freqBounds: FREQ_BOUNDS,
      charNgrams: hp.charNgrams === 1,
      gazetteer: gazData,
      resources: resData ? textParts(resData, hp.names) : null,
      resourceMask: resData ? hp.names : 0,
      training: {
        corpus: 'ANERcorp, CAMeL Lab train split (ANERCorp_CamelLab_train.txt)',
        sentences: sents.length,
        tokens: sents.reduce((a, s) => a + s.tokens.length, 0),
        vocabSize: vocab.size,
        hyper: hp,
      },
    },
    vocab,
    stage1: toStage(m1),
    stage2: toStage(m2),
    gazetteer,
    resources,
  };
}
