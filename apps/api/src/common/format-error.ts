import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorCode } from './domain-error';

const logger = new Logger('GraphQL');

const BAD_DATA = 'Dữ liệu gửi lên không hợp lệ.';

// PostgreSQL's own refusals, when a request got past the application's checks (the input gate should have
// refused the data errors first: these are the safety net, so a bad value never reads as an internal error).
const PG_CODES: Record<string, [ErrorCode, string]> = {
  '42501': [ErrorCode.FORBIDDEN, 'Bạn không có quyền thực hiện thao tác này.'],
  '23505': [ErrorCode.CONFLICT, 'Dữ liệu đã tồn tại.'],
  '23503': [ErrorCode.BAD_USER_INPUT, 'Dữ liệu tham chiếu không tồn tại.'],
  '22P02': [ErrorCode.BAD_USER_INPUT, 'Giá trị không đúng định dạng (ví dụ mã định danh không phải UUID).'],
  '22021': [ErrorCode.BAD_USER_INPUT, 'Văn bản chứa ký tự không hợp lệ (ký tự NUL hoặc mã hóa sai).'],
  '22P05': [ErrorCode.BAD_USER_INPUT, 'Văn bản chứa ký tự không hợp lệ (ký tự NUL hoặc mã hóa sai).'],
  '22001': [ErrorCode.BAD_USER_INPUT, 'Giá trị dài quá giới hạn cho phép.'],
  '22003': [ErrorCode.BAD_USER_INPUT, 'Số vượt quá giới hạn cho phép.'],
  '22007': [ErrorCode.BAD_USER_INPUT, 'Ngày giờ không hợp lệ.'],
  '22008': [ErrorCode.BAD_USER_INPUT, 'Ngày giờ không hợp lệ.'],
  '54001': [ErrorCode.BAD_USER_INPUT, 'Dữ liệu lồng nhau quá sâu.'],
};

const UNAVAILABLE = 'Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.';
// Connection exceptions (08), insufficient resources such as too many connections (53), shutting down (57P).
const OUTAGE_SQLSTATE = /^(08|53|57P)/;
const OUTAGE_SYSCALL = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
]);
// node-postgres reports a lost or unobtainable connection with these messages and no code.
const OUTAGE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection refused/i;
const GRAPHQL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
]);
// GraphQL's own messages quote the refused value: a 200,000-digit figure is not sent back whole.
const LONG_QUOTE = /"([^"]{60})[^"]{20,}"/g;

/** A data error PostgreSQL raised for a value: mapped by code, any other of class 22 (data exception) as bad input. */
function pgRefusal(error: unknown): [ErrorCode, string] | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const code = sqlState(error) ?? '';
  return PG_CODES[code] ?? (code.startsWith('22') ? [ErrorCode.BAD_USER_INPUT, BAD_DATA] : undefined);
}

function sqlState(error: unknown): string | undefined {
  const driver = error instanceof QueryFailedError ? error.driverError : error;
  const code = (driver as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The database (or the network to it) is down: the request did nothing and can be sent again. */
export function isOutage(error: unknown): boolean {
  const code = sqlState(error);
  if (code && (OUTAGE_SYSCALL.has(code) || (code.length === 5 && OUTAGE_SQLSTATE.test(code)))) return true;
  return error instanceof Error && !(error instanceof DomainError) && OUTAGE_MESSAGE.test(error.message);
}

/** The one place where errors become GraphQL errors: known codes pass, anything else is logged with an id. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: original.code, ...original.details },
    };
  }
  const pg = pgRefusal(original);
  if (pg) {
    return { message: pg[1], path: formatted.path, extensions: { code: pg[0] } };
  }
  if (original && isOutage(original)) {
    logger.warn(`database unavailable: ${(original as Error).message}`);
    return {
      message: UNAVAILABLE,
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  // GraphQL's own refusals (syntax, validation, variables that do not fit their types) keep their code; one
  // without a code ("Too many errors processing variables") is about the request too, so it is bad input.
  if (
    !original ||
    original instanceof GraphQLError ||
    GRAPHQL_CODES.has(String(formatted.extensions?.code))
  ) {
    const code =
      formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' ? undefined : formatted.extensions?.code;
    return {
      ...formatted,
      message: formatted.message.replace(LONG_QUOTE, '"$1…"'),
      extensions: { ...formatted.extensions, code: code ?? ErrorCode.BAD_USER_INPUT },
    };
  }
  const errorId = randomUUID();
  logger.error(
    `errorId=${errorId} ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`,
  );
  return {
    message: `Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên mã lỗi ${errorId}.`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
  };
}
