import { seed } from '../../apps/api/src/seed/seed';
import { TestApp } from '../support/test-app';

const COUNTS = `SELECT (SELECT count(*) FROM organization WHERE kind <> 'PLATFORM')::int AS organizations,
  (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM emulation_group)::int AS groups,
  (SELECT count(*) FROM membership)::int AS memberships, (SELECT count(*) FROM regulation)::int AS regulations,
  (SELECT count(*) FROM submission)::int AS submissions, (SELECT count(*) FROM submission_version)::int AS versions,
  (SELECT count(*) FROM score)::int AS scores, (SELECT count(*) FROM vote)::int AS votes,
  (SELECT count(*) FROM audit_event)::int AS audit_events`;

describe('the demo seed', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    // The seed computes, publishes and approves the 2023-H1 rankings with a worker of its own.
    await seed(app.api, app.ownerUrl);
  }, 180_000);
  afterAll(() => app.close());

  it('loads both groups and the Gia Lai report, and changes nothing when run again', async () => {
    const first = (await app.owner((db) => db.query(COUNTS))).rows[0];
    // 15 organizations, each with a user, plus the test and demo platform admins.
    expect(first).toMatchObject({
      organizations: 15,
      users: 17,
      groups: 2,
      // 2023: 5 + 8; this year, after the 2025 mergers: 4 + 8.
      memberships: 25,
      regulations: 4,
      // Every 2023 member's H1 and FY report (Gia Lai's one per period, addressed to both groups).
      submissions: 24,
      versions: 24,
    });
    await seed(app.api, app.ownerUrl);
    expect((await app.owner((db) => db.query(COUNTS))).rows[0]).toEqual(first);
    // The H1 dossiers under way (demo-dossiers.ts): Cụm VIII's accepted; the Khối's returned, and one unwritten.
    const dossiers = await app.owner((db) =>
      db.query(
        `SELECT d.state, (r.id IS NOT NULL) AS reported FROM dossier d LEFT JOIN achievement_report r ON r.dossier_id = d.id ORDER BY d.state`,
      ),
    );
    expect(dossiers.rows).toEqual([
      { state: 'ACCEPTED', reported: true },
      { state: 'DRAFT', reported: false },
      { state: 'RETURNED', reported: true },
    ]);

    const token = await app.login('sct-lam-dong@demo.thidua.vn', 'ThiDua@2023');
    const { submissionsForScoring } = await app.ok(
      `{ submissionsForScoring(groupCode: "CTD-VIII", year: 2023, kind: H1) {
          organization { code } state groups { code } deliveries { daysLate }
          indicators { key value percentOfPlan changeVsSamePeriodPercent } selfScores { criterionId points } } }`,
      {},
      token,
    );
    expect(submissionsForScoring).toHaveLength(5);
    const report = submissionsForScoring.find(
      (s: { organization: { code: string } }) => s.organization.code === 'sct-gia-lai',
    );
    expect(report).toMatchObject({
      organization: { code: 'sct-gia-lai' },
      state: 'ACCEPTED',
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
  }, 60_000);

  it('fills every screen: 2023-H1 published and approved, 2023-FY half scored, this year open', async () => {
    const { rows: periods } = await app.owner((db) =>
      db.query(
        `SELECT g.code, p.year, p.kind, p.state, p.deadline > now() AS ahead FROM period p
         JOIN emulation_group g ON g.id = p.group_id ORDER BY g.code, p.year, p.kind`,
      ),
    );
    const year = new Date().getFullYear();
    expect(periods).toEqual(
      ['CTD-VIII', 'KTD-KT-GIA-LAI'].flatMap((code) => [
        { code, year: 2023, kind: 'FY', state: 'SCORING', ahead: false },
        { code, year: 2023, kind: 'H1', state: 'REVIEWED', ahead: false },
        { code, year, kind: 'FY', state: 'OPEN', ahead: true },
        { code, year, kind: 'H1', state: 'OPEN', ahead: true },
      ]),
    );

    const board = await app.login('vu-tccb-bct@demo.thidua.vn', 'ThiDua@2023');
    const { rankingsForReview } = await app.ok(
      `{ rankingsForReview(year: 2023) { reviewState decisionNumber period { kind }
          entries { organization { code } rank total band proposals } } }`,
      {},
      board,
    );
    expect(rankingsForReview).toHaveLength(1);
    const [h1] = rankingsForReview;
    expect(h1).toMatchObject({ reviewState: 'APPROVED', period: { kind: 'H1' } });
    expect(h1.entries).toHaveLength(5);
    expect(h1.entries.flatMap((e: { proposals: string[] }) => e.proposals).length).toBeGreaterThan(0);

    // Half of the year-end scoring is done: the head has scored three of the five members.
    const head = await app.login('sct-lam-dong@demo.thidua.vn', 'ThiDua@2023');
    const { scores } = await app.ok(
      `{ scores(groupCode: "CTD-VIII", year: 2023, kind: FY) { member { code } } }`,
      {},
      head,
    );
    expect(new Set(scores.map((s: { member: { code: string } }) => s.member.code)).size).toBe(3);

    const member = await app.login('sct-gia-lai@demo.thidua.vn', 'ThiDua@2023');
    const { group } = await app.ok(
      `query($y: Int!) { group(code: "CTD-VIII") { members(year: $y) { organization { code } role } } }`,
      { y: year },
      member,
    );
    expect(group.members.map((m: { organization: { code: string } }) => m.organization.code).sort()).toEqual([
      'sct-dak-lak',
      'sct-gia-lai',
      'sct-lam-dong',
      'sct-quang-ngai',
    ]);
  });

  it("holds the Khối's 2023 covenant: signed by all but one member, titles registered by five", async () => {
    const token = await app.login('bqlkkt-gia-lai@demo.thidua.vn', 'ThiDua@2023');
    const { covenant } = await app.ok(
      `{ covenant(groupCode: "KTD-KT-GIA-LAI", year: 2023) { registrationDeadline commitments { number }
          signatures { member { code } } registrations { member { code } titles { id } } notSigned { code } } }`,
      {},
      token,
    );
    expect(covenant.commitments).toHaveLength(5);
    expect(covenant.registrationDeadline).toBe('2023-03-31T16:59:59.000Z');
    expect(covenant.signatures).toHaveLength(7);
    expect(covenant.notSigned).toEqual([{ code: 'sgtvt-gia-lai' }]);
    expect(covenant.registrations).toHaveLength(5);
  });

  it("holds Cụm VIII's 2023-FY explanation round: closed early, one score raised, one kept", async () => {
    const token = await app.login('sct-lam-dong@demo.thidua.vn', 'ThiDua@2023');
    const { explanationRound } = await app.ok(
      `{ explanationRound(groupCode: "CTD-VIII", year: 2023, kind: FY) {
          window { open closedAt closeReason } explanationsToDecide
          items { member { code } selfPoints explanation { decision secondPoints } } } }`,
      {},
      token,
    );
    expect(explanationRound.window).toMatchObject({ open: false, closedAt: '2023-12-12T09:00:00.000Z' });
    expect(explanationRound.explanationsToDecide).toBe(0);
    const explained = explanationRound.items.filter((i: { explanation: unknown }) => i.explanation);
    expect(
      explained.map((i: { member: { code: string }; explanation: { decision: string } }) => [
        i.member.code,
        i.explanation.decision,
      ]),
    ).toEqual([
      ['sct-dak-lak', 'CHANGED'],
      ['sct-gia-lai', 'KEPT'],
    ]);
    expect(explained[0].explanation.secondPoints).toBe(explained[0].selfPoints);
  });

  it("shows the Khối's format 2 rules in its 2023-H1 ranking: facts, a blocked member, a fixed deduction, categories", async () => {
    const board = await app.login('btdkt-gia-lai@demo.thidua.vn', 'ThiDua@2023');
    const { ranking } = await app.ok(
      `{ ranking(groupCode: "KTD-KT-GIA-LAI", year: 2023, kind: H1) {
          entries { organization { code } rank band proposals facts breakdown } } }`,
      {},
      board,
    );
    const entry = (code: string) =>
      ranking.entries.find((e: { organization: { code: string } }) => e.organization.code === code);
    expect(entry('stttt-gia-lai').facts).toEqual(['TTLDXS']);
    expect(entry('bqlkkt-gia-lai').facts).toEqual(['TTLDXS']);
    // The board's open complaint keeps Sở NN&PTNT from every award.
    expect(entry('snnptnt-gia-lai').facts).toEqual(['UNDER_REVIEW']);
    expect(
      entry('snnptnt-gia-lai').breakdown.awardDecisions.map((d: { status: string }) => d.status),
    ).toEqual(['blocked', 'blocked']);
    // Not registering its title costs Sở TN&MT the fixed 50 points.
    const tr4 = entry('stnmt-gia-lai').breakdown.lines.find((l: { id: string }) => l.id === 'TR4');
    expect(tr4).toMatchObject({ method: 'fixed', result: '50' });
    const { group } = await app.ok(
      `{ group(code: "KTD-KT-GIA-LAI") { members(year: 2023) { organization { code } category } } }`,
      {},
      board,
    );
    expect(
      group.members.find((m: { organization: { code: string } }) => m.organization.code === 'bqlkkt-gia-lai')
        .category,
    ).toBe('KHAC');
  });
});
