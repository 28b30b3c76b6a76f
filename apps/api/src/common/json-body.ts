import { HttpException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentLimitError, parseJsonBody, type DocumentWorkerPool } from '@thidua/report';

/**
 * Above this size a JSON body is parsed in a document thread: decoding and parsing the 13 MB body of a 10 MB
 * upload takes 20–40 ms in one piece, which every other tenant's request would otherwise wait for.
 */
export const OFF_LOOP_JSON_BYTES = 1 << 20;

/** A refusal with its HTTP status; the GraphQL error filter words it for the client. */
const refusal = (status: number, message: string) => new HttpException(message, status);

function bodyRefusal(error: unknown): HttpException {
  if (!(error instanceof DocumentLimitError)) return refusal(400, 'The body is not valid JSON.');
  // Past the thread's time or memory: too big to read. Busy or stopped threads: try again later.
  return error.reason === 'time' || error.reason === 'memory'
    ? refusal(413, error.message)
    : refusal(503, error.message);
}

/** The API's one JSON body parser: small bodies here, large ones off the event loop, both the same way. */
export function registerJsonBody(app: NestFastifyApplication, workers: DocumentWorkerPool): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, raw, done) => {
      const body = raw as Buffer; // parseAs: 'buffer'
      if (body.length >= OFF_LOOP_JSON_BYTES) {
        workers.run('parseJson', { body }).then(
          (value) => done(null, value),
          (error: unknown) => done(bodyRefusal(error)),
        );
        return;
      }
      try {
        done(null, parseJsonBody(body));
      } catch (error) {
        done(bodyRefusal(error));
      }
    });
}
