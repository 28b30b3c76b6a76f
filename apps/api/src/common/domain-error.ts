/** Error codes clients rely on (API.md); every refusal the user sees carries one and a Vietnamese message. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  /** Busy or a dependency down: nothing was done, the same request may be tried again later. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** Sign-in attempts too fast for one account or address; `extensions.retryAfterSeconds` says when to retry. */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** Locked after repeated failed sign-ins until a platform admin unlocks it (unlockUser). */
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') =>
  new DomainError(ErrorCode.FORBIDDEN, message);
export const notFound = (message: string) => new DomainError(ErrorCode.NOT_FOUND, message);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, details);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new DomainError(ErrorCode.CONFLICT, message, details);
/** A refusal whose sentence the page shows as it is (extensions.problems), not the code's generic one. */
export const refused = (make: typeof conflict, path: string, message: string) =>
  make(message, { problems: [{ path, message }] });
export const unavailable = (message: string) => new DomainError(ErrorCode.SERVICE_UNAVAILABLE, message);
