import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@thidua/config';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { requestId } from './operations/operations.module';
import { registerQueueBoard } from './operations/queue-board';
import { registerJsonBody } from './common/json-body';
import { DocumentWorkers } from './reports/document-workers';
import { registerSecurityHeaders } from './security/security-headers';
import { serveWebApp } from './web/web-app';

/** Builds the API application; main.ts listens, tests use it in-process through inject(). */
export async function createApi(): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({
      bodyLimit: uploadBodyLimit(loadConfig().uploadMaxBytes),
      trustProxy: loadConfig().trustProxy,
      genReqId: requestId,
    }),
    {
      // Held until pino (OperationsModule) takes over: every line is JSON.
      bufferLogs: true,
      // JSON bodies are parsed by registerJsonBody; no other body type is accepted.
      bodyParser: false,
    },
  );
  app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance();
  // The id the log lines carry, for a user's or a proxy's report of a failed request.
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Shutting down: answers in flight close their keep-alive connection, which would otherwise hold the
  // server open after its last request (the server closes only the connections idle when it starts closing).
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  fastify.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  registerJsonBody(app, app.get(DocumentWorkers));
  app.enableShutdownHooks();
  await registerSecurityHeaders(app);
  await registerQueueBoard(app);
  await serveWebApp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** Uploads travel base64-encoded in GraphQL (4 bytes per 3), plus the rest of the request. */
const uploadBodyLimit = (maxUpload: number) => Math.ceil((maxUpload * 4) / 3) + 1024 * 1024;
