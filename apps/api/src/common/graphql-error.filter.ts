import { ArgumentsHost, Catch, HttpException, HttpStatus } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { loadConfig } from '@thidua/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode } from './domain-error';

// Fastify refuses a body before GraphQL sees it (too large, not JSON, empty), and Nest turns that into an
// HTTP exception with Fastify's English text: on /graphql it is answered in GraphQL's shape, in Vietnamese.
interface BodyRefusal {
  message: string;
  code?: ErrorCode;
  reason?: string;
}
const BODY_REFUSALS: Partial<Record<HttpStatus, BodyRefusal>> = {
  [HttpStatus.PAYLOAD_TOO_LARGE]: {
    message: `Yêu cầu quá lớn: tệp tải lên tối đa ${(loadConfig().uploadMaxBytes / 1048576).toFixed(0)} MB.`,
    reason: 'TOO_LARGE',
  },
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: { message: 'Kiểu nội dung yêu cầu không được hỗ trợ: hãy gửi JSON.' },
  [HttpStatus.SERVICE_UNAVAILABLE]: {
    message: 'Máy chủ đang bận: vui lòng gửi lại sau ít phút.',
    code: ErrorCode.SERVICE_UNAVAILABLE,
  },
};
const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const MALFORMED_BODY: BodyRefusal = { message: 'Nội dung yêu cầu không phải JSON hợp lệ.' };

/**
 * Hands every resolver error to GraphQL untouched, so formatError (the one mapping place) decides what
 * the client sees and logs only the unexpected ones; Nest's default handler would log refusals as errors.
 */
@Catch()
export class GraphqlErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return exception;
    const http = host.switchToHttp();
    const status = exception instanceof HttpException ? exception.getStatus() : undefined;
    const refusal =
      status && (BODY_REFUSALS[status as HttpStatus] ?? (status < 500 ? MALFORMED_BODY : undefined));
    if (!refusal || !http.getRequest<FastifyRequest>().url.startsWith('/graphql')) {
      return super.catch(exception, host);
    }
    // The media type GraphQL over HTTP gives errors with a 4xx status, where the client accepts it.
    const accepts = http.getRequest<FastifyRequest>().headers.accept?.includes(GRAPHQL_RESPONSE);
    void http
      .getResponse<FastifyReply>()
      .status(status)
      .type(`${accepts ? GRAPHQL_RESPONSE : 'application/json'}; charset=utf-8`)
      .send({
        errors: [
          {
            message: refusal.message,
            extensions: {
              code: refusal.code ?? ErrorCode.BAD_USER_INPUT,
              ...(refusal.reason && { reason: refusal.reason }),
            },
          },
        ],
      });
  }
}
