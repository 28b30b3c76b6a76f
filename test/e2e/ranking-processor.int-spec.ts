import { createDataSource, WORKER_ROLE, withUser } from '@thidua/db';
import { DataSource } from 'typeorm';
import { RankingProcessor } from '../../apps/worker/src/ranking/ranking.processor';
import { createCluster } from '../support/tenants';
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
    await app.ok(
      `mutation($i: ScoreInput!) { setScore(input: $i) { points } }`,
      {
        i: {
          groupCode: cluster.code,
          year: 2023,
          kind: 'H1',
          memberCode: member.code,
          criterionId: '3',
          points: '12.5',
        },
      },
      head.token,
    );
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
});
