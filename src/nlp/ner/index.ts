// Public API of the statistical Arabic NER tagger (averaged perceptron, ANERcorp-trained).
//
// Input tokens follow ANERcorp: whitespace-separated words with clitics attached and punctuation as
// separate tokens; use `tokenize` on raw text. Output tags are IOB2 over PERS, LOC, ORG, MISC.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TAGS } from './labels.ts';
import { deserializeModel, type NerModel } from './model.ts';
import { spansWithScores, tagDocumentIdx } from './tagger.ts';
import { splitSentences, tokenize } from './tokenize.ts';
import { Scratch } from './viterbi.ts';

export type { EntityLabel, NerSpan } from './labels.ts';
export { bioToSpans } from './labels.ts';
export { normalizeArabic, stripClitics } from './normalize.ts';
export type { Token } from './tokenize.ts';
export { splitSentences, tokenize } from './tokenize.ts';

import type { NerSpan } from './labels.ts';

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../models/ner-anercorp.bin', import.meta.url));

/** A span located in raw text (character offsets into the string given to `textSpans`). */
export interface NerTextSpan extends NerSpan {
  text: string;
  charStart: number;
  charEnd: number;
}

export interface NerTagger {
  /** IOB2 tags for one sentence. */
  tag(tokens: readonly string[]): string[];
  /** Entity spans for one sentence (token indices, end exclusive). */
  spans(tokens: readonly string[]): NerSpan[];
  /**
   * Tags for a whole article given as sentences: better than sentence by sentence, because a name
   * found confidently once helps tag its other mentions (document-level second stage).
   */
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
  spansDocument(sentences: readonly (readonly string[])[]): NerSpan[][];
  /** Convenience for raw text: tokenises, splits sentences, tags as one document. */
  textSpans(text: string): NerTextSpan[];
  readonly model: NerModel;
}

class Tagger implements NerTagger {
  private readonly scratch = new Scratch();
  constructor(readonly model: NerModel) {}

  tag(tokens: readonly string[]): string[] {
    return this.tagDocument([tokens])[0]!;
  }

  spans(tokens: readonly string[]): NerSpan[] {
    return this.spansDocument([tokens])[0]!;
  }

  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    return tagDocumentIdx(this.model, sentences, this.scratch).tags.map((t) =>
      Array.from(t, (y) => TAGS[y]!),
    );
  }

  spansDocument(sentences: readonly (readonly string[])[]): NerSpan[][] {
    const r = tagDocumentIdx(this.model, sentences, this.scratch);
    return r.tags.map((t, k) => spansWithScores(t, r.margins[k]!));
  }

  textSpans(text: string): NerTextSpan[] {
    const sents = splitSentences(tokenize(text), text);
    const spans = this.spansDocument(sents.map((s) => s.map((t) => t.text)));
    const out: NerTextSpan[] = [];
    sents.forEach((s, k) => {
      for (const sp of spans[k]!) {
        const charStart = s[sp.start]!.start;
        const charEnd = s[sp.end - 1]!.end;
        out.push({ ...sp, charStart, charEnd, text: text.slice(charStart, charEnd) });
      }
    });
    return out;
  }
}

const cache = new Map<string, NerTagger>();

/** Loads (once per path) the model file; synchronous because it is small and local. */
export function loadNerModel(path: string = DEFAULT_MODEL_PATH): NerTagger {
  let t = cache.get(path);
  if (!t) {
    t = new Tagger(deserializeModel(readFileSync(path)));
    cache.set(path, t);
  }
  return t;
}

/** Wraps an in-memory model (used by the trainer and tests). */
export function taggerFromModel(model: NerModel): NerTagger {
  return new Tagger(model);
}
