import { describe, expect, it } from 'vitest';
import { cliticReadings, tokenise } from '../../../src/nlp/tokens.ts';

const readings = (word: string) => cliticReadings(tokenise(word)[0]!).map((r) => r.stem);

describe('tokenise', () => {
  it('keeps original offsets', () => {
    const text = 'نفت حركة طالبان، تقارير';
    const toks = tokenise(text);
    expect(toks.map((t) => t.text)).toEqual(['نفت', 'حركة', 'طالبان', 'تقارير']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('proclitics', () => {
  it('splits preposition + name: بموسكو, لطالبان', () => {
    expect(readings('بموسكو')).toContain('موسكو');
    expect(readings('لطالبان')).toContain('طالبان');
  });

  it('splits conjunction + article: والكرملين keeps the article reading', () => {
    const r = cliticReadings(tokenise('والكرملين')[0]!);
    const withArticle = r.find((x) => x.stem === 'الكرملين');
    expect(withArticle?.prefixes).toEqual(['و']);
    expect(withArticle?.start).toBe(1);
  });

  it('restores the elided article of لل: للتمرد → التمرد', () => {
    const r = cliticReadings(tokenise('للتمرد')[0]!);
    expect(r.map((x) => x.stem)).toContain('التمرد');
    expect(r.map((x) => x.stem)).toContain('تمرد');
  });

  it('handles combinations: وبالمنطقة, فلروسيا', () => {
    expect(readings('وبالمنطقة')).toContain('المنطقه');
    expect(readings('فلروسيا')).toContain('روسيا');
  });

  it('maps the stem start back to the original even with diacritics', () => {
    const t = tokenise('بِموسكو')[0]!;
    const r = cliticReadings(t).find((x) => x.stem === 'موسكو')!;
    expect('بِموسكو'.slice(r.start - t.start)).toBe('موسكو');
  });
});
