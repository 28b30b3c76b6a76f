import { asOrg, attempt, refusal } from '../support/app-role';
import { createCluster, testRegulation, TestCluster } from '../support/tenants';
import { TestApp } from '../support/test-app';

const CREATE = `mutation($g: [String!]!) { createSubmission(input: { year: 2023, kind: H1, groupCodes: $g }) { id } }`;
const RLS = /row-level security|permission denied|not yours|keeps its organization|board's to change/;

/**
 * The write policies as PostgreSQL alone enforces them: each statement runs as the API's database role with
 * one organization's setting, the application bypassed. Every refusal has a control that the same statement
 * passes for the organization entitled to it, so none of these tests can pass by refusing everything.
 */
describe('write policies, through the API role alone', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const ids = async (cluster: TestCluster) =>
    (
      await app.owner((db) =>
        db.query(
          `SELECT g.id AS group_id, p.id AS period_id FROM emulation_group g JOIN period p ON p.group_id = g.id AND p.kind = 'H1' WHERE g.code = $1`,
          [cluster.code],
        ),
      )
    ).rows[0] as { group_id: string; period_id: string };

  describe('addressing a report to a group needs the report’s owner', () => {
    it('refuses an organization that addresses another’s report to its own group, which then stays unreadable', async () => {
      const cluster = await createCluster(app, { size: 2 });
      const other = await createCluster(app, { size: 1 });
      const owner = cluster.members[1];
      const intruder = other.members[0];
      const { createSubmission } = await app.ok(CREATE, { g: [cluster.code] }, owner.token);
      await app.ok(
        `mutation($id: ID!) { submitSubmission(id: $id) { id } }`,
        { id: createSubmission.id },
        owner.token,
      );
      const target = await ids(other);
      const insert = `INSERT INTO submission_group (submission_id, group_id, organization_id, year) VALUES ($1, $2, $3, 2023)`;
      await asOrg(app.ownerUrl, intruder.id, async (db) => {
        expect(await refusal(db, insert, [createSubmission.id, target.group_id, intruder.id])).toEqual(
          expect.objectContaining({ message: expect.stringMatching(RLS) }),
        );
        expect(
          (await db.query('SELECT id FROM submission WHERE id = $1', [createSubmission.id])).rowCount,
        ).toBe(0);
      });
      // The owner may address it to a group it belongs to (here: after joining the other group).
      await app.ok(
        `mutation($g: String!, $o: String!) { setMembership(groupCode: $g, year: 2023, organizationCode: $o, role: MEMBER) { role } }`,
        { g: other.code, o: owner.code },
        cluster.admin,
      );
      await asOrg(app.ownerUrl, owner.id, async (db) => {
        expect(await refusal(db, insert, [createSubmission.id, target.group_id, owner.id])).toBeNull();
      });
    });

    it('refuses a head that re-points a delivery of its group at another report', async () => {
      const cluster = await createCluster(app, { size: 2 });
      const other = await createCluster(app, { size: 2 });
      const [head, member] = cluster.members;
      const mine = await app.ok(CREATE, { g: [cluster.code] }, member.token);
      const foreign = await app.ok(CREATE, { g: [other.code] }, other.members[1].token);
      await asOrg(app.ownerUrl, head.id, async (db) => {
        const err = await refusal(
          db,
          `UPDATE submission_group SET submission_id = $1 WHERE submission_id = $2`,
          [foreign.createSubmission.id, mine.createSubmission.id],
        );
        expect(err?.message).toMatch(/permission denied/);
      });
    });
  });

  describe('evidence needs the report’s owner', () => {
    it('refuses evidence attached to another organization’s report, and takes the owner’s', async () => {
      const cluster = await createCluster(app, { size: 3 });
      const [, owner, intruder] = cluster.members;
      const { createSubmission } = await app.ok(CREATE, { g: [cluster.code] }, owner.token);
      const insert = `INSERT INTO evidence (organization_id, submission_id, criterion_id, file_name, content_type, size, sha256) VALUES ($1, $2, '1.4', 'x.pdf', 'application/pdf', 1, 'x')`;
      await asOrg(app.ownerUrl, intruder.id, async (db) => {
        expect((await refusal(db, insert, [intruder.id, createSubmission.id]))?.message).toMatch(RLS);
      });
      await asOrg(app.ownerUrl, owner.id, async (db) => {
        expect(await refusal(db, insert, [owner.id, createSubmission.id])).toBeNull();
      });
    });
  });

  describe('scores need the head of the year, or a cross-scorer under CROSS_*', () => {
    const insertScore = `INSERT INTO score (group_id, year, kind, period_id, member_id, scorer_id, criterion_id, points) VALUES ($1, 2023, 'H1', $2, $3, $4, '1.4', 5)`;

    it('refuses a plain member and a deputy under scoring.final = HEAD, and takes the head', async () => {
      const cluster = await createCluster(app, { size: 3 });
      const [head, deputy, member] = cluster.members;
      await app.ok(
        `mutation($g: String!, $o: String!) { setMembership(groupCode: $g, year: 2023, organizationCode: $o, role: DEPUTY) { role } }`,
        { g: cluster.code, o: deputy.code },
        cluster.admin,
      );
      const { group_id, period_id } = await ids(cluster);
      for (const scorer of [deputy, member]) {
        await asOrg(app.ownerUrl, scorer.id, async (db) => {
          const target = scorer === deputy ? member : deputy;
          expect(
            (await refusal(db, insertScore, [group_id, period_id, target.id, scorer.id]))?.message,
          ).toMatch(RLS);
        });
      }
      await asOrg(app.ownerUrl, head.id, async (db) => {
        expect(await refusal(db, insertScore, [group_id, period_id, member.id, head.id])).toBeNull();
      });
    });

    it('deletes only a not-applicable mark, the head’s own, and only as the head', async () => {
      const cluster = await createCluster(app, { size: 3 });
      const [head, member, other] = cluster.members;
      const { group_id, period_id } = await ids(cluster);
      const rows = await app.owner(async (db) => {
        const insert = `INSERT INTO score (group_id, year, kind, period_id, member_id, scorer_id, criterion_id, points, not_applicable, reason)
          VALUES ($1, 2023, 'H1', $2, $3, $4, $5, 0, $6, 'Thử') RETURNING id`;
        const row = async (scorer: string, criterion: string, mark: boolean) =>
          (await db.query(insert, [group_id, period_id, member.id, scorer, criterion, mark])).rows[0]
            .id as string;
        return {
          headMark: await row(head.id, '1', true),
          headScore: await row(head.id, '2.1', false),
          otherMark: await row(other.id, '2', true),
        };
      });
      const remove = `DELETE FROM score WHERE id = $1`;
      // Row-level security hides what a role may not delete: 0 rows, no error.
      await asOrg(app.ownerUrl, member.id, async (db) => {
        expect(await attempt(db, remove, [rows.headMark])).toEqual({ error: null, rowCount: 0 });
      });
      await asOrg(app.ownerUrl, other.id, async (db) => {
        expect(await attempt(db, remove, [rows.otherMark])).toEqual({ error: null, rowCount: 0 });
      });
      await asOrg(app.ownerUrl, head.id, async (db) => {
        expect(await attempt(db, remove, [rows.headScore])).toEqual({ error: null, rowCount: 0 });
        expect(await attempt(db, remove, [rows.otherMark])).toEqual({ error: null, rowCount: 0 });
        expect(await attempt(db, remove, [rows.headMark])).toEqual({ error: null, rowCount: 1 });
      });
    });

    it('takes a cross-scorer scoring another member, never itself', async () => {
      const cluster = await createCluster(app, {
        size: 3,
        regulation: (code, year) => ({
          ...testRegulation(code, year),
          scoring: { final: 'CROSS_MEAN', precision: 2 },
        }),
      });
      const [, a, b] = cluster.members;
      const { group_id, period_id } = await ids(cluster);
      await asOrg(app.ownerUrl, a.id, async (db) => {
        expect(await refusal(db, insertScore, [group_id, period_id, b.id, a.id])).toBeNull();
        expect((await refusal(db, insertScore, [group_id, period_id, a.id, a.id]))?.message).toMatch(RLS);
      });
    });

    it('refuses a head that files a score under another group’s period', async () => {
      const cluster = await createCluster(app, { size: 2 });
      const other = await createCluster(app, { size: 2 });
      const [head, member] = cluster.members;
      const mine = await ids(cluster);
      const foreign = await ids(other);
      await asOrg(app.ownerUrl, head.id, async (db) => {
        expect(
          (await refusal(db, insertScore, [mine.group_id, foreign.period_id, member.id, head.id]))?.message,
        ).toMatch(RLS);
        expect(
          await refusal(db, insertScore, [mine.group_id, mine.period_id, member.id, head.id]),
        ).toBeNull();
      });
    });
  });

  describe('heads and boards change only what their step owns', () => {
    it('lets the head return a submitted report but not rewrite it, nor rewrite a ranking', async () => {
      const cluster = await createCluster(app, { size: 2 });
      const [head, member] = cluster.members;
      const { createSubmission } = await app.ok(CREATE, { g: [cluster.code] }, member.token);
      await app.ok(
        `mutation($id: ID!) { submitSubmission(id: $id) { id } }`,
        { id: createSubmission.id },
        member.token,
      );
      await asOrg(app.ownerUrl, head.id, async (db) => {
        const rewrite = `UPDATE submission SET content = '{"sections":[],"indicators":[],"selfScores":[]}' WHERE id = $1`;
        expect((await refusal(db, rewrite, [createSubmission.id]))?.message).toMatch(RLS);
        expect(
          await refusal(db, `UPDATE submission SET state = 'RETURNED' WHERE id = $1`, [createSubmission.id]),
        ).toBeNull();
        expect((await refusal(db, `UPDATE ranking_snapshot SET entries = '[]'`))?.message).toMatch(
          /permission denied/,
        );
      });
    });

    it('lets the head publish again a returned ranking but never approve it; the board approves a pending one', async () => {
      const cluster = await createCluster(app, { size: 2 });
      const { group_id, period_id } = await ids(cluster);
      const snapshot = async (review: string) =>
        (
          await app.owner((db) =>
            db.query(
              `INSERT INTO ranking_snapshot (group_id, year, kind, period_id, version, input_hash, entries, computed_at, published_at, review_state)
               VALUES ($1, 2023, 'H1', $2, (SELECT coalesce(max(version), 0) + 1 FROM ranking_snapshot WHERE period_id = $2), 'x', '[]', now(), now(), $3) RETURNING id`,
              [group_id, period_id, review],
            ),
          )
        ).rows[0].id as string;
      const rejected = await snapshot('REJECTED');
      const pending = await snapshot('PENDING');
      const approve = `UPDATE ranking_snapshot SET review_state = 'APPROVED', reviewed_at = now() WHERE id = $1`;
      await asOrg(app.ownerUrl, cluster.members[0].id, async (db) => {
        const republish = `UPDATE ranking_snapshot SET published_at = now(), review_state = 'PENDING', review_reason = NULL WHERE id = $1`;
        expect(await refusal(db, republish, [rejected])).toBeNull();
        expect((await refusal(db, approve, [pending]))?.message).toMatch(RLS);
      });
      await asOrg(app.ownerUrl, cluster.board.id, async (db) => {
        expect(await refusal(db, approve, [pending])).toBeNull();
        expect((await refusal(db, approve, [rejected]))?.message).toMatch(RLS);
      });
    });

    it('lets the board move a period’s state but not its deadline', async () => {
      const cluster = await createCluster(app, { size: 2 });
      const { period_id } = await ids(cluster);
      await asOrg(app.ownerUrl, cluster.board.id, async (db) => {
        const moved = `UPDATE period SET deadline = now() WHERE id = $1`;
        expect((await refusal(db, moved, [period_id]))?.message).toMatch(RLS);
        expect(
          await refusal(db, `UPDATE period SET state = 'SCORING' WHERE id = $1`, [period_id]),
        ).toBeNull();
      });
    });
  });
});
