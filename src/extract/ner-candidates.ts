// Adapter from the statistical NER tagger (src/nlp/ner, issue 4) to the pipeline's "candidates"
// slot: its PERS/ORG/LOC spans become candidate mentions where neither the lexicon nor the
// patterns found anything. Opt-in (AKHBAR_NER=1 or `akhbar extract --ner`) while the model matures.
import { existsSync } from 'node:fs';
import { DEFAULT_MODEL_PATH, loadNerModel } from '../nlp/ner/index.ts';
import type { EntityType } from './contract.ts';
import type { CandidateRecogniser } from './pipeline.ts';

const TYPES: Record<string, EntityType> = { PERS: 'Person', ORG: 'Group', LOC: 'Place' };

export interface NerCandidateOptions {
  /** Labels to keep (default: PERS only, the one the patterns miss most). */
  labels?: string[];
  /** Minimum tagger margin for a span (model units). */
  minScore?: number;
  modelPath?: string;
}

/** A recogniser backed by the NER model, or null when no model file is available. */
export function nerRecogniser(options: NerCandidateOptions = {}): CandidateRecogniser | null {
  const path = options.modelPath ?? DEFAULT_MODEL_PATH;
  if (!existsSync(path)) return null;
  const tagger = loadNerModel(path);
  const labels = new Set(options.labels ?? ['PERS']);
  const minScore = options.minScore ?? 0;
  return (doc) =>
    tagger
      .textSpans(doc.text)
      .filter((s) => labels.has(s.label) && TYPES[s.label] && (s.score ?? 0) >= minScore)
      // Single-letter or digit spans are tagging noise, not names.
      .filter((s) => s.text.length > 2 && !/\d/.test(s.text))
      .map((s) => ({ start: s.charStart, end: s.charEnd, type: TYPES[s.label]!, score: s.score ?? 0 }));
}
