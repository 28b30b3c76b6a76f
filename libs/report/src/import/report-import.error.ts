// The one error importing a report throws: a code the API maps, a message the member reads.

export type ReportImportErrorCode = 'UNREADABLE' | 'EMPTY' | 'UNSUPPORTED_TYPE';

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
