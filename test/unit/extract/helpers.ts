import { resolve } from 'node:path';
import { articleId } from '../../../src/ingest/article-id.ts';
import type { RawArticle } from '../../../src/ingest/index.ts';
import { readArticles } from '../../../src/ingest/index.ts';

export const shared = resolve(import.meta.dirname, '../../../../shared');

export function article(body: string, title = 'عنوان', publishedAt: string | null = null): RawArticle {
  return {
    id: articleId(title, body),
    title,
    body,
    publishedAt,
    source: 'test',
    url: null,
    file: 'test.txt',
  };
}

export async function seedArticles(): Promise<RawArticle[]> {
  const out: RawArticle[] = [];
  for await (const r of readArticles([resolve(shared, 'seed/000_5efe405581343bf2.txt')]))
    if (r.ok) out.push(r.article);
  return out;
}
