// National recompute (issue 12): 1,000 groups × 20 members × 60 criteria (1.2 M scores) ranked from scratch
// by 2 worker processes — the built `node dist/apps/worker/src/main.js`, as deployed, so each one's peak RSS
// is its own (VmHWM from /proc) and the queue, locks and snapshot writes are the real ones. Beside it, as
// the floor, one SQL statement (SUM + RANK() OVER) over the same 1.2 M rows. Run: npm run bench:national.
// BENCH_GROUPS (default 1000) and BENCH_WORKERS (default 2) scale it (to check a setup, not to measure).
import './support/production';
import { performance } from 'node:perf_hooks';
import globalSetup from '../test/support/global-setup';
import { PortalProcess } from '../test/support/portal-process';
import { createCluster } from '../test/support/tenants';
import { TestApp } from '../test/support/test-app';
import { CHILDREN, gridRegulation, MEMBERS, PARENTS } from './support/bench-group';
import { queueIdle, rankingQueue } from './support/ranking-queue';
import { load, machine, peakRssMb } from './support/figures';
import { runBench } from './support/run';

const GROUPS = Number(process.env.BENCH_GROUPS ?? 1000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const GOALS = { ratio: 3, workerRssMb: 300 };

/**
 * One group through the API (its organizations, memberships, regulation and periods), cloned in SQL into
 * `GROUPS - 1` more groups with the same members, then every H1 period scored: 20,000 organizations
 * through the API would take longer than the benchmark. Returns the H1 periods.
 */
async function seed(app: TestApp): Promise<{ periodId: string; groupId: string }[]> {
  const cluster = await createCluster(app, { size: MEMBERS, regulation: gridRegulation(PARENTS, CHILDREN) });
  const criteria = Array.from(
    { length: PARENTS * CHILDREN },
    (_, i) => `${Math.floor(i / CHILDREN) + 1}.${(i % CHILDREN) + 1}`,
  );
  return app.owner(async (db) => {
    const like = `${cluster.code}%`;
    await db.query(
      `INSERT INTO emulation_group (code, name, kind, reviewer_id)
       SELECT g.code || '-' || i, g.name, g.kind, g.reviewer_id FROM emulation_group g, generate_series(2, $2::int) i
        WHERE g.code = $1`,
      [cluster.code, GROUPS],
    );
    await db.query(
      `INSERT INTO regulation (group_id, year, version, decision_number, document, published_by, published_at)
       SELECT n.id, r.year, r.version, r.decision_number, r.document, r.published_by, r.published_at
         FROM emulation_group t JOIN regulation r ON r.group_id = t.id, emulation_group n
        WHERE t.code = $1 AND n.code LIKE $1 || '-%'`,
      [cluster.code],
    );
    await db.query(
      `INSERT INTO period (group_id, year, kind, deadline, state, regulation_id)
       SELECT n.id, p.year, p.kind, p.deadline, p.state, r.id
         FROM emulation_group t JOIN period p ON p.group_id = t.id, emulation_group n JOIN regulation r ON r.group_id = n.id
        WHERE t.code = $1 AND n.code LIKE $1 || '-%'`,
      [cluster.code],
    );
    await db.query(
      `INSERT INTO membership (group_id, organization_id, year, role, category)
       SELECT n.id, m.organization_id, m.year, m.role, m.category
         FROM emulation_group t JOIN membership m ON m.group_id = t.id, emulation_group n
        WHERE t.code = $1 AND n.code LIKE $1 || '-%'`,
      [cluster.code],
    );
    await db.query(
      `INSERT INTO score (group_id, year, kind, period_id, member_id, scorer_id, criterion_id, points)
       SELECT p.group_id, p.year, p.kind, p.id, m.organization_id, $2, c.id,
              (abs(hashtext(p.group_id::text || m.organization_id::text || c.id)) % 5) * 0.5
         FROM emulation_group g JOIN period p ON p.group_id = g.id AND p.kind = 'H1'
         JOIN membership m ON m.group_id = p.group_id AND m.year = p.year, unnest($3::text[]) AS c(id)
        WHERE g.code LIKE $1`,
      [like, cluster.members[0].id, criteria],
    );
    await db.query('ANALYZE score');
    const { rows } = await db.query(
      `SELECT p.id AS "periodId", p.group_id AS "groupId" FROM period p JOIN emulation_group g ON g.id = p.group_id
        WHERE g.code LIKE $1 AND p.kind = 'H1'`,
      [like],
    );
    // The API's own changes (the template group's regulation) queued a ranking: let it go before the clock.
    await db.query(`DELETE FROM ranking_snapshot WHERE period_id = ANY($1::uuid[])`, [
      rows.map((r) => r.periodId),
    ]);
    return rows as { periodId: string; groupId: string }[];
  });
}

async function main(): Promise<void> {
  await globalSetup();
  const app = await TestApp.start({ outboxPollMs: 1000 });
  const ranking = rankingQueue();
  const { queue } = ranking;
  const workers: PortalProcess[] = [];
  try {
    const t0 = performance.now();
    const periods = await seed(app);
    const ids = periods.map((p) => p.periodId);
    const { rows: counted } = await app.owner((db) =>
      db.query(`SELECT count(*)::int AS n FROM score WHERE period_id = ANY($1::uuid[])`, [ids]),
    );
    console.log(
      `national recompute — ${periods.length} groups × ${MEMBERS} members × ${PARENTS * CHILDREN} criteria, ` +
        `${counted[0].n} scores (seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s); ${WORKERS} worker processes; ${machine()}`,
    );

    // The floor: the same totals and ranks as one statement, the planner's best over the same rows.
    const floor = await app.owner(async (db) => {
      const start = performance.now();
      const { rowCount } = await db.query(
        `SELECT period_id, member_id, total, RANK() OVER (PARTITION BY period_id ORDER BY total DESC) AS rank
           FROM (SELECT period_id, member_id, SUM(points) AS total FROM score
                  WHERE period_id = ANY($1::uuid[]) GROUP BY period_id, member_id) t`,
        [ids],
      );
      return { ms: performance.now() - start, rows: rowCount };
    });
    console.log(
      `SQL floor (SUM + RANK() OVER): ${floor.rows} ranked entries in ${floor.ms.toFixed(0)} ms; ${load()}`,
    );

    workers.push(...(await PortalProcess.startMany('worker', WORKERS)));
    // Nothing may be left from the API's own job: the template's snapshot could have come back meanwhile.
    await app.waitFor(() => queueIdle(queue), 60_000);
    await app.owner((db) =>
      db.query(`DELETE FROM ranking_snapshot WHERE period_id = ANY($1::uuid[])`, [ids]),
    );

    const start = performance.now();
    await queue.addBulk(
      periods.map((p) => ({
        name: 'ranking',
        data: p,
        opts: { jobId: `bench-${p.periodId}`, removeOnComplete: true },
      })),
    );
    await app.waitFor(async () => {
      const { rows } = await app.owner((db) =>
        db.query(
          `SELECT count(DISTINCT period_id)::int AS n FROM ranking_snapshot WHERE period_id = ANY($1::uuid[])`,
          [ids],
        ),
      );
      return rows[0].n >= ids.length;
    }, 3_600_000);
    const seconds = (performance.now() - start) / 1000;
    const perSecond = periods.length / seconds;
    const floorPerSecond = periods.length / (floor.ms / 1000);
    const ratio = seconds / (floor.ms / 1000);
    const rss = workers.map((w) => peakRssMb(w.child.pid!));
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(
      `${periods.length} rankings by ${WORKERS} workers in ${seconds.toFixed(1)} s: ${perSecond.toFixed(1)} rankings/s ` +
        `(SQL floor ${floorPerSecond.toFixed(0)}/s); ratio ${ratio.toFixed(1)}× (goal ≤ ${GOALS.ratio}× ${verdict(ratio <= GOALS.ratio)}); ${load()}`,
    );
    console.log(
      `worker peak RSS ${rss.map((mb) => `${mb.toFixed(0)} MB`).join(', ')} (goal ≤ ${GOALS.workerRssMb} MB ${verdict(rss.every((mb) => mb <= GOALS.workerRssMb))})`,
    );
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await ranking.close();
    await app.close();
  }
}

runBench(main);
