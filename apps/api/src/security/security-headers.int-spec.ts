import { TestApp } from '../../../../test/support/test-app';

describe('security headers', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const requests = [
    { name: 'GET /health', method: 'GET' as const, url: '/health' },
    {
      name: 'POST /graphql',
      method: 'POST' as const,
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: { query: '{ me { id } }' },
    },
  ];

  it.each(requests)(
    'sends a CSP a same-origin SPA works under, and helmet defaults, on $name',
    async (request) => {
      const res = await app.api.inject(request);
      const csp = String(res.headers['content-security-policy'])
        .split(';')
        .map((d) => d.trim());
      expect(csp).toEqual(
        expect.arrayContaining([
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data: blob:",
          "connect-src 'self'",
          "frame-ancestors 'none'",
          "object-src 'none'",
        ]),
      );
      expect(csp.join(';')).not.toMatch(/script-src[^;]*unsafe/);
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'strict-transport-security': expect.stringMatching(/max-age=\d+/),
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
      });
      expect(res.headers['x-powered-by']).toBeUndefined();
    },
  );

  it('serves no GraphQL IDE page that loads scripts from a CDN, and keeps the headers on /graphql', async () => {
    const res = await app.api.inject({ method: 'GET', url: '/graphql', headers: { accept: 'text/html' } });
    expect(res.headers['content-type']).not.toMatch(/text\/html/);
    expect(res.body).not.toMatch(/<script[^>]+src="https?:/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
