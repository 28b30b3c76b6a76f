import { parse } from 'secure-json-parse';

/**
 * A request body as the API accepts it, on whichever thread parses it: JSON, with a "__proto__" or
 * "constructor.prototype" key refused rather than stored (as Fastify's own parser does).
 */
export function parseJsonBody(body: Uint8Array): unknown {
  if (body.byteLength === 0) throw new SyntaxError('Empty body.');
  return parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength), null, {
    protoAction: 'error',
    constructorAction: 'error',
  });
}
