// Hostile text through the reader and the extractor: neither may throw, hang, or produce offsets
// that do not point at the text they claim.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/corpus/random.ts';
import { extractArticle } from '../../src/extract/index.ts';
import type { RawArticle } from '../../src/ingest/index.ts';
import { parseText } from '../../src/ingest/index.ts';
import { BIDI_CONTROLS } from './support/hostile.ts';

const ARABIC_WORDS = [
  'قال',
  'نفت',
  'حركة',
  'طالبان',
  'الرئيس',
  'الروسي',
  'فلاديمير',
  'بوتين',
  'إن',
  'أن',
  '«',
  '»',
  'في',
  'عن',
  'مسؤول',
  'رفيع',
  'قتل',
  'خمسة',
  'أكثر من 70',
  'صحيفة',
  'وفقاً لـ',
  'بحسب',
  '(إ.ب.أ)',
  'TT',
  '،',
  '.',
  '؟',
  '\n',
];

const ODD = [
  '\u0000',
  '\uFEFF',
  '\u200B',
  '\u200D',
  '\uD800',
  '\uDFFF',
  '\u0640\u0640\u0640',
  '\u064B\u064C\u064D',
  '\r\n',
  '\t',
  '\u00A0',
];

function randomText(rand: () => number, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i++) {
    const r = rand();
    if (r < 0.55) parts.push(ARABIC_WORDS[Math.floor(rand() * ARABIC_WORDS.length)]!);
    else if (r < 0.65) parts.push(BIDI_CONTROLS[Math.floor(rand() * BIDI_CONTROLS.length)]!);
    else if (r < 0.72) parts.push(ODD[Math.floor(rand() * ODD.length)]!);
    else parts.push(String.fromCodePoint(Math.floor(rand() * 0x2ffff)).replace(/[\uD800-\uDFFF]/g, ''));
    parts.push(rand() < 0.7 ? ' ' : '');
  }
  return parts.join('');
}

function article(title: string, body: string): RawArticle {
  return {
    id: `fuzz-${title.length}-${body.length}`,
    title,
    body,
    publishedAt: '2016-01-01',
    source: 'fuzz',
    url: null,
    file: 'fuzz.txt',
  };
}

function checkExtraction(raw: RawArticle): void {
  const result = extractArticle(raw);
  const body = result.article.body ?? raw.body;
  for (const entity of result.entities) {
    for (const m of entity.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(body.length);
      expect(body.slice(m.start, m.end)).toBe(m.text);
    }
  }
  expect(() => JSON.stringify(result)).not.toThrow();
}

describe('extractor under hostile input', () => {
  it('survives 400 random articles of Arabic, bidi controls, odd code points and noise', () => {
    // Seeded, so a failing case number replays.
    const rand = seededRandom(20261129).next;
    for (let i = 0; i < 400; i++) {
      const title = randomText(rand, 1 + Math.floor(rand() * 12));
      const body = randomText(rand, Math.floor(rand() * 400));
      try {
        checkExtraction(article(title, body));
        parseText(`fuzz-${i}.txt`, `${title}\n\n${body}`);
      } catch (error) {
        throw new Error(`case ${i} failed: ${(error as Error).stack}`);
      }
    }
  });

  it('handles unbalanced and nested guillemets', () => {
    for (const body of [
      'قال المتحدث «إن الحركة لم تلتق أحداً.',
      'وقالت الحركة: لم نتواصل مع أحد». وأضافت «',
      '«««««««««« نفت طالبان »',
      'قال «الرئيس «الروسي» فلاديمير» بوتين «» إن',
      '»»» قال »»» إن «««',
    ]) {
      checkExtraction(article('عنوان', body));
    }
  });

  it('extracts a 1 MB single-line article in bounded time', () => {
    const sentence = 'وقال الرئيس الروسي فلاديمير بوتين إن روسيا لن تتدخل في أفغانستان، ';
    const body = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).slice(0, 1_000_000);
    const started = performance.now();
    checkExtraction(article('سطر واحد طويل', body));
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('handles empty, whitespace-only and control-only bodies', () => {
    for (const body of ['', ' ', '\n\n\n', '\u202E\u202C', '\u0000\u0000', '\uFEFF']) {
      checkExtraction(article('عنوان', body));
    }
  });
});
