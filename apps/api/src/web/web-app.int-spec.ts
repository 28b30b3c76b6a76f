import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { TestApp } from '../../../../test/support/test-app';

describe('the web app at /', () => {
  const dist = mkdtempSync(join(tmpdir(), 'thidua-web-'));
  const script = 'console.log("app");'.repeat(50);
  let sut: TestApp;

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dist, 'assets/index-abc123.js'), script);
    writeFileSync(join(dist, 'assets/index-abc123.js.gz'), gzipSync(script));
    writeFileSync(join(dist, 'assets/index-abc123.js.br'), brotliCompressSync(script));
    process.env.WEB_DIST_DIR = dist;
    sut = await TestApp.start();
  });

  afterAll(async () => {
    await sut.close();
    delete process.env.WEB_DIST_DIR;
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    sut.api.inject({ method: 'GET', url, headers });

  it('serves index.html at / and at client routes, never cached', async () => {
    for (const url of ['/', '/ranking', '/reports/abc?year=2023']) {
      const res = await get(url, { accept: 'text/html' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<div id="root">');
    }
  });

  it('sends hashed assets precompressed with a year-long immutable cache', async () => {
    const br = await get('/assets/index-abc123.js', { 'accept-encoding': 'br, gzip' });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gz = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await get('/assets/index-abc123.js');
    expect(plain.body).toBe(script);
  });

  it('answers a missing asset with 404, not with the app', async () => {
    const res = await get('/assets/index-old999.js');
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('<div id="root">');
  });

  it('keeps /graphql for the API, without an IDE page loaded from a CDN', async () => {
    const data = await sut.ok('{ __typename }');
    expect(data).toEqual({ __typename: 'Query' });
    const page = await get('/graphql', { accept: 'text/html' });
    expect(page.body).not.toMatch(/cdn|<script/i);
  });

  it('leaves /admin/queues (and its assets) to the queue board, and /admin to the app', async () => {
    for (const url of [
      '/admin/queues',
      '/admin/queues/',
      '/admin/queues/queue/ranking',
      '/admin/queues/static/js/x.js',
    ]) {
      const res = await get(url, { accept: 'text/html' });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 401 });
      expect(res.body).not.toContain('<div id="root">');
    }
    const app = await get('/admin?tab=users', { accept: 'text/html' });
    expect(app.body).toContain('<div id="root">');
    for (const url of ['/health', '/metrics'])
      expect((await get(url)).headers['content-type']).not.toContain('text/html');
  });
});
