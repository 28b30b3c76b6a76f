import { createCluster, TestCluster } from '../support/tenants';
import { TestApp } from '../support/test-app';

/** The lists the admin's and the board's pages read: the directory and groups, the reports behind a ranking. */
describe('onboarding and review lists', () => {
  let app: TestApp;
  let cluster: TestCluster;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    cluster = await createCluster(app, { size: 2 });
  });

  it('gives the platform admin every organization, with a merger’s successor, and every group', async () => {
    const [merged, successor] = cluster.members.map((m) => m.code).reverse();
    await app.ok(
      `mutation($a: String!, $b: String!) { mergeOrganization(code: $a, successorCode: $b, from: "2025-07-01") { id } }`,
      { a: merged, b: successor },
      cluster.admin,
    );
    const { organizations, groups } = await app.ok(
      `{ organizations { code kind mergedOn successor { code } } groups { code kind } }`,
      {},
      cluster.admin,
    );
    const codes = organizations.map((o: { code: string }) => o.code);
    expect(codes).toEqual([...codes].sort());
    expect(organizations).toContainEqual({
      code: cluster.board.code,
      kind: 'AWARD_BOARD',
      mergedOn: null,
      successor: null,
    });
    expect(organizations).toContainEqual({
      code: merged,
      kind: 'DEPARTMENT',
      mergedOn: '2025-07-01',
      successor: { code: successor },
    });
    expect(groups).toContainEqual({ code: cluster.code, kind: 'CLUSTER' });
  });

  it('refuses the lists to anyone but the platform admin', async () => {
    for (const token of [cluster.members[0].token, cluster.board.token]) {
      const res = await app.gql(`{ organizations { code } }`, {}, token);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const groups = await app.gql(`{ groups { code } }`, {}, token);
      expect(groups.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('lets the overseeing board list the submitted reports of its group, never a draft', async () => {
    const [head, member] = cluster.members;
    const create = `mutation($g: [String!]!) { createSubmission(input: { year: 2023, kind: H1, groupCodes: $g }) { id } }`;
    const submitted = (await app.ok(create, { g: [cluster.code] }, member.token)).createSubmission.id;
    await app.ok(`mutation($id: ID!) { submitSubmission(id: $id) { id } }`, { id: submitted }, member.token);
    await app.ok(create, { g: [cluster.code] }, head.token);

    const { submissionsForScoring } = await app.ok(
      `query($g: String!) { submissionsForScoring(groupCode: $g, year: 2023, kind: H1) { id evidence { id } } }`,
      { g: cluster.code },
      cluster.board.token,
    );
    expect(submissionsForScoring).toEqual([{ id: submitted, evidence: [] }]);
  });
});
