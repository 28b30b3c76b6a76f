// Reading a ranking (issue 12.2): the `ranking` query asking for totals, ranks, bands and proposals of a
// 150 × 100 group, sequentially and at 10 and 50 connections, to the built API in a process of its own (as
// deployed; its peak RSS is VmHWM from /proc), beside the ceiling: a bare Fastify route in this process on a
// pool of the API's configuration, running one SELECT of the same entries in the same tenant transaction.
// The group is made through an in-process API beforehand; the load comes from a child process. Prints the
// stored sizes and the figures with the load average. Run: npm run bench:reads. BENCH_PROCESSES=2 spreads
// the query's connections over 2 API processes (the RSS figure is then the larger of the two).
import './support/production';
import { fork } from 'node:child_process';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { TenantDb, WORKER_ROLE, createDataSource, withUser } from '@thidua/db';
import Fastify from 'fastify';
import { RankingProcessor } from '../apps/worker/src/ranking/ranking.processor';
import globalSetup from '../test/support/global-setup';
import { PortalProcess } from '../test/support/portal-process';
import { TestApp } from '../test/support/test-app';
import { scoredGroup } from './support/bench-group';
import { latencyFigures, load, machine, peakRssMb, percentile } from './support/figures';
import type { LoadRequest, LoadResult } from './support/http-load';
import { PROCESSES, runBench } from './support/run';

const MEMBERS = 150;
const PARENTS = 10;
const CHILDREN = 10;
const SEQUENTIAL = 300;
const DURATION_MS = 5000;
const GOALS = { medianMs: 5, perSecondAt50: 500, rssMb: 250 };
const QUERY = `query($g: String!) { ranking(groupCode: $g, year: 2023, kind: H1) { version entries { rank total band proposals organization { code name } } } }`;

async function main(): Promise<void> {
  await globalSetup();
  const app = await TestApp.start();
  // The child inherits the test database and JWT secret TestApp.start and production.ts put in the environment.
  const apis = await PortalProcess.startMany('api', PROCESSES);
  const peakRssOfApis = () => Math.max(...apis.map((a) => peakRssMb(a.child.pid!)));
  const loader = fork(join(__dirname, 'support/http-load.js'));
  const ceiling = Fastify();
  try {
    console.log(
      `ranking reads — ${MEMBERS} members × ${PARENTS * CHILDREN} criteria; ${PROCESSES} API process${PROCESSES > 1 ? 'es' : ''}; ${machine()}`,
    );
    const { cluster, groupId, periodId } = await scoredGroup(app, MEMBERS, PARENTS, CHILDREN);
    const workerDb = await createDataSource(withUser(app.ownerUrl, WORKER_ROLE), 1).initialize();
    await new RankingProcessor(workerDb).handle({ groupId, periodId });
    await workerDb.destroy();
    const [sizes] = (
      await app.owner((db) =>
        db.query(
          `SELECT octet_length(entries::text) AS entries, octet_length(breakdowns::text) AS breakdowns,
                  pg_column_size(entries) AS entries_stored, pg_column_size(breakdowns) AS breakdowns_stored
             FROM ranking_snapshot WHERE period_id = $1`,
          [periodId],
        ),
      )
    ).rows;
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      `stored: entries ${kb(sizes.entries)} of JSON (${kb(sizes.entries_stored)} on disk), breakdowns ${kb(sizes.breakdowns)} (${kb(sizes.breakdowns_stored)} on disk)`,
    );

    const head = cluster.members[0];
    const db = app.api.get(TenantDb);
    const actor = { userId: null, organizationId: head.id };
    ceiling.get('/entries', () =>
      db.run(actor, async (em) => {
        const rows: { entries: unknown }[] = await em.query(
          `SELECT entries FROM ranking_snapshot WHERE period_id = $1 ORDER BY version DESC LIMIT 1`,
          [periodId],
        );
        return rows[0].entries;
      }),
    );
    await ceiling.listen({ port: 0, host: '127.0.0.1' });
    const port = (server: { address(): string | AddressInfo | null }) =>
      (server.address() as AddressInfo).port;
    const graphql: Omit<LoadRequest, 'connections'> = {
      urls: apis.map((a) => `${a.url}/graphql`),
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${head.token}` },
      body: JSON.stringify({ query: QUERY, variables: { g: cluster.code } }),
    };
    const bare: Omit<LoadRequest, 'connections'> = {
      urls: [`http://127.0.0.1:${port(ceiling.server)}/entries`],
      method: 'GET',
      headers: {},
    };
    const answer = await apis[0].gql(QUERY, { g: cluster.code }, head.token);
    if (answer.ranking.entries.length !== MEMBERS) throw new Error('the ranking does not have every member');

    const measure = (req: LoadRequest) =>
      new Promise<LoadResult>((resolve) => {
        loader.once('message', (result: LoadResult) => resolve(result));
        loader.send(req);
      });
    // Warm both paths (JIT, plans, the pool) before any figure.
    await measure({ ...graphql, connections: 10, count: 500 });
    await measure({ ...bare, connections: 10, count: 500 });
    const baseRss = peakRssOfApis();

    const rows: string[] = [];
    const medians: Record<string, number> = {};
    const rates: Record<string, number> = {};
    for (const [name, req] of [
      ['ranking query', graphql],
      ['bare route', bare],
    ] as const) {
      const sequential = await measure({ ...req, connections: 1, count: SEQUENTIAL });
      medians[name] = percentile(
        [...sequential.latencies].sort((a, b) => a - b),
        0.5,
      );
      rows.push(
        `${name}, sequential (${sequential.requests}): ${latencyFigures(sequential.latencies)}; ${load()}`,
      );
      for (const connections of [10, 50]) {
        const r = await measure({ ...req, connections, durationMs: DURATION_MS });
        const rate = r.requests / r.seconds;
        rates[`${name}@${connections}`] = rate;
        rows.push(
          `${name}, ${connections} connections: ${rate.toFixed(0)} req/s, ${latencyFigures(r.latencies)}` +
            `${r.failures ? `, ${r.failures} failed` : ''}; ${load()}`,
        );
      }
    }
    for (const row of rows) console.log(row);
    const peakRss = peakRssOfApis();
    const q = 'ranking query';
    const b = 'bare route';
    console.log(
      `ratio query / bare: median ${(medians[q] / medians[b]).toFixed(1)}×, ` +
        `throughput at 10 ${(rates[`${b}@10`] / rates[`${q}@10`]).toFixed(1)}×, at 50 ${(rates[`${b}@50`] / rates[`${q}@50`]).toFixed(1)}× fewer`,
    );
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(
      `goals: median ${medians[q].toFixed(2)} ms ≤ ${GOALS.medianMs} ms ${verdict(medians[q] <= GOALS.medianMs)}; ` +
        `${rates[`${q}@50`].toFixed(0)} req/s ≥ ${GOALS.perSecondAt50} at 50 ${verdict(rates[`${q}@50`] >= GOALS.perSecondAt50)}; ` +
        `API process peak RSS ${peakRss.toFixed(0)} MB (${baseRss.toFixed(0)} MB after the warm-up) ≤ ${GOALS.rssMb} MB ${verdict(peakRss <= GOALS.rssMb)}`,
    );
  } finally {
    loader.kill();
    await Promise.all(apis.map((a) => a.stop()));
    await ceiling.close();
    await app.close();
  }
}

runBench(main);
