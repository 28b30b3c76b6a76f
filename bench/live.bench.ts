// How soon a head's score shows in the group's ranking (issue 12.1 and 12.2): a 20 × 60 group, the API in
// this process and the worker (with the relay) in a process of its own, as deployed; the relay woken by the
// outbox notification (polling only as the fallback, every OUTBOX_POLL_MS). BENCH_PROCESSES=2 runs 2 worker
// processes and sends each score to one of 2 API processes in turn, reading the version from the other.
// Each sample: one setScore, then the ranking's version read until it moves on (the read
// loads the entries' summary, not the breakdowns). Run: npm run bench:live.
import './support/production';
import { performance } from 'node:perf_hooks';
import globalSetup from '../test/support/global-setup';
import { PortalProcess } from '../test/support/portal-process';
import { createCluster, setScore } from '../test/support/tenants';
import { TestApp } from '../test/support/test-app';
import { ask, benchRegulation, CHILDREN, MEMBERS, PARENTS, sendScore } from './support/bench-group';
import { latencyFigures, load, machine, percentile } from './support/figures';
import { PROCESSES, runBench } from './support/run';

const SAMPLES = 200;
const GOAL_P95_MS = 50;
const VERSION = `query($g: String!, $y: Int!) { ranking(groupCode: $g, year: $y, kind: H1) { version } }`;

async function main(): Promise<void> {
  await globalSetup();
  // The default fallback poll (1 s), not the tests' 25 ms: the notification must do the work.
  const app = await TestApp.start({ outboxPollMs: 1000 });
  // The children inherit the test database, queue prefix and poll interval TestApp.start put in the environment.
  const workers = await PortalProcess.startMany('worker', PROCESSES);
  const apis = PROCESSES > 1 ? await PortalProcess.startMany('api', PROCESSES) : [];
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
    const version = async (api: TestApp | PortalProcess = app) =>
      ((await ask(api, VERSION, { g: cluster.code, y: year }, head.token)).ranking?.version as number) ?? 0;
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
      // One process scores, the other reads: the new version must be readable wherever the next read lands.
      const [writer, reader] = apis.length
        ? [apis[i % apis.length], apis[(i + 1) % apis.length]]
        : [app, app];
      const before = await version(reader);
      await sendScore(writer, cluster, head.token, member.code, '1.1', points);
      const scored = performance.now();
      while ((await version(reader)) === before) await new Promise((r) => setTimeout(r, 2));
      latencies.push(performance.now() - scored);
    }
    const p95 = percentile(
      [...latencies].sort((a, b) => a - b),
      0.95,
    );
    console.log(
      `live ranking — ${MEMBERS} members × ${PARENTS * CHILDREN} criteria, ${SAMPLES} head scores; ` +
        `${apis.length || 1} API and ${workers.length} worker process${workers.length > 1 ? 'es' : ''}; ${machine()}`,
    );
    console.log(
      `score → new ranking version readable: ${latencyFigures(latencies)}; ${load()} ` +
        `(goal p95 ≤ ${GOAL_P95_MS} ms: ${p95 <= GOAL_P95_MS ? 'met' : 'NOT met'})`,
    );
  } finally {
    await Promise.all([...workers, ...apis].map((p) => p.stop()));
    await app.close();
  }
}

runBench(main);
