import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Client } from 'pg';
import { migrate } from '../../libs/db/src/admin';
import { databaseName, withDatabase } from '../../libs/db/src/config';
import { ensurePlatformAdmin } from '../../apps/api/src/seed/platform-admin';
import { PostgresCluster } from '../support/postgres-cluster';
import { API_ENTRY, freePort, Spawned, waitForHttp, WORKER_ENTRY } from '../support/processes';
import { ADMIN, TestApp } from '../support/test-app';

/** A port on this machine that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const ME = '{ me { id } }';
const CREATE_ORG = `mutation($code: String!) { createOrganization(code: $code, name: "Sở thử nghiệm", kind: "DEPARTMENT") { id } }`;

describe('a dependency outage', () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.login(ADMIN.email, ADMIN.password);
  });
  afterAll(() => app.close());

  /** The API's database refuses new connections and loses the ones it had: a real outage of this database. */
  const cutDatabase = (limit: number) =>
    app.owner(async (db) => {
      const name = databaseName(app.ownerUrl);
      await db.query(`ALTER DATABASE "${name}" CONNECTION LIMIT ${limit}`);
      if (limit === 0)
        await db.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
          [name],
        );
    });

  const post = (query: string, variables: Record<string, unknown> = {}) =>
    app.api.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      payload: { query, variables },
    });

  const organizations = () =>
    app.owner(
      async (db) => (await db.query('SELECT count(*)::int AS n FROM organization')).rows[0].n as number,
    );

  it('answers SERVICE_UNAVAILABLE (HTTP 503) while the database is down, writes nothing, and recovers', async () => {
    expect((await post(ME)).statusCode).toBe(200);
    const before = await organizations();
    await cutDatabase(0);
    try {
      for (const res of [await post(ME), await post(CREATE_ORG, { code: 'sct-outage' })]) {
        expect(res.statusCode).toBe(503);
        const body = res.json();
        expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
        expect(body.errors[0].message).toMatch(/Vui lòng thử lại/);
        expect(JSON.stringify(body)).not.toMatch(/connection|postgres|Error:/i);
      }
      const health = await app.api.inject({ method: 'GET', url: '/health' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({ database: 'down', redis: 'up', down: ['database'] });
    } finally {
      await cutDatabase(-1);
    }
    expect(await organizations()).toBe(before);
    expect((await post(ME)).json().data.me.id).toBeTruthy();
    const health = await app.api.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok', database: 'up', redis: 'up' });
  });

  it('names Redis in /health (503) when Redis does not answer', async () => {
    const redisUrl = process.env.REDIS_URL;
    process.env.REDIS_URL = `redis://127.0.0.1:${await closedPort()}`;
    let other: TestApp | undefined;
    try {
      other = await TestApp.start();
      const health = await other.api.inject({ method: 'GET', url: '/health' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({ database: 'up', redis: 'down', down: ['redis'] });
      expect(health.json().message).toMatch(/Redis/);
    } finally {
      if (redisUrl === undefined) delete process.env.REDIS_URL;
      else process.env.REDIS_URL = redisUrl;
      await other?.close();
    }
  });
});

/**
 * Issue 12's fault test: the API's and the worker's PostgreSQL really stops for 5 s — a cluster of the test's
 * own (the shared server stays up) — with both running as deployed (dist/, npm run -s build).
 */
describe('PostgreSQL stopped for 5 s', () => {
  let pg: PostgresCluster;
  let ownerUrl: string;
  let api: Spawned;
  let worker: Spawned;
  let apiUrl: string;
  let workerUrl: string;

  beforeAll(async () => {
    pg = await PostgresCluster.create();
    await pg.createRoles();
    ownerUrl = withDatabase(pg.url, 'thidua');
    await migrate(ownerUrl);
    await ensurePlatformAdmin(ownerUrl, ADMIN.email, ADMIN.password);
    const [port, workerPort] = [await freePort(), await freePort()];
    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: ownerUrl,
      // Derived from DATABASE_URL: this cluster's roles, whatever the suite's environment says.
      APP_DATABASE_URL: undefined,
      WORKER_DATABASE_URL: undefined,
      QUEUE_PREFIX: `thidua-outage-${randomBytes(4).toString('hex')}`,
      JWT_SECRET: 'z'.repeat(40),
      OUTBOX_POLL_MS: '100',
    };
    api = new Spawned(API_ENTRY, { ...env, PORT: String(port) });
    worker = new Spawned(WORKER_ENTRY, { ...env, WORKER_HEALTH_PORT: String(workerPort) });
    apiUrl = `http://127.0.0.1:${port}`;
    workerUrl = `http://127.0.0.1:${workerPort}`;
    await waitForHttp(`${apiUrl}/health`, api);
    await waitForHttp(`${workerUrl}/health`, worker);
  }, 60_000);

  afterAll(() => {
    api?.kill();
    worker?.kill();
    pg?.destroy();
  });

  /** A GraphQL request and how long its answer took. */
  const timed = async (query: string, token?: string) => {
    const started = Date.now();
    const res = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(10_000),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read GraphQL results loosely
    const body: any = await res.json();
    return { ms: Date.now() - started, status: res.status, body };
  };
  const organizations = async () => {
    const db = new Client({ connectionString: ownerUrl });
    await db.connect();
    try {
      return (await db.query('SELECT count(*)::int AS n FROM organization')).rows[0].n as number;
    } finally {
      await db.end();
    }
  };
  const create = (code: string) =>
    `mutation { createOrganization(code: "${code}", name: "Sở thử nghiệm", kind: "DEPARTMENT") { id } }`;

  it('answers a clear error within 2 s, writes nothing, and both processes recover without a restart', async () => {
    const login = await timed(
      `mutation { login(email: "${ADMIN.email}", password: "${ADMIN.password}") { token } }`,
    );
    const token = login.body.data.login.token;
    const before = await organizations();

    pg.stop();
    const stoppedAt = Date.now();
    const answers = [];
    while (Date.now() - stoppedAt < 5000) {
      answers.push(await timed('{ me { id } }', token), await timed(create('sct-khi-mat-dien'), token));
      await new Promise((r) => setTimeout(r, 500));
    }
    const health = await fetch(`${apiUrl}/health`, { signal: AbortSignal.timeout(5000) });
    const workerHealth = await fetch(`${workerUrl}/health`, { signal: AbortSignal.timeout(5000) });
    pg.start();

    for (const a of answers) {
      expect(a.ms).toBeLessThan(2000);
      expect(a.status).toBe(503);
      expect(a.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(a.body.errors[0].message).toMatch(/Vui lòng thử lại/);
    }
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ database: 'down', redis: 'up' });
    expect(workerHealth.status).toBe(503);
    expect(await workerHealth.json()).toMatchObject({ database: 'down', redis: 'up' });

    // Same processes, back without a restart: the API answers and writes, the worker's relay runs again.
    await waitForHttp(`${apiUrl}/health`, api, 200, 15_000);
    await waitForHttp(`${workerUrl}/health`, worker, 200, 15_000);
    expect(await organizations()).toBe(before);
    const again = await timed(create('sct-khi-mat-dien'), token);
    expect(again.body.errors).toBeUndefined();
    expect(await organizations()).toBe(before + 1);
    expect((await timed('{ me { id } }', token)).body.data.me.id).toBeTruthy();
    for (const p of [api, worker])
      expect(await Promise.race([p.exited, Promise.resolve('running')])).toBe('running');
  }, 60_000);
});
