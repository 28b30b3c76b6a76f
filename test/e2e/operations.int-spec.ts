// Issue 12.5: what an operator sees and does — /health, /metrics, JSON logs, the queue board, failed jobs
// re-driven, SIGTERM. The worker (and, for the logs, an API) run as real processes from dist/ (npm run -s build).
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { loadConfig } from '@thidua/config';
import { WORKER_ROLE } from '../../libs/db/src/config';
import { API_ENTRY, freePort, RETRY_ENTRY, Spawned, waitForHttp, WORKER_ENTRY } from '../support/processes';
import { createCluster, setScore, TestCluster } from '../support/tenants';
import { ADMIN, TestApp } from '../support/test-app';

const ME = '{ me { id organization { id } } }';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read JSON answers loosely
type Json = any;
const json = async (res: Response): Promise<Json> => res.json();
const RANKING = `query($g: String!) { ranking(groupCode: $g, year: 2023, kind: H1) { version } }`;

/** One sample of a Prometheus text exposition, 0 when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const ok = Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`));
    if (ok) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return 0;
}

describe('operations', () => {
  let app: TestApp;
  let admin: string;
  let cluster: TestCluster;
  let periodId: string;
  let workerPort: number;
  let worker: Spawned;
  let ranking: Queue;
  const spawned: Spawned[] = [];

  const startWorker = async (env: Record<string, string> = {}, healthy = 200) => {
    const port = await freePort();
    const w = new Spawned(WORKER_ENTRY, {
      WORKER_HEALTH_PORT: String(port),
      LOG_LEVEL: 'info',
      SHUTDOWN_TIMEOUT_MS: '3000',
      ...env,
    });
    spawned.push(w);
    await waitForHttp(`http://127.0.0.1:${port}/health`, w, healthy);
    return { w, port };
  };

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.login(ADMIN.email, ADMIN.password);
    ({ w: worker, port: workerPort } = await startWorker());
    cluster = await createCluster(app, { size: 2 });
    periodId = await app.owner(
      async (db) =>
        (
          await db.query(
            `SELECT p.id FROM period p JOIN emulation_group g ON g.id = p.group_id WHERE g.code = $1 AND p.kind = 'H1'`,
            [cluster.code],
          )
        ).rows[0].id,
    );
    ranking = new Queue('ranking', {
      connection: { url: loadConfig().redisUrl },
      prefix: loadConfig().queuePrefix,
    });
  });

  afterAll(async () => {
    for (const w of spawned) w.kill();
    await ranking.close();
    await app.close();
  });

  const workerGet = (path: string) => fetch(`http://127.0.0.1:${workerPort}${path}`);
  const apiMetrics = async () => (await app.api.inject({ method: 'GET', url: '/metrics' })).body;
  const workerMetrics = async () => (await workerGet('/metrics')).text();

  /** The queue board's session cookie of a token (the admin workspace's first step). */
  const boardCookie = async (token: string) => {
    const res = await app.api.inject({
      method: 'POST',
      url: '/admin/queues/session',
      headers: { authorization: `Bearer ${token}` },
    });
    return { res, cookie: String(res.headers['set-cookie'] ?? '').split(';')[0] };
  };

  it('answers /health on the API and the worker with the database, Redis and the queues', async () => {
    const api = await app.api.inject({ method: 'GET', url: '/health' });
    expect(api.statusCode).toBe(200);
    expect(api.json()).toMatchObject({
      status: 'ok',
      database: 'up',
      redis: 'up',
      queues: { lagging: [], byQueue: { ranking: { waiting: 0, oldestWaitingMs: 0 } } },
    });
    const res = await workerGet('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      database: 'up',
      redis: 'up',
      relay: 'up',
      queues: { byQueue: { ranking: { failed: 0 }, deadlines: expect.any(Object) } },
    });
  });

  it("names a worker's missing Redis in its /health (503)", async () => {
    const { w, port } = await startWorker({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` }, 503);
    const body = await json(await fetch(`http://127.0.0.1:${port}/health`));
    expect(body).toMatchObject({ status: 'unavailable', database: 'up', redis: 'down' });
    expect(body.down).toContain('redis');
    expect(body.message).toMatch(/Redis/);
    w.kill();
  });

  it('exposes metrics that move with a GraphQL operation, an error and a job, to loopback only', async () => {
    const before = await apiMetrics();
    const labels = { operation: 'me', type: 'query' };
    await app.ok(ME, {}, admin);
    await app.gql('mutation { login(email: "khong-co@test.thidua.vn", password: "Sai@12345678") { token } }');
    const after = await apiMetrics();
    expect(sample(after, 'thidua_graphql_operation_duration_seconds_count', labels)).toBe(
      sample(before, 'thidua_graphql_operation_duration_seconds_count', labels) + 1,
    );
    expect(sample(after, 'thidua_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(
      sample(before, 'thidua_graphql_errors_total', { code: 'UNAUTHENTICATED' }) + 1,
    );
    expect(sample(after, 'process_resident_memory_bytes', { process: 'api' })).toBeGreaterThan(0);
    const remote = await app.api.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.9' });
    expect(remote.statusCode).toBe(403);

    const jobsBefore = await workerMetrics();
    const done = { queue: 'ranking', outcome: 'completed' };
    const snapshots = sample(jobsBefore, 'thidua_commit_to_snapshot_seconds_count');
    const [head, member] = cluster.members;
    await setScore(app, cluster, head.token, member.code, '3', '15');
    await app.waitFor(async () => (await app.ok(RANKING, { g: cluster.code }, head.token)).ranking?.version);
    const jobs = await app.waitFor(async () => {
      const text = await workerMetrics();
      return sample(text, 'thidua_commit_to_snapshot_seconds_count') > snapshots && text;
    });
    expect(sample(jobs, 'thidua_job_duration_seconds_count', done)).toBeGreaterThan(
      sample(jobsBefore, 'thidua_job_duration_seconds_count', done),
    );
    expect(sample(jobs, 'thidua_commit_to_snapshot_seconds_sum')).toBeGreaterThan(0);
    expect(sample(jobs, 'thidua_queue_jobs', { queue: 'ranking', state: 'completed' })).toBeGreaterThan(0);
    // Gauges read at the scrape: present with a figure (the queue may hold a job at that instant).
    expect(jobs).toMatch(/^thidua_queue_oldest_waiting_seconds\{.*queue="ranking".*\} [\d.]+$/m);
    expect(jobs).toMatch(/^thidua_outbox_pending\{.*\} \d+$/m);
    expect(jobs).toMatch(/^thidua_outbox_lag_seconds\{.*\} [\d.]+$/m);
  });

  it('opens the queue board to platform admins only, not to anonymous users or other organizations', async () => {
    expect((await app.api.inject({ method: 'GET', url: '/admin/queues' })).statusCode).toBe(401);
    expect((await app.api.inject({ method: 'GET', url: '/admin/queues/api/queues' })).statusCode).toBe(401);
    const forged = await app.api.inject({
      method: 'GET',
      url: '/admin/queues/api/queues',
      headers: { cookie: 'thidua_board=not-a-token' },
    });
    expect(forged.statusCode).toBe(401);

    const member = cluster.members[1].token;
    expect((await boardCookie(member)).res.statusCode).toBe(403);
    const asMember = await app.api.inject({
      method: 'GET',
      url: '/admin/queues',
      headers: { cookie: `thidua_board=${member}` },
    });
    expect(asMember.statusCode).toBe(403);
    expect(asMember.body).toMatch(/quản trị viên nền tảng/);

    const { res, cookie } = await boardCookie(admin);
    expect(res.statusCode).toBe(204);
    expect(res.headers['set-cookie']).toMatch(/Path=\/admin\/queues; HttpOnly; SameSite=Strict/);
    const page = await app.api.inject({ method: 'GET', url: '/admin/queues', headers: { cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Thi đua – hàng đợi');
    expect(page.body).not.toContain('fonts.googleapis.com');
    const api = await app.api.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: { cookie } });
    expect(
      api
        .json()
        .queues.map((q: { name: string }) => q.name)
        .sort(),
    ).toEqual(['deadlines', 'ranking', 'what-if']);
    // Signing out ends the board's access with the session.
    await app.ok('mutation { logout }', {}, admin);
    expect(
      (await app.api.inject({ method: 'GET', url: '/admin/queues', headers: { cookie } })).statusCode,
    ).toBe(401);
    admin = await app.login(ADMIN.email, ADMIN.password);
  });

  /** A ranking job that fails on every attempt (the worker may not write ranking_run), then the cause fixed. */
  const failingJob = async () => {
    const revoke = (grant: boolean) =>
      app.owner((db) =>
        db.query(
          `${grant ? 'GRANT' : 'REVOKE'} INSERT, UPDATE ON ranking_run ${grant ? 'TO' : 'FROM'} ${WORKER_ROLE}`,
        ),
      );
    await revoke(false);
    try {
      const job = await ranking.add(
        'ranking',
        { groupId: cluster.code, periodId },
        { attempts: 2, backoff: { type: 'fixed', delay: 100 } },
      );
      await app.waitFor(async () => (await ranking.getJobState(job.id!)) === 'failed');
      return job.id!;
    } finally {
      await revoke(true);
    }
  };

  it('keeps a job that failed for good visible (board, /health, metrics) and re-drives it from the board', async () => {
    const jobId = await failingJob();
    const failed = await ranking.getJob(jobId);
    expect(failed?.attemptsMade).toBe(2);
    expect(failed?.failedReason).toMatch(/permission denied/);

    const { cookie } = await boardCookie(admin);
    const board = await app.api.inject({
      method: 'GET',
      url: '/admin/queues/api/queues?activeQueue=ranking&status=failed&page=1',
      headers: { cookie },
    });
    const queue = board.json().queues.find((q: { name: string }) => q.name === 'ranking');
    expect(queue.counts.failed).toBe(1);
    expect(queue.jobs.map((j: { id: string }) => j.id)).toContain(jobId);
    expect((await json(await workerGet('/health'))).queues.byQueue.ranking.failed).toBe(1);
    expect(sample(await workerMetrics(), 'thidua_queue_jobs', { queue: 'ranking', state: 'failed' })).toBe(1);
    expect(
      sample(await workerMetrics(), 'thidua_job_duration_seconds_count', {
        queue: 'ranking',
        outcome: 'failed',
      }),
    ).toBe(2);

    expect(
      worker.lines().find((l) => l.jobId === jobId && l.final === true && l.level === 'error'),
    ).toMatchObject({
      queue: 'ranking',
      attempt: 2,
      msg: expect.stringMatching(/no retry left.*permission denied/),
    });

    const retry = await app.api.inject({
      method: 'PUT',
      url: '/admin/queues/api/queues/ranking/retry/failed',
      headers: { cookie },
    });
    expect(retry.statusCode).toBe(200);
    await app.waitFor(async () => (await ranking.getJobState(jobId)) === 'completed');
    expect(await ranking.getJobCountByTypes('failed')).toBe(0);
  });

  it('re-drives failed jobs from the command line (npm run jobs:retry)', async () => {
    const jobId = await failingJob();
    const cli = new Spawned(RETRY_ENTRY, {}, ['ranking']);
    expect(await cli.exited).toEqual({ code: 0, signal: null });
    expect(cli.output).toBe('ranking: 1 failed job(s) back to waiting\n');
    await app.waitFor(async () => (await ranking.getJobState(jobId)) === 'completed');
    const wrong = new Spawned(RETRY_ENTRY, {}, ['rankings']);
    expect((await wrong.exited).code).toBe(1);
    expect(wrong.output).toMatch(/unknown queue\(s\) rankings/);
  });

  it('writes JSON log lines with request id, organization, operation and job id, and no secret', async () => {
    const port = await freePort();
    const api = new Spawned(API_ENTRY, { PORT: String(port), LOG_LEVEL: 'info', JWT_SECRET: 'x'.repeat(40) });
    spawned.push(api);
    await waitForHttp(`http://127.0.0.1:${port}/health`, api);
    const post = async (query: string, headers: Record<string, string> = {}) =>
      json(
        await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query }),
        }),
      );
    const login = await post(
      `mutation { login(email: "${ADMIN.email}", password: "${ADMIN.password}") { token refreshToken } }`,
    );
    const { token, refreshToken } = login.data.login;
    await post(`mutation { login(email: "nguoi-la@test.thidua.vn", password: "Sai@12345678") { token } }`);
    const me = await post(ME, { authorization: `Bearer ${token}`, 'x-request-id': 'ops-test-0001' });
    await api.terminate();

    const lines = api.lines();
    expect(lines.every((l) => l.level && l.time && l.process === 'api')).toBe(true);
    expect(lines.find((l) => l.requestId === 'ops-test-0001')).toMatchObject({
      msg: 'request completed',
      operation: 'me',
      organization: me.data.me.organization.id,
      req: { method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
    });
    expect(lines.filter((l) => l.operation === 'login')).toHaveLength(2);
    for (const secret of [
      ADMIN.password,
      ADMIN.email,
      'nguoi-la@test.thidua.vn',
      token,
      refreshToken,
      'Bearer',
    ])
      expect(api.output).not.toContain(secret);

    const jobLine = worker.lines().find((l) => l.queue === 'ranking' && l.jobId && l.periodId === periodId);
    expect(jobLine).toMatchObject({ process: 'worker', groupId: expect.any(String) });
  });

  describe('SIGTERM', () => {
    /** A lock held by the test's own session until released (or the test ends): what it guards waits. */
    const holding = async <T>(
      lock: string,
      unlock: string,
      work: (release: () => Promise<void>) => Promise<T>,
    ) => {
      const db = new Client({ connectionString: app.ownerUrl });
      await db.connect();
      await db.query(lock);
      let released = false;
      const release = async () => {
        if (released) return;
        released = true;
        await db.query(unlock);
      };
      try {
        return await work(release);
      } finally {
        await release();
        await db.end();
      }
    };
    /** The recompute's per-period lock: a ranking job waits for the test. */
    const withPeriodLock = <T>(work: (release: () => Promise<void>) => Promise<T>) =>
      holding(
        `SELECT pg_advisory_lock(hashtext('ranking:${periodId}'))`,
        `SELECT pg_advisory_unlock(hashtext('ranking:${periodId}'))`,
        work,
      );
    /** Organizations locked: a request reading them (`me`) waits for the test. */
    const withOrganizationsLocked = <T>(work: (release: () => Promise<void>) => Promise<T>) =>
      holding('BEGIN; LOCK TABLE organization IN ACCESS EXCLUSIVE MODE', 'COMMIT', work);

    const startApi = async () => {
      const port = await freePort();
      const api = new Spawned(API_ENTRY, {
        PORT: String(port),
        SHUTDOWN_TIMEOUT_MS: '3000',
        AUTH_CACHE_TTL_MS: '0',
        JWT_SECRET: 'y'.repeat(40),
      });
      spawned.push(api);
      await waitForHttp(`http://127.0.0.1:${port}/health`, api);
      const token = (
        await json(
          await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query: `mutation { login(email: "${ADMIN.email}", password: "${ADMIN.password}") { token } }`,
            }),
          }),
        )
      ).data.login.token;
      const me = () =>
        fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: ME }),
        });
      return { api, me };
    };
    const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

    it('API: answers the request in flight, then exits', async () => {
      const { api, me } = await startApi();
      await withOrganizationsLocked(async (release) => {
        const answer = me();
        await settle(300);
        const stopping = api.terminate();
        await settle(500);
        await release();
        const res = await answer;
        expect(res.status).toBe(200);
        expect((await json(res)).data.me.id).toBeTruthy();
        const { ms, code } = await stopping;
        expect(code).not.toBe(1);
        expect(ms).toBeLessThan(3000);
        expect(api.output).not.toMatch(/shutdown took longer/);
      });
    });

    it('API: exits within the bound when a request hangs', async () => {
      const { api, me } = await startApi();
      await withOrganizationsLocked(async () => {
        const answer = me().catch((e: Error) => e);
        await settle(300);
        const { ms, code } = await api.terminate();
        expect(code).toBe(1);
        expect(ms).toBeGreaterThanOrEqual(3000);
        expect(ms).toBeLessThan(4500);
        // The connection closed without an answer (fetch's TypeError comes from another realm than Jest's).
        expect(await answer).toMatchObject({ message: 'fetch failed' });
        expect(api.output).toMatch(/shutdown took longer than 3000 ms: exiting/);
      });
    });

    const activeJob = async () => {
      const job = await ranking.add('ranking', { groupId: cluster.code, periodId });
      await app.waitFor(async () => (await ranking.getJobState(job.id!)) === 'active');
      return job.id!;
    };

    it('lets the active job finish, then exits', async () => {
      await worker.terminate().catch(() => undefined);
      const { w } = await startWorker();
      await withPeriodLock(async (release) => {
        const jobId = await activeJob();
        const stopping = w.terminate();
        await new Promise((r) => setTimeout(r, 500));
        await release();
        const { ms, signal } = await stopping;
        // Nest's shutdown hook ends by re-raising the signal it handled.
        expect(signal).toBe('SIGTERM');
        expect(ms).toBeLessThan(3000);
        expect(await ranking.getJobState(jobId)).toBe('completed');
        expect(w.lines().some((l) => /^drained in \d+ ms$/.test(String(l.msg)))).toBe(true);
      });
    });

    it('exits within the bound when a job does not finish, leaving it to be redelivered', async () => {
      const { w } = await startWorker();
      await withPeriodLock(async () => {
        const jobId = await activeJob();
        const { ms } = await w.terminate();
        expect(ms).toBeGreaterThanOrEqual(3000);
        expect(ms).toBeLessThan(4500);
        expect(await ranking.getJobState(jobId)).toBe('active');
        expect(w.lines().some((l) => /still running after 3000 ms/.test(String(l.msg)))).toBe(true);
      });
    });
  });
});
