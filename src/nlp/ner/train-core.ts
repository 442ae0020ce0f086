// Averaged structured perceptron (Collins 2002) over hashed features, with lazy averaging
// (w_avg = w - u / c) so an update costs O(features) regardless of how many weights exist.

import type { FeatureRows } from './features.ts';
import { mulberry32 } from './hash.ts';
import { NUM_TAGS } from './labels.ts';
import { decode, emissions, Scratch } from './viterbi.ts';

const T = NUM_TAGS;

export interface TrainItem extends FeatureRows {
  gold: Int32Array;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** Called after each epoch with the averaged weights, e.g. to score a dev slice. */
  onEpoch?: (epoch: number, model: LinearModel) => void;
  /**
   * Cost-augmented (loss-augmented) decoding during training: wrong tags get +costWrong, and O at a
   * gold entity token gets +costMiss instead (recall-oriented, after Mohit et al. 2012).
   */
  costWrong?: number;
  costMiss?: number;
}

export interface LinearModel {
  bits: number;
  w: Float32Array;
  trans: Float32Array;
}

export function trainPerceptron(items: readonly TrainItem[], opts: TrainOptions): LinearModel {
  const size = (1 << opts.bits) * T;
  const mask = (1 << opts.bits) - 1;
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const tw = new Float32Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  const rand = mulberry32(opts.seed);
  const order = items.map((_, i) => i);
  const s = new Scratch();
  let pred = new Int32Array(256);
  let c = 1;
  const cw = opts.costWrong ?? 0;
  const cm = opts.costMiss ?? cw;
  const averaged = (): LinearModel => {
    const aw = new Float32Array(size);
    for (let k = 0; k < size; k++) aw[k] = w[k]! - u[k]! / c;
    const at = new Float32Array(tw.length);
    for (let k = 0; k < tw.length; k++) at[k] = tw[k]! - tu[k]! / c;
    return { bits: opts.bits, w: aw, trans: at };
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    // Fisher-Yates with a seeded PRNG: the same seed gives the same model, byte for byte.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (const idx of order) {
      const it = items[idx]!;
      const n = it.gold.length;
      s.ensure(n);
      if (pred.length < n) pred = new Int32Array(n * 2);
      emissions(it.feats, it.offsets, n, w, mask, s.emit);
      if (cw || cm) {
        for (let i = 0; i < n; i++) {
          const g = it.gold[i]!;
          for (let y = 0; y < T; y++) if (y !== g) s.emit[i * T + y]! += g !== 0 && y === 0 ? cm : cw;
        }
      }
      decode(s.emit, n, tw, s, pred);
      let prevG = T;
      let prevP = T;
      for (let i = 0; i < n; i++) {
        const g = it.gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          const end = it.offsets[i + 1]!;
          for (let k = it.offsets[i]!; k < end; k++) {
            const b = (it.feats[k]! & mask) * T;
            w[b + g]! += 1;
            u[b + g]! += c;
            w[b + p]! -= 1;
            u[b + p]! -= c;
          }
        }
        if (g !== p || prevG !== prevP) {
          tw[prevG * T + g]! += 1;
          tu[prevG * T + g]! += c;
          tw[prevP * T + p]! -= 1;
          tu[prevP * T + p]! -= c;
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
    opts.onEpoch?.(epoch, averaged());
  }
  return averaged();
}

/** Tags pre-extracted features with a linear model (used for dev scoring during training). */
export function predictTags(
  model: LinearModel,
  rows: FeatureRows,
  n: number,
  s: Scratch,
  oBias = 0,
): Int32Array {
  const out = new Int32Array(n);
  s.ensure(n);
  emissions(rows.feats, rows.offsets, n, model.w, (1 << model.bits) - 1, s.emit);
  if (oBias) for (let i = 0; i < n; i++) s.emit[i * T]! -= oBias;
  decode(s.emit, n, model.trans, s, out);
  return out;
}
