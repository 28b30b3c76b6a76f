import { createServer } from 'node:net';
import { databaseName } from '../../libs/db/src/config';
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
