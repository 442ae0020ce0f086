// Typed errors: every error a client sees carries extensions.code; anything else is masked by
// yoga ("Unexpected error.") and logged with its internals server-side only.
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'DB_UNAVAILABLE'
  | 'NOT_IMPLEMENTED';

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
