// Typed errors: every error a client sees carries extensions.code; anything else is masked by
// yoga ("Unexpected error.") and logged with its internals server-side only.
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'DB_UNAVAILABLE'
  | 'NOT_IMPLEMENTED';

export const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'DB_UNAVAILABLE',
  'NOT_IMPLEMENTED',
]);

/** The typed extensions of an error we raised on purpose, else null (which means: mask it). */
export function typedExtensions(error: unknown): Record<string, unknown> | null {
  // By shape, not instanceof: under vitest the schema and this module may see different copies
  // of graphql (CJS and ESM), and instanceof GraphQLError would then be false for our own errors.
  const ext = (error as { extensions?: unknown } | null)?.extensions;
  if (!ext || typeof ext !== 'object') return null;
  const code = (ext as { code?: unknown }).code;
  return typeof code === 'string' && ERROR_CODES.has(code) ? (ext as Record<string, unknown>) : null;
}

export function apiError(
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...details, code } });
}

export const notFound = (what: string): GraphQLError => apiError('NOT_FOUND', `${what} not found`);
export const badInput = (message: string, details: Record<string, unknown> = {}): GraphQLError =>
  apiError('BAD_USER_INPUT', message, details);
