import { createDataSource, WORKER_ROLE, withUser } from '@thidua/db';
import { DataSource } from 'typeorm';
import { RankingProcessor } from '../../apps/worker/src/ranking/ranking.processor';
import { DeadlinesProcessor } from '../../apps/worker/src/deadlines/deadlines.processor';
import { createCluster, setScore, testRegulation } from '../support/tenants';
import { TestApp } from '../support/test-app';

/** The processor reloads everything by id and writes a snapshot only when the inputs changed. */
describe('RankingProcessor', () => {
  let app: TestApp;
  let workerDb: DataSource;
  let sut: RankingProcessor;

  beforeAll(async () => {
    app = await TestApp.start();
    workerDb = await createDataSource(withUser(app.ownerUrl, WORKER_ROLE), 2).initialize();
    sut = new RankingProcessor(workerDb);
  });
  afterAll(async () => {
    await workerDb.destroy();
    await app.close();
  });

  it('writes version 1, nothing for the same inputs, and version 2 after a score changes', async () => {
    const cluster = await createCluster(app, { size: 2 });
    const [{ id: periodId }] = (
      await app.owner((db) =>
        db.query(
          `SELECT p.id FROM period p JOIN emulation_group g ON g.id = p.group_id WHERE g.code = $1 AND p.kind = 'H1'`,
          [cluster.code],
        ),
      )
    ).rows;
    const job = { groupId: 'ignored: the period names its group', periodId };
    expect(await sut.handle(job)).toEqual({ written: true, version: 1 });
    expect(await sut.handle(job)).toEqual({ written: false, version: 1 });

    const [head, member] = cluster.members;
    await setScore(app, cluster, head.token, member.code, '3', '12.5');
    expect(await sut.handle(job)).toEqual({ written: true, version: 2 });
    const snapshots = await app.owner((db) =>
      db.query(`SELECT version, entries FROM ranking_snapshot WHERE period_id = $1 ORDER BY version`, [
        periodId,
      ]),
    );
    expect(snapshots.rows).toHaveLength(2);
    const entry = snapshots.rows[1].entries.find(
      (e: { organizationId: string }) => e.organizationId === member.id,
    );
    expect(entry.total).toBe('12.5');
  });

  it('ranks again when a deadline passes: a member without a report loses the missing-report points', async () => {
    const deadline = new Date(Date.now() + 3000).toISOString();
    const cluster = await createCluster(app, {
      size: 2,
      regulation: (code, year) => testRegulation(code, year, deadline),
    });
    const [head, member] = cluster.members;
    const periodOf = async () =>
      (
        await app.owner((db) =>
          db.query(
            `SELECT p.id, p.state FROM period p JOIN emulation_group g ON g.id = p.group_id WHERE g.code = $1 AND p.kind = 'H1'`,
            [cluster.code],
          ),
        )
      ).rows[0];
    const { id: periodId } = await periodOf();
    await setScore(app, cluster, head.token, member.code, '3', '15');
    const totalOf = async () => {
      const rows = await app.owner((db) =>
        db.query(`SELECT entries FROM ranking_snapshot WHERE period_id = $1 ORDER BY version DESC LIMIT 1`, [
          periodId,
        ]),
      );
      return rows.rows[0].entries.find((e: { organizationId: string }) => e.organizationId === member.id)
        .total;
    };
    await sut.handle({ groupId: cluster.code, periodId });
    expect(await totalOf()).toBe('15');
    const deadlines = new DeadlinesProcessor(workerDb);
    await app.waitFor(async () => Date.now() > Date.parse(deadline) + 100);
    // No relay runs in this test: mark the rows it would have moved, as it would have.
    await app.owner((db) =>
      db.query(`UPDATE outbox_event SET published_at = now() WHERE published_at IS NULL`),
    );

    expect(await deadlines.handle()).toEqual({ periods: 1, explanationWindows: 0 });
    expect(await periodOf()).toMatchObject({ state: 'SCORING' });
    // Queued once: the outbox row waits for the relay, so a second sweep adds nothing.
    expect(await deadlines.handle()).toEqual({ periods: 0, explanationWindows: 0 });
    await sut.handle({ groupId: cluster.code, periodId });
    // D2 "Không nộp báo cáo": 15 − 10.
    expect(await totalOf()).toBe('5');
  });
});
