import { describe, expect, it } from 'vitest';
import { formatText } from '../../../src/cli/commands/extract.ts';
import { defaultComponents, extractArticle, Pipeline } from '../../../src/extract/pipeline.ts';
import { article, seedArticles } from './helpers.ts';

describe('pipeline', () => {
  it('runs named components in order, with a slot for NER candidate spans', () => {
    expect(new Pipeline().names).toEqual([
      'gazetteer',
      'discovery',
      'candidates',
      'roles',
      'coref',
      'statements',
      'events',
      'relations',
    ]);
  });

  it('turns recogniser spans into entities where nothing else matched', () => {
    const text = 'التقى زيد عمرو بالوفد.';
    const p = new Pipeline(
      defaultComponents(undefined, (doc) => {
        const start = doc.text.indexOf('زيد عمرو');
        return [{ start, end: start + 8, type: 'Person', score: 0.9 }];
      }),
    );
    const r = p.extract(article(text));
    expect(r.entities.find((e) => e.type === 'Person')).toMatchObject({
      name: 'زيد عمرو',
      mentions: [{ start: 6, end: 14 }],
    });
  });

  it('is deterministic and keeps the CONTRACT shape with the body', async () => {
    const [a] = await seedArticles();
    const one = JSON.stringify(extractArticle(a!));
    const two = JSON.stringify(extractArticle(a!));
    expect(one).toBe(two);
    const r = JSON.parse(one);
    expect(Object.keys(r)).toEqual(['article', 'entities', 'statements', 'events', 'relations']);
    expect(r.article.body).toBe(a!.body);
    for (const e of r.entities)
      for (const m of e.mentions) expect(a!.body.slice(m.start, m.end)).toBe(m.text);
    for (const s of r.statements) expect(a!.body.slice(s.start, s.end)).toBe(s.sentence);
  });

  it('prints a readable text summary', async () => {
    const [a] = await seedArticles();
    const text = formatText([extractArticle(a!)]);
    expect(text).toContain('# طالبان تنفي وجود أي تبادل معلومات مع موسكو حول تنظيم داعش');
    expect(text).toContain('فلاديمير بوتين LEADER_OF روسيا');
  });
});

describe('NER candidates adapter', () => {
  it('is absent without a model file', async () => {
    const { nerRecogniser } = await import('../../../src/extract/ner-candidates.ts');
    expect(nerRecogniser({ modelPath: '/nonexistent/model.bin' })).toBeNull();
  });
});

describe('extractFiles', () => {
  it('streams extractions and failures per file', async () => {
    const { extractFiles } = await import('../../../src/extract/index.ts');
    const { shared } = await import('./helpers.ts');
    const out = [];
    for await (const r of extractFiles([`${shared}/seed`, '/nonexistent/file.txt'])) out.push(r);
    expect(out.map((r) => r.ok)).toEqual([true, true, false]);
    const first = out[0];
    expect(first?.ok && first.extraction.article.id).toBe(first?.ok && first.article.id);
  });
});
