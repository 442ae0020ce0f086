// The API's only way to Neo4j: named, parameterised queries from cypher/api/*.cypher, run in
// managed transactions (reads via executeRead so neo4j:// cluster URIs route them to readers)
// with a per-transaction timeout. Driver failures become typed DB_UNAVAILABLE errors.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { DEADLINE_GRACE_MS, DeadlineExceeded, withDeadline } from '../db/deadline.ts';
import { apiError } from './errors.ts';

export const QUERY_DIR = fileURLToPath(new URL('../../cypher/api/', import.meta.url));

export type Row = Record<string, unknown>;

export function loadQueries(dir: string = QUERY_DIR): Map<string, string> {
  const queries = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.cypher'))
      queries.set(file.slice(0, -'.cypher'.length), compactCypher(readFileSync(`${dir}/${file}`, 'utf8')));
  }
  return queries;
}

/**
 * The query as sent: comments dropped and each run of whitespace outside string literals and
 * quoted names made one space or one newline. The files explain themselves at length (the
 * neighbourhood query is 5.9 kB, two thirds of it comments), and the driver writes a query in
 * 1,400-byte chunks, one socket write each, on every request; Neo4j also parses and hashes the
 * text each time. Tokens are untouched, so the query means exactly what the file says.
 */
export function compactCypher(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  /** Pending whitespace (or comment) between two tokens: '' none, ' ' or '\n'. */
  let gap = '';
  const flushGap = () => {
    if (gap && out) out += gap;
    gap = '';
  };
  while (i < n) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\f' || c === '\v') {
      if (c === '\n' || c === '\r') gap = '\n';
      else if (!gap) gap = ' ';
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
      if (!gap) gap = ' ';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const comment = text.slice(i, end < 0 ? n : end + 2);
      i += comment.length;
      if (/[\r\n]/.test(comment)) gap = '\n';
      else if (!gap) gap = ' ';
    } else if (c === "'" || c === '"') {
      // A string literal, escapes included, copied as it is.
      let j = i + 1;
      while (j < n && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      flushGap();
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '`') {
      // A quoted name; a doubled backtick is a backtick inside it.
      let j = i + 1;
      while (j < n && !(text[j] === '`' && text[j + 1] !== '`')) j += text[j] === '`' ? 2 : 1;
      flushGap();
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      flushGap();
      out += c;
      i++;
    }
  }
  return out;
}

export interface GraphDbOptions {
  driver: Driver;
  database: string;
  /** Per-transaction timeout enforced by the server (ms). */
  timeoutMs?: number;
  queries?: Map<string, string>;
  /** Called with every internal failure before it is masked. */
  onError?: (error: unknown, query: string) => void;
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const PING_TIMEOUT_MS = 2_000;
const TIMEOUT = /TransactionTimedOut|TransactionTimeout/;

// The driver sends JS numbers as floats, and Cypher rejects floats as list indexes, LIMIT or
// SKIP; every parameter the API sends that is a whole number is meant as an integer.
function integers(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(integers);
  return value;
}

function toParams(params: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(params)) out[k] = integers(v);
  return out;
}

/**
 * tx.run without the driver's stack capture. The driver records a stack trace for every query
 * result (new Error().stack, to graft onto the query's error if it fails); with source maps on
 * (tsx) formatting that stack maps every frame and cost ~50 µs a query, as much as the rest of
 * the driver's work on a small answer. Such a failure is logged with the query's name (onError)
 * and its Neo4j code; the stack it would carry holds only the driver's frames and this module's.
 * The capture happens synchronously inside run(), so the limit is back before anything else runs.
 */
function runUntraced<T>(tx: { run: (q: string, p: Row) => T }, text: string, params: Row): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return tx.run(text, params);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String((error as { code: unknown }).code);
  return '';
}

export class GraphDb {
  readonly driver: Driver;
  readonly database: string;
  private readonly timeoutMs: number;
  private readonly queries: Map<string, string>;
  private readonly onError: (error: unknown, query: string) => void;

  constructor(options: GraphDbOptions) {
    this.driver = options.driver;
    this.database = options.database;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.queries = options.queries ?? loadQueries();
    this.onError = options.onError ?? (() => {});
  }

  private text(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined) throw new Error(`no query cypher/api/${name}.cypher`);
    return text;
  }

  /** Runs cypher/api/<name>.cypher in a managed read transaction. */
  async read(name: string, params: Row = {}): Promise<Row[]> {
    const text = this.text(name);
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    const config = { timeout: this.timeoutMs, metadata: { app: 'akhbar-api', query: name } };
    const work = async (tx: {
      run: (q: string, p: Row) => PromiseLike<{ records: { toObject(): Row }[] }>;
    }) => (await runUntraced(tx, text, toParams(params))).records.map((r) => r.toObject());
    const running = session.executeRead(work, config).finally(() => session.close().catch(() => {}));
    try {
      return await withDeadline(running, this.timeoutMs + DEADLINE_GRACE_MS);
    } catch (error) {
      throw this.mapError(error, name);
    }
  }

  /**
   * Runs a write that lives elsewhere (the loader's writer) with the same error mapping, so a
   * mutation never leaks driver internals, and the same client-side deadline as reads: during an
   * outage the driver retries a write for up to 15 s. The deadline starts when `work` returns its
   * promise, so synchronous work before its first await (ingestArticle's extraction) is not
   * counted against the database's time. A write given up on may still commit once Neo4j is
   * back; both mutations are safe to repeat (an article's id is its content hash).
   */
  async writeWith<T>(work: (driver: Driver, database: string) => Promise<T>): Promise<T> {
    try {
      return await withDeadline(work(this.driver, this.database), this.timeoutMs + DEADLINE_GRACE_MS);
    } catch (error) {
      throw this.mapError(error, 'write');
    }
  }

  private mapError(error: unknown, query: string): unknown {
    if (error instanceof Error && 'extensions' in error) return error;
    this.onError(error, query);
    const code = errorCode(error);
    if (error instanceof DeadlineExceeded) {
      return apiError('DB_UNAVAILABLE', 'the graph database did not answer in time', { reason: 'TIMEOUT' });
    }
    if (TIMEOUT.test(code)) {
      return apiError('DB_UNAVAILABLE', 'the query took too long and was stopped', { reason: 'TIMEOUT' });
    }
    if (UNAVAILABLE.has(code) || /connect|ECONNREFUSED|Pool is closed/i.test(String(error))) {
      return apiError('DB_UNAVAILABLE', 'the graph database is unavailable');
    }
    return error;
  }

  /** True when Neo4j answers a trivial query within a couple of seconds. */
  async ping(): Promise<boolean> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    const running = session
      .executeRead((tx) => tx.run(this.text('ping')), { timeout: PING_TIMEOUT_MS })
      .finally(() => session.close().catch(() => {}));
    try {
      await withDeadline(running, PING_TIMEOUT_MS + DEADLINE_GRACE_MS);
      return true;
    } catch {
      return false;
    }
  }
}
