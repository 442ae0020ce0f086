import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

function places(body: string): string[] {
  const r = extractArticle({
    id: 't',
    title: 'عنوان',
    body,
    publishedAt: null,
    source: null,
    url: null,
    file: 't.txt',
  });
  return r.entities.filter((e) => e.type === 'Place').map((e) => e.name);
}

describe('places from head nouns', () => {
  it('does not make a place of a preposition fused to an article ("مخيم للنازحين")', () => {
    const found = places('سقطت قذائف على مخيم للنازحين قرب مدينة الفاشر.');
    expect(found).not.toContain('للنازحين');
    expect(found).toContain('الفاشر');
  });
});
