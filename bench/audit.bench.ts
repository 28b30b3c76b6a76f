// Verifying the audit chain over GraphQL as the platform admin (its own migrated database): AUDIT_EVENTS events
// (default 100,000, about the size of a year of a province's clusters) are appended through the chain trigger,
// then verifyAudit walks them page by page. Prints events/s; the goal is the whole chain in under 10 s.
// Run: npm run bench:audit.
import { performance } from 'node:perf_hooks';
import globalSetup from '../test/support/global-setup';
import { ADMIN, TestApp } from '../test/support/test-app';
import { runBench } from './support/run';

const EVENTS = Number(process.env.AUDIT_EVENTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const GOAL_MS = 10_000;
const VERIFY = `{ verifyAudit { eventsChecked intact } }`;

async function main(): Promise<void> {
  await globalSetup();
  const app = await TestApp.start();
  try {
    const token = await app.login(ADMIN.email, ADMIN.password);
    const appendStarted = performance.now();
    // Score-sized diffs, appended in batches as the owner: the trigger chains each row as the API's appends are.
    await app.owner(async (db) => {
      for (let done = 0; done < EVENTS; done += 10_000) {
        await db.query(
          `INSERT INTO audit_event (action, entity, entity_id, before, after)
           SELECT 'score.set', 'score', gen_random_uuid()::text,
                  jsonb_build_object('criterionId', '1.4', 'points', (i % 20)::text),
                  jsonb_build_object('criterionId', '1.4', 'points', (i % 20 + 1)::text, 'reason', 'Bổ sung minh chứng')
           FROM generate_series(1, $1) i`,
          [Math.min(10_000, EVENTS - done)],
        );
      }
    });
    const appendMs = performance.now() - appendStarted;
    console.log(`appended ${EVENTS} events in ${(appendMs / 1000).toFixed(1)} s`);

    const times: number[] = [];
    let checked = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const { verifyAudit } = await app.ok(VERIFY, {}, token);
      times.push(performance.now() - started);
      if (!verifyAudit.intact) throw new Error('the benchmark chain is not intact');
      checked = verifyAudit.eventsChecked;
    }
    const best = Math.min(...times);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    console.log(
      `verifyAudit: ${checked} events, mean ${(mean / 1000).toFixed(2)} s, best ${(best / 1000).toFixed(2)} s, ` +
        `${Math.round(checked / (mean / 1000))} events/s  ${mean < GOAL_MS ? 'goal met' : 'goal NOT met'}`,
    );
  } finally {
    await app.close();
  }
}

runBench(main);
