// HTTP-level protections configured from the environment: the CORS allow-list, introspection (off
// in production unless asked for), and the request body size limit. Kept apart from app.ts so the
// settings are one table (SECURITY.md) and tests can pass them explicitly.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ASTVisitor, GraphQLError, ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface Security {
  /** Origins allowed to read responses cross-origin; [] = same-origin only; ['*'] = any. */
  corsOrigins: string[];
  /** Whether __schema / __type queries are answered (GraphiQL needs them). */
  introspection: boolean;
  /** Largest request body accepted, in bytes; larger answers 413. */
  maxBodyBytes: number;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

type Env = Record<string, string | undefined>;

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return /^(1|true|yes|on)$/i.test(value.trim());
}

/**
 * AKHBAR_CORS_ORIGINS (comma-separated, `*` for any; default none = same-origin only),
 * AKHBAR_INTROSPECTION (default on, off when NODE_ENV=production), AKHBAR_MAX_BODY_BYTES
 * (default 1 MiB).
 */
export function securityFromEnv(env: Env = process.env): Security {
  const corsOrigins = (env.AKHBAR_CORS_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  const production = env.NODE_ENV === 'production';
  const introspection = flag(env.AKHBAR_INTROSPECTION) ?? !production;
  const raw = env.AKHBAR_MAX_BODY_BYTES?.trim();
  const parsed = raw ? Number(raw) : Number.NaN;
  if (raw && (!Number.isInteger(parsed) || parsed < 1024))
    throw new Error(`AKHBAR_MAX_BODY_BYTES must be an integer ≥ 1024 (got "${raw}")`);
  return { corsOrigins, introspection, maxBodyBytes: raw ? parsed : DEFAULT_MAX_BODY_BYTES };
}

/**
 * yoga's cors option: allowed origins get their own origin echoed back; everything else gets no
 * CORS headers at all, so browsers keep the response from cross-origin scripts. Same-origin
 * requests need no headers.
 */
export function corsOption(origins: string[]) {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !(any || allowed.has(origin))) return false as const;
    return {
      origin: [origin],
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'accept'],
      // The API key travels in a header, never a cookie: no credentialed CORS needed.
      credentials: false,
      maxAge: 600,
    };
  };
}

/**
 * Rejects __schema and __type (but not __typename) when introspection is off. Written by field
 * name rather than with graphql's NoSchemaIntrospectionCustomRule, whose instanceof checks fail
 * when the schema comes from another copy of graphql (CJS vs ESM under vitest).
 */
function noIntrospection(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      const name = node.name.value;
      if (name === '__schema' || name === '__type') {
        // yoga's GraphQLError (its copy of graphql), so yoga treats it as a client error.
        context.reportError(
          createGraphQLError(`introspection is disabled on this server (${name})`, {
            nodes: node,
            extensions: { code: 'INTROSPECTION_DISABLED' },
          }) as GraphQLError,
        );
      }
    },
  };
}

export function useIntrospection(enabled: boolean): Plugin {
  return {
    onValidate({ addValidationRule }) {
      if (!enabled) addValidationRule(noIntrospection);
    },
  };
}

function tooLarge(req: IncomingMessage, res: ServerResponse, limit: number): void {
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
  res.end(
    JSON.stringify({
      errors: [
        {
          message: `request body is over the limit of ${limit} bytes`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', limit },
        },
      ],
    }),
  );
  // Discard what is still arriving rather than reading it; the socket closes after the answer.
  req.resume();
}

/**
 * Reads a request body of at most `limit` bytes. Calls `next(body)` with the whole body, or
 * answers 413 itself (a declared Content-Length over the limit is refused before reading; a chunked
 * body as soon as it crosses the limit).
 */
export function readBodyCapped(
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
  next: (body: Buffer) => void,
): void {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    tooLarge(req, res, limit);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  req.on('data', (chunk: Buffer) => {
    if (over) return;
    size += chunk.length;
    if (size > limit) {
      over = true;
      chunks.length = 0;
      tooLarge(req, res, limit);
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (!over) next(Buffer.concat(chunks, size));
  });
  // A client that goes away mid-body: nothing to answer.
  req.on('error', () => {});
}
