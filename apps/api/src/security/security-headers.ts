import helmet from '@fastify/helmet';
import { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Helmet's defaults (HSTS, nosniff, frame and referrer policies…) plus a CSP that the web app, a React SPA
 * served from this origin, works under: its own scripts only; inline styles, which component libraries inject;
 * images from itself, data: and blob: URLs (previews of uploads); requests to itself only.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export async function registerSecurityHeaders(app: NestFastifyApplication) {
  // Nest's Fastify adapter ships its own copy of Fastify's types, which the plugin's do not match.
  await app.register(helmet as unknown as Parameters<NestFastifyApplication['register']>[0], {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  });
}
