import { createDataSource, loadRankingInputs } from '@thidua/db';
import { validateRegulation } from '@thidua/scoring';
import { createCluster, TestCluster, TestOrg } from '../support/tenants';
import { TestApp } from '../support/test-app';

// Format 2 regulations through the API (issue 10, REGULATION.md "Format 2", API.md "Format 2 regulations").
// The first part runs on a format 1 regulation (format 2 operations refused or inert there); the others
// publish a format 2 regulation and rank it with libs/scoring's engine.

const SET_SCORE = `mutation($i: ScoreInput!) { setScore(input: $i) { points reason notApplicable scorer { code } } }`;
const SET_FACT = `mutation($g: String!, $m: String!, $f: String!, $v: Boolean!, $r: String!) {
  setFact(groupCode: $g, year: 2023, kind: H1, memberCode: $m, factId: $f, value: $v, reason: $r) }`;
const FACTS = `query($g: String!) { facts(groupCode: $g, year: 2023, kind: H1) { factId title value reason member { code } setBy { code } } }`;
const SETTLE = `mutation($g: String!, $o: [String!]!) { settleTie(groupCode: $g, year: 2023, kind: H1, order: $o) { version entries { organization { code } rank tieDecisionBy } } }`;
const MEMBERSHIP = `mutation($g: String!, $o: String!, $r: MemberRole!, $c: String) {
  setMembership(groupCode: $g, year: 2023, organizationCode: $o, role: $r, category: $c) { role category } }`;
const MEMBERS = `query($g: String!) { group(code: $g) { members(year: 2023) { organization { code } role category } } }`;
const RANKING = `query($g: String!) { ranking(groupCode: $g, year: 2023, kind: H1) {
  version entries { organization { code } rank total band proposals facts tieDecisionBy awardDecisions { awardId status } breakdown } } }`;
const PUBLISH = `mutation($g: String!, $d: JSON!) { publishRegulation(groupCode: $g, year: 2023, document: $d) { version } }`;

/**
 * REGULATION.md's format 2 example, made whole and small enough to compute by hand: criterion 1 (25 points)
 * with a linear, a `gt` band, a days-late band, an optional and a board-scored leaf; criterion 2 (75 points)
 * scored by the head.
 */
export function format2Regulation(group: string, year: number) {
  return {
    format: 2,
    group,
    year,
    title: 'Quy chế thi đua thử nghiệm (định dạng 2)',
    decision: { number: '01/QĐ-THU', date: `${year}-01-15` },
    periods: [
      { kind: 'H1', deadline: `${year + 50}-06-20T17:00:00+07:00` },
      { kind: 'FY', deadline: `${year + 50}-11-20T17:00:00+07:00` },
    ],
    indicators: [
      { key: 'cases_resolved', label: 'Tỷ lệ việc giải quyết so với chỉ tiêu', unit: '%' },
      { key: 'on_time_rate', label: 'Tỷ lệ văn bản thẩm định đúng tiến độ', unit: '%' },
    ],
    facts: [
      { id: 'TTLDXS', title: 'Đạt danh hiệu Tập thể lao động xuất sắc' },
      { id: 'UNDER_REVIEW', title: 'Đang bị xem xét kỷ luật, thanh tra', setBy: 'BOARD' },
      { id: 'FEMALE_70', title: 'Tỷ lệ nữ từ 70% trở lên' },
    ],
    scoring: { final: 'HEAD', precision: 2, deductionsMax: 3, normalize: 'percentOfApplicable' },
    criteria: [
      {
        id: '1',
        title: 'Thực hiện nhiệm vụ chuyên môn',
        max: 25,
        children: [
          {
            id: '1.1',
            title: 'Vượt chỉ tiêu giải quyết việc',
            max: 10,
            allowAboveMax: true,
            method: {
              type: 'linear',
              indicator: 'cases_resolved',
              field: 'percentOfPlan',
              points: [
                [0, 0],
                [100, 10],
                [120, 12],
              ],
              beyond: 'clamp',
            },
          },
          {
            id: '1.2',
            title: 'Thẩm định văn bản đúng tiến độ',
            max: 2,
            method: {
              type: 'bands',
              indicator: 'on_time_rate',
              field: 'value',
              bands: [
                { gt: 95, points: 2 },
                { min: 75, points: 1 },
                { min: 0, points: 0 },
              ],
            },
          },
          {
            id: '1.3',
            title: 'Báo cáo đúng thời hạn',
            max: 2,
            method: {
              type: 'bands',
              source: 'daysLate',
              bands: [
                { min: 3, points: 0 },
                { min: 1, points: 1 },
                { min: 0, points: 2 },
              ],
            },
          },
          {
            id: '1.4',
            title: 'Công tác bồi thường nhà nước',
            max: 6,
            optional: true,
            method: { type: 'manual' },
          },
          {
            id: '1.5',
            title: 'Hồ sơ khen thưởng đúng thời hạn',
            max: 5,
            scoredBy: 'BOARD',
            method: { type: 'manual' },
          },
        ],
      },
      { id: '2', title: 'Công tác thi đua, khen thưởng', max: 75, method: { type: 'manual' } },
    ],
    deductions: [
      { id: 'D4', title: 'Không ký giao ước, không đăng ký thi đua', kind: 'fixed', points: 8 },
      { id: 'D5', title: 'Mỗi báo cáo sai thẩm quyền', kind: 'per_item', points: 0.5, max: 2 },
    ],
    bands: [
      { label: 'Hoàn thành xuất sắc', min: 95, require: { noZeroLeaf: true } },
      { label: 'Hoàn thành tốt', min: 85 },
      { label: 'Hoàn thành', min: 75 },
      { label: 'Không hoàn thành', min: 0 },
    ],
    tieBreaks: [
      { type: 'criterion', id: '1' },
      { type: 'fact', id: 'FEMALE_70' },
      { type: 'decision', by: 'BOARD' },
    ],
    awards: [
      {
        id: 'MERIT',
        title: 'Bằng khen',
        quota: { byCategory: { SO: 1, CUC: 1 } },
        eligibility: { minBand: 'Hoàn thành', blockedByFacts: ['UNDER_REVIEW'] },
      },
    ],
  };
}

type Entry = {
  organization: { code: string };
  rank: number;
  total: string;
  band: string | null;
  proposals: string[];
  facts: string[];
  tieDecisionBy: string | null;
  awardDecisions: { awardId: string; status: string }[];
};

describe('format 2 through the API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
  });
  afterAll(() => app.close());

  const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
  const message = (res: { errors?: { message: string }[] }) => res.errors?.[0]?.message ?? '';
  const score = (c: TestCluster, token: string, memberCode: string, criterionId: string, extra: object) =>
    app.gql(
      SET_SCORE,
      { i: { groupCode: c.code, year: 2023, kind: 'H1', memberCode, criterionId, points: '0', ...extra } },
      token,
    );
  const fact = (
    c: TestCluster,
    token: string,
    memberCode: string,
    factId: string,
    value = true,
    reason = 'Có văn bản',
  ) => app.gql(SET_FACT, { g: c.code, m: memberCode, f: factId, v: value, r: reason }, token);
  const latestVersion = async (c: TestCluster, head: TestOrg) =>
    ((await app.ok(RANKING, { g: c.code }, head.token)).ranking?.version as number | undefined) ?? 0;
  const anotherBoard = async () => (await createCluster(app, { size: 1 })).board;

  describe('on a format 1 regulation', () => {
    let c: TestCluster;
    let head: TestOrg;
    let member: TestOrg;
    beforeAll(async () => {
      c = await createCluster(app, { size: 3 });
      [head, member] = c.members;
    });

    it('refuses setFact to a member and to a board of another group, and an undeclared fact to the head', async () => {
      expect(code(await fact(c, member.token, member.code, 'TTLDXS'))).toBe('FORBIDDEN');
      expect(code(await fact(c, (await anotherBoard()).token, member.code, 'TTLDXS'))).toBe('FORBIDDEN');
      const unknown = await fact(c, head.token, member.code, 'TTLDXS');
      expect(code(unknown)).toBe('BAD_USER_INPUT');
      expect(message(unknown)).toMatch(/không khai báo thông tin xác nhận/);
      expect(
        await app.owner(
          async (db) => (await db.query(`SELECT count(*)::int AS n FROM member_fact`)).rows[0].n,
        ),
      ).toBe(0);
    });

    it('refuses "not applicable" on a criterion that is not optional, and to anyone but the head', async () => {
      const res = await score(c, head.token, member.code, '1.4', {
        notApplicable: true,
        reason: 'Không có vụ việc',
      });
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(message(res)).toMatch(/không phải tiêu chí tùy chọn/);
      const byMember = await score(c, member.token, c.members[2].code, '1.4', {
        notApplicable: true,
        reason: 'x',
      });
      expect(code(byMember)).toBe('FORBIDDEN');
    });

    it('refuses the board a criterion the regulation does not give it', async () => {
      const res = await score(c, c.board.token, member.code, '1.4', { points: '10' });
      expect(code(res)).toBe('FORBIDDEN');
      expect(await app.countForGroup('score', c.code)).toBe(0);
    });

    it('refuses settleTie without a decision tie-break, and to those who could not settle one', async () => {
      const order = [member.code, c.members[2].code];
      const res = await app.gql(SETTLE, { g: c.code, o: order }, head.token);
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(message(res)).toMatch(/không có tiêu chí phân định "quyết định"/);
      expect(code(await app.gql(SETTLE, { g: c.code, o: order }, member.token))).toBe('FORBIDDEN');
      expect(code(await app.gql(SETTLE, { g: c.code, o: order }, (await anotherBoard()).token))).toBe(
        'FORBIDDEN',
      );
    });

    it('stores a category on the membership, audited, and recomputes the ranking through the outbox', async () => {
      expect((await score(c, head.token, member.code, '1.4', { points: '12' })).errors).toBeUndefined();
      const v1 = await app.waitFor(() => latestVersion(c, head));
      const set = await app.ok(MEMBERSHIP, { g: c.code, o: member.code, r: 'MEMBER', c: 'SO' }, c.admin);
      expect(set.setMembership).toEqual({ role: 'MEMBER', category: 'SO' });
      // Left as it was when the argument is absent.
      await app.ok(MEMBERSHIP, { g: c.code, o: member.code, r: 'MEMBER' }, c.admin);
      const { group } = await app.ok(MEMBERS, { g: c.code }, head.token);
      expect(
        group.members.find((m: { organization: { code: string } }) => m.organization.code === member.code),
      ).toMatchObject({ category: 'SO' });
      // Cleared by null (the admin form's "no category"), audited; then set again for the tests below.
      const cleared = await app.ok(MEMBERSHIP, { g: c.code, o: member.code, r: 'MEMBER', c: null }, c.admin);
      expect(cleared.setMembership).toEqual({ role: 'MEMBER', category: null });
      const { group: after } = await app.ok(MEMBERS, { g: c.code }, head.token);
      expect(
        after.members.find((m: { organization: { code: string } }) => m.organization.code === member.code),
      ).toMatchObject({ category: null });
      const clearedAudit = await app.owner((db) =>
        db.query(`SELECT 1 FROM audit_event WHERE action = 'membership.set' AND before->>'category' = 'SO'`),
      );
      expect(clearedAudit.rows.length).toBeGreaterThan(0);
      await app.ok(MEMBERSHIP, { g: c.code, o: member.code, r: 'MEMBER', c: 'SO' }, c.admin);
      const bad = await app.gql(
        MEMBERSHIP,
        { g: c.code, o: member.code, r: 'MEMBER', c: 'SỞ NGÀNH!' },
        c.admin,
      );
      expect(code(bad)).toBe('BAD_USER_INPUT');
      await app.waitFor(async () => (await latestVersion(c, head)) > v1);
      const audited = await app.owner((db) =>
        db.query(
          `SELECT after FROM audit_event WHERE action = 'membership.set' AND after->>'category' = 'SO'`,
        ),
      );
      expect(audited.rows.length).toBeGreaterThan(0);
    });

    it('fills the ranking inputs with facts, categories, not-applicable marks, the board and tie orders', async () => {
      const ids = await app.owner(async (db) => {
        const { rows } = await db.query(
          `SELECT p.id AS period_id, g.id AS group_id FROM period p JOIN emulation_group g ON g.id = p.group_id WHERE g.code = $1 AND p.year = 2023 AND p.kind = 'H1'`,
          [c.code],
        );
        const { period_id: periodId, group_id: groupId } = rows[0];
        // Rows the format 1 regulation cannot produce through the API, written as the owner.
        await db.query(
          `INSERT INTO member_fact (group_id, year, kind, period_id, member_id, fact_id, value, reason, set_by_id)
           VALUES ($1, 2023, 'H1', $2, $3, 'TTLDXS', true, 'Thử', $4), ($1, 2023, 'H1', $2, $3, 'FEMALE_70', false, 'Thử', $4)`,
          [groupId, periodId, member.id, head.id],
        );
        await db.query(
          `INSERT INTO tie_decision (group_id, year, kind, period_id, decided_by, members_key, member_order, set_by_id)
           VALUES ($1, 2023, 'H1', $2, 'BOARD', $3, $4, $5)`,
          [
            groupId,
            periodId,
            [member.id, c.members[2].id].sort().join(','),
            [c.members[2].id, member.id],
            c.board.id,
          ],
        );
        await db.query(`UPDATE score SET not_applicable = true WHERE period_id = $1 AND member_id = $2`, [
          periodId,
          member.id,
        ]);
        return { periodId };
      });
      const ds = createDataSource(app.ownerUrl, 1);
      await ds.initialize();
      try {
        const { input } = await loadRankingInputs(ds.manager, ids.periodId, new Date());
        expect(input.boardId).toBe(c.board.id);
        expect(input.tieDecisions).toEqual([{ by: 'BOARD', order: [c.members[2].id, member.id] }]);
        const m = input.members.find((x) => x.memberId === member.id)!;
        expect(m).toMatchObject({ facts: ['TTLDXS'], category: 'SO' });
        expect(m.scores).toEqual([expect.objectContaining({ criterionId: '1.4', notApplicable: true })]);
        expect(input.members.find((x) => x.memberId === head.id)).toMatchObject({
          facts: [],
          category: null,
        });
      } finally {
        await ds.destroy();
      }
    });
  });

  /**
   * The API's own checks of format 2 inputs — who sets a fact, marks a criterion, scores a board criterion or
   * orders a tie — on a published format 2 regulation, read through libs/scoring's exports (regulationFact,
   * checkScoreInputAs, checkTieDecision) and PostgreSQL's policies. These tests run on an API of their own
   * without a worker, so the latest ranking is the one written here by hand: the outbox rows written are the
   * recompute. (Before the engine accepted format 2, this block patched a format 1 document instead.)
   */
  describe('on a format 2 regulation, checked without a worker', () => {
    let c: TestCluster;
    let head: TestOrg;
    let b: TestOrg;
    let d: TestOrg;
    let other: TestOrg;
    let periodId: string;
    let withWorker: TestApp;
    afterAll(async () => {
      await app.close();
      app = withWorker;
    });
    const outbox = () =>
      app.owner(
        async (db) =>
          (
            await db.query(`SELECT count(*)::int AS n FROM outbox_event WHERE payload->>'periodId' = $1`, [
              periodId,
            ])
          ).rows[0].n as number,
      );

    beforeAll(async () => {
      withWorker = app;
      app = await TestApp.start();
      c = await createCluster(app, { size: 3, regulation: format2Regulation });
      [head, b, d] = c.members;
      other = await anotherBoard();
      periodId = await app.owner(async (db) => {
        const { rows } = await db.query(
          `SELECT p.id FROM period p JOIN emulation_group g ON g.id = p.group_id WHERE g.code = $1 AND p.year = 2023 AND p.kind = 'H1'`,
          [c.code],
        );
        return rows[0].id as string;
      });
    });

    it('sets facts: the head its own, the board alone a setBy BOARD one; read back, audited, recomputed', async () => {
      const queued = await outbox();
      expect(await fact(c, head.token, b.code, 'TTLDXS')).toEqual({ data: { setFact: true } });
      expect(code(await fact(c, head.token, b.code, 'TTLDXS', true, ' '))).toBe('BAD_USER_INPUT');
      expect(code(await fact(c, head.token, b.code, 'NO_SUCH_FACT'))).toBe('BAD_USER_INPUT');
      const headOnBoardFact = await fact(c, head.token, b.code, 'UNDER_REVIEW');
      expect(code(headOnBoardFact)).toBe('FORBIDDEN');
      expect(message(headOnBoardFact)).toMatch(/cơ quan thi đua – khen thưởng/);
      expect(code(await fact(c, b.token, d.code, 'TTLDXS'))).toBe('FORBIDDEN');
      expect(code(await fact(c, other.token, b.code, 'UNDER_REVIEW'))).toBe('FORBIDDEN');
      expect(code(await fact(c, c.board.token, b.code, 'TTLDXS'))).toBe('FORBIDDEN');
      expect(await fact(c, c.board.token, b.code, 'UNDER_REVIEW', true, 'Có đơn thư')).toEqual({
        data: { setFact: true },
      });
      // Updated in place: one row per member × fact × period.
      expect(await fact(c, head.token, b.code, 'TTLDXS', false, 'Quyết định bị thu hồi')).toEqual({
        data: { setFact: true },
      });

      for (const reader of [head, c.board]) {
        const { facts } = await app.ok(FACTS, { g: c.code }, reader.token);
        expect(facts).toEqual([
          {
            factId: 'TTLDXS',
            title: 'Đạt danh hiệu Tập thể lao động xuất sắc',
            value: false,
            reason: 'Quyết định bị thu hồi',
            member: { code: b.code },
            setBy: { code: head.code },
          },
          {
            factId: 'UNDER_REVIEW',
            title: 'Đang bị xem xét kỷ luật, thanh tra',
            value: true,
            reason: 'Có đơn thư',
            member: { code: b.code },
            setBy: { code: c.board.code },
          },
        ]);
      }
      expect((await app.ok(FACTS, { g: c.code }, b.token)).facts).toHaveLength(2);
      expect((await app.ok(FACTS, { g: c.code }, d.token)).facts).toEqual([]);
      expect(code(await app.gql(FACTS, { g: c.code }, other.token))).toBe('FORBIDDEN');
      const audit = await app.owner((db) =>
        db.query(
          `SELECT before, after FROM audit_event WHERE action = 'fact.set' AND entity = 'member_fact' ORDER BY seq`,
        ),
      );
      expect(audit.rows).toHaveLength(3);
      expect(audit.rows[2].after).toMatchObject({ value: false, reason: 'Quyết định bị thu hồi' });
      expect(await outbox()).toBe(queued + 3);
    });

    it('marks an optional criterion not applicable with a reason, the head only', async () => {
      expect(code(await score(c, head.token, d.code, '1.4', { notApplicable: true }))).toBe('BAD_USER_INPUT');
      expect(code(await score(c, head.token, d.code, '1.1', { notApplicable: true, reason: 'x' }))).toBe(
        'BAD_USER_INPUT',
      );
      const res = await score(c, head.token, d.code, '1.4', {
        notApplicable: true,
        reason: 'Không phát sinh vụ việc',
      });
      expect(res.data?.setScore).toMatchObject({
        notApplicable: true,
        points: '0',
        reason: 'Không phát sinh vụ việc',
      });
      expect(code(await score(c, b.token, d.code, '1.4', { notApplicable: true, reason: 'x' }))).toBe(
        'FORBIDDEN',
      );
      expect(code(await score(c, c.board.token, d.code, '1.4', { notApplicable: true, reason: 'x' }))).toBe(
        'FORBIDDEN',
      );
    });

    it('lets the board alone score its criterion, and refuses it the others', async () => {
      const headOnBoard = await score(c, head.token, b.code, '1.5', { points: '5' });
      expect(code(headOnBoard)).toBe('FORBIDDEN');
      // The engine's refusal (checkScoreInputAs) names the board "cơ quan thi đua – khen thưởng".
      expect(message(headOnBoard)).toMatch(/thi đua – khen thưởng/i);
      expect(code(await score(c, other.token, b.code, '1.5', { points: '5' }))).toBe('FORBIDDEN');
      expect(code(await score(c, c.board.token, b.code, '2', { points: '10' }))).toBe('FORBIDDEN');
      const res = await score(c, c.board.token, b.code, '1.5', { points: '5' });
      expect(res.data?.setScore).toMatchObject({ points: '5', scorer: { code: c.board.code } });
      const { scores } = await app.ok(
        `query($g: String!) { scores(groupCode: $g, year: 2023, kind: H1) { criterionId scorer { code } } }`,
        { g: c.code },
        head.token,
      );
      expect(scores).toContainEqual({ criterionId: '1.5', scorer: { code: c.board.code } });
    });

    it('lets only the board settle the tie its decision tie-break leaves, checked against the latest ranking', async () => {
      const members = [head, b, d];
      const none = await app.gql(SETTLE, { g: c.code, o: [b.code, d.code] }, c.board.token);
      expect(code(none)).toBe('CONFLICT'); // no ranking computed yet
      // The latest computed ranking, as the engine will write it: b and d tied at 2, left to the board.
      await app.owner((db) =>
        db.query(
          `INSERT INTO ranking_snapshot (group_id, year, kind, period_id, version, input_hash, entries, computed_at)
           SELECT group_id, year, kind, id, 1, 'format2', $2::jsonb, now() FROM period WHERE id = $1`,
          [
            periodId,
            JSON.stringify(
              members.map((m, i) => ({
                organizationId: m.id,
                rank: i === 0 ? 1 : 2,
                total: i === 0 ? '90' : '80',
                band: null,
                breakdown: {},
                proposals: [],
                facts: [],
                tieDecisionBy: i === 0 ? null : 'BOARD',
              })),
            ),
          ],
        ),
      );
      const wrong = await app.gql(SETTLE, { g: c.code, o: [head.code, b.code] }, c.board.token);
      expect(code(wrong)).toBe('BAD_USER_INPUT');
      expect(message(wrong)).toMatch(/hạng 2: .*\(/);
      expect(code(await app.gql(SETTLE, { g: c.code, o: [b.code, d.code, head.code] }, c.board.token))).toBe(
        'BAD_USER_INPUT',
      );
      expect(code(await app.gql(SETTLE, { g: c.code, o: [b.code, b.code] }, c.board.token))).toBe(
        'BAD_USER_INPUT',
      );
      expect(code(await app.gql(SETTLE, { g: c.code, o: [d.code, b.code] }, head.token))).toBe('FORBIDDEN');
      expect(code(await app.gql(SETTLE, { g: c.code, o: [d.code, b.code] }, b.token))).toBe('FORBIDDEN');
      expect(code(await app.gql(SETTLE, { g: c.code, o: [d.code, b.code] }, other.token))).toBe('FORBIDDEN');

      const queued = await outbox();
      const settled = await app.gql(SETTLE, { g: c.code, o: [d.code, b.code] }, c.board.token);
      expect(settled.errors).toBeUndefined();
      expect(settled.data?.settleTie).toMatchObject({ version: 1 });
      // Ordered again by the same body: the row is updated in place.
      expect(
        (await app.gql(SETTLE, { g: c.code, o: [b.code, d.code] }, c.board.token)).errors,
      ).toBeUndefined();
      const rows = await app.owner((db) =>
        db.query(`SELECT decided_by, member_order FROM tie_decision WHERE period_id = $1`, [periodId]),
      );
      expect(rows.rows).toEqual([{ decided_by: 'BOARD', member_order: [b.id, d.id] }]);
      const audit = await app.owner((db) =>
        db.query(`SELECT after FROM audit_event WHERE action = 'tie.settle' ORDER BY seq`),
      );
      expect(audit.rows.map((r) => r.after.codes)).toEqual([
        [d.code, b.code],
        [b.code, d.code],
      ]);
      expect(await outbox()).toBe(queued + 2);
    });
  });

  it('publishes a format 2 regulation', async () => {
    expect(validateRegulation(format2Regulation('CTD-PROBE', 2023)).ok).toBe(true);
    const c = await createCluster(app, { size: 1 });
    const res = await app.gql(PUBLISH, { g: c.code, d: format2Regulation(c.code, 2023) }, c.members[0].token);
    expect(res.errors).toBeUndefined();
  });

  describe('on a format 2 regulation', () => {
    let c: TestCluster;
    let a: TestOrg;
    let b: TestOrg;
    let d: TestOrg;
    let other: TestOrg;
    const entries = async (until: (e: Entry[]) => boolean) =>
      app.waitFor(async () => {
        const { ranking } = await app.ok(RANKING, { g: c.code }, a.token);
        return ranking && until(ranking.entries) && (ranking.entries as Entry[]);
      });
    const of = (list: Entry[], org: TestOrg) => list.find((e) => e.organization.code === org.code)!;

    beforeAll(async () => {
      c = await createCluster(app, { size: 3, regulation: format2Regulation });
      [a, b, d] = c.members;
      other = await anotherBoard();
      for (const [org, category] of [
        [a, 'SO'],
        [b, 'SO'],
        [d, 'CUC'],
      ] as const)
        await app.ok(
          MEMBERSHIP,
          { g: c.code, o: org.code, r: org === a ? 'HEAD' : 'MEMBER', c: category },
          c.admin,
        );
    });

    it('sets facts with a reason, read back by the head, the board and the member itself, audited', async () => {
      expect(await fact(c, a.token, b.code, 'TTLDXS')).toEqual({ data: { setFact: true } });
      expect(code(await fact(c, a.token, b.code, 'TTLDXS', true, '  '))).toBe('BAD_USER_INPUT');
      expect(code(await fact(c, a.token, b.code, 'NO_SUCH_FACT'))).toBe('BAD_USER_INPUT');
      for (const reader of [a, c.board]) {
        const { facts } = await app.ok(FACTS, { g: c.code }, reader.token);
        expect(facts).toEqual([
          {
            factId: 'TTLDXS',
            title: 'Đạt danh hiệu Tập thể lao động xuất sắc',
            value: true,
            reason: 'Có văn bản',
            member: { code: b.code },
            setBy: { code: a.code },
          },
        ]);
      }
      expect((await app.ok(FACTS, { g: c.code }, b.token)).facts).toHaveLength(1);
      expect((await app.ok(FACTS, { g: c.code }, d.token)).facts).toEqual([]);
      const audit = await app.owner((db) =>
        db.query(`SELECT after FROM audit_event WHERE action = 'fact.set' AND entity = 'member_fact'`),
      );
      expect(audit.rows).toHaveLength(1);
    });

    it('leaves a setBy BOARD fact to the group’s board alone', async () => {
      expect(code(await fact(c, a.token, a.code, 'UNDER_REVIEW'))).toBe('FORBIDDEN');
      expect(message(await fact(c, a.token, a.code, 'UNDER_REVIEW'))).toMatch(
        /cơ quan thi đua – khen thưởng/,
      );
      expect(code(await fact(c, b.token, a.code, 'UNDER_REVIEW'))).toBe('FORBIDDEN');
      expect(code(await fact(c, other.token, a.code, 'UNDER_REVIEW'))).toBe('FORBIDDEN');
      expect(code(await fact(c, c.board.token, a.code, 'TTLDXS'))).toBe('FORBIDDEN');
      expect(await fact(c, c.board.token, a.code, 'UNDER_REVIEW', true, 'Có đơn thư chưa kết luận')).toEqual({
        data: { setFact: true },
      });
    });

    it('marks an optional criterion not applicable with a reason, and refuses it elsewhere', async () => {
      expect(code(await score(c, a.token, d.code, '1.4', { notApplicable: true }))).toBe('BAD_USER_INPUT');
      expect(code(await score(c, a.token, d.code, '2', { notApplicable: true, reason: 'x' }))).toBe(
        'BAD_USER_INPUT',
      );
      const res = await score(c, a.token, d.code, '1.4', {
        notApplicable: true,
        reason: 'Không phát sinh vụ việc',
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.setScore).toMatchObject({ notApplicable: true, points: '0' });
    });

    it('lets the board alone score its criterion, and refuses it the others', async () => {
      expect(code(await score(c, a.token, b.code, '1.5', { points: '5' }))).toBe('FORBIDDEN');
      expect(code(await score(c, other.token, b.code, '1.5', { points: '5' }))).toBe('FORBIDDEN');
      expect(code(await score(c, c.board.token, b.code, '2', { points: '70' }))).toBe('FORBIDDEN');
      for (const m of [a, b, d]) {
        const res = await score(c, c.board.token, m.code, '1.5', { points: '5' });
        expect(res.data?.setScore).toMatchObject({ points: '5', scorer: { code: c.board.code } });
      }
    });

    it('applies a fixed deduction at its points only', async () => {
      expect(code(await score(c, a.token, d.code, 'D4', { points: '3' }))).toBe('BAD_USER_INPUT');
      expect(
        (await score(c, a.token, d.code, 'D4', { points: '8', reason: 'Không đăng ký thi đua' })).errors,
      ).toBeUndefined();
    });

    it('ranks to a hand computation, and the board orders the tie its decision tie-break leaves', async () => {
      for (const [m, points] of [
        [a, '70'],
        [b, '70'],
        [d, '60'],
      ] as const)
        expect((await score(c, a.token, m.code, '2', { points })).errors).toBeUndefined();
      for (const m of [a, b])
        expect((await score(c, a.token, m.code, '1.4', { points: '6' })).errors).toBeUndefined();

      // No reports yet (deadline far ahead): 1.1, 1.2 and 1.3 score 0.
      // a, b: 1 = 0 + 0 + 0 + 6 + 5 = 11; 2 = 70; total 81, "Hoàn thành"; tied on criterion 1 and FEMALE_70,
      //   so the decision tie-break leaves them to the board at rank 1.
      // d: 1.4 not applicable: criteria 5 + 60 = 65, scaled 65 × 100 ÷ (100 − 6) = 69.148… → 69.15;
      //   D4 8 capped by deductionsMax 3: 66.15, "Không hoàn thành", rank 3.
      // MERIT by category: a blocked by UNDER_REVIEW (skipped, not counted), b the one SO; d not eligible.
      // Waits for the ranking of every score above: an earlier version (before the 1.4 scores) ties a and b too.
      const before = await entries(
        (e) =>
          e.filter((x) => x.tieDecisionBy === 'BOARD' && x.total === '81').length === 2 &&
          e.some((x) => x.total === '66.15'),
      );
      expect(of(before, a)).toMatchObject({
        rank: 1,
        total: '81',
        band: 'Hoàn thành',
        tieDecisionBy: 'BOARD',
        facts: ['UNDER_REVIEW'],
        awardDecisions: [{ awardId: 'MERIT', status: 'blocked' }],
      });
      expect(of(before, b)).toMatchObject({
        rank: 1,
        total: '81',
        tieDecisionBy: 'BOARD',
        facts: ['TTLDXS'],
        proposals: ['MERIT'],
      });
      expect(of(before, d)).toMatchObject({
        rank: 3,
        total: '66.15',
        band: 'Không hoàn thành',
        tieDecisionBy: null,
        proposals: [],
      });

      const wrong = await app.gql(SETTLE, { g: c.code, o: [b.code, d.code] }, c.board.token);
      expect(code(wrong)).toBe('BAD_USER_INPUT');
      expect(message(wrong)).toMatch(/đồng hạng/);
      expect(code(await app.gql(SETTLE, { g: c.code, o: [b.code, a.code] }, a.token))).toBe('FORBIDDEN');
      expect(code(await app.gql(SETTLE, { g: c.code, o: [b.code, a.code] }, other.token))).toBe('FORBIDDEN');
      const settled = await app.gql(SETTLE, { g: c.code, o: [b.code, a.code] }, c.board.token);
      expect(settled.errors).toBeUndefined();

      const after = await entries((e) => e.every((x) => x.tieDecisionBy === null));
      expect([of(after, b).rank, of(after, a).rank, of(after, d).rank]).toEqual([1, 2, 3]);
      const audit = await app.owner((db) =>
        db.query(`SELECT 1 FROM audit_event WHERE action = 'tie.settle'`),
      );
      expect(audit.rows).toHaveLength(1);
    });
  });

  describe('withdrawing a not-applicable mark', () => {
    let c: TestCluster;
    let head: TestOrg;
    let b: TestOrg;
    let d: TestOrg;
    // Criterion 1 (25 of the 100 points) made optional: a parent, which has no score input of its own.
    const optionalParent = (group: string, year: number) => {
      const r = format2Regulation(group, year);
      return { ...r, criteria: [{ ...r.criteria[0], optional: true }, r.criteria[1]] };
    };
    const totalOf = async (org: TestOrg) => {
      const { ranking } = await app.ok(RANKING, { g: c.code }, head.token);
      const entry = (ranking?.entries as Entry[] | undefined)?.find((e) => e.organization.code === org.code);
      return entry?.total;
    };
    const rows = (criterionId: string) =>
      app.owner(async (db) => {
        const { rows } = await db.query(
          `SELECT s.points::text AS points, s.not_applicable AS "notApplicable" FROM score s JOIN emulation_group g ON g.id = s.group_id
           JOIN organization o ON o.id = s.member_id WHERE g.code = $1 AND o.code = $2 AND s.criterion_id = $3`,
          [c.code, d.code, criterionId],
        );
        return rows as { points: string; notApplicable: boolean }[];
      });

    beforeAll(async () => {
      c = await createCluster(app, { size: 3, regulation: optionalParent });
      [head, b, d] = c.members;
    });

    it('takes the head’s mark off an optional parent, audited, and the ranking is recomputed without it', async () => {
      expect((await score(c, head.token, d.code, '2', { points: '60' })).errors).toBeUndefined();
      const marked = await score(c, head.token, d.code, '1', {
        notApplicable: true,
        reason: 'Không được giao nhiệm vụ chuyên môn',
      });
      expect(marked.errors).toBeUndefined();
      // d: criterion 1 not applicable, 60 × 100 ÷ (100 − 25) = 80.
      await app.waitFor(async () => (await totalOf(d)) === '80');

      // Nothing to withdraw elsewhere, no reason, or not the head's to withdraw: refused, the mark kept.
      const notMarked = await score(c, head.token, b.code, '1', { notApplicable: false, reason: 'x' });
      expect(code(notMarked)).toBe('BAD_USER_INPUT');
      expect(message(notMarked)).toMatch(/chưa được đánh dấu không áp dụng/);
      const noReason = await score(c, head.token, d.code, '1', { notApplicable: false });
      expect(code(noReason)).toBe('BAD_USER_INPUT');
      expect(message(noReason)).toMatch(/Bỏ đánh dấu tiêu chí không áp dụng phải có lý do/);
      for (const token of [b.token, c.board.token, (await anotherBoard()).token])
        expect(code(await score(c, token, d.code, '1', { notApplicable: false, reason: 'x' }))).toBe(
          'FORBIDDEN',
        );
      expect(await rows('1')).toEqual([{ points: '0.0000', notApplicable: true }]);

      const res = await score(c, head.token, d.code, '1', {
        notApplicable: false,
        reason: 'Có giao nhiệm vụ từ quý II',
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.setScore).toMatchObject({
        notApplicable: false,
        reason: 'Có giao nhiệm vụ từ quý II',
        scorer: { code: head.code },
      });
      expect(await rows('1')).toEqual([]);
      const audit = await app.owner((db) =>
        db.query(
          `SELECT before, after FROM audit_event WHERE action = 'score.set' AND after->>'criterionId' = '1'
           AND group_id = (SELECT id FROM emulation_group WHERE code = $1) ORDER BY seq`,
          [c.code],
        ),
      );
      expect(audit.rows.at(-1)).toMatchObject({
        before: { notApplicable: true, reason: 'Không được giao nhiệm vụ chuyên môn' },
        after: { notApplicable: false, reason: 'Có giao nhiệm vụ từ quý II' },
      });
      // Applicable again: 60 + 0 (no report yet for the computed leaves).
      await app.waitFor(async () => (await totalOf(d)) === '60');
      expect(code(await score(c, head.token, d.code, '1', { notApplicable: false, reason: 'x' }))).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('takes a head’s override above max on an allowAboveMax criterion, up to what its lines give', async () => {
      const reason = 'Số liệu cập nhật sau kỳ báo cáo';
      // 1.1: linear, max 10, allowAboveMax, clamped at its last pair (120 %, 12 points).
      const over = await score(c, head.token, b.code, '1.1', { points: '11.5', reason });
      expect(over.errors).toBeUndefined();
      expect(over.data?.setScore).toMatchObject({ points: '11.5' });
      const tooHigh = await score(c, head.token, b.code, '1.1', { points: '12.01', reason });
      expect(code(tooHigh)).toBe('BAD_USER_INPUT');
      expect(message(tooHigh)).toMatch(/phải từ 0 đến 12 \(.*allowAboveMax\)/);
      // 1.2 has no allowAboveMax: its max (2) is the limit, as before.
      const capped = await score(c, head.token, b.code, '1.2', { points: '2.5', reason });
      expect(code(capped)).toBe('BAD_USER_INPUT');
      expect(message(capped)).toMatch(/Điểm phải từ 0 đến 2$/);
      // b: 1 = min(10 + 0, 25) + excess 1.5 = 11.5; 2 not scored: total 11.5.
      await app.waitFor(async () => (await totalOf(b)) === '11.5');
    });

    it('replaces a leaf’s mark with the points given', async () => {
      const reason = 'Không phát sinh vụ việc';
      expect(
        (await score(c, head.token, d.code, '1.4', { notApplicable: true, reason })).errors,
      ).toBeUndefined();
      const res = await score(c, head.token, d.code, '1.4', { notApplicable: false, points: '4' });
      expect(res.data?.setScore).toMatchObject({ notApplicable: false, points: '4' });
      expect(await rows('1.4')).toEqual([{ points: '4.0000', notApplicable: false }]);
    });
  });
});
