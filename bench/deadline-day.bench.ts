// Deadline day (issue 12): 2,000 report submissions (≈ 30 KB of sections and 60 self-scores each) from 50
// concurrent clients over loopback, by 2,000 members across 100 groups, each member once: create, fill in
// (one updateSubmission) and submit. The API is the built one in a process of its own (its peak RSS is
// its own, VmHWM from /proc, and the clients in this process do not share its event loop), ranked by one
// worker process; the setup (organizations, users, groups, regulations) goes through the in-process API.
// Proof that nothing was lost: SUBMITTED rows = submissions sent, and once the worker is idle every
// member's total in its group's latest snapshot is the sum of the self-scores it sent.
// Run: npm run bench:deadline-day. BENCH_SUBMISSIONS (default 2000, a multiple of 20) and BENCH_CLIENTS
// (default 50) scale it (to check a setup, not to measure); BENCH_PROCESSES=2 spreads the clients over
// 2 API processes and ranks with 2 worker processes (docs/scale.md).
import './support/production';
import { performance } from 'node:perf_hooks';
import globalSetup from '../test/support/global-setup';
import { PortalProcess } from '../test/support/portal-process';
import { createCluster, TestCluster } from '../test/support/tenants';
import { TestApp } from '../test/support/test-app';
import { CHILDREN, gridRegulation, MEMBERS, PARENTS } from './support/bench-group';
import { queueIdle, rankingQueue } from './support/ranking-queue';
import { latencyFigures, load, machine, peakRssMb, percentile } from './support/figures';
import { PROCESSES, runBench } from './support/run';

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 2000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const GROUPS = Math.ceil(SUBMISSIONS / MEMBERS);
const GOALS = { perSecond: 200, p99Ms: 500, apiRssMb: 250 };
const CRITERIA = Array.from(
  { length: PARENTS * CHILDREN },
  (_, i) => `${Math.floor(i / CHILDREN) + 1}.${(i % CHILDREN) + 1}`,
);
// 10 sections of ≈ 3 KB of Vietnamese prose: ≈ 30 KB of report text per submission.
const PARAGRAPH =
  'Đơn vị đã hoàn thành các chỉ tiêu được giao, tổ chức phong trào thi đua sâu rộng trong cán bộ, công chức. ';
const SECTIONS = Array.from({ length: 10 }, (_, i) => ({
  path: `${i + 1}`,
  title: `Mục ${i + 1}`,
  body: PARAGRAPH.repeat(Math.ceil(3000 / PARAGRAPH.length)),
}));

const CREATE = `mutation($i: SubmissionInput!) { createSubmission(input: $i) { id version } }`;
const UPDATE = `mutation($id: ID!, $p: SubmissionPatch!) { updateSubmission(id: $id, patch: $p) { version } }`;
const SUBMIT = `mutation($id: ID!) { submitSubmission(id: $id) { state } }`;

/** Member m's self-score for criterion c: 0 to 2 in halves, differing between members. */
const selfPoints = (m: number, c: number) => ((m + c) % 5) * 0.5;

async function main(): Promise<void> {
  await globalSetup();
  const app = await TestApp.start({ outboxPollMs: 1000 });
  const ranking = rankingQueue();
  const { queue } = ranking;
  const processes: PortalProcess[] = [];
  try {
    const t0 = performance.now();
    // One at a time: concurrent sign-ins from one address trip the login throttle.
    const clusters: TestCluster[] = [];
    for (let g = 0; g < GROUPS; g++)
      clusters.push(
        await createCluster(app, { size: MEMBERS, regulation: gridRegulation(PARENTS, CHILDREN) }),
      );
    const [apis, workers] = await Promise.all([
      PortalProcess.startMany('api', PROCESSES),
      PortalProcess.startMany('worker', PROCESSES),
    ]);
    processes.push(...apis, ...workers);
    const peaks = (list: PortalProcess[]) => list.map((p) => peakRssMb(p.child.pid!));
    const mbs = (figures: number[]) => figures.map((f) => `${f.toFixed(0)} MB`).join(', ');
    console.log(
      `deadline day — ${SUBMISSIONS} submissions (${(JSON.stringify(SECTIONS).length / 1024).toFixed(0)} KB of sections, ` +
        `${CRITERIA.length} self-scores each) by ${GROUPS} groups × ${MEMBERS} members from ${CLIENTS} clients over loopback ` +
        `to ${PROCESSES} API and ${PROCESSES} worker process${PROCESSES > 1 ? 'es' : ''} (setup ${((performance.now() - t0) / 1000).toFixed(0)} s); ${machine()}`,
    );

    const work = clusters.flatMap((cluster) => cluster.members.map((member, m) => ({ cluster, member, m })));
    work.length = SUBMISSIONS;
    const latencies: number[] = [];
    const baseRss = peaks(apis);
    let next = 0;
    const started = performance.now();
    const client = async (_: unknown, c: number) => {
      const api = apis[c % apis.length];
      for (let i = next++; i < work.length; i = next++) {
        const { cluster, member, m } = work[i];
        const sent = performance.now();
        const { createSubmission } = await api.gql(
          CREATE,
          { i: { groupCodes: [cluster.code], year: cluster.year, kind: 'H1' } },
          member.token,
        );
        const selfScores = CRITERIA.map((criterionId, c) => ({
          criterionId,
          points: String(selfPoints(m, c)),
        }));
        await api.gql(
          UPDATE,
          {
            id: createSubmission.id,
            p: { version: createSubmission.version, sections: SECTIONS, selfScores },
          },
          member.token,
        );
        await api.gql(SUBMIT, { id: createSubmission.id }, member.token);
        latencies.push(performance.now() - sent);
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const seconds = (performance.now() - started) / 1000;
    const perSecond = work.length / seconds;
    const apiRss = peaks(apis);
    const sorted = [...latencies].sort((a, b) => a - b);
    const p99 = percentile(sorted, 0.99);
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(
      `${work.length} submissions (3 requests each) in ${seconds.toFixed(1)} s: ${perSecond.toFixed(0)}/s (goal ≥ ${GOALS.perSecond}/s ${verdict(perSecond >= GOALS.perSecond)}); ` +
        `per submission ${latencyFigures(latencies)} (goal p99 ≤ ${GOALS.p99Ms} ms ${verdict(p99 <= GOALS.p99Ms)}); ${load()}`,
    );
    console.log(
      `API peak RSS ${mbs(apiRss)} (${mbs(baseRss)} before the burst; goal ≤ ${GOALS.apiRssMb} MB ${verdict(Math.max(...apiRss) <= GOALS.apiRssMb)})`,
    );

    // Nothing lost: the rows, then every ranking converged on what was sent.
    const codes = clusters.map((c) => c.code);
    const { rows: submitted } = await app.owner((db) =>
      db.query(
        `SELECT count(DISTINCT s.id)::int AS n FROM submission s JOIN submission_group d ON d.submission_id = s.id
           JOIN emulation_group g ON g.id = d.group_id WHERE g.code = ANY($1::text[]) AND s.state = 'SUBMITTED'`,
        [codes],
      ),
    );
    const expected = new Map(
      work.map(({ member, m }) => [member.id, CRITERIA.reduce((sum, _, c) => sum + selfPoints(m, c), 0)]),
    );
    const converged = async () => {
      const { rows } = await app.owner((db) =>
        db.query(
          `SELECT DISTINCT ON (s.period_id) s.entries FROM ranking_snapshot s JOIN emulation_group g ON g.id = s.group_id
            WHERE g.code = ANY($1::text[]) AND s.kind = 'H1' ORDER BY s.period_id, s.version DESC`,
          [codes],
        ),
      );
      const entries = rows.flatMap((r) => r.entries as { organizationId: string; total: string }[]);
      const right = entries.filter((e) => Number(e.total) === expected.get(e.organizationId)).length;
      return { snapshots: rows.length, right };
    };
    const settled = await app
      .waitFor(async () => {
        if (!(await queueIdle(queue))) return null;
        const state = await converged();
        return state.right === work.length ? state : null;
      }, 600_000)
      .catch(async () => converged());
    const idle = (performance.now() - started) / 1000 - seconds;
    console.log(
      `nothing lost: ${submitted[0].n} SUBMITTED rows for ${work.length} submissions ${verdict(submitted[0].n === work.length)}; ` +
        `${settled.snapshots} of ${GROUPS} groups ranked, ${settled.right} of ${work.length} members' totals = their self-scores ` +
        `${verdict(settled.right === work.length)}, converged ${idle.toFixed(1)} s after the last submission; ` +
        `worker peak RSS ${mbs(peaks(workers))}; ${load()}`,
    );
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await ranking.close();
    await app.close();
  }
}

runBench(main);
