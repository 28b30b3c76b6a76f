import { createDataSource, WORKER_ROLE, withUser } from '@thidua/db';
import { DataSource } from 'typeorm';
import { DeadlinesProcessor } from '../../apps/worker/src/deadlines/deadlines.processor';
import { RankingProcessor } from '../../apps/worker/src/ranking/ranking.processor';
import { asOrg, attempt } from '../support/app-role';
import { createCluster, TestCluster, testRegulation } from '../support/tenants';
import { TestApp } from '../support/test-app';

// Notifications (issue 12.4): the scheduler's reminders before and at a deadline to members that have not
// acted, and the messages a head's or a board's change sends; each organization reads and marks its own.
const LIST = `query($u: Boolean, $f: Int) { notifications(unreadOnly: $u, first: $f) {
  unread items { id kind groupCode groupName year periodKind deadline daysLeft reason read } } }`;
const MARK = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
const CREATE = `mutation($g: [String!]!) { createSubmission(input: { year: 2023, kind: H1, groupCodes: $g }) { id version } }`;
const SUBMIT = `mutation($id: ID!) { submitSubmission(id: $id) { id state } }`;
const UPDATE = `mutation($id: ID!, $patch: SubmissionPatch!) { updateSubmission(id: $id, patch: $patch) { id } }`;

interface Item {
  id: string;
  kind: string;
  groupCode: string;
  year: number;
  periodKind: string | null;
  deadline: string | null;
  daysLeft: number | null;
  reason: string | null;
  read: boolean;
}

const DAY = 86_400_000;

describe('notifications', () => {
  let app: TestApp;
  let workerDb: DataSource;
  let sweep: DeadlinesProcessor;

  beforeAll(async () => {
    app = await TestApp.start();
    workerDb = await createDataSource(withUser(app.ownerUrl, WORKER_ROLE), 2).initialize();
    sweep = new DeadlinesProcessor(workerDb);
  });
  afterAll(async () => {
    await workerDb.destroy();
    await app.close();
  });

  const items = async (token: string, variables: Record<string, unknown> = {}) =>
    (await app.ok(LIST, variables, token)).notifications as { unread: number; items: Item[] };
  const kinds = async (token: string) => (await items(token)).items.map((n) => `${n.kind}:${n.daysLeft}`);

  async function submitReport(cluster: TestCluster, token: string) {
    const { createSubmission } = await app.ok(CREATE, { g: [cluster.code] }, token);
    const patch = {
      version: createSubmission.version,
      sections: [{ path: 'I', title: 'Kết quả', body: 'Hoàn thành nhiệm vụ.' }],
    };
    await app.ok(UPDATE, { id: createSubmission.id, patch }, token);
    return (await app.ok(SUBMIT, { id: createSubmission.id }, token)).submitSubmission as { id: string };
  }

  it('reminds members without a report 7 and 1 days before the deadline and at it, once each', async () => {
    const deadline = new Date(Date.now() + 3 * DAY + 60_000).toISOString();
    const cluster = await createCluster(app, {
      size: 3,
      regulation: (code, year) => testRegulation(code, year, deadline),
    });
    const [head, b, c] = cluster.members;
    await submitReport(cluster, b.token);

    await sweep.handle();
    await sweep.handle();
    expect(await kinds(head.token)).toEqual(['REPORT_DUE:4']);
    expect(await kinds(c.token)).toEqual(['REPORT_DUE:4']);
    expect(await kinds(b.token)).toEqual([]);
    const [due] = (await items(c.token)).items;
    expect(due).toMatchObject({
      groupCode: cluster.code,
      year: 2023,
      periodKind: 'H1',
      deadline: new Date(deadline).toISOString(),
      read: false,
    });

    // The deadline moves closer: the 1-day reminder, then the one at the deadline.
    const moveDeadline = (to: Date) =>
      app.owner((db) =>
        db.query(
          `UPDATE period p SET deadline = $2 FROM emulation_group g WHERE g.id = p.group_id AND g.code = $1 AND p.kind = 'H1'`,
          [cluster.code, to],
        ),
      );
    await moveDeadline(new Date(Date.now() + 12 * 3_600_000));
    await sweep.handle();
    expect(await kinds(c.token)).toEqual(['REPORT_DUE:1', 'REPORT_DUE:4']);
    await moveDeadline(new Date(Date.now() - 3_600_000));
    await sweep.handle();
    await sweep.handle();
    expect(await kinds(c.token)).toEqual(['REPORT_DUE:0', 'REPORT_DUE:1', 'REPORT_DUE:4']);
    expect(await kinds(b.token)).toEqual([]);
  });

  it('reminds those who still have to explain a score or complete an award dossier', async () => {
    const cluster = await createCluster(app, { size: 4 });
    const [head, b, c, d] = cluster.members;
    await app.owner(async (db) => {
      const { rows } = await db.query(
        `SELECT g.id AS group_id, p.id AS period_id FROM emulation_group g JOIN period p ON p.group_id = g.id AND p.kind = 'H1' WHERE g.code = $1`,
        [cluster.code],
      );
      const { group_id: g, period_id: p } = rows[0];
      const window = (
        await db.query(
          `INSERT INTO explanation_window (group_id, year, kind, period_id, opened_by_id, opened_by_user_id, deadline)
           VALUES ($1, 2023, 'H1', $2, $3, gen_random_uuid(), now() + interval '12 hours') RETURNING id`,
          [g, p, head.id],
        )
      ).rows[0].id;
      // B has explained; C and D have not.
      await db.query(
        `INSERT INTO explanation (group_id, year, kind, period_id, window_id, member_id, criterion_id, text, explained_by_user_id)
         VALUES ($1, 2023, 'H1', $2, $3, $4, '1.4', 'Đã hoàn thành đúng hạn', gen_random_uuid())`,
        [g, p, window, b.id],
      );
      // C's dossier waits for its achievement report, D's for the head to submit it.
      for (const [member, report] of [
        [c, false],
        [d, true],
      ] as const) {
        const dossier = (
          await db.query(
            `INSERT INTO dossier (group_id, year, kind, period_id, award_id, award_title, member_id, deadline)
             VALUES ($1, 2023, 'H1', $2, 'MERIT', 'Bằng khen', $3, now() + interval '3 days') RETURNING id`,
            [g, p, member.id],
          )
        ).rows[0].id;
        if (report)
          await db.query(
            `INSERT INTO achievement_report (group_id, year, kind, period_id, dossier_id, member_id, form, updated_by_user_id)
             VALUES ($1, 2023, 'H1', $2, $3, $4, '{}', gen_random_uuid())`,
            [g, p, dossier, member.id],
          );
      }
    });
    await sweep.handle();
    await sweep.handle();
    const due = async (token: string) =>
      (await kinds(token)).filter((k) => !k.startsWith('REPORT_DUE')).sort();
    expect(await due(head.token)).toEqual(['DOSSIER_DUE:3']);
    expect(await due(b.token)).toEqual([]);
    expect(await due(c.token)).toEqual(['DOSSIER_DUE:3', 'EXPLANATION_DUE:1']);
    expect(await due(d.token)).toEqual(['EXPLANATION_DUE:1']);
  });

  it('takes the days from the regulation when it names them', async () => {
    const deadline = new Date(Date.now() + 3 * DAY).toISOString();
    const cluster = await createCluster(app, {
      size: 2,
      regulation: (code, year) => {
        const r = testRegulation(code, year, deadline);
        return { ...r, periods: r.periods.map((p) => ({ ...p, remindDaysBefore: [2] })) };
      },
    });
    await sweep.handle();
    expect(await kinds(cluster.members[1].token)).toEqual([]);
  });

  it('tells a member its report was returned, members of a publication, and the head of a board’s return', async () => {
    const cluster = await createCluster(app, { size: 3 });
    const [head, b, c] = cluster.members;
    const report = await submitReport(cluster, b.token);
    await app.ok(
      `mutation($id: ID!, $g: String!) { returnSubmission(id: $id, groupCode: $g, reason: "Thiếu số liệu xuất khẩu") { state } }`,
      { id: report.id, g: cluster.code },
      head.token,
    );
    expect((await items(b.token)).items).toEqual([
      expect.objectContaining({
        kind: 'REPORT_RETURNED',
        periodKind: 'H1',
        reason: 'Thiếu số liệu xuất khẩu',
      }),
    ]);
    expect(await kinds(c.token)).toEqual([]);

    await app.ok(
      `mutation($g: String!, $d: DateTime!) { publishCovenant(groupCode: $g, year: 2023, commitments: [{ text: "Nộp báo cáo đúng hạn" }], registrationDeadline: $d) { id } }`,
      { g: cluster.code, d: new Date(Date.now() + 12 * 3_600_000).toISOString() },
      head.token,
    );
    expect(await kinds(c.token)).toEqual(['COVENANT_PUBLISHED:null']);
    expect(await kinds(head.token)).toEqual([]);
    // Its registration deadline is within a day: everyone who has not registered is reminded, the head too.
    await sweep.handle();
    expect(await kinds(head.token)).toEqual(['REGISTRATION_DUE:1']);

    const periodId = (
      await app.owner((db) =>
        db.query(
          `SELECT p.id FROM period p JOIN emulation_group g ON g.id = p.group_id WHERE g.code = $1 AND p.kind = 'H1'`,
          [cluster.code],
        ),
      )
    ).rows[0].id as string;
    await new RankingProcessor(workerDb).handle({ groupId: cluster.code, periodId });
    const { publishRanking } = await app.ok(
      `mutation($g: String!) { publishRanking(groupCode: $g, year: 2023, kind: H1) { id } }`,
      { g: cluster.code },
      head.token,
    );
    expect(await kinds(c.token)).toEqual([
      'RANKING_PUBLISHED:null',
      'REGISTRATION_DUE:1',
      'COVENANT_PUBLISHED:null',
    ]);
    await app.ok(
      `mutation($id: ID!) { reviewRanking(rankingId: $id, approve: false, reason: "Chưa đủ biên bản") { id } }`,
      { id: publishRanking.id },
      cluster.board.token,
    );
    expect((await items(head.token)).items[0]).toMatchObject({
      kind: 'RANKING_RETURNED',
      periodKind: 'H1',
      reason: 'Chưa đủ biên bản',
    });
    expect((await items(c.token)).items[0].kind).toBe('RANKING_PUBLISHED');
  });

  it('lets an organization mark its own notifications read, never another’s', async () => {
    const cluster = await createCluster(app, { size: 3 });
    const [head, b, c] = cluster.members;
    await app.ok(
      `mutation($g: String!, $d: DateTime!) { publishCovenant(groupCode: $g, year: 2023, commitments: [{ text: "Thử" }], registrationDeadline: $d) { id } }`,
      { g: cluster.code, d: new Date(Date.now() + 30 * DAY).toISOString() },
      head.token,
    );
    const ofB = (await items(b.token)).items[0];
    const ofC = (await items(c.token)).items[0];
    expect((await app.ok(MARK, { ids: [ofC.id] }, b.token)).markNotificationsRead).toBe(0);
    expect((await items(c.token)).unread).toBe(1);
    expect((await app.ok(MARK, { ids: [ofB.id] }, b.token)).markNotificationsRead).toBe(1);
    expect(await items(b.token)).toMatchObject({ unread: 0, items: [{ id: ofB.id, read: true }] });
    expect((await items(b.token, { u: true })).items).toEqual([]);
    expect((await app.ok(MARK, {}, c.token)).markNotificationsRead).toBe(1);
    expect((await items(c.token)).unread).toBe(0);

    const badId = await app.gql(MARK, { ids: ['not-an-id'] }, b.token);
    expect(badId.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badPage = await app.gql(LIST, { f: 0 }, b.token);
    expect(badPage.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(badPage.errors?.[0].message).toContain('từ 1 đến 100');
  });

  it('keeps each organization to its own notifications in PostgreSQL too', async () => {
    const cluster = await createCluster(app, { size: 3 });
    const other = await createCluster(app, { size: 2 });
    const [head, b, c] = cluster.members;
    await app.ok(
      `mutation($g: String!, $d: DateTime!) { publishCovenant(groupCode: $g, year: 2023, commitments: [{ text: "Thử" }], registrationDeadline: $d) { id } }`,
      { g: cluster.code, d: new Date(Date.now() + 30 * DAY).toISOString() },
      head.token,
    );
    const groupId = (
      await app.owner((db) => db.query(`SELECT id FROM emulation_group WHERE code = $1`, [cluster.code]))
    ).rows[0].id as string;
    const insert = (to: string): [string, unknown[]] => [
      `INSERT INTO notification (organization_id, kind, group_id, params) VALUES ($1, 'REPORT_RETURNED', $2, '{"groupCode": "x", "groupName": "x", "year": 2023}')`,
      [to, groupId],
    ];

    await asOrg(app.ownerUrl, c.id, async (db) => {
      const seen = await db.query(`SELECT organization_id FROM notification`);
      expect(seen.rows.map((r) => r.organization_id)).toEqual([c.id]);
      const mark = await attempt(db, `UPDATE notification SET read_at = now() WHERE organization_id = $1`, [
        b.id,
      ]);
      expect(mark.rowCount).toBe(0);
      // A member sends nothing to another member; nor may it change what a notification says.
      expect((await attempt(db, ...insert(b.id))).error?.message).toMatch(/row-level security/);
      expect((await attempt(db, `UPDATE notification SET params = '{}'`)).error?.message).toMatch(
        /permission denied/,
      );
    });
    await asOrg(app.ownerUrl, head.id, async (db) => {
      // The head writes to its group's members, not to another group's.
      expect((await attempt(db, ...insert(b.id))).error).toBeNull();
      expect((await attempt(db, ...insert(other.members[1].id))).error?.message).toMatch(
        /row-level security/,
      );
    });
  });
});
