import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, parsePageFormat, type ReadResult, readArticles } from '../../../src/ingest/index.ts';

const shared = resolve(import.meta.dirname, '../../../../shared');
const seed = join(shared, 'seed/000_5efe405581343bf2.txt');
let dir: string;

async function collect(paths: string[]): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readArticles(paths)) out.push(r);
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'akhbar-ingest-'));
});

describe('page format (seed)', () => {
  it('splits the seed file into its two articles with furniture kept once', async () => {
    const results = await collect([seed]);
    expect(results.length).toBe(2);
    const [a, b] = results.map((r) => (r.ok ? r.article : null));
    expect(a?.title).toBe('طالبان تنفي وجود أي تبادل معلومات مع موسكو حول تنظيم داعش');
    expect(b?.title).toBe('باكستان تطلق عملية أمنية بعد تصاعد العنف الطائفي');
    // Title repeats and the TT marker are gone; the caption appears once.
    expect(a?.body.includes('TT')).toBe(false);
    expect(a?.body.split('طالبان تنفي وجود أي تبادل').length).toBe(1);
    expect(b?.body.split('تشهد باكستان موجة من عنف المتمردين').length).toBe(2);
    expect(b?.credits).toEqual(['إ.ب.أ']);
    expect(a?.subtitle).toBe('ردًا على تقرير يؤكد أن بوتين التقى سرًا الملا أختر منصور');
    expect(b?.subtitle).toBeUndefined();
    expect(a?.id).toMatch(/^[0-9a-f]{64}$/);
    expect(a?.source).toBe('000_5efe405581343bf2.txt');
  });

  it('parses a page from text', () => {
    const page = 'عنوان أول\n\nنص المقال الأول.\n\n\n\nعنوان ثان\nTT\nعنوان ثان\nنص المقال الثاني (أ.ف.ب)';
    const arts = parsePageFormat(page);
    expect(arts.map((a) => a.title)).toEqual(['عنوان أول', 'عنوان ثان']);
    expect(arts[1]!.body).toBe('نص المقال الثاني (أ.ف.ب)');
    expect(arts[1]!.credits).toEqual(['أ.ف.ب']);
  });
});

describe('single article, JSONL, directories', () => {
  it('reads one article per .txt with the title on line 1, with or without BOM', async () => {
    const f = join(dir, 'one.txt');
    writeFileSync(f, '\uFEFFالعنوان هنا\n\nالفقرة الأولى.\nالفقرة الثانية.\n');
    const [r] = await collect([f]);
    expect(r?.ok).toBe(true);
    if (r?.ok) {
      expect(r.article.title).toBe('العنوان هنا');
      expect(r.article.body).toBe('الفقرة الأولى.\nالفقرة الثانية.');
    }
  });

  it('reads JSONL records and reports a bad line without losing the others', async () => {
    const f = join(dir, 'feed.jsonl');
    writeFileSync(
      f,
      [
        JSON.stringify({
          title: 'خبر',
          body: 'نص الخبر.',
          publishedAt: '2018-07-14T05:36:08Z',
          source: 'France 24',
          url: 'http://x',
        }),
        '{not json',
        JSON.stringify({ title: 'بلا نص' }),
      ].join('\n'),
    );
    const rs = await collect([f]);
    expect(rs.length).toBe(3);
    expect(rs[0]).toMatchObject({
      ok: true,
      article: { publishedAt: '2018-07-14', source: 'France 24', url: 'http://x' },
    });
    expect(rs[1]).toMatchObject({ ok: false, reason: 'invalid-json', file: `${f}:2` });
    expect(rs[2]).toMatchObject({ ok: false, reason: 'missing-field' });
  });

  it('walks directories recursively in name order', async () => {
    const rs = await collect([join(shared, 'data/articles-dev')]);
    expect(rs.length).toBe(8);
    expect(rs.every((r) => r.ok)).toBe(true);
    expect(rs[0]?.ok && rs[0].article.file.endsWith('01.txt')).toBe(true);
  });

  it('gives the same id to the same text', async () => {
    const f1 = join(dir, 'a.txt');
    const f2 = join(dir, 'b.txt');
    writeFileSync(f1, 'عنوان\n\nنص');
    writeFileSync(f2, 'عنوان\n\nنص');
    const [r1, r2] = await collect([f1, f2]);
    expect(r1?.ok && r2?.ok && r1.article.id === r2.article.id).toBe(true);
  });
});

describe('bad inputs get a clear error and do not stop other files', () => {
  it('binary, invalid UTF-8, empty, too large and missing files', async () => {
    const bin = join(dir, 'image.txt');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const bad = join(dir, 'latin1.txt');
    writeFileSync(bad, Buffer.from([0x41, 0xe9, 0x41, 0x0a]));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const blank = join(dir, 'blank.txt');
    writeFileSync(blank, '\n  \n');
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_FILE_BYTES + 1);
    const good = join(dir, 'good.txt');
    writeFileSync(good, 'عنوان\n\nنص سليم');
    const rs = await collect([bin, bad, empty, blank, huge, join(dir, 'missing.txt'), good]);
    const reasons = rs.map((r) => (r.ok ? 'ok' : r.reason));
    expect(reasons).toEqual(['binary', 'invalid-utf8', 'empty', 'empty', 'too-large', 'not-found', 'ok']);
    for (const r of rs) if (!r.ok) expect(r.message.startsWith(r.file)).toBe(true);
    expect(rs[4]).toMatchObject({ ok: false, message: expect.stringContaining('too large') });
  });
});
