// Label set, BIO constraints and BIO -> span decoding. Shared by training, decoding and scoring.

export type EntityLabel = 'PERS' | 'LOC' | 'ORG' | 'MISC';

/** A named-entity span over token indices, end exclusive. */
export interface NerSpan {
  start: number;
  end: number;
  label: EntityLabel;
  /** Mean per-token margin of the best path over the runner-up label (model units); only set by the tagger. */
  score?: number;
}

export const ENTITY_LABELS: readonly EntityLabel[] = ['PERS', 'LOC', 'ORG', 'MISC'];

/** Tag inventory in model order. Index 0 is O so that an all-zero model predicts O everywhere. */
export const TAGS: readonly string[] = [
  'O',
  'B-PERS',
  'I-PERS',
  'B-LOC',
  'I-LOC',
  'B-ORG',
  'I-ORG',
  'B-MISC',
  'I-MISC',
];
export const NUM_TAGS = TAGS.length;

export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

/**
 * allowed[prev * NUM_TAGS + cur] is 1 if cur may follow prev; row NUM_TAGS is the sentence start.
 * I-X may only continue B-X or I-X (IOB2), so Viterbi can never emit a dangling I- tag.
 */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NUM_TAGS + 1) * NUM_TAGS);
  for (let p = 0; p <= NUM_TAGS; p++) {
    for (let c = 0; c < NUM_TAGS; c++) {
      const cur = TAGS[c]!;
      let ok = true;
      if (cur.startsWith('I-')) {
        const prev = p < NUM_TAGS ? TAGS[p]! : 'O';
        ok = prev !== 'O' && prev.slice(2) === cur.slice(2);
      }
      a[p * NUM_TAGS + c] = ok ? 1 : 0;
    }
  }
  return a;
})();

/**
 * Chunks of a BIO sequence, conlleval/seqeval (default mode) semantics: an I-X that does not
 * continue an X chunk opens a new one, so noisy gold data is scored the same way seqeval would.
 */
export function bioToSpans(tags: readonly string[]): NerSpan[] {
  const spans: NerSpan[] = [];
  let start = -1;
  let type = '';
  const close = (end: number): void => {
    if (start >= 0) spans.push({ start, end, label: type as EntityLabel });
    start = -1;
    type = '';
  };
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === 'O' || t.length < 3 || t[1] !== '-') {
      close(i);
      continue;
    }
    const prefix = t[0];
    const ty = t.slice(2);
    if (prefix === 'B' || ty !== type || start < 0) {
      close(i);
      start = i;
      type = ty;
    }
  }
  close(tags.length);
  return spans;
}
