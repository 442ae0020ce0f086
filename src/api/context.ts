// Per-request context: fresh DataLoaders (so caching never crosses requests) and the caller's
// authorisation for mutations.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import type { GraphDb } from './db.ts';
import { type ArticleLoaders, articleLoaders } from './types/article.loaders.ts';
import { type EntityLoaders, entityLoaders } from './types/entity.loaders.ts';
import { type EventLoaders, eventLoaders } from './types/event.loaders.ts';
import type { IngestFn } from './types/mutations.ts';
import { type SourceLoaders, sourceLoaders } from './types/source.loaders.ts';
import { type StatementLoaders, statementLoaders } from './types/statement.loaders.ts';

export interface Loaders {
  entity: EntityLoaders;
  statement: StatementLoaders;
  event: EventLoaders;
  article: ArticleLoaders;
  source: SourceLoaders;
}

export interface ApiContext {
  db: GraphDb;
  loaders: Loaders;
  auth: {
    /** AKHBAR_API_KEY is set: mutations exist for callers who present it. */
    enabled: boolean;
    /** The request carried the right bearer token. */
    ok: boolean;
  };
  ingest: IngestFn | null;
  /** For resolvers that want to log with the request's logger. */
  log: Logger;
}

/**
 * Each group of loaders is built on first use: a request touches one or two of the five, and
 * building all of them (dozens of DataLoaders) was a measurable part of a request's CPU.
 */
class LazyLoaders implements Loaders {
  #entity?: EntityLoaders;
  #statement?: StatementLoaders;
  #event?: EventLoaders;
  #article?: ArticleLoaders;
  #source?: SourceLoaders;
  constructor(private readonly db: GraphDb) {}
  get entity(): EntityLoaders {
    this.#entity ??= entityLoaders(this.db);
    return this.#entity;
  }
  get statement(): StatementLoaders {
    this.#statement ??= statementLoaders(this.db);
    return this.#statement;
  }
  get event(): EventLoaders {
    this.#event ??= eventLoaders(this.db);
    return this.#event;
  }
  get article(): ArticleLoaders {
    this.#article ??= articleLoaders(this.db);
    return this.#article;
  }
  get source(): SourceLoaders {
    this.#source ??= sourceLoaders(this.db);
    return this.#source;
  }
}

export function createLoaders(db: GraphDb): Loaders {
  return new LazyLoaders(db);
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time comparison: hashing first makes both sides the same length. */
export function bearerMatches(header: string | null, apiKey: string | undefined): boolean {
  if (!apiKey || !header) return false;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return false;
  return timingSafeEqual(digest(match[1]!.trim()), digest(apiKey));
}
