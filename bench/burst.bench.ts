// A burst of head scores (issue 12.2): 15,000 setScores on a 150 × 100 group as fast as 8 clients can send
// them to the API in this process, with the worker in a process of its own (as deployed: a recompute would
// otherwise hold the API's event loop). How long after the last score it is readable in the ranking, how
// long after it the worker is idle (no ranking job waiting or active), and how many versions the burst
// wrote. Run: npm run bench:burst.
import './support/production';
import { loadConfig } from '@thidua/config';
import { Queue } from 'bullmq';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import globalSetup from '../test/support/global-setup';
import { setScore } from '../test/support/tenants';
import { TestApp } from '../test/support/test-app';
import { scoredGroup } from './support/bench-group';
import { load, machine } from './support/figures';

const MEMBERS = 150;
const PARENTS = 10;
const CHILDREN = 10;
const SCORES = 15_000;
const CLIENTS = 8;
const GOALS = { readableMs: 2000, idleMs: 5000 };

async function main(): Promise<void> {
  await globalSetup();
  const app = await TestApp.start({ outboxPollMs: 1000 });
  // The child inherits the test database and queue prefix TestApp.start put in the environment.
  // Its log line per version stays out of the figures; its errors do not.
  const worker = fork(join(__dirname, '../apps/worker/src/main.js'), {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const config = loadConfig();
  const queue = new Queue('ranking', { connection: { url: config.redisUrl }, prefix: config.queuePrefix });
  try {
    console.log(
      `ranking burst — ${MEMBERS} members × ${PARENTS * CHILDREN} criteria, ${SCORES} scores; ${machine()}`,
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
    await setScore(app, cluster, head.token, cluster.members[1].code, '1.1', '2');
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
        await setScore(app, cluster, head.token, member, criterion, points);
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
    await app.waitFor(async () => {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return Object.values(counts).every((n) => n === 0);
    }, 600_000);
    const idle = performance.now() - sent;
    const written = ((await latest()) ?? 0) - first;
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(
      `last score readable ${readable.toFixed(0)} ms after it was sent (goal ≤ ${GOALS.readableMs} ms ${verdict(readable <= GOALS.readableMs)}); ` +
        `worker idle ${idle.toFixed(0)} ms after (goal ≤ ${GOALS.idleMs} ms ${verdict(idle <= GOALS.idleMs)}); ` +
        `${written} versions written during the burst; ${load()}`,
    );
  } finally {
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.kill('SIGTERM');
    await exited;
    await queue.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
