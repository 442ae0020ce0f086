// First-order Viterbi over the BIO tag set with hard IOB2 constraints.

import { ALLOWED, NUM_TAGS } from './labels.ts';

const T = NUM_TAGS;

/** Reusable buffers so tagging a stream of sentences does not allocate per call. */
export class Scratch {
  emit = new Float32Array(0);
  delta = new Float64Array(0);
  back = new Int8Array(0);
  ensure(n: number): void {
    if (this.emit.length < n * T) {
      const cap = Math.max(n, 256) * T;
      this.emit = new Float32Array(cap);
      this.delta = new Float64Array(cap);
      this.back = new Int8Array(cap);
    }
  }
}

/** Sums emission weights: emit[i*T + y] = sum over token i's features f of w[(f & mask)*T + y]. */
export function emissions(
  feats: Uint32Array,
  offsets: Int32Array,
  n: number,
  w: Float32Array | Int16Array,
  mask: number,
  emit: Float32Array,
  scale = 1,
): void {
  for (let i = 0; i < n; i++) {
    const eo = i * T;
    let e0 = 0;
    let e1 = 0;
    let e2 = 0;
    let e3 = 0;
    let e4 = 0;
    let e5 = 0;
    let e6 = 0;
    let e7 = 0;
    let e8 = 0;
    const end = offsets[i + 1]!;
    // Unrolled over the 9 tags: this loop is the tagger's hot path.
    for (let k = offsets[i]!; k < end; k++) {
      const b = (feats[k]! & mask) * T;
      e0 += w[b]!;
      e1 += w[b + 1]!;
      e2 += w[b + 2]!;
      e3 += w[b + 3]!;
      e4 += w[b + 4]!;
      e5 += w[b + 5]!;
      e6 += w[b + 6]!;
      e7 += w[b + 7]!;
      e8 += w[b + 8]!;
    }
    emit[eo] = e0 * scale;
    emit[eo + 1] = e1 * scale;
    emit[eo + 2] = e2 * scale;
    emit[eo + 3] = e3 * scale;
    emit[eo + 4] = e4 * scale;
    emit[eo + 5] = e5 * scale;
    emit[eo + 6] = e6 * scale;
    emit[eo + 7] = e7 * scale;
    emit[eo + 8] = e8 * scale;
  }
}

/**
 * Best tag path given emissions and transitions. trans has (T+1)*T entries, row T being the
 * sentence start. Returns the path in `out`.
 */
export function decode(
  emit: Float32Array,
  n: number,
  trans: Float32Array,
  s: Scratch,
  out: Int32Array,
): void {
  if (n === 0) return;
  const { delta, back } = s;
  for (let y = 0; y < T; y++) {
    delta[y] = ALLOWED[T * T + y] ? emit[y]! + trans[T * T + y]! : Number.NEGATIVE_INFINITY;
  }
  for (let i = 1; i < n; i++) {
    const po = (i - 1) * T;
    const co = i * T;
    for (let y = 0; y < T; y++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[p * T + y]) continue;
        const v = delta[po + p]! + trans[p * T + y]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[co + y] = best + emit[co + y]!;
      back[co + y] = arg;
    }
  }
  const lo = (n - 1) * T;
  let arg = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (let y = 0; y < T; y++) {
    if (delta[lo + y]! > best) {
      best = delta[lo + y]!;
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
}
