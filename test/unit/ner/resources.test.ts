import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../../src/nlp/ner/features.ts';
import { matchKey } from '../../../src/nlp/ner/gazetteer.ts';
import { NameResources } from '../../../src/nlp/ner/resources.ts';

// Lists hold match keys (as tools/ner-resources/build.ts writes them): فلاديمير -> لاديمير.
const V = matchKey('فلاديمير');
const DATA = {
  given: `${V}\t40\nمحمد\t12000\n`,
  surname: 'بوتين\t3\n',
  nameWords: 'بوتين\n',
  zipf: 'قال\t6\nفي\t7\n',
  persons: `${V} بوتين\n`,
  places: 'موسكو\n',
  clubs: '',
};

describe('external name knowledge', () => {
  it('marks name parts, frequencies and full-name matches per token', () => {
    const res = NameResources.fromData(DATA, 1 | 2 | 4 | 8 | 16 | 32);
    const toks = ['قال', 'فلاديمير', 'وبوتين', 'في', 'موسكو'];
    const [zipf, parts, prev, next, gaz] = res.extras(toks);
    // general-text frequency: every token gets a value; known words differ from unknown ones
    expect(zipf!.every((v) => v !== 0)).toBe(true);
    expect(zipf![0]).not.toBe(zipf![1]);
    expect(zipf![1]).toBe(zipf![4]); // both absent from the frequency list
    // name parts (clitics stripped: وبوتين -> بوتين), neighbours shifted
    expect(Array.from(parts!, (v) => v !== 0)).toEqual([false, true, true, false, false]);
    expect(parts![1]).not.toBe(parts![2]); // given vs surname+dictionary
    expect(prev![2]).toBe(parts![1]);
    expect(next![1]).toBe(parts![2]);
    // longest-match gazetteer: B and I of a person name, a place
    expect(gaz![1]).not.toBe(0);
    expect(gaz![2]).not.toBe(0);
    expect(gaz![1]).not.toBe(gaz![2]);
    expect(gaz![4]).not.toBe(0);
    expect(gaz![0]).toBe(0);
  });

  it('uses only the parts in the mask', () => {
    expect(NameResources.fromData(DATA, 2).extras(['قال'])).toHaveLength(1);
    expect(NameResources.fromData(DATA, 1).extras(['قال'])).toHaveLength(1);
    expect(NameResources.fromData(DATA, 0).extras(['قال'])).toHaveLength(0);
  });

  it('adds one feature per attribute plus the frequency conjunction', () => {
    const toks = ['قال', 'فلاديمير'];
    const res = NameResources.fromData(DATA, 3);
    const base = extractFeatures(toks);
    const rows = extractFeatures(toks, { extra1: res.extras(toks) });
    expect(rows.offsets[1]! - rows.offsets[0]!).toBe(base.offsets[1]! - base.offsets[0]! + 3);
  });
});

describe('head nouns', () => {
  it('mark the head and the next words up to punctuation', () => {
    const res = NameResources.fromData({ heads: '# comment\nORG\tوزارة\n' }, 64);
    const [h] = res.extras(['قالت', 'وزارة', 'الصحة', 'العامة', '،', 'ان']);
    expect(Array.from(h!, (v) => v !== 0)).toEqual([false, true, true, true, false, false]);
    expect(new Set([h![1], h![2], h![3]]).size).toBe(3);
  });
});
