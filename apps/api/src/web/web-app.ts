// Serves the built web app (apps/web/dist) at `/`: hashed assets cached for a year and sent precompressed,
// every other GET path answered with index.html so client routes survive a reload. `/graphql` is untouched.
import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

const logger = new Logger('web');

/** apps/web/dist of the checkout (or image), found from here both in the sources and in the compiled dist/. */
function builtWebApp(): string | null {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const built = join(dir, 'apps/web/dist');
    if (existsSync(join(built, 'index.html'))) return built;
  }
  return null;
}

export async function serveWebApp(app: NestFastifyApplication): Promise<void> {
  const root = process.env.WEB_DIST_DIR ?? builtWebApp();
  if (!root) {
    logger.warn('the web app is not built (npm run build:web): only the API is served');
    return;
  }
  // Nest's Fastify is its own copy of the package: same major version, types from the root one.
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await fastify.register(fastifyStatic, {
    root,
    wildcard: false, // one route per built file; unknown paths fall through to the SPA route below
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      const hashed = path.includes(`${sep}assets${sep}`);
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  fastify.get('/*', (request, reply) => {
    // A missing file is a 404, not the app: a stale asset URL must not come back as HTML.
    if (/\.[a-z0-9]+$/i.test(request.url.split('?')[0])) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
