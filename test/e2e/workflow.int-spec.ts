import { createCluster, TestCluster, testRegulation } from '../support/tenants';
import { TestApp } from '../support/test-app';

const SUBMISSION = `id state version submittedAt organization { code } groups { code } deliveries { daysLate returnReason }
  indicators { key value percentOfPlan confirmed } selfScores { criterionId points }`;
const CREATE = `mutation($g: [String!]!) { createSubmission(input: { year: 2023, kind: H1, groupCodes: $g }) { ${SUBMISSION} } }`;
const UPDATE = `mutation($id: ID!, $patch: SubmissionPatch!) { updateSubmission(id: $id, patch: $patch) { ${SUBMISSION} } }`;
const SUBMIT = `mutation($id: ID!) { submitSubmission(id: $id) { ${SUBMISSION} } }`;
const SET_SCORE = `mutation($input: ScoreInput!) { setScore(input: $input) { criterionId points member { code } scorer { code } } }`;
const RANKING = `query($g: String!) { ranking(groupCode: $g, year: 2023, kind: H1) {
  id version published reviewState decisionNumber entries { organization { code } rank total band proposals breakdown } } }`;

describe('the yearly workflow through GraphQL', () => {
  let app: TestApp;
  let cluster: TestCluster;

  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
  });
  afterAll(() => app.close());

  beforeEach(async () => {
    cluster = await createCluster(app, { size: 3 });
  });

  async function fileReport(token: string, indicators: unknown[] = []) {
    const { createSubmission } = await app.ok(CREATE, { g: [cluster.code] }, token);
    const { updateSubmission } = await app.ok(
      UPDATE,
      {
        id: createSubmission.id,
        patch: {
          version: createSubmission.version,
          sections: [
            { path: 'I', title: 'Kết quả thực hiện nhiệm vụ', body: 'Hoàn thành 23 nhiệm vụ được giao.' },
          ],
          indicators,
          selfScores: [{ criterionId: '1.4', points: '20' }],
        },
      },
      token,
    );
    return (await app.ok(SUBMIT, { id: updateSubmission.id }, token)).submitSubmission;
  }

  async function score(memberCode: string, criterionId: string, points: string, count?: number) {
    const head = cluster.members[0].token;
    await app.ok(
      SET_SCORE,
      { input: { groupCode: cluster.code, year: 2023, kind: 'H1', memberCode, criterionId, points, count } },
      head,
    );
  }

  it('refuses a self-score on a criterion computed from figures, and keeps one scored by hand', async () => {
    const [, member] = cluster.members;
    const { createSubmission } = await app.ok(CREATE, { g: [cluster.code] }, member.token);
    const patch = (selfScores: unknown[]) => ({
      id: createSubmission.id,
      patch: { version: createSubmission.version, selfScores },
    });
    // 1.1 is `rate` in the test regulation: its points come from the member's figure, never from itself.
    const refused = await app.gql(UPDATE, patch([{ criterionId: '1.1', points: '8' }]), member.token);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.problems).toEqual([
      expect.objectContaining({ path: 'selfScores[0].criterionId' }),
    ]);
    const kept = await app.ok(UPDATE, patch([{ criterionId: '1.4', points: '18' }]), member.token);
    expect(kept.updateSubmission.selfScores).toEqual([{ criterionId: '1.4', points: '18' }]);
  });

  it('takes reports in, ranks them with the right totals, publishes, and the board approves', async () => {
    const [head, b, c] = cluster.members;
    const submitted = await fileReport(head.token, [
      {
        key: 'industrial_output_value',
        label: 'Giá trị sản xuất công nghiệp',
        value: '14103.4',
        unit: 'tỷ đồng',
        percentOfPlan: '44.6',
      },
      {
        key: 'retail_sales',
        label: 'Tổng mức bán lẻ',
        value: '46828',
        unit: 'tỷ đồng',
        percentOfPlan: '43.36',
      },
      { key: 'online_dossier_rate', label: 'Tỷ lệ hồ sơ trực tuyến', value: '98', unit: '%' },
    ]);
    expect(submitted).toMatchObject({
      state: 'SUBMITTED',
      version: 3,
      deliveries: [{ daysLate: 0, returnReason: null }],
    });
    await fileReport(b.token);
    await fileReport(c.token);

    // Head: A 1.4=20 1.5=10 2.1=8 3=12; B 18 10 9 14 and two typical examples (2 × 2.5); C 17 10 10 14 and two examples.
    for (const [m, pts] of [
      [head, ['20', '10', '8', '12', 0]],
      [b, ['18', '10', '9', '14', 2]],
      [c, ['17', '10', '10', '14', 2]],
    ] as const) {
      await score(m.code, '1.4', pts[0]);
      await score(m.code, '1.5', pts[1]);
      await score(m.code, '2.1', pts[2]);
      await score(m.code, '3', pts[3]);
      await score(m.code, '2.2', String(Number(pts[4]) * 2.5), pts[4]);
    }

    // A: 1.1 rate 10 × 44.6/100 = 4.46; 1.2 below target 0.5 × 10 × 43.36/100 = 2.168 → 2.17; 1.3 98 ≥ 95 → 10;
    //    manual 20 + 10 + 8 + 12 = 50 → 66.63.
    // B: 18 + 10 + 9 + 14 + 5 = 56; C: 17 + 10 + 10 + 14 + 5 = 56 → tie broken by criterion 1 (B 28 > C 27).
    const expected = [
      { organization: { code: head.code }, rank: 1, total: '66.63', band: 'Trung bình' },
      { organization: { code: b.code }, rank: 2, total: '56', band: 'Trung bình' },
      { organization: { code: c.code }, rank: 3, total: '56', band: 'Trung bình' },
    ];
    const live = await app.waitFor(async () => {
      const { ranking } = await app.ok(RANKING, { g: cluster.code }, head.token);
      const got = ranking?.entries.map(
        (e: { organization: unknown; rank: number; total: string; band: string }) => ({
          organization: e.organization,
          rank: e.rank,
          total: e.total,
          band: e.band,
        }),
      );
      return JSON.stringify(got) === JSON.stringify(expected) && ranking;
    });
    expect(live.published).toBe(false);
    expect(live.entries[0].breakdown.lines.length).toBeGreaterThan(5);

    // Members see nothing until the head publishes.
    expect((await app.ok(RANKING, { g: cluster.code }, b.token)).ranking).toBeNull();
    const { publishRanking } = await app.ok(
      `mutation($g: String!) { publishRanking(groupCode: $g, year: 2023, kind: H1) { id published reviewState } }`,
      { g: cluster.code },
      head.token,
    );
    expect(publishRanking).toMatchObject({ id: live.id, published: true, reviewState: 'PENDING' });
    expect((await app.ok(RANKING, { g: cluster.code }, b.token)).ranking.entries).toHaveLength(3);

    // Scores are locked once published.
    const late = await app.gql(
      SET_SCORE,
      {
        input: {
          groupCode: cluster.code,
          year: 2023,
          kind: 'H1',
          memberCode: b.code,
          criterionId: '1.4',
          points: '20',
        },
      },
      head.token,
    );
    expect(late.errors?.[0].extensions?.code).toBe('CONFLICT');

    const { rankingsForReview } = await app.ok(
      `{ rankingsForReview(year: 2023) { id group { code } } }`,
      {},
      cluster.board.token,
    );
    expect(rankingsForReview).toEqual([{ id: live.id, group: { code: cluster.code } }]);
    const { reviewRanking } = await app.ok(
      `mutation($id: ID!) { reviewRanking(rankingId: $id, approve: true, decisionNumber: "125/QĐ-BCT") { reviewState decisionNumber period { state } } }`,
      { id: live.id },
      cluster.board.token,
    );
    expect(reviewRanking).toEqual({
      reviewState: 'APPROVED',
      decisionNumber: '125/QĐ-BCT',
      period: { state: 'REVIEWED' },
    });

    const audit = await app.owner((db) => db.query(`SELECT action FROM audit_event ORDER BY id`));
    const actions = audit.rows.map((r: { action: string }) => r.action);
    for (const a of [
      'submission.create',
      'submission.update',
      'submission.submit',
      'score.set',
      'ranking.publish',
      'ranking.review',
    ]) {
      expect(actions).toContain(a);
    }
  });

  it('lets the head return a report with a reason; the member corrects and resubmits, keeping its first submission time', async () => {
    const [head, member, other] = cluster.members;
    const submitted = await fileReport(member.token);
    const RETURN = `mutation($id: ID!, $g: String!) { returnSubmission(id: $id, groupCode: $g, reason: "Thiếu số liệu xuất khẩu") { state deliveries { returnReason } } }`;
    const refused = await app.gql(RETURN, { id: submitted.id, g: cluster.code }, other.token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { returnSubmission } = await app.ok(RETURN, { id: submitted.id, g: cluster.code }, head.token);
    expect(returnSubmission).toEqual({
      state: 'RETURNED',
      deliveries: [{ returnReason: 'Thiếu số liệu xuất khẩu' }],
    });
    const { submission } = await app.ok(
      `query($id: ID!) { submission(id: $id) { version } }`,
      { id: submitted.id },
      member.token,
    );
    await app.ok(
      UPDATE,
      {
        id: submitted.id,
        patch: { version: submission.version, sections: [{ path: 'I', title: 'Đã bổ sung', body: '…' }] },
      },
      member.token,
    );
    const { submitSubmission } = await app.ok(SUBMIT, { id: submitted.id }, member.token);
    expect(submitSubmission).toMatchObject({
      state: 'SUBMITTED',
      submittedAt: submitted.submittedAt,
      deliveries: [{ returnReason: null }],
    });
    const versions = await app.owner((db) =>
      db.query('SELECT version FROM submission_version WHERE submission_id = $1 ORDER BY version', [
        submitted.id,
      ]),
    );
    expect(versions.rows.map((r: { version: number }) => r.version)).toEqual([3, 5]);
  });

  it('refuses a stale version with CONFLICT and keeps the newer content', async () => {
    const member = cluster.members[1];
    const { createSubmission } = await app.ok(CREATE, { g: [cluster.code] }, member.token);
    const patch = (title: string) => ({ version: 1, sections: [{ path: 'I', title, body: '…' }] });
    await app.ok(UPDATE, { id: createSubmission.id, patch: patch('Bản thứ nhất') }, member.token);
    const stale = await app.gql(UPDATE, { id: createSubmission.id, patch: patch('Bản cũ') }, member.token);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const stored = await app.owner((db) =>
      db.query(`SELECT version, content FROM submission WHERE id = $1`, [createSubmission.id]),
    );
    expect(stored.rows[0].version).toBe(2);
    expect(stored.rows[0].content.sections[0].title).toBe('Bản thứ nhất');
  });

  it('refuses a score above the criterion maximum and writes nothing', async () => {
    const [head, member] = cluster.members;
    const res = await app.gql(
      SET_SCORE,
      {
        input: {
          groupCode: cluster.code,
          year: 2023,
          kind: 'H1',
          memberCode: member.code,
          criterionId: '1.4',
          points: '25',
        },
      },
      head.token,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/từ 0 đến 20/);
    expect(await app.countForGroup('score', cluster.code)).toBe(0);
  });

  it('counts a report submitted after the deadline as late for that group', async () => {
    const lateCluster = await createCluster(app, {
      size: 2,
      regulation: (code, year) => ({
        ...testRegulation(code, year),
        periods: [
          { kind: 'H1', deadline: new Date(Date.now() - 36 * 3600 * 1000).toISOString() },
          { kind: 'FY', deadline: '2073-11-20T17:00:00+07:00' },
        ],
      }),
    });
    const member = lateCluster.members[1];
    const { createSubmission } = await app.ok(CREATE, { g: [lateCluster.code] }, member.token);
    const { submitSubmission } = await app.ok(SUBMIT, { id: createSubmission.id }, member.token);
    // 36 hours after the deadline: the second started 24-hour block, so 2 days late.
    expect(submitSubmission.deliveries[0].daysLate).toBe(2);
  });
});
