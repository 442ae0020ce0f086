// `akhbar load`: read files, extract each article, write whole articles in batches. A file that
// cannot be read, an article the extractor chokes on or a batch the database refuses is reported
// with its reason while everything else still loads.
import type { Driver } from 'neo4j-driver';
import type { ArticleExtraction } from '../extract/contract.ts';
import { type RawArticle, type ReadOptions, readArticles } from '../ingest/index.ts';
import type { LoadProgress } from './progress.ts';
import { refreshStaleDigests, writeArticles } from './writer.ts';

export type Extract = (article: RawArticle) => ArticleExtraction | Promise<ArticleExtraction>;

export interface LoadFailure {
  file: string;
  /** Short machine-readable cause: invalid-utf8, empty, not-found, extract-failed, write-failed … */
  reason: string;
  message: string;
}

export interface LoadSummary {
  /** Articles written by this run. */
  articles: number;
  /** Articles already in the graph (or repeated in the input), left unchanged. */
  unchanged: number;
  /** Distinct entities, and the statements, events and relations of the written articles. */
  entities: number;
  statements: number;
  events: number;
  relations: number;
  failed: LoadFailure[];
  warnings: string[];
  dryRun: boolean;
  elapsedMs: number;
}

export interface LoadOptions {
  /** Needed unless dryRun. */
  driver?: Driver;
  database?: string;
  extract: Extract;
  /** Articles per write transaction. */
  batchSize?: number;
  /** Read and extract, write nothing. */
  dryRun?: boolean;
  replace?: boolean;
  read?: ReadOptions;
  onProgress?: (p: LoadProgress) => void;
}

// Fewer, larger batches: each commit flushes the transaction log, and every batch merges again the
// popular entities and relations it shares with the others and marks their digests. At 100k
// articles 2,000 per batch loaded in 115-121 s against 137 s at 500 (bench/RESULTS.md); 2,000
// articles are ~10 MB of transaction state, far inside the local Neo4j's 1 GB heap.
export const DEFAULT_BATCH_SIZE = 2000;

interface Pending {
  extraction: ArticleExtraction;
  file: string;
}

class Tally {
  readonly entityIds = new Set<string>();
  summary: LoadSummary;
  done = 0;
  constructor(
    dryRun: boolean,
    readonly total: number,
    private readonly started: number,
  ) {
    this.summary = {
      articles: 0,
      unchanged: 0,
      entities: 0,
      statements: 0,
      events: 0,
      relations: 0,
      failed: [],
      warnings: [],
      dryRun,
      elapsedMs: 0,
    };
  }
  written(x: ArticleExtraction): void {
    const s = this.summary;
    s.articles += 1;
    for (const e of x.entities) this.entityIds.add(e.id);
    s.entities = this.entityIds.size;
    s.statements += x.statements.length;
    s.events += x.events.length;
    s.relations += x.relations.length;
    this.done += 1;
  }
  unchanged(): void {
    this.summary.unchanged += 1;
    this.done += 1;
  }
  fail(f: LoadFailure, articles = 1): void {
    this.summary.failed.push(f);
    this.done += articles;
  }
  progress(): LoadProgress {
    const s = this.summary;
    return {
      done: this.done,
      total: this.total,
      articles: s.articles,
      entities: s.entities,
      statements: s.statements,
      events: s.events,
      failed: s.failed.length,
      elapsedMs: Date.now() - this.started,
    };
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Neo4j went away mid-load. Nothing after `lastCommitted` was written; everything up to it was
 * committed (whole batches), so rerunning the same command finishes the load: articles already in
 * the graph are skipped.
 */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly lastCommitted: { id: string; file: string } | null,
    readonly committed: number,
    cause: unknown,
  ) {
    super(
      `Neo4j became unavailable during the load (${message(cause)}). ${committed} articles of this run are committed (written or already there); ` +
        (lastCommitted
          ? `last committed article: ${lastCommitted.id} (${lastCommitted.file}).`
          : 'last committed article: none.') +
        ' The batch in flight may have been committed too. Rerun the same command when Neo4j is back:' +
        ' articles already loaded are skipped.',
      { cause },
    );
    this.name = 'DatabaseUnavailableError';
  }
}

/** The driver's codes for a database that is gone (as opposed to one refusing this batch). */
function unavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /ServiceUnavailable|SessionExpired|DatabaseUnavailable/.test(code))
    return true;
  return /ECONNREFUSED|ECONNRESET|Pool is closed|Connection was closed|connection.*(lost|closed)/i.test(
    message(error),
  );
}

export async function loadPaths(paths: string[], options: LoadOptions): Promise<LoadSummary> {
  const started = Date.now();
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  if (!options.dryRun && !options.driver) throw new Error('loadPaths: a driver is needed unless dryRun');
  const database = options.database ?? 'neo4j';

  // The bar's total comes from a first pass that counts and keeps nothing; the second reads the
  // articles again as they are extracted, so memory holds one file and one batch, not the input
  // (a 1M-article load reads gigabytes). Parsing is cheap next to extraction (~100 articles per
  // CPU-second), so reading twice costs little.
  let total = 0;
  for await (const _ of readArticles(paths, options.read)) total += 1;
  // One unit per article, and one per unreadable file.
  const tally = new Tally(options.dryRun ?? false, total, started);
  const report = () => options.onProgress?.(tally.progress());

  // The last article of the last batch Neo4j confirmed, for the error when it goes away.
  let lastCommitted: { id: string; file: string } | null = null;
  let committed = 0;
  const writeBatch = async (batch: Pending[]): Promise<void> => {
    if (!batch.length) return;
    if (options.dryRun) {
      for (const p of batch) tally.written(p.extraction);
      report();
      return;
    }
    const driver = options.driver!;
    const write = (items: Pending[]) =>
      writeArticles(
        driver,
        items.map((p) => p.extraction),
        // Digests are refreshed once at the end of the load (below), not merged per batch.
        { database, replace: options.replace ?? false, digests: 'defer' },
        items.map((p) => ({ file: p.file })),
      );
    const account = (items: Pending[], written: Set<string>, warnings: string[]) => {
      const last = items.at(-1);
      if (last) lastCommitted = { id: last.extraction.article.id, file: last.file };
      committed += items.length;
      const counted = new Set<string>();
      for (const p of items) {
        const id = p.extraction.article.id;
        if (written.has(id) && !counted.has(id)) {
          counted.add(id);
          tally.written(p.extraction);
        } else tally.unchanged();
      }
      tally.summary.warnings.push(...warnings);
    };
    try {
      const result = await write(batch);
      account(batch, new Set(result.written), result.warnings);
    } catch (batchError) {
      // A database that is gone fails every later batch too (each after the driver's retries):
      // stop here and say how far the load got.
      if (unavailable(batchError)) throw new DatabaseUnavailableError(lastCommitted, committed, batchError);
      // One bad article must not sink its batch: write them one by one to name the culprit.
      for (const p of batch) {
        try {
          const result = await write([p]);
          account([p], new Set(result.written), result.warnings);
        } catch (error) {
          if (unavailable(error)) throw new DatabaseUnavailableError(lastCommitted, committed, error);
          tally.fail({ file: p.file, reason: 'write-failed', message: `${p.file}: ${message(error)}` });
        }
      }
    }
    report();
  };

  // One batch is written while the next one is extracted (extraction is the slow part: ~100
  // articles per CPU-second against several hundred written), so the writes cost almost no time.
  // Never more than one in flight: batches commit in order, and lastCommitted stays exact.
  let inFlight: Promise<void> = Promise.resolve();
  const startWrite = async (full: Pending[]) => {
    await inFlight;
    inFlight = writeBatch(full);
    // Its failure is reported where it is awaited (the next batch, or the end), not as unhandled.
    inFlight.catch(() => {});
  };

  let batch: Pending[] = [];
  for await (const r of readArticles(paths, options.read)) {
    if (!r.ok) {
      tally.fail({ file: r.file, reason: r.reason, message: r.message });
      report();
      continue;
    }
    let extraction: ArticleExtraction;
    try {
      extraction = await options.extract(r.article);
    } catch (error) {
      tally.fail({
        file: r.article.file,
        reason: 'extract-failed',
        message: `${r.article.file}: ${message(error)}`,
      });
      report();
      continue;
    }
    batch.push({ extraction, file: r.article.file });
    if (batch.length >= batchSize) {
      await startWrite(batch);
      batch = [];
    }
  }
  await inFlight;
  await writeBatch(batch);
  if (!options.dryRun && options.driver) {
    try {
      await refreshStaleDigests(options.driver, { database });
    } catch (error) {
      // Everything is loaded; until a later load refreshes them, readers answer the entities
      // whose digests are stale from the graph (correct, slower for well-known names).
      if (unavailable(error)) throw new DatabaseUnavailableError(lastCommitted, committed, error);
      throw error;
    }
  }
  tally.summary.elapsedMs = Date.now() - started;
  report();
  return tally.summary;
}

/** The summary `--json-summary` prints. */
export function summaryJson(s: LoadSummary): object {
  return {
    articles: s.articles,
    unchanged: s.unchanged,
    entities: s.entities,
    statements: s.statements,
    events: s.events,
    relations: s.relations,
    failed: s.failed.map((f) => ({ file: f.file, reason: f.reason, message: f.message })),
    dryRun: s.dryRun,
    elapsedMs: s.elapsedMs,
  };
}
