// The one error importing a report throws: a code the API maps, a message the member reads.

/** TOO_LARGE: over a size limit (entries, inflated bytes); TOO_COMPLEX: over a time, memory or depth limit. */
export type ReportImportErrorCode = 'UNREADABLE' | 'EMPTY' | 'UNSUPPORTED_TYPE' | 'TOO_LARGE' | 'TOO_COMPLEX';

export class ReportImportError extends Error {
  override readonly name = 'ReportImportError';

  constructor(
    readonly code: ReportImportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
