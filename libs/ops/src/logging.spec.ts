import pino from 'pino';
import { Writable } from 'node:stream';
import { logOptions, scrub } from './logging';

/** The lines a logger with the portal's options writes. */
function capture(log: (logger: pino.Logger) => void): Record<string, unknown>[] {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  log(pino(logOptions('api', 'info'), stream));
  return lines.map((l) => JSON.parse(l));
}

describe('log lines', () => {
  it('scrubs e-mail addresses and tokens out of free text', () => {
    expect(scrub('no account sct-gia-lai@demo.thidua.vn')).toBe('no account [email]');
    expect(scrub('Authorization: Bearer abc.def-ghi')).toBe('Authorization: Bearer [token]');
    expect(scrub('token eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl')).toBe('token [token]');
  });

  it('redacts secret fields, scrubs messages and errors, and keeps the context fields', () => {
    const [fields, error] = capture((logger) => {
      logger.child({ requestId: 'r-1', organization: 'o-1' }).info(
        {
          password: 'Mat-Khau-1',
          variables: { input: { refreshToken: 'r', email: 'a@b.vn' } },
          sections: ['báo cáo'],
        },
        'login of a@b.vn',
      );
      logger.error(new Error('no user c@d.vn'));
    });
    expect(fields).toMatchObject({
      level: 'info',
      process: 'api',
      requestId: 'r-1',
      organization: 'o-1',
      password: '[redacted]',
      sections: '[redacted]',
      variables: { input: { refreshToken: '[redacted]', email: '[redacted]' } },
      msg: 'login of [email]',
    });
    expect(error).toMatchObject({ level: 'error', msg: 'no user [email]', err: { type: 'Error' } });
    expect(JSON.stringify(error)).not.toContain('c@d.vn');
  });

  it('logs a request by method and path only: no query string, headers or address', () => {
    const [line] = capture((logger) =>
      logger.info({
        req: {
          method: 'GET',
          url: '/x?token=abc',
          headers: { authorization: 'Bearer t' },
          remoteAddress: '10.1.1.1',
        },
      }),
    );
    expect(line.req).toEqual({ method: 'GET', url: '/x' });
  });
});
