import { loadConfig } from '@thidua/config';
import { closeRedis, RedisClient, redisConnection } from '@thidua/jobs';
import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { gridRegulation } from '../../bench/support/bench-group';
import { PortalProcess } from '../support/portal-process';
import { RedisCluster } from '../support/redis-cluster';
import { createCluster, TestCluster } from '../support/tenants';
import { TestApp } from '../support/test-app';

/**
 * Issue 12.6 and its fault tests: the built API and worker, two processes of each, on a Redis Cluster of
 * 3 masters and 3 replicas started here. A burst of head scores goes to both APIs while a fault strikes;
 * afterwards every ranking has the totals worked out by hand below, and no version was written twice.
 * Needs the build (npm run -s build). A job delivered twice to one processor, and a Redis that does not
 * answer while the relay publishes, are in coalesced-rankings and outbox.int-spec.
 */
jest.setTimeout(240_000);

const GROUPS = 3;
const MEMBERS = 3;
// 40 criteria of 2 points: the fewest the example regulation's awards can still be reached with.
const PARENTS = 5;
const CHILDREN = 8;
const CRITERIA = Array.from(
  { length: PARENTS * CHILDREN },
  (_, i) => `${Math.floor(i / CHILDREN) + 1}.${(i % CHILDREN) + 1}`,
);
/** Member j ends with 0.5 × j points on every criterion, after first getting 2 on those of the first parent. */
const finalPoints = (j: number) => String(0.5 * j);
/** By hand: 40 criteria × 0.5 × j, so member j totals 20 × j and ranks MEMBERS − j. */
const expectedTotal = (j: number) => CRITERIA.length * 0.5 * j;

/** The times a fault took to heal, printed beside the test results. */
const figure = (line: string) => process.stdout.write(`scale-out: ${line}\n`);

const WHAT_IF = `query($i: WhatIfInput!) { whatIf(input: $i) { before { total } after { total } } }`;
const SET_SCORE = `mutation($i: ScoreInput!) { setScore(input: $i) { points } }`;
const RANKING = `query($g: String!) { ranking(groupCode: $g, year: 2023, kind: H1) { version entries { organization { code } rank total } } }`;

describe('past one machine: 2 API and 2 worker processes on a Redis Cluster', () => {
  let redis: RedisCluster;
  let app: TestApp;
  let apis: PortalProcess[] = [];
  let workers: PortalProcess[] = [];
  let connection: RedisClient;
  let queue: Queue;
  const saved = { nodes: process.env.REDIS_CLUSTER_NODES, secret: process.env.JWT_SECRET };

  beforeAll(async () => {
    redis = await RedisCluster.start();
    process.env.REDIS_CLUSTER_NODES = redis.seeds;
    // One secret for the in-process API that signs the test's tokens and the API processes that check them.
    process.env.JWT_SECRET = randomBytes(48).toString('base64');
    app = await TestApp.start();
    // The processes' relays are woken by notifications; this is only their fallback.
    const env = { OUTBOX_POLL_MS: '500' };
    apis = await PortalProcess.startMany('api', 2, env);
    workers = await PortalProcess.startMany('worker', 2, env);
    connection = redisConnection(loadConfig(), 'producer');
    queue = new Queue('ranking', { connection, prefix: loadConfig().queuePrefix });
  });
  afterAll(async () => {
    await Promise.all([...apis, ...workers].map((p) => p.stop()));
    await queue?.close();
    await closeRedis(connection);
    await app?.close();
    await redis?.stop();
    for (const [name, value] of [
      ['REDIS_CLUSTER_NODES', saved.nodes],
      ['JWT_SECRET', saved.secret],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  // One after the other: parallel sign-ins from one address would meet the sign-in throttle.
  async function groups(count = GROUPS) {
    const clusters: TestCluster[] = [];
    for (let g = 0; g < count; g++)
      clusters.push(
        await createCluster(app, { size: MEMBERS, regulation: gridRegulation(PARENTS, CHILDREN) }),
      );
    return clusters;
  }

  /**
   * Every score (2 points first on the first parent's criteria), spread over both APIs by 6 clients; `fault` runs
   * once half the scores are sent, while the others keep going. Resolves when the last score was sent.
   */
  async function burst(clusters: TestCluster[], fault?: () => Promise<void>) {
    const writes = (final: boolean) =>
      clusters.flatMap((c) =>
        c.members.flatMap((m, j) =>
          CRITERIA.filter((id) => final || id.startsWith('1.')).map((criterionId) => ({
            c,
            memberCode: m.code,
            criterionId,
            points: final ? finalPoints(j) : '2',
          })),
        ),
      );
    const passes = [writes(false), writes(true)];
    const total = passes[0].length + passes[1].length;
    let sent = 0;
    let struck: Promise<void> | undefined;
    for (const pass of passes) {
      let next = 0;
      const client = async () => {
        for (let i = next++; i < pass.length; i = next++) {
          const { c, ...input } = pass[i];
          await apis[i % apis.length].gql(
            SET_SCORE,
            { i: { groupCode: c.code, year: 2023, kind: 'H1', ...input } },
            c.members[0].token,
          );
          if (++sent === Math.floor(total / 2) && fault) struck = fault();
        }
      };
      await Promise.all(Array.from({ length: 6 }, client));
    }
    await struck;
    return performance.now();
  }

  /** Waits until every group's ranking, read from the second API, has the hand-worked totals and ranks. */
  async function converged(clusters: TestCluster[], since: number, timeoutMs = 120_000) {
    await app.waitFor(async () => {
      for (const c of clusters) {
        const { ranking } = await apis[1].gql(RANKING, { g: c.code }, c.members[0].token);
        const byCode = new Map<string, { rank: number; total: string }>(
          (ranking?.entries ?? []).map(
            (e: { organization: { code: string }; rank: number; total: string }) => [e.organization.code, e],
          ),
        );
        const right = c.members.every((m, j) => {
          const entry = byCode.get(m.code);
          return entry && Number(entry.total) === expectedTotal(j) && entry.rank === MEMBERS - j;
        });
        if (!right) return false;
      }
      return true;
    }, timeoutMs);
    const ms = performance.now() - since;
    // And it stays so once the queue is empty: a late or repeated job writes no other version.
    await idle();
    for (const c of clusters) await expectOrderedVersions(c);
    return ms;
  }

  /** Versions only grow, each is written once, and none repeats the inputs of the one before it. */
  async function expectOrderedVersions(c: TestCluster) {
    const { rows } = await app.owner((db) =>
      db.query(
        `SELECT s.version, s.input_hash, s.entries FROM ranking_snapshot s JOIN emulation_group g ON g.id = s.group_id
          WHERE g.code = $1 AND s.kind = 'H1' ORDER BY s.version, s.computed_at`,
        [c.code],
      ),
    );
    const versions = rows.map((r) => r.version as number);
    expect(versions.length).toBeGreaterThan(0);
    expect(new Set(versions).size).toBe(versions.length);
    versions.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(versions[i]));
    rows.slice(1).forEach((r, i) => expect(r.input_hash).not.toBe(rows[i].input_hash));
    const latest = rows[rows.length - 1].entries as { organizationId: string; total: string }[];
    expect(c.members.map((m) => Number(latest.find((e) => e.organizationId === m.id)?.total))).toEqual(
      c.members.map((_, j) => expectedTotal(j)),
    );
  }

  const idle = () =>
    app.waitFor(async () => {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return Object.values(counts).every((n) => n === 0);
    }, 120_000);

  /**
   * A group whose burst has converged, then a change the relay never saw (the head's own 40 criteria at
   * 2 points: 80, rank 1) and a ranking job for it, numbered as the relay numbers jobs.
   */
  async function unseenChange() {
    const [c] = await groups(1);
    await burst([c]);
    await converged([c], performance.now());
    const { rows } = await app.owner(async (db) => {
      await db.query(
        `UPDATE score SET points = 2 FROM emulation_group g WHERE g.id = score.group_id AND g.code = $1 AND score.member_id = $2`,
        [c.code, c.members[0].id],
      );
      return db.query(
        `SELECT p.id AS "periodId", p.group_id AS "groupId", nextval('ranking_request_seq')::text AS request
           FROM period p JOIN emulation_group g ON g.id = p.group_id WHERE g.code = $1 AND p.kind = 'H1'`,
        [c.code],
      );
    });
    const job: { periodId: string; groupId: string; request: string } = rows[0];
    const versions = async () =>
      (
        await app.owner((db) =>
          db.query(`SELECT version FROM ranking_snapshot WHERE period_id = $1 ORDER BY version`, [
            job.periodId,
          ]),
        )
      ).rows.map((r) => r.version as number);
    const headRanked = async () => {
      const { ranking } = await apis[0].gql(RANKING, { g: c.code }, c.members[0].token);
      const head = ranking.entries.find(
        (e: { organization: { code: string } }) => e.organization.code === c.members[0].code,
      );
      return Number(head.total) === 2 * CRITERIA.length && head.rank === 1;
    };
    return { c, job, versions, headRanked, latest: (await versions()).slice(-1)[0] };
  }

  it('ranks a burst sent to two API processes with two worker processes', async () => {
    const clusters = await groups();
    const sent = await burst(clusters);
    const ms = await converged(clusters, sent);
    figure(`2 API + 2 worker processes on Redis Cluster: converged ${ms.toFixed(0)} ms after the last score`);
  });

  it('answers a what-if from an API process through the cluster (a job and its reply event)', async () => {
    const [c] = await groups(1);
    await burst([c]);
    await converged([c], performance.now());
    const member = c.members[1]; // 0.5 on each criterion, 20 in all
    const { whatIf } = await apis[1].gql(
      WHAT_IF,
      { i: { groupCode: c.code, year: 2023, kind: 'H1', criteria: [{ criterionId: '1.1', points: '2' }] } },
      member.token,
    );
    expect([Number(whatIf.before.total), Number(whatIf.after.total)]).toEqual([20, 21.5]);
  });

  it('loses no ranking when the master holding the queues is killed mid-burst and its replica takes over', async () => {
    const clusters = await groups();
    let failover: Awaited<ReturnType<RedisCluster['killMasterOf']>> | undefined;
    const sent = await burst(clusters, async () => {
      failover = await redis.killMasterOf(loadConfig().queuePrefix);
    });
    expect(failover!.promoted).not.toBe(failover!.killed);
    const ms = await converged(clusters, sent);
    expect(workers.every((w) => w.running)).toBe(true);
    figure(
      `master ${failover!.killed} killed: replica ${failover!.promoted} took over in ${failover!.failoverMs} ms; converged ${ms.toFixed(0)} ms after the last score`,
    );
  });

  it('re-runs a job whose worker process was SIGKILLed in the middle of it', async () => {
    const { job, versions, headRanked, latest } = await unseenChange();
    // One worker left, so it takes the job; the job then waits on its period's ranking_run row, held here.
    await workers[1].stop();
    const blocker = new Client({ connectionString: app.ownerUrl });
    await blocker.connect();
    let killed = 0;
    try {
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM ranking_run WHERE period_id = $1 FOR UPDATE`, [job.periodId]);
      await queue.add('ranking', job, { jobId: `killed-${job.request}` });
      await app.waitFor(async () => {
        const { rows } = await blocker.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return rows[0].n > 0;
      });
      await workers[0].kill();
      killed = performance.now();
    } finally {
      await blocker.query('COMMIT');
      await blocker.end();
    }
    expect(await queue.getJobCounts('active')).toEqual({ active: 1 });
    workers = await PortalProcess.startMany('worker', 2, { OUTBOX_POLL_MS: '500' });
    // BullMQ gives a dead worker's job to another once its lock expires and a stalled check finds it.
    await app.waitFor(headRanked, 120_000);
    const ms = performance.now() - killed;
    await idle();
    expect((await versions()).filter((v) => v > latest)).toEqual([latest + 1]);
    figure(`a worker SIGKILLed in the middle of a job: re-run and ranked ${ms.toFixed(0)} ms after the kill`);
  });

  it('converges when Redis is wiped (FLUSHALL on every master) with a backlog of relayed jobs in it', async () => {
    const clusters = await groups();
    // Paused, the jobs stay in Redis: once the relay has published every row, Redis alone holds them.
    await queue.pause();
    await burst(clusters);
    await app.waitFor(async () => {
      const { rows } = await app.owner((db) =>
        db.query(`SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL`),
      );
      return rows[0].n === 0;
    });
    const { waiting } = await queue.getJobCounts('waiting');
    expect(waiting).toBeGreaterThan(0);
    await redis.wipe(); // the pause goes with everything else
    const wiped = performance.now();
    const ms = await converged(clusters, wiped);
    figure(`Redis wiped with ${waiting} jobs queued: converged ${ms.toFixed(0)} ms after`);
  });

  it('writes one version for the same job delivered twice, to both worker processes at once', async () => {
    const { job, versions, headRanked, latest } = await unseenChange();
    await queue.addBulk(
      [1, 2].map((n) => ({ name: 'ranking', data: job, opts: { jobId: `twice-${job.request}-${n}` } })),
    );
    await idle();
    expect((await versions()).filter((v) => v > latest)).toEqual([latest + 1]);
    expect(await headRanked()).toBe(true);
  });
});
