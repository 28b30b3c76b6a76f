import { KTD_KT_GIA_LAI_2023_REGULATION } from '@thidua/scoring/fixtures/ktd-kt-gia-lai-2023.regulation';
import { createCluster, TestCluster, testRegulation } from '../support/tenants';
import { TestApp } from '../support/test-app';

const SET_SCORE = `mutation($i: ScoreInput!) { setScore(input: $i) { points count reason scorer { code } } }`;
const VOTE = `mutation($g: String!, $a: String!, $c: String!) { castVote(groupCode: $g, year: 2023, kind: H1, awardId: $a, candidateCode: $c) }`;
const PUBLISH = `mutation($g: String!, $y: Int!, $d: JSON!) { publishRegulation(groupCode: $g, year: $y, document: $d) { version } }`;
const RANKING = `query($g: String!) { ranking(groupCode: $g, year: 2023, kind: H1) { version entries { organization { code } total rank breakdown } } }`;

/** The Khối's regulation (cross-scoring, trimmed mean, 1000 points) for a test group. */
const crossRegulation = (code: string, year: number) => ({
  ...KTD_KT_GIA_LAI_2023_REGULATION,
  group: code,
  year,
  periods: [
    { kind: 'H1', deadline: `${year + 50}-06-25T17:00:00+07:00` },
    { kind: 'FY', deadline: `${year + 50}-12-05T17:00:00+07:00` },
  ],
});

describe('regulation rules through the API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
  });
  afterAll(() => app.close());

  const score = (
    c: TestCluster,
    token: string,
    memberCode: string,
    criterionId: string,
    points: string,
    extra: object = {},
  ) =>
    app.gql(
      SET_SCORE,
      { i: { groupCode: c.code, year: 2023, kind: 'H1', memberCode, criterionId, points, ...extra } },
      token,
    );

  it('adds bonus items and subtracts manual deductions set by the head, and needs a reason to override a computed criterion', async () => {
    const c = await createCluster(app, { size: 2 });
    const [head, m] = c.members;
    expect((await score(c, head.token, m.code, '3', '15')).errors).toBeUndefined();
    expect((await score(c, head.token, m.code, 'B1', '10')).errors).toBeUndefined();
    expect(
      (await score(c, head.token, m.code, 'D3', '2.5', { reason: 'Chậm triển khai văn bản' })).errors,
    ).toBeUndefined();
    const noReason = await score(c, head.token, m.code, '1.1', '8');
    expect(noReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await score(c, head.token, m.code, '1.1', '8', { reason: 'Số liệu Cục Thống kê' })).errors,
    ).toBeUndefined();
    const wrongBonus = await score(c, head.token, m.code, 'B2', '3');
    expect(wrongBonus.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    // 3 = 15, 1.1 overridden to 8, bonus B1 10, deduction D3 2.5: 15 + 8 + 10 − 2.5 = 30.5.
    const entry = await app.waitFor(async () => {
      const { ranking } = await app.ok(RANKING, { g: c.code }, head.token);
      const e = ranking?.entries.find(
        (x: { organization: { code: string } }) => x.organization.code === m.code,
      );
      return e?.total === '30.5' && e;
    });
    const line = entry.breakdown.lines.find((l: { id: string }) => l.id === '1.1');
    expect(line).toMatchObject({ result: '8', overridden: true });
  });

  it('lets members cross-score each other when the regulation says so, but never themselves', async () => {
    const c = await createCluster(app, { size: 4, regulation: crossRegulation });
    const [, a, b, d] = c.members;
    expect((await score(c, a.token, b.code, 'IV', '140')).errors).toBeUndefined();
    expect((await score(c, d.token, b.code, 'IV', '120')).errors).toBeUndefined();
    const self = await score(c, a.token, a.code, 'IV', '150');
    expect(self.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Bonus items stay with the head even under cross-scoring.
    const bonus = await score(c, a.token, b.code, 'T1', '30');
    expect(bonus.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses cross-scoring when the regulation gives scoring to the head', async () => {
    const c = await createCluster(app, { size: 3 });
    const res = await score(c, c.members[1].token, c.members[2].code, '3', '10');
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('takes one vote per member and award, refuses a self-vote, a second vote, a non-member and an award without a vote', async () => {
    const c = await createCluster(app, { size: 3 });
    const [head, a, b] = c.members;
    expect((await app.ok(VOTE, { g: c.code, a: 'GOV_FLAG', c: b.code }, a.token)).castVote).toBe(true);
    expect(
      (await app.gql(VOTE, { g: c.code, a: 'GOV_FLAG', c: head.code }, a.token)).errors?.[0].extensions?.code,
    ).toBe('CONFLICT');
    expect(
      (await app.gql(VOTE, { g: c.code, a: 'GOV_FLAG', c: b.code }, b.token)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await app.gql(VOTE, { g: c.code, a: 'MERIT', c: b.code }, head.token)).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    const outsider = await createCluster(app, { size: 1 });
    const res = await app.gql(VOTE, { g: c.code, a: 'GOV_FLAG', c: b.code }, outsider.members[0].token);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await app.countForGroup('vote', c.code)).toBe(1);
  });

  it('refuses an invalid regulation, listing every problem with its path', async () => {
    const c = await createCluster(app, { size: 1 });
    const doc = testRegulation(c.code, 2023) as Record<string, unknown> & {
      criteria: { id: string; max: number }[];
    };
    const broken = {
      ...doc,
      criteria: [
        { ...doc.criteria[0], max: 5 },
        { ...doc.criteria[1], id: doc.criteria[2].id },
        doc.criteria[2],
      ],
    };
    const res = await app.gql(PUBLISH, { g: c.code, y: 2023, d: broken }, c.members[0].token);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const paths = res.errors?.[0].extensions?.problems?.map((p) => p.path) ?? [];
    expect(paths.length).toBeGreaterThanOrEqual(2);
    expect(paths.some((p) => p.startsWith('criteria[0]'))).toBe(true);
    expect(res.errors?.[0].extensions?.problems?.every((p) => /[àáảãạăâđêôơưéèẹíóúý]/i.test(p.message))).toBe(
      true,
    );
  });

  it('publishes a regulation without bonus points and ranks by it', async () => {
    const c = await createCluster(app, { size: 2 });
    const [head, m] = c.members;
    const doc = {
      ...testRegulation(c.code, 2023),
      title: 'Không có điểm thưởng',
      bonus: { max: 0, items: [] },
      tieBreaks: [{ type: 'submittedAt' }],
    };
    expect(
      (await app.ok(PUBLISH, { g: c.code, y: 2023, d: doc }, head.token)).publishRegulation.version,
    ).toBe(2);
    expect((await score(c, head.token, m.code, '3', '15')).errors).toBeUndefined();
    expect((await score(c, head.token, m.code, 'B1', '1')).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const entry = await app.waitFor(async () => {
      const { ranking } = await app.ok(RANKING, { g: c.code }, head.token);
      const mine = ranking?.entries.find(
        (e: { organization: { code: string } }) => e.organization.code === m.code,
      );
      return mine?.total === '15' && mine;
    });
    expect(entry.rank).toBe(1);
  });

  it('keeps a published period on the regulation it was scored under; a new version applies to the others', async () => {
    const c = await createCluster(app, { size: 2 });
    const head = c.members[0];
    await score(c, head.token, c.members[1].code, '3', '10');
    await app.waitFor(
      async () => (await app.ok(RANKING, { g: c.code }, head.token)).ranking?.entries.length === 2,
    );
    await app.waitFor(async () => {
      const res = await app.gql(
        `mutation($g: String!) { publishRanking(groupCode: $g, year: 2023, kind: H1) { id } }`,
        { g: c.code },
        head.token,
      );
      return !res.errors && res;
    });
    expect(
      (
        await app.ok(
          PUBLISH,
          { g: c.code, y: 2023, d: { ...testRegulation(c.code, 2023), title: 'Sửa đổi' } },
          head.token,
        )
      ).publishRegulation.version,
    ).toBe(2);
    const periods = await app.owner((db) =>
      db.query(
        `SELECT p.kind, r.version FROM period p JOIN regulation r ON r.id = p.regulation_id JOIN emulation_group g ON g.id = p.group_id WHERE g.code = $1 ORDER BY p.kind`,
        [c.code],
      ),
    );
    expect(periods.rows).toEqual([
      { kind: 'FY', version: 2 },
      { kind: 'H1', version: 1 },
    ]);
  });
});

describe('group lifecycle', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('gives the head of 2023 no authority in 2024 unless re-elected', async () => {
    const c = await createCluster(app, { size: 2 });
    const [oldHead, next] = c.members;
    for (const [org, role] of [
      [oldHead, 'MEMBER'],
      [next, 'HEAD'],
    ] as const) {
      await app.ok(
        `mutation($g: String!, $o: String!, $r: MemberRole!) { setMembership(groupCode: $g, year: 2024, organizationCode: $o, role: $r) { role } }`,
        { g: c.code, o: org.code, r: role },
        c.admin,
      );
    }
    const refused = await app.gql(
      PUBLISH,
      { g: c.code, y: 2024, d: testRegulation(c.code, 2024) },
      oldHead.token,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await app.ok(PUBLISH, { g: c.code, y: 2024, d: testRegulation(c.code, 2024) }, next.token))
        .publishRegulation.version,
    ).toBe(1);
    // 2023 is still the old head's year.
    const { myGroups } = await app.ok(`{ myGroups(year: 2023) { role group { code } } }`, {}, oldHead.token);
    expect(myGroups).toEqual([{ role: 'HEAD', group: { code: c.code } }]);
  });

  it('keeps a merged organization under its old name for earlier years and sends later years to its successor', async () => {
    const c = await createCluster(app, { size: 2 });
    const [, merged] = c.members;
    const successor = c.members[0];
    const { mergeOrganization } = await app.ok(
      `mutation($o: String!, $s: String!) { mergeOrganization(code: $o, successorCode: $s, from: "2025-07-01") { code name successor { code } mergedOn } }`,
      { o: merged.code, s: successor.code },
      c.admin,
    );
    expect(mergeOrganization).toMatchObject({
      code: merged.code,
      successor: { code: successor.code },
      mergedOn: '2025-07-01',
    });
    const SET = `mutation($g: String!, $y: Int!, $o: String!) { setMembership(groupCode: $g, year: $y, organizationCode: $o, role: MEMBER) { year } }`;
    const later = await app.gql(SET, { g: c.code, y: 2026, o: merged.code }, c.admin);
    expect(later.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(later.errors?.[0].message).toContain('sáp nhập');
    // The merger year itself and before stay reportable under the old name.
    expect((await app.ok(SET, { g: c.code, y: 2025, o: merged.code }, c.admin)).setMembership.year).toBe(
      2025,
    );
    const { group } = await app.ok(
      `query($g: String!) { group(code: $g) { members(year: 2023) { organization { code } } } }`,
      { g: c.code },
      merged.token,
    );
    expect(group.members.map((m: { organization: { code: string } }) => m.organization.code)).toContain(
      merged.code,
    );
  });
});
