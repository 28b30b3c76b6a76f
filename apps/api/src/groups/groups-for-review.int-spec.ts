import { randomBytes } from 'node:crypto';
import { createCluster, createOrg, TestCluster } from '../../../../test/support/tenants';
import { TestApp } from '../../../../test/support/test-app';

const GROUPS = `query($y: Int!) { groupsForReview(year: $y) { code name kind } }`;
const CREATE_GROUP = `mutation($code: String!, $board: String!) {
  createGroup(code: $code, name: "Khối thi đua chưa xếp hạng", kind: BLOC, reviewerCode: $board) { id } }`;
const SET_MEMBERSHIP = `mutation($g: String!, $y: Int!, $o: String!) {
  setMembership(groupCode: $g, year: $y, organizationCode: $o, role: HEAD) { role } }`;

/**
 * groupsForReview: the groups an award board oversees in a year, with or without a ranking — what its
 * workspace lists. Only to a board, only its own groups (the filter is PostgreSQL's session organization).
 */
describe('groupsForReview', () => {
  let app: TestApp;
  let c: TestCluster;
  let other: TestCluster;
  let unranked: string;
  let later: string;
  const codes = async (token: string, year = 2023) =>
    ((await app.ok(GROUPS, { y: year }, token)).groupsForReview as { code: string }[]).map((g) => g.code);
  const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    app = await TestApp.start();
    c = await createCluster(app, { size: 2 });
    other = await createCluster(app, { size: 1 });
    // Two more groups of c's board: one with a member in 2023 and no regulation or ranking, one from 2024 on.
    const member = await createOrg(app, c.admin, 'DEPARTMENT', 'sct');
    unranked = `KTD-${randomBytes(3).toString('hex').toUpperCase()}`;
    later = `KTD-${randomBytes(3).toString('hex').toUpperCase()}`;
    for (const g of [unranked, later]) await app.ok(CREATE_GROUP, { code: g, board: c.board.code }, c.admin);
    await app.ok(SET_MEMBERSHIP, { g: unranked, y: 2023, o: member.code }, c.admin);
    await app.ok(SET_MEMBERSHIP, { g: later, y: 2024, o: member.code }, c.admin);
  });
  afterAll(() => app.close());

  it('lists the board’s groups of the year by code, a group without any ranking too', async () => {
    expect(await codes(c.board.token)).toEqual([c.code, unranked].sort());
    const { groupsForReview } = await app.ok(GROUPS, { y: 2023 }, c.board.token);
    expect(groupsForReview).toContainEqual({
      code: unranked,
      name: 'Khối thi đua chưa xếp hạng',
      kind: 'BLOC',
    });
    expect(await codes(c.board.token, 2024)).toEqual([later]);
    expect(await codes(c.board.token, 2022)).toEqual([]);
  });

  it('shows another board only its own groups', async () => {
    expect(await codes(other.board.token)).toEqual([other.code]);
  });

  it('refuses members, heads and the platform admin', async () => {
    for (const token of [c.members[0].token, c.members[1].token, c.admin]) {
      const res = await app.gql(GROUPS, { y: 2023 }, token);
      expect(code(res)).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toMatch(/cơ quan thi đua – khen thưởng/);
    }
  });
});
