// createApp: the yoga server over the Pothos schema, shared by `akhbar serve`, `npm start` and the
// tests. Everything request-scoped (loaders, auth) is built per request in the context factory.
import { createServer, type RequestListener, type Server } from 'node:http';
import { GraphQLError } from 'graphql';
import {
  createGraphQLError,
  createYoga,
  maskError,
  type Plugin,
  useReadinessCheck,
  type YogaServerInstance,
} from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import pino, { type Logger } from 'pino';
import { handleExplorer } from '../explorer/static.ts';
import { handleExport } from '../export/http.ts';
import { type ApiContext, bearerMatches, createLoaders } from './context.ts';
import { GraphDb } from './db.ts';
import { typedExtensions } from './errors.ts';
import { EXAMPLE_OPERATIONS } from './graphiql.ts';
import { graphIngest } from './ingest.ts';
import { CompiledOperations, useJit } from './jit.ts';
import { KnownQueries } from './known-queries.ts';
import { DEFAULT_LIMITS, LimitCheck, type Limits, useLimits } from './limits.ts';
import { getSchema } from './schema.ts';
import { corsOption, readBodyCapped, type Security, securityFromEnv, useIntrospection } from './security.ts';
import type { IngestFn } from './types/mutations.ts';
import { watchFulltextIndexes } from './types/search.ts';

export interface AppOptions {
  driver: Driver;
  database: string;
  /** Enables mutations for callers sending `Authorization: Bearer <apiKey>`. */
  apiKey?: string | undefined;
  logger?: Logger;
  /** Extract + load one article (default: src/extract + src/graph); null answers NOT_IMPLEMENTED. */
  ingest?: IngestFn | null;
  /** Neo4j per-transaction timeout in ms (default 10 s). */
  timeoutMs?: number;
  /** The same for /export (default EXPORT_TIMEOUT_MS, 30 s). */
  exportTimeoutMs?: number;
  limits?: Partial<Limits>;
  /** CORS allow-list, introspection, body size limit; default from the environment (security.ts). */
  security?: Partial<Security>;
  /** Compile repeated queries with graphql-jit (jit.ts); default on, from the second use. */
  jit?: boolean | { after: number };
  /**
   * Answer queries yoga has already run without yoga's request pipeline (known-queries.ts);
   * default on, and off whenever jit is (the lane runs compiled code only).
   */
  knownQueries?: boolean;
}

export interface App {
  yoga: YogaServerInstance<Record<string, never>, ApiContext>;
  /** The server's request listener: the explorer and export, bodies read and capped, then yoga. */
  handle: RequestListener;
  /** A node http server (not yet listening) serving /graphql, /health, /ready, /explorer and /export. */
  server: Server;
  db: GraphDb;
  logger: Logger;
  security: Security;
  /** The known-queries lane, null when off. */
  knownQueries: KnownQueries | null;
}

/** yoga's own request body limit (its default `maxRequestBodySize`). */
const YOGA_BODY_LIMIT = 25_000_000;
const CONTENT_LENGTH = /^\d+$/;

/**
 * yoga's body limit without its body stream. yoga enforces `maxRequestBodySize` by piping every
 * request body through a TransformStream (a stream pipeline, an AbortController and a
 * DOMException per request: ~15 % of a request's CPU without the database). Our bodies arrive
 * already read and capped at `maxBodyBytes` (readBodyCapped below), so when that cap is within
 * yoga's limit the stream can never trip; this keeps the Content-Length header checks, with
 * yoga's errors, for requests whose body is not read here (GET, HEAD, OPTIONS).
 */
function useContentLengthLimit(limit: number): Plugin {
  return {
    onRequestParse({ request }) {
      const contentLength = request.headers.get('content-length');
      if (contentLength == null) return;
      if (!CONTENT_LENGTH.test(contentLength)) {
        throw createGraphQLError('Content-Length header is invalid.', {
          extensions: { http: { status: 400 }, code: 'BAD_REQUEST' },
        });
      }
      if (Number(contentLength) > limit) {
        throw createGraphQLError('Request body too large', {
          extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' },
        });
      }
    },
  };
}

/**
 * yoga's readiness check, asked only about requests that can be for it. yoga's plugin tests every
 * request's URL against the endpoint three ways, the last two parsing the URL (new URL, and a
 * URLPattern match through a polyfill): a few per cent of a request's CPU, on every GraphQL
 * request. A URL can only reach '/ready' if it holds those letters: URL parsing removes tabs and
 * newlines, resolves dot segments and percent-encodes, but never decodes or invents a letter. So
 * a URL without 'ready' (and without a tab or newline) is passed on as yoga would pass it.
 */
function useCheapReadinessCheck(endpoint: string, check: () => Promise<boolean>): Plugin {
  const inner = useReadinessCheck({ endpoint, check });
  const word = endpoint.replace(/^\/+/, '');
  const onRequest = inner.onRequest!;
  return {
    ...inner,
    onRequest(payload) {
      const url = payload.request.url;
      if (!url.includes(word) && !/[\t\n\r]/.test(url)) return;
      return onRequest(payload);
    },
  };
}

/**
 * Whether a request target can be the explorer's or the export's. Both handlers parse the URL
 * (new URL) on every request; their paths hold 'exp', which URL parsing never invents (it drops
 * tabs and newlines, resolves dot segments, percent-encodes, never decodes), so other targets,
 * every GraphQL request among them, go straight to yoga. A target new URL refuses ('//') is
 * neither's either: passed to them, it threw out of the request listener and ended the process.
 */
function forExplorerOrExport(url: string): boolean {
  if (!url.includes('exp') && !/[\t\n\r]/.test(url)) return false;
  try {
    new URL(url, 'http://localhost');
    return true;
  } catch {
    return false;
  }
}

/** One log line per HTTP request: method, path, status, duration, GraphQL operation. */
function useRequestLog(logger: Logger): Plugin {
  const started = new WeakMap<Request, number>();
  const operations = new WeakMap<Request, string>();
  return {
    // Nothing to remember for a line a silenced logger would drop (checked again at the response).
    onRequest({ request }) {
      if (logger.isLevelEnabled('info')) started.set(request, performance.now());
    },
    onParams({ params, request }) {
      if (params.operationName && logger.isLevelEnabled('info'))
        operations.set(request, params.operationName);
    },
    onResponse({ request, response }) {
      // A silenced logger (the benchmark's) would drop the line: skip building it.
      if (!logger.isLevelEnabled('info')) return;
      const t0 = started.get(request);
      const url = new URL(request.url);
      logger.info(
        {
          method: request.method,
          path: url.pathname,
          status: response.status,
          ms: t0 === undefined ? undefined : Math.round((performance.now() - t0) * 10) / 10,
          operation: operations.get(request),
        },
        'request',
      );
    },
  };
}

export function createApp(options: AppOptions): App {
  const logger = options.logger ?? pino({ name: 'akhbar-api' });
  const db = new GraphDb({
    driver: options.driver,
    database: options.database,
    timeoutMs: options.timeoutMs ?? 10_000,
    // Which query failed; the error itself is logged once, where it is masked (or sent typed).
    onError: (error, query) =>
      logger.warn({ query, code: (error as { code?: unknown }).code }, 'neo4j query failed'),
  });
  const apiKey = options.apiKey || undefined;
  const ingest =
    options.ingest === undefined ? graphIngest(options.driver, options.database) : options.ingest;

  const security: Security = { ...securityFromEnv(), ...options.security };
  // Bodies over maxBodyBytes never reach yoga; past yoga's own limit, yoga still checks.
  const bodyCappedHere = security.maxBodyBytes <= YOGA_BODY_LIMIT;

  const contextFor = (authorization: string | null | undefined): ApiContext => ({
    db,
    loaders: createLoaders(db),
    auth: {
      enabled: apiKey !== undefined,
      // Without a key nothing matches: the header is not even read.
      ok: apiKey !== undefined && bearerMatches(authorization ?? null, apiKey),
    },
    ingest,
    log: logger,
  });
  const limitCheck = new LimitCheck({ ...DEFAULT_LIMITS, ...options.limits });
  const compiled =
    options.jit === false ? null : new CompiledOperations(options.jit === true ? undefined : options.jit);
  const knownQueries =
    compiled && options.knownQueries !== false
      ? new KnownQueries({
          compiled,
          limits: limitCheck,
          context: contextFor,
          logger,
          cors: security.corsOrigins.length > 0,
        })
      : null;

  const yoga = createYoga<Record<string, never>, ApiContext>({
    schema: getSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    ...(bodyCappedHere ? { maxRequestBodySize: false as const } : {}),
    // Plugins with nothing to do are left out rather than asked on every request: each hook
    // yoga calls goes through its promise-helper chain (a few µs a request per plugin). With no
    // allowed origins, CORS answers nothing (no headers, as corsOption would); no endpoint takes
    // files, so there is no multipart parser.
    cors: security.corsOrigins.length ? corsOption(security.corsOrigins) : false,
    multipart: false,
    // GraphiQL cannot work without introspection, so it goes with it.
    graphiql: security.introspection ? { title: 'Akhbar Graph', defaultQuery: EXAMPLE_OPERATIONS } : false,
    logging: {
      // yoga says three debug lines per request: build them only when they are kept.
      debug: (...args: unknown[]) => {
        if (logger.isLevelEnabled('debug')) logger.debug(args.map(String).join(' '));
      },
      info: (...args: unknown[]) => logger.info(args.map(String).join(' ')),
      warn: (...args: unknown[]) => logger.warn(args.map(String).join(' ')),
      // yoga reports execution errors here too; maskError below already logged them in full.
      error: (...args: unknown[]) => logger.warn(args.map(String).join(' ')),
    },
    maskedErrors: {
      maskError(error, message, isDev) {
        const located = error as GraphQLError;
        const original = located.originalError ?? error;
        const typed = typedExtensions(original) ?? typedExtensions(error);
        // Typed errors go out with their code and message (re-created so the code survives even
        // when graphql's locatedError did not copy it); an internal failure is logged in full
        // here and the client gets the generic message.
        if (typed) {
          const out = new GraphQLError((original as Error).message, {
            nodes: located.nodes ?? null,
            path: located.path ?? null,
            extensions: typed,
          });
          // graphql-jit's errors (jit.ts) carry locations but no AST nodes to derive them from.
          if (!located.nodes && located.locations)
            (out as { locations?: GraphQLError['locations'] }).locations = located.locations;
          return out;
        }
        const masked = maskError(error, message, isDev);
        // GraphQL's own errors (syntax, validation) pass unmasked and are the client's business.
        if (masked.message === message) logger.error({ err: original }, 'internal error');
        return masked;
      },
    },
    context: ({ request }) => contextFor(request.headers.get('authorization')),
    plugins: [
      // The log level is read once: a logger silenced at start (the benchmark's) logs no requests.
      ...(logger.isLevelEnabled('info') ? [useRequestLog(logger)] : []),
      ...(bodyCappedHere ? [useContentLengthLimit(YOGA_BODY_LIMIT)] : []),
      ...(security.introspection ? [] : [useIntrospection(false)]),
      useLimits(limitCheck),
      ...(compiled ? [useJit(compiled)] : []),
      // After useJit: for a result the lane hands over, its executor must be the one that wins.
      ...(knownQueries ? [knownQueries.plugin] : []),
      useCheapReadinessCheck('/ready', () => db.ping()),
    ],
  });

  // yoga is a request listener: node's http server hands it req/res directly; the explorer's
  // static files and the export endpoint are answered before it. Bodies are read here, capped at
  // maxBodyBytes, and handed to yoga already read (whatwg-node takes a pre-read `req.body`), so
  // an oversized request is refused before any parsing. A query yoga has run before is answered
  // by the known-queries lane when it can be (known-queries.ts), else by yoga.
  const exportDb = {
    driver: options.driver,
    database: options.database,
    onError: (error: unknown) => logger.warn({ err: error }, 'export failed'),
    ...(options.exportTimeoutMs ? { timeoutMs: options.exportTimeoutMs } : {}),
  };
  const handle: RequestListener = (req, res) => {
    if (forExplorerOrExport(req.url ?? '/') && (handleExplorer(req, res) || handleExport(req, res, exportDb)))
      return;
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') {
      void yoga(req, res);
      return;
    }
    readBodyCapped(req, res, security.maxBodyBytes, (body) => {
      if (body.length) (req as { body?: Buffer }).body = body;
      const toYoga = () => void yoga(req, res);
      if (!knownQueries?.answer(req, res, body, toYoga)) toYoga();
    });
  };
  const server = createServer(handle);
  const stopIndexWatch = watchFulltextIndexes(db);
  server.on('close', stopIndexWatch);
  return { yoga, handle, server, db, logger, security, knownQueries };
}
