import { Client } from 'pg';
import { APP_ROLE } from '@thidua/db';
import { asOrg as asOrgRole, refusal } from '../support/app-role';
import { createCluster, TestCluster } from '../support/tenants';
import { TestApp } from '../support/test-app';

const CREATE = `mutation($g: [String!]!) { createSubmission(input: { year: 2023, kind: H1, groupCodes: $g }) { id version } }`;
const UPDATE = `mutation($id: ID!, $patch: SubmissionPatch!) { updateSubmission(id: $id, patch: $patch) { id } }`;

/**
 * Two walls: the application refuses (FORBIDDEN or nothing), and PostgreSQL alone, queried through the
 * API's own role with another organization's setting, returns and changes nothing.
 */
describe('tenancy', () => {
  let app: TestApp;
  let cluster: TestCluster;
  let draftId: string;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  beforeEach(async () => {
    cluster = await createCluster(app, { size: 3 });
    const owner = cluster.members[1];
    const { createSubmission } = await app.ok(CREATE, { g: [cluster.code] }, owner.token);
    draftId = createSubmission.id;
    await app.ok(
      UPDATE,
      { id: draftId, patch: { version: 1, sections: [{ path: 'I', title: 'Bí mật', body: 'bản nháp' }] } },
      owner.token,
    );
  });

  describe('the application wall', () => {
    it("hides another office's draft, even from the head", async () => {
      for (const other of [cluster.members[2], cluster.members[0], cluster.board]) {
        const res = await app.gql(
          `query($id: ID!) { submission(id: $id) { id sections { body } } }`,
          { id: draftId },
          other.token,
        );
        expect(res.data?.submission ?? null).toBeNull();
      }
    });

    it("refuses to change or submit another office's draft by its id", async () => {
      const intruder = cluster.members[2];
      const update = await app.gql(
        UPDATE,
        { id: draftId, patch: { version: 2, sections: [] } },
        intruder.token,
      );
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(update.errors?.[0].extensions?.code);
      const submit = await app.gql(
        `mutation($id: ID!) { submitSubmission(id: $id) { id } }`,
        { id: draftId },
        intruder.token,
      );
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(submit.errors?.[0].extensions?.code);
      const stored = await app.owner((db) =>
        db.query('SELECT version, state FROM submission WHERE id = $1', [draftId]),
      );
      expect(stored.rows[0]).toEqual({ version: 2, state: 'DRAFT' });
    });

    it('refuses scoring by a member that is not the head, and shows a member only its own scores', async () => {
      const [head, a, b] = cluster.members;
      const input = { groupCode: cluster.code, year: 2023, kind: 'H1', criterionId: '1.4', points: '10' };
      const SET = `mutation($input: ScoreInput!) { setScore(input: $input) { points } }`;
      const refused = await app.gql(SET, { input: { ...input, memberCode: b.code } }, a.token);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      await app.ok(SET, { input: { ...input, memberCode: a.code } }, head.token);
      await app.ok(SET, { input: { ...input, memberCode: b.code } }, head.token);
      const SCORES = `{ scores(groupCode: "${cluster.code}", year: 2023, kind: H1) { member { code } points } }`;
      expect((await app.ok(SCORES, {}, a.token)).scores).toEqual([
        { member: { code: a.code }, points: '10' },
      ]);
      expect((await app.ok(SCORES, {}, head.token)).scores).toHaveLength(2);
    });

    it('refuses an office outside the group its ranking and scores', async () => {
      const outsider = await createCluster(app, { size: 1 });
      const token = outsider.members[0].token;
      for (const q of ['ranking', 'scores']) {
        const fields = q === 'ranking' ? '{ id }' : '{ points }';
        const res = await app.gql(
          `{ ${q}(groupCode: "${cluster.code}", year: 2023, kind: H1) ${fields} }`,
          {},
          token,
        );
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    });

    it('refuses onboarding mutations to anyone but the platform admin', async () => {
      const res = await app.gql(
        `mutation { createOrganization(code: "sct-gia-lai-x", name: "X", kind: "DEPARTMENT") { id } }`,
        {},
        cluster.members[0].token,
      );
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses every operation without a valid token', async () => {
      const res = await app.gql(`{ me { id } }`, {}, 'not-a-token');
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('the database wall, through the API role alone', () => {
    const asOrg = <T>(orgId: string, work: (c: Client) => Promise<T>) => asOrgRole(app.ownerUrl, orgId, work);

    it("returns no rows of another office's draft and changes none", async () => {
      const intruder = cluster.members[2];
      await asOrg(intruder.id, async (db) => {
        expect((await db.query('SELECT id FROM submission WHERE id = $1', [draftId])).rowCount).toBe(0);
        expect(
          (await db.query('SELECT * FROM submission_group WHERE submission_id = $1', [draftId])).rowCount,
        ).toBe(0);
        expect(
          (await db.query(`UPDATE submission SET content = '{}' WHERE id = $1`, [draftId])).rowCount,
        ).toBe(0);
        expect(
          (await db.query(`DELETE FROM submission_group WHERE submission_id = $1`, [draftId])).rowCount,
        ).toBe(0);
      });
      const stored = await app.owner((db) =>
        db.query('SELECT content FROM submission WHERE id = $1', [draftId]),
      );
      expect(stored.rows[0].content.sections[0].title).toBe('Bí mật');
    });

    it('refuses a score written in the name of another organization', async () => {
      const [head, member] = cluster.members;
      await asOrg(member.id, async (db) => {
        const { rows } = await db.query(
          `SELECT id, group_id FROM period WHERE group_id = (SELECT id FROM emulation_group WHERE code = $1) LIMIT 1`,
          [cluster.code],
        );
        await expect(
          db.query(
            `INSERT INTO score (group_id, year, kind, period_id, member_id, scorer_id, criterion_id, points) VALUES ($1, 2023, 'H1', $2, $3, $4, '1.4', 20)`,
            [rows[0].group_id, rows[0].id, member.id, head.id],
          ),
        ).rejects.toThrow(/row-level security/);
      });
    });

    it("shows a live ranking's breakdowns only where its row shows, and the worker's bookkeeping to no one", async () => {
      const [head, member] = cluster.members;
      const outsider = (await createCluster(app, { size: 1 })).members[0];
      const [{ id }] = (
        await app.owner((db) =>
          db.query(
            `INSERT INTO ranking_snapshot (group_id, year, kind, period_id, version, input_hash, entries, breakdowns, computed_at)
             SELECT group_id, year, kind, id, 1, 'probe', '[]', $2::jsonb, now() FROM period
              WHERE group_id = (SELECT id FROM emulation_group WHERE code = $1) AND kind = 'H1' RETURNING id`,
            [cluster.code, JSON.stringify({ [member.id]: { summary: 'Bí mật' } })],
          ),
        )
      ).rows;
      const breakdowns = `SELECT breakdowns FROM ranking_snapshot WHERE id = $1`;
      const seen = async (orgId: string) =>
        asOrg(orgId, async (db) => (await db.query(breakdowns, [id])).rowCount);
      expect([await seen(head.id), await seen(member.id), await seen(outsider.id)]).toEqual([1, 0, 0]);
      await app.owner((db) =>
        db.query(`UPDATE ranking_snapshot SET published_at = now() WHERE id = $1`, [id]),
      );
      expect([await seen(member.id), await seen(outsider.id)]).toEqual([1, 0]);
      await asOrg(head.id, async (db) => {
        expect(await refusal(db, `SELECT * FROM ranking_run`)).toBeTruthy();
        expect(await refusal(db, `SELECT nextval('ranking_request_seq')`)).toBeTruthy();
        expect(await refusal(db, `DELETE FROM ranking_snapshot WHERE id = $1`, [id])).toBeTruthy();
      });
    });

    it('shows nothing at all without an organization setting, and cannot read password hashes', async () => {
      await asOrg('', async (db) => {
        expect((await db.query('SELECT id FROM submission')).rowCount).toBe(0);
        expect((await db.query('SELECT id FROM score')).rowCount).toBe(0);
        expect((await db.query('SELECT id FROM ranking_snapshot')).rowCount).toBe(0);
        await expect(db.query('SELECT password_hash FROM app_user')).rejects.toThrow(/permission denied/);
      });
    });

    it('has no way around the policies: the role is no superuser, has no BYPASSRLS and owns no table', async () => {
      const role = await app.owner((db) =>
        db.query(
          `SELECT rolsuper, rolbypassrls, (SELECT count(*)::int FROM pg_tables WHERE tableowner = $1) AS owned FROM pg_roles WHERE rolname = $1`,
          [APP_ROLE],
        ),
      );
      expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
      const unforced = await app.owner((db) =>
        db.query(
          `SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname <> 'migrations' AND NOT relforcerowsecurity`,
        ),
      );
      expect(unforced.rows).toEqual([]);
    });
  });
});
