import { describe, expect, it } from 'vitest';
import { matchKey, normalise, normaliseWithOffsets } from '../../../src/nlp/normalise.ts';

describe('normalise', () => {
  it('drops diacritics and tatweel and unifies letter forms', () => {
    expect(normalise('رَدًّا')).toBe('ردا');
    expect(normalise('الـ34')).toBe('ال34');
    expect(normalise('أإآٱ')).toBe('اااا');
    expect(normalise('مصطفى')).toBe('مصطفي');
    expect(normalise('الحكومة')).toBe('الحكومه');
    expect(normalise('مسؤول')).toBe('مسوول');
    expect(normalise('رئيس')).toBe('رييس');
  });

  it('turns Arabic-Indic digits into ASCII digits', () => {
    expect(normalise('٢٠١٣')).toBe('2013');
    expect(normalise('۱۹۷۹')).toBe('1979');
  });

  it('keeps a map to original offsets and never changes the original', () => {
    const original = 'قُتل ما لا يقل';
    const n = normaliseWithOffsets(original);
    expect(n.text).toBe('قتل ما لا يقل');
    expect(n.offsets[2]).toBe(3); // ل comes after the damma
    expect(n.offsets[n.text.length]).toBe(original.length);
    expect(original).toBe('قُتل ما لا يقل');
  });

  it('matchKey drops punctuation and guillemets like the scorer', () => {
    expect(matchKey('صحيفة «صنداي تايمز»،')).toBe('صحيفه صنداي تايمز');
  });
});
