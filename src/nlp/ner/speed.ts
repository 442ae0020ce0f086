// Throughput measurement shared by eval:ner and bench:ner.

import type { TaggedSentence } from './conll.ts';
import type { NerModel } from './model.ts';
import { tagStream } from './tagger.ts';

/**
 * CPU seconds used by this process. Tagging is single-threaded, so tokens per CPU-second is
 * throughput on one core; unlike wall time it is not skewed by other jobs on a shared machine.
 */
export function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** Tokens per CPU-second on one core, after a warm-up pass (JIT), best of 3 timed passes. */
export function measureSpeed(model: NerModel, sents: readonly TaggedSentence[]): number {
  const toks = sents.map((s) => s.tokens);
  const n = toks.reduce((a, t) => a + t.length, 0);
  tagStream(model, toks);
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    const t0 = cpuSeconds();
    tagStream(model, toks);
    best = Math.min(best, cpuSeconds() - t0);
  }
  return Math.round(n / best);
}
