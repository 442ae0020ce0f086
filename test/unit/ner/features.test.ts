import { describe, expect, it } from 'vitest';
import { BASE_FEATURES, extractFeatures, wordAttrs } from '../../../src/nlp/ner/features.ts';
import { hashString } from '../../../src/nlp/ner/hash.ts';
import { normalizeArabic, stripClitics, wordShape } from '../../../src/nlp/ner/normalize.ts';
import { tokenize } from '../../../src/nlp/ner/tokenize.ts';

describe('normalisation', () => {
  it('folds alef, ya and ta marbuta variants and strips diacritics', () => {
    expect(normalizeArabic('إِسْرَائِيلَ')).toBe('اسرائيل');
    expect(normalizeArabic('مصطفى')).toBe('مصطفي');
    expect(normalizeArabic('القاهرة')).toBe('القاهره');
    expect(normalizeArabic('٢٠٢٤')).toBe('2024');
  });

  it('strips proclitics and the article but keeps short names intact', () => {
    expect(stripClitics(normalizeArabic('وبالقاهرة'))).toEqual({ stem: 'قاهره', clitics: 'و+ب+ال' });
    expect(stripClitics('للسلام')).toEqual({ stem: 'سلام', clitics: 'ل+ال' });
    expect(stripClitics('بوتين')).toEqual({ stem: 'بوتين', clitics: '' });
    expect(stripClitics('لبنان')).toEqual({ stem: 'لبنان', clitics: '' });
  });

  it('classifies word shapes', () => {
    expect(wordShape('موسكو')).toBe('al');
    expect(wordShape('2006')).toBe('dm');
    expect(wordShape('،')).toBe('ps');
  });
});

describe('feature extraction', () => {
  it('gives a known token its hashed attributes', () => {
    const a = wordAttrs('والرئيس');
    expect(a[0]).toBe(hashString('والرئيس', 0));
    expect(a[1]).toBe(hashString('والرئيس', 1)); // already normal
    expect(a[2]).toBe(hashString('رئيس', 2)); // stem without و+ال
    expect(a[3]).toBe(hashString('و+ال', 3));
    // Pinned: the shipped model's weights are indexed by these hashes, so they must never change.
    expect(hashString('رئيس', 2)).toBe(2787811605);
  });

  it('emits a fixed number of features per token plus two per extra attribute', () => {
    const toks = ['قال', 'الرئيس', 'بوتين'];
    const rows = extractFeatures(toks, { extra: [new Int32Array(3)] });
    expect(rows.offsets.length).toBe(4);
    for (let i = 0; i < 3; i++) expect(rows.offsets[i + 1]! - rows.offsets[i]!).toBe(BASE_FEATURES + 2 + 2);
    // same input, same ids: features are pure functions of the tokens
    expect(extractFeatures(toks, { extra: [new Int32Array(3)] }).feats).toEqual(rows.feats);
  });
});

describe('tokenize', () => {
  it('splits punctuation off words, keeps clitics and decimal numbers', () => {
    expect(tokenize('قال بوتين: «وسنرد» في 3.5 ثانية.').map((t) => t.text)).toEqual([
      'قال',
      'بوتين',
      ':',
      '«',
      'وسنرد',
      '»',
      'في',
      '3.5',
      'ثانية',
      '.',
    ]);
  });
});
