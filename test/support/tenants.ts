import { randomBytes } from 'node:crypto';
import { CTD_VIII_2023_REGULATION } from '../../libs/scoring/src/fixtures/ctd-viii-2023.regulation';
import { ADMIN, TestApp } from './test-app';

export const PASSWORD = 'ThiDua@Test1';

export interface TestOrg {
  id: string;
  code: string;
  token: string;
}

export interface TestCluster {
  code: string;
  year: number;
  board: TestOrg;
  /** members[0] is the head. */
  members: TestOrg[];
  admin: string;
}

/** The regulation of REGULATION.md for a test group, with deadlines moved as the test needs. */
export function testRegulation(
  groupCode: string,
  year: number,
  deadline = `${year + 50}-06-20T17:00:00+07:00`,
) {
  return {
    ...CTD_VIII_2023_REGULATION,
    group: groupCode,
    year,
    periods: [
      { kind: 'H1', deadline },
      { kind: 'FY', deadline: `${year + 50}-11-20T17:00:00+07:00` },
    ],
  };
}

const CREATE_ORG = `mutation($code: String!, $name: String!, $kind: String!) {
  createOrganization(code: $code, name: $name, kind: $kind, province: "Gia Lai") { id code } }`;
const CREATE_USER = `mutation($org: String!, $email: String!) {
  createUser(organizationCode: $org, email: $email, fullName: "Cán bộ thi đua", password: "${PASSWORD}") { id } }`;

export async function createOrg(app: TestApp, admin: string, kind: string, label: string): Promise<TestOrg> {
  const code = `${label}-${randomBytes(3).toString('hex')}`;
  const { createOrganization } = await app.ok(CREATE_ORG, { code, name: `Đơn vị ${code}`, kind }, admin);
  const email = `${code}@test.thidua.vn`;
  await app.ok(CREATE_USER, { org: code, email }, admin);
  return { id: createOrganization.id, code, token: await app.login(email, PASSWORD) };
}

/** A fresh cluster of its own tenants: one board, `size` member departments, the first one head. */
export async function createCluster(
  app: TestApp,
  options: { size?: number; year?: number; regulation?: (code: string, year: number) => unknown } = {},
): Promise<TestCluster> {
  const size = options.size ?? 3;
  const year = options.year ?? 2023;
  const admin = await app.login(ADMIN.email, ADMIN.password);
  const board = await createOrg(app, admin, 'AWARD_BOARD', 'board');
  const code = `CTD-${randomBytes(3).toString('hex').toUpperCase()}`;
  await app.ok(
    `mutation($code: String!, $board: String!) { createGroup(code: $code, name: "Cụm thi đua thử nghiệm", kind: CLUSTER, reviewerCode: $board) { id } }`,
    { code, board: board.code },
    admin,
  );
  const members: TestOrg[] = [];
  for (let i = 0; i < size; i++) {
    const org = await createOrg(app, admin, 'DEPARTMENT', `sct${i}`);
    await app.ok(
      `mutation($g: String!, $y: Int!, $o: String!, $r: MemberRole!) { setMembership(groupCode: $g, year: $y, organizationCode: $o, role: $r) { role } }`,
      { g: code, y: year, o: org.code, r: i === 0 ? 'HEAD' : 'MEMBER' },
      admin,
    );
    members.push(org);
  }
  const document = (options.regulation ?? testRegulation)(code, year);
  await app.ok(
    `mutation($g: String!, $y: Int!, $d: JSON!) { publishRegulation(groupCode: $g, year: $y, document: $d) { version } }`,
    { g: code, y: year, d: document },
    members[0].token,
  );
  return { code, year, board, members, admin };
}

/** The head (or a cross-scorer) sets one score for a member in a period (H1 unless told) of the cluster's year. */
export function setScore(
  app: TestApp,
  cluster: TestCluster,
  token: string,
  memberCode: string,
  criterionId: string,
  points: string,
  kind: 'H1' | 'FY' = 'H1',
) {
  return app.ok(
    `mutation($i: ScoreInput!) { setScore(input: $i) { points } }`,
    {
      i: { groupCode: cluster.code, year: cluster.year, kind, memberCode, criterionId, points },
    },
    token,
  );
}
