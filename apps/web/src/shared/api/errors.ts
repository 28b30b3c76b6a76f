// Errors become sentences from the catalog, chosen by `extensions.code`: the server's text is never shown raw.
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

const KNOWN_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_USER_INPUT',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof KNOWN_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  errorId?: string;
  reason?: string;
}

const isKnown = (code: unknown): code is ErrorCode => KNOWN_CODES.includes(code as ErrorCode);

/** The first GraphQL error's code (and its error id or session reason), or a network failure. */
export function errorInfo(error: unknown): ErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions ?? {};
    const code = extensions.code;
    return {
      code: isKnown(code) ? code : 'UNKNOWN',
      errorId: typeof extensions.errorId === 'string' ? extensions.errorId : undefined,
      reason: typeof extensions.reason === 'string' ? extensions.reason : undefined,
    };
  }
  if (ServerError.is(error) || error instanceof TypeError) return { code: 'NETWORK' };
  return { code: 'UNKNOWN' };
}

export function errorMessage(t: TFunction, error: unknown): string {
  const info = errorInfo(error);
  return t(`errors.${info.code}`, { errorId: info.errorId ?? '—' });
}
