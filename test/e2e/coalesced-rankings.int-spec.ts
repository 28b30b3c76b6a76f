import { createDataSource, TenantDb, WORKER_ROLE, withUser } from '@thidua/db';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { RankingProcessor, RankingResult } from '../../apps/worker/src/ranking/ranking.processor';
import { createCluster, setScore, TestCluster } from '../support/tenants';
import { TestApp } from '../support/test-app';
import { CoalescedRankings1764216950000 } from '../../libs/db/src/migrations/1764216950000-coalesced-rankings';

/**
 * Issue 12.2: changes arriving while a recompute waits or runs cost one more run; a late or repeated job
 * never writes a stale or duplicate version; old unpublished versions go; a read of totals leaves the
 * breakdowns where they are. The processor is driven directly, numbering jobs the way the relay does.
 */
describe('coalesced, ordered rankings', () => {
  let app: TestApp;
  let workerDb: DataSource;
  let sut: RankingProcessor;

  beforeAll(async () => {
    app = await TestApp.start();
    workerDb = await createDataSource(withUser(app.ownerUrl, WORKER_ROLE), 4).initialize();
    sut = new RankingProcessor(workerDb);
  });
  afterAll(async () => {
    await workerDb.destroy();
    await app.close();
  });

  const ownerQuery = async <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await app.owner((db) => db.query(sql, params))).rows as T[];

  /** A group of two (head and member) and a job for its H1 period, numbered now as the relay numbers it. */
  async function group() {
    const cluster = await createCluster(app, { size: 2 });
    const [{ id: periodId, group_id: groupId }] = await ownerQuery<{ id: string; group_id: string }>(
      `SELECT p.id, p.group_id FROM period p JOIN emulation_group g ON g.id = p.group_id WHERE g.code = $1 AND p.kind = 'H1'`,
      [cluster.code],
    );
    const job = async () => {
      const [{ request }] = await ownerQuery<{ request: string }>(
        `SELECT nextval('ranking_request_seq')::text AS request`,
      );
      return { groupId, periodId, request };
    };
    const score = (points: string) =>
      setScore(app, cluster, cluster.members[0].token, cluster.members[1].code, '3', points);
    return { cluster, periodId, job, score };
  }

  const versions = async (periodId: string) =>
    (
      await ownerQuery<{ version: number }>(
        `SELECT version FROM ranking_snapshot WHERE period_id = $1 ORDER BY version`,
        [periodId],
      )
    ).map((r) => r.version);

  const latestTotal = async (periodId: string, cluster: TestCluster) => {
    const [{ entries }] = await ownerQuery<{ entries: { organizationId: string; total: string }[] }>(
      `SELECT entries FROM ranking_snapshot WHERE period_id = $1 ORDER BY version DESC LIMIT 1`,
      [periodId],
    );
    return entries.find((e) => e.organizationId === cluster.members[1].id)?.total;
  };

  it('turns a burst of changes during a running recompute into one more run, which ends on the last change', async () => {
    const { cluster, periodId, job, score } = await group();
    expect(await sut.handle(await job())).toEqual({ written: true, version: 1 });

    // Holding the period's ranking_run row stops the next recompute after it has read its inputs.
    const blocker = new Client({ connectionString: app.ownerUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM ranking_run WHERE period_id = $1 FOR UPDATE`, [periodId]);
      await score('1');
      const running = sut.handle(await job());
      await app.waitFor(async () => {
        const [{ n }] = await ownerQuery<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return n > 0;
      });
      const burst: Promise<RankingResult>[] = [];
      for (let points = 2; points <= 12; points++) {
        await score(String(points));
        burst.push(sut.handle(await job()));
      }
      await blocker.query('COMMIT');
      const results = await Promise.all([running, ...burst]);
      expect(results.filter((r) => r.written).map((r) => r.version)).toEqual([2, 3]);
      expect(results.filter((r) => r.covered)).toHaveLength(burst.length - 1);
    } finally {
      await blocker.end();
    }
    expect(await versions(periodId)).toEqual([1, 2, 3]);
    expect(await latestTotal(periodId, cluster)).toBe('12');
  });

  it('writes one version for a job delivered twice, at once or later', async () => {
    const { periodId, job, score } = await group();
    await sut.handle(await job());
    await score('7');
    const twice = await job();
    const both = await Promise.all([sut.handle(twice), sut.handle(twice)]);
    expect(both.filter((r) => r.written)).toEqual([{ written: true, version: 2 }]);
    expect(await sut.handle(twice)).toEqual({ written: false, version: 2, covered: true });
    expect(await versions(periodId)).toEqual([1, 2]);
  });

  it('compares the version and input hash of the latest snapshot without reading the snapshot', async () => {
    const { job, score } = await group();
    await sut.handle(await job());
    await score('3');
    const sql = jest.spyOn(workerDb.logger, 'logQuery');
    try {
      expect(await sut.handle(await job())).toEqual({ written: true, version: 2 });
      const reads = sql.mock.calls
        .map(([q]) => q)
        .filter((q) => /^\s*SELECT/i.test(q) && /ranking_snapshot/.test(q));
      expect(reads.length).toBeGreaterThan(0);
      for (const q of reads) expect(q).toMatch(/^SELECT version, input_hash FROM ranking_snapshot WHERE/);
    } finally {
      sql.mockRestore();
    }
  });

  it('never lets a late job or racing runs overwrite the newer snapshot', async () => {
    const { cluster, periodId, job, score } = await group();
    await sut.handle(await job());
    await score('5');
    const late = await job();
    await score('9');
    expect(await sut.handle(await job())).toEqual({ written: true, version: 2 });
    expect(await sut.handle(late)).toEqual({ written: false, version: 2, covered: true });
    expect(await latestTotal(periodId, cluster)).toBe('9');

    // Jobs without a number always run: serialised, the first writes and the others find the same inputs.
    await score('11');
    const raced = await Promise.all([1, 2, 3, 4].map(() => sut.handle({ groupId: '', periodId })));
    expect(raced.filter((r) => r.written)).toEqual([{ written: true, version: 3 }]);
    expect(await versions(periodId)).toEqual([1, 2, 3]);
    expect(await latestTotal(periodId, cluster)).toBe('11');
  });

  it('prunes unpublished versions once superseded for the grace, keeping published ones and the latest', async () => {
    const { periodId, job, score } = await group();
    for (const points of ['', '1', '2']) {
      if (points) await score(points);
      await sut.handle(await job());
    }
    const age = (version: number) =>
      ownerQuery(
        `UPDATE ranking_snapshot SET computed_at = now() - interval '1 hour' WHERE period_id = $1 AND version <= $2`,
        [periodId, version],
      );
    await ownerQuery(
      `UPDATE ranking_snapshot SET published_at = now() WHERE period_id = $1 AND version = 2`,
      [periodId],
    );
    await age(3);
    await score('3');
    await sut.handle(await job());
    // 3 was superseded just now: a read holding it may still ask for its breakdowns.
    expect(await versions(periodId)).toEqual([2, 3, 4]);
    await age(4);
    await score('4');
    await sut.handle(await job());
    expect(await versions(periodId)).toEqual([2, 4, 5]);
  });

  it("reads a ranking's totals without its details, and each detail in one read when asked", async () => {
    const { cluster, periodId, job, score } = await group();
    await score('6');
    await sut.handle(await job());
    const logger = app.api.get(TenantDb).dataSource.logger;
    const sql = jest.spyOn(logger, 'logQuery');
    const read = (fields: string) =>
      app.ok(
        `query($g: String!) { ranking(groupCode: $g, year: 2023, kind: H1) { version entries { ${fields} } } }`,
        { g: cluster.code },
        cluster.members[0].token,
      );
    const naming = (column: string) => sql.mock.calls.filter(([q]) => q.includes(column)).length;
    try {
      const totals = await read(
        'rank total band proposals needsDecision facts tieDecisionBy organization { code }',
      );
      expect(totals.ranking.entries).toHaveLength(2);
      expect(sql).toHaveBeenCalled();
      expect([naming('breakdowns'), naming('award_decisions')]).toEqual([0, 0]);

      const explained = await read(
        'organization { code } total breakdown awardDecisions { awardId status note }',
      );
      expect([naming('breakdowns'), naming('award_decisions')]).toEqual([1, 1]);
      const [stored] = await ownerQuery<{
        breakdowns: Record<string, { awardDecisions: unknown }>;
        award_decisions: Record<string, unknown>;
      }>(`SELECT breakdowns, award_decisions FROM ranking_snapshot WHERE period_id = $1`, [periodId]);
      const idOf = new Map(cluster.members.map((m) => [m.code, m.id]));
      for (const e of explained.ranking.entries) {
        const id = idOf.get(e.organization.code)!;
        expect(e.breakdown).toEqual(stored.breakdowns[id]);
        expect(e.awardDecisions).toEqual(stored.award_decisions[id]);
        expect(e.awardDecisions).toEqual(stored.breakdowns[id].awardDecisions);
      }
    } finally {
      sql.mockRestore();
    }
  });

  it('splits the snapshots written before into the summary and its details, and back (migration)', async () => {
    const { periodId, job } = await group();
    await sut.handle(await job());
    const columns = `SELECT entries, breakdowns, award_decisions FROM ranking_snapshot WHERE period_id = $1`;
    const [before] = await ownerQuery<{
      entries: { organizationId: string }[];
      breakdowns: Record<string, unknown>;
    }>(columns, [periodId]);
    const owner = await createDataSource(app.ownerUrl, 1).initialize();
    const runner = owner.createQueryRunner();
    try {
      const sutMigration = new CoalescedRankings1764216950000();
      await sutMigration.down(runner);
      const [old] = await ownerQuery<{ entries: { breakdown: unknown }[] }>(
        `SELECT entries FROM ranking_snapshot WHERE period_id = $1`,
        [periodId],
      );
      expect(old.entries).toEqual(
        before.entries.map((e) => ({ ...e, breakdown: before.breakdowns[e.organizationId] })),
      );
      await sutMigration.up(runner);
    } finally {
      await runner.release();
      await owner.destroy();
    }
    const [after] = await ownerQuery(columns, [periodId]);
    expect(after).toEqual(before);
  });
});
