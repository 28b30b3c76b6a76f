// The groups the benchmarks measure: 20 members × 60 manually scored criteria (issue 9's and issue 12's
// 20 × 60 group), and the national-scale 150 × 100 group of issue 12's reads and bursts.
import { PortalProcess } from '../../test/support/portal-process';
import { createCluster, TestCluster, testRegulation } from '../../test/support/tenants';
import { TestApp } from '../../test/support/test-app';

export const MEMBERS = 20;
export const PARENTS = 10;
export const CHILDREN = 6; // 10 × 6 = 60 scored criteria

/** The example regulation with parents × children manually scored criteria of 2 points each. */
export function gridRegulation(parents: number, children: number) {
  // Bands at the same share of the maximum as the 20 × 60 group's (110, 95 and 70 of 120).
  const max = 2 * parents * children;
  const at = (share: number) => Math.round((share * max) / 120);
  return (code: string, year: number) => ({
    ...testRegulation(code, year),
    criteria: Array.from({ length: parents }, (_, p) => ({
      id: `${p + 1}`,
      title: `Nhóm tiêu chí ${p + 1}`,
      max: 2 * children,
      children: Array.from({ length: children }, (_, c) => ({
        id: `${p + 1}.${c + 1}`,
        title: `Tiêu chí ${p + 1}.${c + 1}`,
        max: 2,
        method: { type: 'manual' },
      })),
    })),
    bands: [
      { label: 'Xuất sắc', min: at(110) },
      { label: 'Tốt', min: at(95) },
      { label: 'Khá', min: at(70) },
      { label: 'Trung bình', min: 0 },
    ],
  });
}

/** The example regulation with 60 manually scored criteria of 2 points each. */
export const benchRegulation = gridRegulation(PARENTS, CHILDREN);

/**
 * A group of `members` × (`parents` × `children`) criteria with every criterion scored by the head, the
 * scores written straight into the table (15,000 through the API would take a minute of setup).
 */
export async function scoredGroup(
  app: TestApp,
  members: number,
  parents: number,
  children: number,
): Promise<{ cluster: TestCluster; groupId: string; periodId: string }> {
  const cluster = await createCluster(app, { size: members, regulation: gridRegulation(parents, children) });
  const criteria = Array.from(
    { length: parents * children },
    (_, i) => `${Math.floor(i / children) + 1}.${(i % children) + 1}`,
  );
  const { rows } = await app.owner(async (db) => {
    const period = await db.query(
      `SELECT p.id, p.group_id FROM period p JOIN emulation_group g ON g.id = p.group_id WHERE g.code = $1 AND p.kind = 'H1'`,
      [cluster.code],
    );
    await db.query(
      `INSERT INTO score (group_id, year, kind, period_id, member_id, scorer_id, criterion_id, points)
       SELECT p.group_id, p.year, p.kind, p.id, m.organization_id, $2, c.id, (abs(hashtext(m.organization_id::text || c.id)) % 5) * 0.5
         FROM period p JOIN membership m ON m.group_id = p.group_id AND m.year = p.year, unnest($3::text[]) AS c(id)
        WHERE p.id = $1`,
      [period.rows[0].id, cluster.members[0].id, criteria],
    );
    return period;
  });
  return { cluster, groupId: rows[0].group_id, periodId: rows[0].id };
}

const SET_SCORE = `mutation($i: ScoreInput!) { setScore(input: $i) { points } }`;

/** One GraphQL operation on the in-process API or on a built API process (scale-out runs); throws on errors. */
export function ask(
  api: TestApp | PortalProcess,
  query: string,
  variables: Record<string, unknown>,
  token: string,
) {
  return api instanceof PortalProcess ? api.gql(query, variables, token) : api.ok(query, variables, token);
}

/** A head's score for a member's criterion in the cluster's H1 period. */
export function sendScore(
  api: TestApp | PortalProcess,
  cluster: TestCluster,
  token: string,
  memberCode: string,
  criterionId: string,
  points: string,
) {
  const i = { groupCode: cluster.code, year: cluster.year, kind: 'H1', memberCode, criterionId, points };
  return ask(api, SET_SCORE, { i }, token);
}
