import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '@thidua/config';
import { closeRedis, QUEUE_NAMES, redisConnection, relayMark } from '@thidua/jobs';
import { Queue } from 'bullmq';
import { createApi } from '../../apps/api/src/bootstrap';
import { ensurePlatformAdmin } from '../../apps/api/src/seed/platform-admin';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createTestDatabase } from './databases';

export const ADMIN = { email: 'admin@test.thidua.vn', password: 'QuanTri@Test26' };

export interface GqlResult<T = Record<string, unknown>> {
  data?: T;
  errors?: {
    message: string;
    extensions?: { code?: string; problems?: { path: string; message: string }[] };
  }[];
}

/**
 * The API in-process on its own cloned database (and, when asked, the worker with its own queue prefix).
 * Tests speak GraphQL to it, as clients do.
 */
export class TestApp {
  private constructor(
    readonly api: NestFastifyApplication,
    readonly worker: INestApplicationContext | null,
    readonly ownerUrl: string,
    private readonly dropDb: () => Promise<void>,
  ) {}

  /** `outboxPollMs`: the relay's fallback polling (25 ms unless told), for tests of the notified path. */
  static async start(options: { worker?: boolean; outboxPollMs?: number } = {}): Promise<TestApp> {
    const db = await createTestDatabase();
    // A benchmark measures the code as deployed (bench/support/production); tests run as tests.
    process.env.NODE_ENV = process.env.NODE_ENV === 'production' ? 'production' : 'test';
    process.env.DATABASE_URL = db.ownerUrl;
    process.env.QUEUE_PREFIX = `thidua-test-${randomBytes(4).toString('hex')}`;
    process.env.OUTBOX_POLL_MS = String(options.outboxPollMs ?? 25);
    process.env.WORKER_HEALTH_PORT = '0';
    await ensurePlatformAdmin(db.ownerUrl, ADMIN.email, ADMIN.password);
    const api = await createApi();
    const worker = options.worker
      ? await NestFactory.createApplicationContext(WorkerModule.forConfig(loadConfig()), {
          logger: ['error', 'warn'],
        })
      : null;
    return new TestApp(api, worker, db.ownerUrl, db.drop);
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GqlResult<T>> {
    const res = await this.api.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      payload: { query, variables },
    });
    return res.json();
  }

  /** Like gql, but fails the test with the server's message when the operation errs. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read GraphQL results loosely
  async ok<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<T> {
    const res = await this.gql<T>(query, variables, token);
    if (res.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  async login(email: string, password: string): Promise<string> {
    const data = await this.ok<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: email, p: password },
    );
    return data.login.token;
  }

  /** A direct connection as the owner, for assertions on what was (not) written. */
  async owner<T>(work: (c: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: this.ownerUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  /** Rows of a group-owned table (score, vote…) that belong to one group, read as the owner. */
  async countForGroup(table: 'score' | 'vote' | 'ranking_snapshot', groupCode: string): Promise<number> {
    const { rows } = await this.owner((db) =>
      db.query(
        `SELECT count(*)::int AS n FROM ${table} t JOIN emulation_group g ON g.id = t.group_id WHERE g.code = $1`,
        [groupCode],
      ),
    );
    return rows[0].n;
  }

  async waitFor<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > until) throw new Error('Timed out waiting for a condition');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async close() {
    await this.worker?.close();
    const connection = redisConnection(loadConfig(), 'producer');
    for (const name of QUEUE_NAMES) {
      const queue = new Queue(name, { connection, prefix: loadConfig().queuePrefix });
      await queue.obliterate({ force: true });
      if (name === 'ranking') await connection.del(relayMark(queue));
      await queue.close();
    }
    await closeRedis(connection);
    await this.api.close();
    await this.dropDb();
  }
}
