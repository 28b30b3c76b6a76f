// A burst of head scores (issue 12.2): 15,000 setScores on a 150 × 100 group as fast as 8 clients can send
// them to the API in this process, with the worker in a process of its own (as deployed: a recompute would
// otherwise hold the API's event loop). How long after the last score it is readable in the ranking, how
// long after it the worker is idle (no ranking job waiting or active), and how many versions the burst
// wrote. Run: npm run bench:burst.
// Past one machine (docs/scale.md): BENCH_PROCESSES=2 sends the scores to 2 API processes in turn and ranks
// them with 2 worker processes; BENCH_REDIS_CLUSTER=1 runs BullMQ on a Redis Cluster of 3 masters and
// 3 replicas started for the run; BENCH_SCORES makes a shorter burst (to check a setup, not to measure).
import './support/production';
import { performance } from 'node:perf_hooks';
import globalSetup from '../test/support/global-setup';
import { PortalProcess } from '../test/support/portal-process';
import { RedisCluster } from '../test/support/redis-cluster';
import { TestApp } from '../test/support/test-app';
import { scoredGroup, sendScore } from './support/bench-group';
import { queueIdle, rankingQueue } from './support/ranking-queue';
import { load, machine } from './support/figures';
import { PROCESSES, runBench } from './support/run';

const MEMBERS = 150;
const PARENTS = 10;
const CHILDREN = 10;
const SCORES = Number(process.env.BENCH_SCORES ?? 15_000);
const REDIS_CLUSTER = process.env.BENCH_REDIS_CLUSTER === '1';
const CLIENTS = 8;
const GOALS = { readableMs: 2000, idleMs: 5000 };

async function main(): Promise<void> {
  await globalSetup();
  const redis = REDIS_CLUSTER ? await RedisCluster.start() : null;
  if (redis) process.env.REDIS_CLUSTER_NODES = redis.seeds;
  const app = await TestApp.start({ outboxPollMs: 1000 });
  // The children inherit the test database, queue prefix and JWT secret TestApp.start and production.ts put
  // in the environment. The workers' log line per version stays out of the figures.
  const workers = await PortalProcess.startMany('worker', PROCESSES);
  // One process: the API in this one, as the figures in docs/performance.md were taken.
  const apis = PROCESSES > 1 ? await PortalProcess.startMany('api', PROCESSES) : [];
  const ranking = rankingQueue();
  const { queue } = ranking;
  try {
    console.log(
      `ranking burst — ${MEMBERS} members × ${PARENTS * CHILDREN} criteria, ${SCORES} scores; ` +
        `${apis.length || 1} API and ${workers.length} worker processes, ${redis ? 'Redis Cluster (3 + 3)' : 'one Redis'}; ${machine()}`,
    );
    const { cluster, periodId } = await scoredGroup(app, MEMBERS, PARENTS, CHILDREN);
    const [head] = cluster.members;
    const latest = async () =>
      (
        await app.owner((db) =>
          db.query(`SELECT max(version)::int AS v FROM ranking_snapshot WHERE period_id = $1`, [periodId]),
        )
      ).rows[0].v as number | null;
    // The scores went straight into the table: one change through the API ranks them all once.
    await sendScore(app, cluster, head.token, cluster.members[1].code, '1.1', '2');
    const first = await app.waitFor(latest, 60_000);

    // Score i: member i mod 150, criterion (i / 150) mod 100; points that differ from the setup's.
    let next = 0;
    let last = { member: '', criterion: '', points: '' };
    const start = performance.now();
    const client = async () => {
      for (let i = next++; i < SCORES; i = next++) {
        const member = cluster.members[i % MEMBERS].code;
        const c = Math.floor(i / MEMBERS) % (PARENTS * CHILDREN);
        const criterion = `${Math.floor(c / CHILDREN) + 1}.${(c % CHILDREN) + 1}`;
        const points = String((i % 4) * 0.5 + 0.25);
        await sendScore(
          apis.length ? apis[i % apis.length] : app,
          cluster,
          head.token,
          member,
          criterion,
          points,
        );
        last = { member, criterion, points };
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const sent = performance.now();
    console.log(
      `sent ${SCORES} scores in ${((sent - start) / 1000).toFixed(1)} s (${(SCORES / ((sent - start) / 1000)).toFixed(0)}/s); ${load()}`,
    );

    // Readable: the latest snapshot's breakdown of that member has the last points for that criterion.
    const lastMember = cluster.members.find((m) => m.code === last.member)!;
    await app.waitFor(async () => {
      const { rows } = await app.owner((db) =>
        db.query(
          `SELECT breakdowns -> $2 -> 'lines' AS lines FROM ranking_snapshot WHERE period_id = $1 ORDER BY version DESC LIMIT 1`,
          [periodId, lastMember.id],
        ),
      );
      const line = (rows[0].lines as { id: string; result: string }[]).find((l) => l.id === last.criterion);
      return Number(line?.result) === Number(last.points);
    }, 120_000);
    const readable = performance.now() - sent;
    await app.waitFor(() => queueIdle(queue), 600_000);
    const idle = performance.now() - sent;
    const written = ((await latest()) ?? 0) - first;
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(
      `last score readable ${readable.toFixed(0)} ms after it was sent (goal ≤ ${GOALS.readableMs} ms ${verdict(readable <= GOALS.readableMs)}); ` +
        `worker idle ${idle.toFixed(0)} ms after (goal ≤ ${GOALS.idleMs} ms ${verdict(idle <= GOALS.idleMs)}); ` +
        `${written} versions written during the burst; ${load()}`,
    );
  } finally {
    await Promise.all([...workers, ...apis].map((p) => p.stop()));
    await ranking.close();
    await app.close();
    await redis?.stop();
  }
}

runBench(main);
