// JSON Lines input: one `{title, body, publishedAt?, source?, url?}` object per line. A bad line
// fails alone; the other lines still become articles.
import { articleId } from './article-id.ts';
import { failure, IngestError, type ReadResult } from './types.ts';

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** Accepts YYYY-MM-DD or anything Date can parse; keeps the calendar day. */
export function normaliseDate(v: unknown): string | null {
  const s = str(v);
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return s.slice(0, 10);
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

export function parseJsonl(file: string, text: string): ReadResult[] {
  const out: ReadResult[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const where = `${file}:${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      out.push(failure(new IngestError(where, 'invalid-json', 'invalid JSON line')));
      continue;
    }
    const rec = (typeof obj === 'object' && obj !== null ? obj : {}) as Record<string, unknown>;
    const title = str(rec.title);
    const body = typeof rec.body === 'string' ? rec.body.replace(/\r\n?/g, '\n').trim() : null;
    if (!title || !body) {
      out.push(failure(new IngestError(where, 'missing-field', `missing ${title ? 'body' : 'title'}`)));
      continue;
    }
    out.push({
      ok: true,
      article: {
        id: articleId(title, body),
        title,
        body,
        publishedAt: normaliseDate(rec.publishedAt),
        source: str(rec.source),
        url: str(rec.url),
        file: where,
      },
    });
  }
  if (out.length === 0) out.push(failure(new IngestError(file, 'empty', 'no articles in JSONL file')));
  return out;
}
