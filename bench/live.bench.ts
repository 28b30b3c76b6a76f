// How soon a head's score shows in the group's ranking (issue 12.1 and 12.2): a 20 × 60 group, the API in
// this process and the worker (with the relay) in a process of its own, as deployed; the relay woken by the
// outbox notification (polling only as the fallback, every OUTBOX_POLL_MS). Each sample: one setScore, then the ranking's version read until it moves on (the read
// loads the entries' summary, not the breakdowns). Run: npm run bench:live.
import './support/production';
import { performance } from 'node:perf_hooks';
import globalSetup from '../test/support/global-setup';
import { PortalProcess } from '../test/support/portal-process';
import { createCluster, setScore } from '../test/support/tenants';
import { TestApp } from '../test/support/test-app';
import { benchRegulation, CHILDREN, MEMBERS, PARENTS } from './support/bench-group';
import { latencyFigures, load, machine, percentile } from './support/figures';
import { runBench } from './support/run';

const SAMPLES = 200;
const GOAL_P95_MS = 50;
const VERSION = `query($g: String!, $y: Int!) { ranking(groupCode: $g, year: $y, kind: H1) { version } }`;

async function main(): Promise<void> {
  await globalSetup();
  // The default fallback poll (1 s), not the tests' 25 ms: the notification must do the work.
  const app = await TestApp.start({ outboxPollMs: 1000 });
  // The child inherits the test database, queue prefix and poll interval TestApp.start put in the environment.
  const worker = await PortalProcess.start('worker');
  try {
    const year = new Date().getFullYear();
    const cluster = await createCluster(app, { size: MEMBERS, year, regulation: benchRegulation });
    const [head] = cluster.members;
    for (const [m, member] of cluster.members.entries()) {
      for (let p = 1; p <= PARENTS; p++) {
        for (let c = 1; c <= CHILDREN; c++) {
          await setScore(app, cluster, head.token, member.code, `${p}.${c}`, String(((m + p + c) % 5) * 0.5));
        }
      }
    }
    const version = async () =>
      ((await app.ok(VERSION, { g: cluster.code, y: year }, head.token)).ranking?.version as number) ?? 0;
    // Settled: every score of the setup is in the ranking.
    let last = -1;
    for (let current = await version(); current !== last; current = await version()) {
      last = current;
      await new Promise((r) => setTimeout(r, 1500));
    }

    const latencies: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const m = i % MEMBERS;
      const member = cluster.members[m];
      // Never the points the member already has for 1.1 (the setup gave ((m + 2) % 5) × 0.5): an unchanged
      // score leaves the ranking's inputs, and so its version, as they were.
      const points = String(((m + 3 + Math.floor(i / MEMBERS)) % 5) * 0.5);
      const before = await version();
      await setScore(app, cluster, head.token, member.code, '1.1', points);
      const scored = performance.now();
      while ((await version()) === before) await new Promise((r) => setTimeout(r, 2));
      latencies.push(performance.now() - scored);
    }
    const p95 = percentile(
      [...latencies].sort((a, b) => a - b),
      0.95,
    );
    console.log(
      `live ranking — ${MEMBERS} members × ${PARENTS * CHILDREN} criteria, ${SAMPLES} head scores; ${machine()}`,
    );
    console.log(
      `score → new ranking version readable: ${latencyFigures(latencies)}; ${load()} ` +
        `(goal p95 ≤ ${GOAL_P95_MS} ms: ${p95 <= GOAL_P95_MS ? 'met' : 'NOT met'})`,
    );
  } finally {
    await worker.stop();
    await app.close();
  }
}

runBench(main);
