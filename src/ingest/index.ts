// Public reader API: turn files and directories into articles, one result per article or per
// failed file, so a bad file never stops the others.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { articleId } from './article-id.ts';
import { parseJsonl } from './jsonl.ts';
import { looksLikePageFormat, type PageArticle, parsePageFormat, parseSingleArticle } from './page-format.ts';
import { failure, IngestError, type RawArticle, type ReadResult } from './types.ts';
import { MAX_FILE_BYTES, readTextFile } from './validate.ts';

export { parseJsonl } from './jsonl.ts';
export { looksLikePageFormat, parsePageFormat, parseSingleArticle } from './page-format.ts';
export type { RawArticle, ReadFailureReason, ReadResult } from './types.ts';
export { IngestError } from './types.ts';
export { MAX_FILE_BYTES } from './validate.ts';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.jsonl', '.ndjson']);

export interface ReadOptions {
  /** Per-file size limit in bytes (default 50 MB). */
  maxBytes?: number;
}

function toRaw(file: string, a: PageArticle): RawArticle {
  return {
    id: articleId(a.title, a.body),
    title: a.title,
    body: a.body,
    publishedAt: null,
    source: basename(file),
    url: null,
    file,
    ...(a.credits.length ? { credits: a.credits } : {}),
    ...(a.subtitle ? { subtitle: a.subtitle } : {}),
  };
}

/** Parses already-decoded text of a file by its format (JSONL, page format, single article). */
export function parseText(file: string, text: string): ReadResult[] {
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return parseJsonl(file, text);
  if (looksLikePageFormat(text)) {
    const articles = parsePageFormat(text);
    if (articles.length) return articles.map((a) => ({ ok: true, article: toRaw(file, a) }));
  }
  const single = parseSingleArticle(text);
  if (!single || single.body === '') return [failure(new IngestError(file, 'empty', 'no article body'))];
  return [{ ok: true, article: toRaw(file, single) }];
}

/** Reads one file: every article in it, or one failure naming the file and the reason. */
export async function readFileArticles(file: string, options: ReadOptions = {}): Promise<ReadResult[]> {
  try {
    const text = await readTextFile(file, options.maxBytes ?? MAX_FILE_BYTES);
    return parseText(file, text);
  } catch (e) {
    if (e instanceof IngestError) return [failure(e)];
    throw e;
  }
}

async function* walk(path: string): AsyncGenerator<string> {
  let isDir = false;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch {
    yield path; // reported as not-found by the reader
    return;
  }
  if (!isDir) {
    yield path;
    return;
  }
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const child = join(path, e.name);
    if (e.isDirectory()) yield* walk(child);
    else if (ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) yield child;
  }
}

/**
 * Reads files and directories (recursively: .txt, .jsonl) in a stable order. Yields one result
 * per article and one failure per unreadable file; never throws for a bad file.
 */
export async function* readArticles(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for (const p of paths) {
    for await (const file of walk(p)) {
      yield* await readFileArticles(file, options);
    }
  }
}
