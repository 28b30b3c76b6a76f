import { createDataSource, WORKER_ROLE, withUser } from '@thidua/db';
import { DeadlinesProcessor } from '../../apps/worker/src/deadlines/deadlines.processor';
import { asOrg, attempt } from '../support/app-role';
import { createCluster, setScore, TestCluster, TestOrg } from '../support/tenants';
import { TestApp } from '../support/test-app';

// The explanation round (issue 11.3): after scoring the head opens a window; members explain where the head's
// score departs from their self-score; the head gives a second-round score or keeps the first; publication
// waits for the window to close.
const ROUND_VIEW = `window { deadline open closedAt closeReason closedBy { code } }
  items { member { code } criterionId title selfPoints headPoints headReason disputed
    explanation { id text decision secondPoints secondReason evidence { id fileName } } }
  membersToExplain { code } explanationsToDecide`;
const ROUND = `query($g: String!) { explanationRound(groupCode: $g, year: 2023, kind: H1) { ${ROUND_VIEW} } }`;
const OPEN = `mutation($g: String!, $d: DateTime!) { openExplanationWindow(groupCode: $g, year: 2023, kind: H1, deadline: $d) { ${ROUND_VIEW} } }`;
const CLOSE = `mutation($g: String!, $r: String!) { closeExplanationWindow(groupCode: $g, year: 2023, kind: H1, reason: $r) { ${ROUND_VIEW} } }`;
const EXPLAIN = `mutation($i: ExplainScoreInput!) { explainScore(input: $i) { ${ROUND_VIEW} } }`;
const DECIDE = `mutation($i: DecideExplanationInput!) { decideExplanation(input: $i) { ${ROUND_VIEW} } }`;
const PUBLISH = `mutation($g: String!) { publishRanking(groupCode: $g, year: 2023, kind: H1) { id } }`;
const FILE = `query($id: ID!) { explanationEvidenceFile(id: $id) { fileName contentBase64 } }`;
const RANKING = `query($g: String!) { ranking(groupCode: $g, year: 2023, kind: H1) { version entries { organization { code } total underExplanation breakdown } } }`;

const PDF = Buffer.from('%PDF-1.7\nQuyết định công nhận sáng kiến').toString('base64');

interface Item {
  member: { code: string };
  criterionId: string;
  selfPoints: string | null;
  headPoints: string;
  headReason: string | null;
  disputed: boolean;
  explanation: {
    id: string;
    text: string;
    decision: string | null;
    secondPoints: string | null;
    evidence: { id: string; fileName: string }[];
  } | null;
}
interface Round {
  window: {
    open: boolean;
    closedAt: string | null;
    closeReason: string | null;
    closedBy: { code: string } | null;
  };
  items: Item[];
  membersToExplain: { code: string }[];
  explanationsToDecide: number;
}
interface Line {
  id: string;
  result: string;
  underExplanation?: boolean;
  rounds?: { first: { points: string; reason: string | null }; explanation: string; second: unknown };
}
interface Entry {
  organization: { code: string };
  total: string;
  underExplanation: string[];
  breakdown: { lines: Line[] };
}

describe('the explanation round', () => {
  let app: TestApp;
  let cluster: TestCluster;
  let head: TestOrg;
  let b: TestOrg;
  let c: TestOrg;
  const g = () => cluster.code;
  const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    res.errors?.[0]?.extensions?.code;

  /** A member's H1 report with these self-scores, submitted. */
  async function report(member: TestOrg, selfScores: { criterionId: string; points: string }[]) {
    const { createSubmission } = await app.ok(
      `mutation($g: [String!]!) { createSubmission(input: { year: 2023, kind: H1, groupCodes: $g }) { id } }`,
      { g: [g()] },
      member.token,
    );
    await app.ok(
      `mutation($id: ID!, $p: SubmissionPatch!) { updateSubmission(id: $id, patch: $p) { version } }`,
      { id: createSubmission.id, p: { version: 1, selfScores } },
      member.token,
    );
    await app.ok(
      `mutation($id: ID!) { submitSubmission(id: $id) { id } }`,
      { id: createSubmission.id },
      member.token,
    );
  }

  const headScore = (member: TestOrg, criterionId: string, points: string, reason?: string) =>
    app.ok(
      `mutation($i: ScoreInput!) { setScore(input: $i) { points } }`,
      { i: { groupCode: g(), year: 2023, kind: 'H1', memberCode: member.code, criterionId, points, reason } },
      head.token,
    );

  /** The live ranking once `ready` holds for its entries. */
  async function rankingWhen(ready: (entries: Entry[]) => boolean): Promise<Entry[]> {
    return app.waitFor(async () => {
      const entries = (
        (await app.gql(RANKING, { g: g() }, head.token)).data?.ranking as { entries: Entry[] } | null
      )?.entries;
      return entries && ready(entries) ? entries : null;
    });
  }
  const entryOf = (entries: Entry[], member: TestOrg) =>
    entries.find((e) => e.organization.code === member.code)!;
  const lineOf = (entry: Entry, id: string) => entry.breakdown.lines.find((l) => l.id === id)!;

  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
    cluster = await createCluster(app, { size: 3 });
    [head, b, c] = cluster.members;
    await report(b, [
      { criterionId: '1.4', points: '18' },
      { criterionId: '3', points: '15' },
    ]);
    await report(c, [
      { criterionId: '1.4', points: '16' },
      { criterionId: '2.1', points: '10' },
    ]);
    await headScore(b, '1.4', '12', 'Chưa có quyết định công nhận');
    await headScore(b, '3', '15');
    await headScore(c, '1.4', '16');
    await headScore(c, '2.1', '6', 'Thiếu số liệu quý II');
    await setScore(app, cluster, head.token, head.code, '1.4', '10');
  }, 120_000);
  afterAll(() => app.close());

  it('runs the round: explanations, a changed and a kept score, publication after closing', async () => {
    const deadline = new Date(Date.now() + 86_400_000).toISOString();
    expect(code(await app.gql(EXPLAIN, { i: explain('1.4', 'Xin xem lại') }, b.token))).toBe('CONFLICT');
    expect(code(await app.gql(OPEN, { g: g(), d: deadline }, b.token))).toBe('FORBIDDEN');
    expect(code(await app.gql(OPEN, { g: g(), d: '2020-01-01T00:00:00Z' }, head.token))).toBe(
      'BAD_USER_INPUT',
    );
    const opened = (await app.ok(OPEN, { g: g(), d: deadline }, head.token)).openExplanationWindow as Round;
    expect(opened.window.open).toBe(true);
    expect(opened.membersToExplain.map((m) => m.code).sort()).toEqual([b.code, c.code].sort());
    expect(code(await app.gql(OPEN, { g: g(), d: deadline }, head.token))).toBe('CONFLICT');

    // First round: B = 1.4 12 + 3 15 = 27; C = 1.4 16 + 2.1 6 = 22; the disputed lines are under explanation.
    let entries = await rankingWhen((es) => es.length === 3 && entryOf(es, b).underExplanation.length > 0);
    expect(entryOf(entries, b)).toMatchObject({ total: '27', underExplanation: ['1.4'] });
    expect(entryOf(entries, c)).toMatchObject({ total: '22', underExplanation: ['2.1'] });
    const refusedPublish = await app.gql(PUBLISH, { g: g() }, head.token);
    expect(code(refusedPublish)).toBe('CONFLICT');
    expect(refusedPublish.errors?.[0].message).toContain('thời hạn giải trình');

    // B sees its own scores only, beside its self-scores, and explains 1.4 with a file.
    const ownView = (await app.ok(ROUND, { g: g() }, b.token)).explanationRound as Round;
    expect(
      ownView.items.map((i) => [i.member.code, i.criterionId, i.selfPoints, i.headPoints, i.disputed]),
    ).toEqual([
      [b.code, '1.4', '18', '12', true],
      [b.code, '3', '15', '15', false],
    ]);
    expect(ownView.items[0].headReason).toBe('Chưa có quyết định công nhận');
    expect(code(await app.gql(EXPLAIN, { i: explain('3', 'Không khác') }, b.token))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(EXPLAIN, { i: explain('1.4', '   ') }, b.token))).toBe('BAD_USER_INPUT');
    const badFile = {
      ...explain('1.4', 'Có quyết định'),
      evidence: [{ fileName: 'qd.pdf', contentBase64: 'aGVsbG8=' }],
    };
    expect(code(await app.gql(EXPLAIN, { i: badFile }, b.token))).toBe('BAD_USER_INPUT');
    const withFile = {
      ...explain('1.4', 'Có Quyết định 12/QĐ-UBND công nhận sáng kiến'),
      evidence: [{ fileName: 'qd.pdf', contentBase64: PDF }],
    };
    const explained = (await app.ok(EXPLAIN, { i: withFile }, b.token)).explainScore as Round;
    const bExplanation = explained.items[0].explanation!;
    expect(bExplanation).toMatchObject({ decision: null, evidence: [{ fileName: 'qd.pdf' }] });
    expect(code(await app.gql(EXPLAIN, { i: withFile }, b.token))).toBe('CONFLICT');
    expect(code(await app.gql(EXPLAIN, { i: explain('1.4', 'Trưởng cụm') }, head.token))).toBe('FORBIDDEN');
    await app.ok(EXPLAIN, { i: explain('2.1', 'Số liệu quý II đã gửi kèm báo cáo') }, c.token);

    // The application wall: C reads neither B's explanation nor its file, and cannot decide it.
    const cView = (await app.ok(ROUND, { g: g() }, c.token)).explanationRound as Round;
    expect(cView.items.every((i) => i.member.code === c.code)).toBe(true);
    expect(JSON.stringify(cView)).not.toContain('12/QĐ-UBND');
    const fileId = bExplanation.evidence[0].id;
    expect(code(await app.gql(FILE, { id: fileId }, c.token))).toBe('NOT_FOUND');
    expect((await app.ok(FILE, { id: fileId }, head.token)).explanationEvidenceFile.contentBase64).toBe(PDF);
    expect((await app.ok(FILE, { id: fileId }, b.token)).explanationEvidenceFile.fileName).toBe('qd.pdf');
    expect(code(await app.gql(DECIDE, { i: { explanationId: bExplanation.id, keep: true } }, c.token))).toBe(
      'NOT_FOUND',
    );

    // The head sees both explanations, nobody left to explain, two to decide.
    const headView = (await app.ok(ROUND, { g: g() }, head.token)).explanationRound as Round;
    expect(headView.items.map((i) => `${i.member.code}:${i.criterionId}`).sort()).toEqual(
      [`${b.code}:1.4`, `${c.code}:2.1`].sort(),
    );
    expect(headView.membersToExplain).toEqual([]);
    expect(headView.explanationsToDecide).toBe(2);
    const cExplanation = headView.items.find((i) => i.member.code === c.code)!.explanation!;

    // B's 1.4 goes to 16 in the second round (a reason required, the maximum 20 held); C's 2.1 stays at 6.
    const change = (points: string, reason?: string) => ({
      explanationId: bExplanation.id,
      keep: false,
      points,
      reason,
    });
    expect(code(await app.gql(DECIDE, { i: change('16') }, head.token))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(DECIDE, { i: change('25', 'Vượt') }, head.token))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(DECIDE, { i: change('16', 'Đã có quyết định') }, b.token))).toBe('FORBIDDEN');
    await app.ok(DECIDE, { i: change('16', 'Đã có quyết định công nhận') }, head.token);
    const decided = (await app.ok(DECIDE, { i: { explanationId: cExplanation.id, keep: true } }, head.token))
      .decideExplanation as Round;
    expect(decided.explanationsToDecide).toBe(0);
    expect(
      code(await app.gql(DECIDE, { i: { explanationId: cExplanation.id, keep: true } }, head.token)),
    ).toBe('CONFLICT');

    // Second round: B = 16 + 15 = 31; C unchanged at 22; the breakdown shows both rounds.
    entries = await rankingWhen(
      (es) => entryOf(es, b).total === '31' && entryOf(es, c).underExplanation.length === 0,
    );
    expect(entryOf(entries, c).total).toBe('22');
    expect(lineOf(entryOf(entries, b), '1.4')).toMatchObject({
      result: '16',
      rounds: {
        first: { points: '12', reason: 'Chưa có quyết định công nhận' },
        explanation: 'Có Quyết định 12/QĐ-UBND công nhận sáng kiến',
        second: { points: '16', reason: 'Đã có quyết định công nhận', kept: false },
      },
    });
    expect(lineOf(entryOf(entries, c), '2.1')).toMatchObject({
      result: '6',
      rounds: { first: { points: '6' }, second: { points: '6', kept: true, reason: null } },
    });
    expect(lineOf(entryOf(entries, b), '1.4').underExplanation).toBeUndefined();

    // Closing early needs a reason; afterwards nobody explains, and the ranking may be published.
    expect(code(await app.gql(CLOSE, { g: g(), r: '  ' }, head.token))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(CLOSE, { g: g(), r: 'Đủ' }, b.token))).toBe('FORBIDDEN');
    const closed = (await app.ok(CLOSE, { g: g(), r: 'Các đơn vị đã giải trình đủ' }, head.token))
      .closeExplanationWindow as Round;
    expect(closed.window).toMatchObject({
      open: false,
      closeReason: 'Các đơn vị đã giải trình đủ',
      closedBy: { code: head.code },
    });
    const late = await app.gql(EXPLAIN, { i: explain('3', 'Muộn') }, b.token);
    expect(code(late)).toBe('CONFLICT');
    expect(late.errors?.[0].message).toContain('Giải trình đã đóng');
    await app.waitFor(async () => !(await app.gql(PUBLISH, { g: g() }, head.token)).errors);

    const { rows } = await app.owner((db) =>
      db.query(
        `SELECT action, count(*)::int AS n FROM audit_event WHERE action LIKE 'explanation.%' GROUP BY action ORDER BY action`,
      ),
    );
    expect(rows).toEqual([
      { action: 'explanation.close', n: 1 },
      { action: 'explanation.decide', n: 2 },
      { action: 'explanation.explain', n: 2 },
      { action: 'explanation.open', n: 1 },
    ]);
  });

  it('lets PostgreSQL alone refuse a member reading or writing another member’s explanations', async () => {
    const { rows } = await app.owner((db) =>
      db.query(
        `SELECT e.id, e.window_id, e.group_id, e.period_id FROM explanation e JOIN emulation_group g ON g.id = e.group_id
          WHERE g.code = $1 AND e.member_id = $2`,
        [g(), b.id],
      ),
    );
    const [theirs] = rows as { id: string; window_id: string; group_id: string; period_id: string }[];
    await asOrg(app.ownerUrl, c.id, async (db) => {
      expect((await attempt(db, `SELECT 1 FROM explanation WHERE id = $1`, [theirs.id])).rowCount).toBe(0);
      expect(
        (await attempt(db, `SELECT 1 FROM explanation_evidence WHERE member_id = $1`, [b.id])).rowCount,
      ).toBe(0);
      const inTheirName = await attempt(
        db,
        `INSERT INTO explanation (group_id, year, kind, period_id, window_id, member_id, criterion_id, text, explained_by_user_id)
         VALUES ($1, 2023, 'H1', $2, $3, $4, '2.1', 'Giả mạo', gen_random_uuid())`,
        [theirs.group_id, theirs.period_id, theirs.window_id, b.id],
      );
      expect(inTheirName.error?.message).toContain('row-level security');
      const decision = await attempt(
        db,
        `UPDATE explanation SET decision = 'KEPT', decided_by_id = app_org_id() WHERE id = $1`,
        [theirs.id],
      );
      expect(decision.rowCount).toBe(0);
      const text = await attempt(db, `UPDATE explanation SET text = 'Sửa' WHERE id = $1`, [theirs.id]);
      expect(text.error?.message).toContain('permission denied');
    });
  });

  it('closes the window at its deadline: explaining is refused at once, the sweep closes it for the ranking', async () => {
    const other = await createCluster(app, { size: 2 });
    const [otherHead, member] = other.members;
    await setScore(app, other, otherHead.token, member.code, '1.4', '5');
    const d = new Date(Date.now() + 86_400_000).toISOString();
    await app.ok(OPEN, { g: other.code, d }, otherHead.token);
    await app.owner((db) =>
      db.query(
        `UPDATE explanation_window w SET deadline = now() - interval '1 minute' FROM emulation_group g
          WHERE g.id = w.group_id AND g.code = $1`,
        [other.code],
      ),
    );
    const input = { groupCode: other.code, year: 2023, kind: 'H1', criterionId: '1.4', text: 'Muộn' };
    const late = await app.gql(EXPLAIN, { i: input }, member.token);
    expect(late.errors?.[0].message).toContain('Đã hết hạn giải trình');
    const workerDb = await createDataSource(withUser(app.ownerUrl, WORKER_ROLE), 1).initialize();
    try {
      // The app's own worker may sweep first: either way the window ends closed at its deadline, once.
      await new DeadlinesProcessor(workerDb).handle();
      expect((await new DeadlinesProcessor(workerDb).handle()).explanationWindows).toBe(0);
    } finally {
      await workerDb.destroy();
    }
    const { rows } = await app.owner((db) =>
      db.query(
        `SELECT w.closed_at = w.deadline AS at_deadline, w.close_reason FROM explanation_window w
          JOIN emulation_group g ON g.id = w.group_id WHERE g.code = $1`,
        [other.code],
      ),
    );
    expect(rows).toEqual([{ at_deadline: true, close_reason: null }]);
    const round = (await app.ok(ROUND, { g: other.code }, otherHead.token)).explanationRound as Round;
    expect(round.window).toMatchObject({ open: false, closeReason: null, closedBy: null });
    expect(round.membersToExplain).toEqual([]);
  });

  /** B's or C's explanation input for one id. */
  function explain(criterionId: string, text: string) {
    return { groupCode: g(), year: 2023, kind: 'H1', criterionId, text };
  }
});
