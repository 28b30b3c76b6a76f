import { seed } from '../../apps/api/src/seed/seed';
import { TestApp } from '../support/test-app';

const COUNTS = `SELECT (SELECT count(*) FROM organization WHERE kind <> 'PLATFORM')::int AS organizations,
  (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM emulation_group)::int AS groups,
  (SELECT count(*) FROM membership)::int AS memberships, (SELECT count(*) FROM regulation)::int AS regulations,
  (SELECT count(*) FROM submission)::int AS submissions, (SELECT count(*) FROM submission_version)::int AS versions`;

describe('the demo seed', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('loads both groups and the Gia Lai report, and changes nothing when run again', async () => {
    await seed(app.api, app.ownerUrl);
    const first = (await app.owner((db) => db.query(COUNTS))).rows[0];
    // 15 organizations, each with a user, plus the test and demo platform admins.
    expect(first).toEqual({
      organizations: 15,
      users: 17,
      groups: 2,
      memberships: 13,
      regulations: 2,
      submissions: 1,
      versions: 1,
    });
    await seed(app.api, app.ownerUrl);
    expect((await app.owner((db) => db.query(COUNTS))).rows[0]).toEqual(first);

    const token = await app.login('sct-lam-dong@demo.thidua.vn', 'ThiDua@2023');
    const { submissionsForScoring } = await app.ok(
      `{ submissionsForScoring(groupCode: "CTD-VIII", year: 2023, kind: H1) {
          organization { code } state groups { code } deliveries { daysLate }
          indicators { key value percentOfPlan changeVsSamePeriodPercent } selfScores { criterionId points } } }`,
      {},
      token,
    );
    expect(submissionsForScoring).toHaveLength(1);
    const [report] = submissionsForScoring;
    expect(report).toMatchObject({
      organization: { code: 'sct-gia-lai' },
      state: 'SUBMITTED',
      deliveries: [{ daysLate: 0 }, { daysLate: 0 }],
    });
    expect(report.groups.map((g: { code: string }) => g.code).sort()).toEqual(['CTD-VIII', 'KTD-KT-GIA-LAI']);
    expect(report.indicators).toContainEqual({
      key: 'industrial_output_value',
      value: '14103.4',
      percentOfPlan: '44.6',
      changeVsSamePeriodPercent: '14.9',
    });
    expect(report.indicators).toContainEqual({
      key: 'import_value',
      value: '59',
      percentOfPlan: '53.6',
      changeVsSamePeriodPercent: '-32',
    });
    // Kon Tum merged into Quảng Ngãi from 1/7/2025: its 2023 membership stays.
    const merged = await app.owner((db) =>
      db.query(
        `SELECT o.merged_on::text, s.code AS successor FROM organization o JOIN organization s ON s.id = o.successor_id WHERE o.code = 'sct-kon-tum'`,
      ),
    );
    expect(merged.rows[0]).toEqual({ merged_on: '2025-07-01', successor: 'sct-quang-ngai' });
  });
});
