import { createCluster, setScore, TestCluster, TestOrg } from '../support/tenants';
import { TestApp } from '../support/test-app';

const WHAT_IF = `query($i: WhatIfInput!) { whatIf(input: $i) {
  basis pending before { rank total band proposals } after { rank total band proposals } } }`;
const CREATE = `mutation($g: [String!]!) { createSubmission(input: { year: 2023, kind: H1, groupCodes: $g }) { id version } }`;
const UPDATE = `mutation($id: ID!, $patch: SubmissionPatch!) { updateSubmission(id: $id, patch: $patch) { id } }`;
const SUBMIT = `mutation($id: ID!) { submitSubmission(id: $id) { id } }`;
const RANKING = `query($g: String!) { ranking(groupCode: $g, year: 2023, kind: H1) { entries { organization { code } rank total } } }`;

/** Retail sales against plan: criterion 1.2 of the test regulation is relative_to_leader on it (target 100). */
const retail = (percentOfPlan: string) => [
  { key: 'retail_sales', label: 'Tổng mức bán lẻ hàng hóa', unit: 'tỷ đồng', value: '1000', percentOfPlan },
];

describe('whatIf reveals nothing a member may not already see', () => {
  let app: TestApp;
  let c: TestCluster;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    c = await createCluster(app, { size: 3 });
  });

  async function fileReport(member: TestOrg, percentOfPlan: string) {
    const { createSubmission } = await app.ok(CREATE, { g: [c.code] }, member.token);
    const patch = { version: createSubmission.version, indicators: retail(percentOfPlan) };
    await app.ok(UPDATE, { id: createSubmission.id, patch }, member.token);
    await app.ok(SUBMIT, { id: createSubmission.id }, member.token);
  }

  /** Waits until the worker has ranked the current inputs: the head's live ranking shows `total` for `member`. */
  const rankedWith = (member: TestOrg, total: string) =>
    app.waitFor(async () => {
      const { ranking } = await app.ok(RANKING, { g: c.code }, c.members[0].token);
      const entry = ranking?.entries.find(
        (e: { organization: { code: string } }) => e.organization.code === member.code,
      );
      return entry?.total === total && ranking;
    });

  const ask = async (member: TestOrg, criteria = [{ criterionId: '3', points: '15' }]) =>
    (await app.ok(WHAT_IF, { i: { groupCode: c.code, year: 2023, kind: 'H1', criteria } }, member.token))
      .whatIf;

  it('before publication answers my own total and band only, with relative_to_leader pending', async () => {
    const [head, a, b] = c.members;
    await fileReport(a, '120');
    await setScore(app, c, head.token, a.code, '3', '10');
    await rankedWith(a, '20');
    const counts = () =>
      app.owner(
        async (db) =>
          (
            await db.query(
              `SELECT (SELECT count(*) FROM score)::int AS scores, (SELECT count(*) FROM ranking_snapshot)::int AS snapshots`,
            )
          ).rows[0],
      );
    const written = await counts();

    // Live, a leads retail sales alone: 1.2 gives it the full 10 points, 10 + 10 = 20 → 25 with 3 at 15. Before
    // publication it is pending and counts 0: 10 → 15, no rank, no proposals.
    const first = await ask(a);
    expect(first).toEqual({
      basis: 'OWN_DATA',
      pending: ['1.2'],
      before: { rank: null, total: '10', band: 'Trung bình', proposals: [] },
      after: { rank: null, total: '15', band: 'Trung bình', proposals: [] },
    });
    expect(await counts()).toEqual(written);

    // Another member's figures and scores change: a's live points change (b now leads retail sales), its answer does not.
    await fileReport(b, '300');
    await setScore(app, c, head.token, b.code, '3', '14');
    await rankedWith(b, '24');
    expect(await ask(a)).toEqual(first);
  });

  it('after publication answers against the published ranking, rank included', async () => {
    const [head, a, b] = c.members;
    await fileReport(a, '100');
    await setScore(app, c, head.token, a.code, '3', '10');
    await setScore(app, c, head.token, b.code, '3', '12');
    await rankedWith(b, '12');
    await app.ok(
      `mutation($g: String!) { publishRanking(groupCode: $g, year: 2023, kind: H1) { id } }`,
      { g: c.code },
      head.token,
    );

    // a: 10 + 1.2 on target 5 = 15, b: 12, second; with 3 at 15 b ties a on total and loses on criterion 1.
    expect(await ask(b, [{ criterionId: '3', points: '15' }])).toEqual({
      basis: 'PUBLISHED',
      pending: [],
      before: { rank: 2, total: '12', band: 'Trung bình', proposals: [] },
      after: { rank: 2, total: '15', band: 'Trung bình', proposals: [] },
    });
    const tooMuch = await app.gql(
      WHAT_IF,
      { i: { groupCode: c.code, year: 2023, kind: 'H1', criteria: [{ criterionId: '3', points: '16' }] } },
      a.token,
    );
    expect(tooMuch.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
