import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorCode } from './domain-error';

const logger = new Logger('GraphQL');

// PostgreSQL's own refusals, when a request got past the application's checks.
const PG_CODES: Record<string, [ErrorCode, string]> = {
  '42501': [ErrorCode.FORBIDDEN, 'Bạn không có quyền thực hiện thao tác này.'],
  '23505': [ErrorCode.CONFLICT, 'Dữ liệu đã tồn tại.'],
  '23503': [ErrorCode.BAD_USER_INPUT, 'Dữ liệu tham chiếu không tồn tại.'],
};

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
  if (original instanceof QueryFailedError) {
    const pg = PG_CODES[(original.driverError as { code?: string }).code ?? ''];
    if (pg) return { message: pg[1], path: formatted.path, extensions: { code: pg[0] } };
  }
  if (
    !original ||
    formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' ||
    formatted.extensions?.code === 'BAD_USER_INPUT'
  ) {
    return formatted;
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
