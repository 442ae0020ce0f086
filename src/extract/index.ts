// Public API of the extractor.
import type { RawArticle, ReadResult } from '../ingest/index.ts';
import { readArticles } from '../ingest/index.ts';
import type { ArticleExtraction } from './contract.ts';
import { extractArticle, type Pipeline } from './pipeline.ts';

export type { ArticleExtraction } from './contract.ts';
export { createDoc, type Doc } from './document.ts';
export {
  type CandidateRecogniser,
  type Component,
  defaultComponents,
  extractArticle,
  Pipeline,
} from './pipeline.ts';
export { toContract } from './serialise.ts';

export type ExtractResult =
  | { ok: true; article: RawArticle; extraction: ArticleExtraction }
  | Extract<ReadResult, { ok: false }>;

/**
 * Reads files and directories and extracts every article, in a stable order: one result per
 * article, one failure per unreadable file (which never stops the others).
 */
export async function* extractFiles(paths: string[], pipeline?: Pipeline): AsyncGenerator<ExtractResult> {
  for await (const r of readArticles(paths)) {
    if (!r.ok) {
      yield r;
      continue;
    }
    const extraction = pipeline ? pipeline.extract(r.article) : extractArticle(r.article);
    yield { ok: true, article: r.article, extraction };
  }
}
