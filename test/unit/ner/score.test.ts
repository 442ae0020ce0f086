import { describe, expect, it } from 'vitest';
import { mapAqmarTag, parseConll } from '../../../src/nlp/ner/conll.ts';
import { scoreEntities } from '../../../src/nlp/ner/score.ts';

describe('scoreEntities (exact span match, micro average)', () => {
  it('scores a hand example', () => {
    const gold = [
      ['B-PERS', 'I-PERS', 'O', 'B-LOC'],
      ['B-ORG', 'I-ORG', 'I-ORG', 'O'],
    ];
    const pred = [
      ['B-PERS', 'I-PERS', 'O', 'B-ORG'], // PERS right; LOC missed, ORG spurious
      ['B-ORG', 'I-ORG', 'O', 'O'], // boundary error: one FP and one FN
    ];
    const s = scoreEntities(gold, pred);
    expect(s.tp).toBe(1);
    expect(s.fp).toBe(2);
    expect(s.fn).toBe(2);
    expect(s.p).toBeCloseTo(1 / 3, 10);
    expect(s.r).toBeCloseTo(1 / 3, 10);
    expect(s.f1).toBeCloseTo(1 / 3, 10);
    expect(s.perClass.PERS).toMatchObject({ p: 1, r: 1, f1: 1 });
    expect(s.perClass.LOC).toMatchObject({ tp: 0, fp: 0, fn: 1, f1: 0 });
    expect(s.perClass.ORG).toMatchObject({ tp: 0, fp: 2, fn: 1 });
  });

  it('drops ignored classes on both sides', () => {
    const s = scoreEntities([['B-MISC', 'B-LOC']], [['O', 'B-LOC']], ['MISC']);
    expect(s.f1).toBe(1);
    expect(s.perClass.MISC).toBeUndefined();
  });
});

describe('corpus readers', () => {
  it('parses token TAG lines without a final newline', () => {
    const s = parseConll('فرانكفورت B-LOC\n(د O\n\nأعلن O');
    expect(s).toEqual([
      { tokens: ['فرانكفورت', '(د'], tags: ['B-LOC', 'O'] },
      { tokens: ['أعلن'], tags: ['O'] },
    ]);
  });

  it('maps AQMAR tags onto ANERcorp labels', () => {
    expect(mapAqmarTag('B-PER')).toBe('B-PERS');
    expect(mapAqmarTag('I--ORG')).toBe('I-ORG');
    expect(mapAqmarTag('B-MIS1')).toBe('O');
    expect(mapAqmarTag('OO')).toBe('O');
  });
});
