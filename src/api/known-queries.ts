// Known queries: a JSON POST of a query yoga has already validated and run is answered here,
// without yoga's request pipeline. Most of our server's cost per request beyond a bare handler
// was that pipeline, not the work: a WHATWG Request and Response built around node's, the
// envelop hooks for parse, validate, context and execute, the result processors, the response
// stream (bench/RESULTS.md, "What remains"). An app sends the same few queries with new
// variables; for those the pipeline decides nothing new.
//
// The lane only answers what yoga would answer the same way, and hands everything else to yoga:
// - only queries yoga has executed before (so they passed yoga's parsing and validation rules,
//   whatever plugins add to them), learned by the plugin below, by query text and operation name;
// - only POST /graphql with a JSON body of query, variables and operationName, and an Accept that
//   yoga would answer with application/json or application/graphql-response+json;
// - not when CORS is configured and the request has an Origin (yoga writes the CORS headers);
// - variables that graphql-js coerces without errors, and within the limits (limits.ts);
// - run by the operation's compiled code (jit.ts), with the context yoga would build.
// A result with errors is handed to yoga to answer: the plugin gives yoga that result instead of
// running the operation again, and yoga masks, types and serialises the errors as always.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DocumentNode, ExecutionArgs, ExecutionResult, GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { ApiContext } from './context.ts';
import { type CompiledOperations, operationOf, variablesCoerce } from './jit.ts';
import type { LimitCheck } from './limits.ts';

export interface KnownQueriesOptions {
  compiled: CompiledOperations;
  limits: LimitCheck;
  /** The context yoga's factory builds, for a request with this Authorization header. */
  context: (authorization: string | undefined) => ApiContext;
  logger: Logger;
  /** CORS origins are configured: a request with an Origin is yoga's, which writes the CORS headers. */
  cors: boolean;
  /** Query texts remembered (oldest forgotten first); default 1,000. */
  maxQueries?: number;
}

interface Known {
  schema: GraphQLSchema;
  document: DocumentNode;
}

interface LaneRequest {
  known: Known;
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown> | null | undefined;
  mediaType: string;
}

const PARAMS = new Set(['query', 'variables', 'operationName']);
/**
 * Longest query text the lane remembers. An app's queries are a few KB; remembering texts up to the
 * body limit (1 MiB) would let a stream of padded one-off queries hold a GB of keys.
 */
export const MAX_QUERY_CHARS = 32_768;

/** What yoga's request context holds beside ours (the node adapter's req, the parsed params). */
interface YogaContext {
  req?: IncomingMessage;
  params?: { query?: unknown };
}

export class KnownQueries {
  /** query text → operation name ('' for none) → what yoga validated. Insertion-ordered: oldest first. */
  readonly #known = new Map<string, Map<string, Known>>();
  /** Results the lane got with errors, for yoga to answer (see the plugin). */
  readonly #handed = new WeakMap<IncomingMessage, ExecutionResult>();
  readonly #maxQueries: number;
  /** Requests answered by the lane, and results with errors it handed to yoga (tests read them). */
  readonly counts = { answered: 0, handed: 0 };
  /** Must come after useJit among yoga's plugins: its executor then wins for handed results. */
  readonly plugin: Plugin;

  constructor(private readonly options: KnownQueriesOptions) {
    this.#maxQueries = options.maxQueries ?? 1000;
    this.plugin = {
      onExecute: ({ args, setExecuteFn }) => {
        const context = args.contextValue as YogaContext;
        const handed = context.req && this.#handed.get(context.req);
        if (handed) {
          this.#handed.delete(context.req!);
          setExecuteFn(() => handed);
          return;
        }
        // onExecute runs only for documents that parsed and passed validation.
        if (typeof context.params?.query === 'string') this.#learn(context.params.query, args);
      },
    };
  }

  /**
   * Answers the request if it is a known query the lane may answer, else returns false and
   * leaves req and res untouched. Once it returns true the request is the lane's, which calls
   * `toYoga` itself when yoga must answer after all (errors, variables it cannot take).
   */
  answer(req: IncomingMessage, res: ServerResponse, body: Buffer, toYoga: () => void): boolean {
    const request = this.#eligible(req, body);
    if (!request) return false;
    this.#run(req, res, request, toYoga).catch(toYoga);
    return true;
  }

  #learn(query: string, args: ExecutionArgs): void {
    if (query.length > MAX_QUERY_CHARS || operationOf(args)?.operation !== 'query') return;
    const name = args.operationName ?? '';
    let byOperation = this.#known.get(query);
    if (byOperation?.get(name)?.document === args.document) return;
    if (!byOperation) {
      if (this.#known.size >= this.#maxQueries) this.#known.delete(this.#known.keys().next().value!);
      byOperation = new Map();
      this.#known.set(query, byOperation);
    }
    byOperation.set(name, { schema: args.schema, document: args.document });
  }

  #eligible(req: IncomingMessage, body: Buffer): LaneRequest | null {
    if (req.method !== 'POST' || req.url !== '/graphql') return null;
    if (!isJson(req.headers['content-type'])) return null;
    if (this.options.cors && req.headers.origin !== undefined) return null;
    const mediaType = negotiate(req.headers.accept);
    if (!mediaType) return null;
    let params: unknown;
    try {
      params = JSON.parse(body.toString('utf8'));
    } catch {
      return null;
    }
    if (params === null || typeof params !== 'object' || Array.isArray(params)) return null;
    const p = params as Record<string, unknown>;
    // yoga ignores null parameters and refuses unknown ones; extensions are left to it.
    for (const key in p) if (p[key] != null && !PARAMS.has(key)) return null;
    const { query, operationName, variables } = p;
    if (typeof query !== 'string') return null;
    if (operationName != null && (typeof operationName !== 'string' || operationName === '')) return null;
    if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
    const known = this.#known.get(query)?.get(operationName ?? '');
    if (!known) return null;
    return {
      known,
      query,
      operationName: operationName ?? undefined,
      variables: variables as LaneRequest['variables'],
      mediaType,
    };
  }

  async #run(req: IncomingMessage, res: ServerResponse, request: LaneRequest, toYoga: () => void) {
    const started = this.options.logger.isLevelEnabled('info') ? performance.now() : undefined;
    const args: ExecutionArgs = {
      schema: request.known.schema,
      document: request.known.document,
      operationName: request.operationName,
      variableValues: request.variables,
      contextValue: undefined,
    };
    const run = variablesCoerce(args) ? this.options.compiled.use(args) : null;
    const overLimits =
      run &&
      this.options.limits.problem(args.schema, args.document, args.operationName, request.variables ?? {});
    if (!run || overLimits) {
      toYoga();
      return;
    }
    args.contextValue = this.options.context(req.headers.authorization);
    const result = await run(args);
    if (result.errors?.length) {
      this.counts.handed++;
      this.#handed.set(req, result);
      toYoga();
      return;
    }
    const json = JSON.stringify(result);
    res.writeHead(200, {
      'content-type': `${request.mediaType}; charset=utf-8`,
      'content-length': Buffer.byteLength(json),
    });
    res.end(json);
    this.counts.answered++;
    if (started !== undefined)
      this.options.logger.info(
        {
          method: 'POST',
          path: '/graphql',
          status: 200,
          ms: Math.round((performance.now() - started) * 10) / 10,
          operation: request.operationName,
        },
        'request',
      );
  }
}

/** yoga's test for a JSON body: the first of the listed content types, parameters aside. */
function isJson(contentType: string | undefined): boolean {
  const first = contentType?.split(',')[0];
  return first === 'application/json' || !!first?.startsWith('application/json;');
}

const REGULAR = ['application/graphql-response+json', 'application/json'];
const LANE_TYPES = new Set(['*/*', ...REGULAR]);

/**
 * The media type yoga answers a single result with, if it is one the lane writes. yoga tries each
 * accepted type (last listed first) against each result processor in turn (event stream,
 * multipart, then regular JSON) and keeps the last match. When every accepted type is one of
 * LANE_TYPES the JSON processor, last in that order, always has the last match; any other type
 * (an event stream, a charset other than UTF-8 that yoga skips) is left to yoga.
 */
export function negotiate(accept: string | undefined): string | null {
  const types: string[] = [];
  for (const part of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [type, ...params] = part.split(';');
    const charset = params.find((param) => param.includes('charset='));
    if (charset && charset !== 'charset=utf-8') return null;
    if (!type || !LANE_TYPES.has(type)) return null;
    types.push(type);
  }
  let chosen: string | null = null;
  for (const type of types.reverse())
    for (const candidate of REGULAR) if (type === '*/*' || type === candidate) chosen = candidate;
  return chosen;
}
