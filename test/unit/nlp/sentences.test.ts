import { describe, expect, it } from 'vitest';
import { findDate, monthNumber } from '../../../src/nlp/dates.ts';
import { numberWordValue, readCount } from '../../../src/nlp/numbers.ts';
import { splitSentences } from '../../../src/nlp/sentences.ts';

describe('splitSentences', () => {
  it('splits on full stops and line breaks, keeping offsets', () => {
    const text = 'نفت طالبان التقارير. وكانت صحيفة قد ذكرت ذلك.\nوقال المسؤول إنه «لا صحة. لذلك» أبدا؟ نعم';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      'نفت طالبان التقارير.',
      'وكانت صحيفة قد ذكرت ذلك.',
      'وقال المسؤول إنه «لا صحة. لذلك» أبدا؟',
      'نعم',
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('does not split abbreviations or decimals', () => {
    expect(splitSentences('صورة (إ.ب.أ) ونسبة 3.5 في المائة.').length).toBe(1);
  });
});

describe('numbers', () => {
  it('reads number words and digit phrases', () => {
    expect(numberWordValue('اثنين')).toBe(2);
    expect(numberWordValue('وخمسة')).toBe(5);
    expect(numberWordValue('٧٠')).toBe(70);
    expect(readCount(['10', 'الاف'])).toEqual({ value: 10000, used: 2 });
    expect(readCount(['مائه', 'الف'])).toEqual({ value: 100000, used: 2 });
    expect(readCount(['حكومه'])).toBeNull();
  });
});

describe('dates', () => {
  it('reads explicit years and months', () => {
    expect(monthNumber('سبتمبر')).toBe(9);
    expect(monthNumber('وتموز')).toBe(7);
    expect(findDate('بعد الاجتياح السوفياتي عام 1979', null)).toBe('1979');
    expect(findDate('في 15 يناير 2025', null)).toBe('2025-01-15');
    expect(findDate('الانتفاضة التي اندلعت في فبراير (شباط) 2011', null)).toBe('2011-02');
  });

  it('resolves relative dates against publishedAt', () => {
    expect(findDate('أعلن الجيش أمس', '2015-07-21')).toBe('2015-07-20');
    expect(findDate('انفجرتا أول من أمس', '2015-07-21')).toBe('2015-07-19');
    expect(findDate('قال مسؤولون الاثنين', '2025-01-17')).toBe('2025-01-13');
    expect(findDate('في سبتمبر', '2015-10-03')).toBe('2015-09');
    expect(findDate('أعلن الجيش أمس', null)).toBeNull();
  });
});
