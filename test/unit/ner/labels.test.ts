import { describe, expect, it } from 'vitest';
import { ALLOWED, bioToSpans, NUM_TAGS, TAG_INDEX } from '../../../src/nlp/ner/labels.ts';

describe('bioToSpans', () => {
  it('decodes B/I runs into end-exclusive token spans', () => {
    expect(bioToSpans(['B-PERS', 'I-PERS', 'O', 'B-LOC', 'B-LOC', 'I-LOC'])).toEqual([
      { start: 0, end: 2, label: 'PERS' },
      { start: 3, end: 4, label: 'LOC' },
      { start: 4, end: 6, label: 'LOC' },
    ]);
  });

  it('treats a dangling I- as the start of a chunk, as seqeval does', () => {
    expect(bioToSpans(['O', 'I-ORG', 'I-ORG', 'I-LOC'])).toEqual([
      { start: 1, end: 3, label: 'ORG' },
      { start: 3, end: 4, label: 'LOC' },
    ]);
  });

  it('closes a span at the end of the sentence', () => {
    expect(bioToSpans(['O', 'B-MISC'])).toEqual([{ start: 1, end: 2, label: 'MISC' }]);
  });
});

describe('transition constraints', () => {
  const ok = (prev: string | null, cur: string): boolean => {
    const p = prev === null ? NUM_TAGS : TAG_INDEX.get(prev)!;
    return ALLOWED[p * NUM_TAGS + TAG_INDEX.get(cur)!] === 1;
  };
  it('only lets I-X follow B-X or I-X', () => {
    expect(ok('B-PERS', 'I-PERS')).toBe(true);
    expect(ok('I-PERS', 'I-PERS')).toBe(true);
    expect(ok('B-LOC', 'I-PERS')).toBe(false);
    expect(ok('O', 'I-ORG')).toBe(false);
    expect(ok(null, 'I-ORG')).toBe(false);
    expect(ok(null, 'B-ORG')).toBe(true);
  });
});
