import { createCluster, testRegulation, TestCluster, TestOrg } from '../support/tenants';
import { GqlResult, TestApp } from '../support/test-app';

// A whole year of one group through the API (issue 11, "Tests"): covenant and registration, H1 and FY reports,
// scoring, the explanation round, publication, the board's approval, dossiers, the decision that closes the FY
// period, next year's head. The ranking is checked against a hand computation at each step.
//
// One `it` per stage of the year, in order, sharing the group: each stage starts from where the last one left
// the year (as the group lives it), so a failing stage makes the later ones fail too — read the first failure.
//
// The regulation: REGULATION.md's test regulation in format 2, with the portal's facts, a deduction D4 of 8 for
// not registering, a head-set fact that blocks the award, and one award (MERIT, 2 places) that requires
// registration. Only the manual criteria 1.4 (max 20), 2.1 (max 10) and 3 (max 15) are scored; with no figures
// reported every other criterion gives 0, and every report is on time (no D1/D2).
const MERIT = 'Bằng khen của Bộ trưởng Bộ Công Thương';
const regulation = (code: string, year: number) => ({
  ...testRegulation(code, year),
  format: 2,
  facts: [
    { id: 'COVENANT_SIGNED', title: 'Đã ký giao ước thi đua', setBy: 'PORTAL' },
    { id: 'REGISTERED', title: 'Đã đăng ký thi đua', setBy: 'PORTAL' },
    { id: 'DISCIPLINE', title: 'Có cán bộ bị kỷ luật trong năm' },
  ],
  deductions: [
    ...testRegulation(code, year).deductions,
    { id: 'D4', title: 'Không đăng ký thi đua', kind: 'withoutFact', fact: 'REGISTERED', points: 8 },
  ],
  awards: [
    {
      id: 'MERIT',
      title: MERIT,
      quota: { count: 2 },
      eligibility: { requiresFacts: ['REGISTERED'], blockedByFacts: ['DISCIPLINE'] },
    },
  ],
});

type Kind = 'H1' | 'FY';
const COVENANT_VIEW = `notSigned { code } notRegistered { code } signatures { member { code } } registrations { member { code } titles { id } }`;
const PUBLISH_COVENANT = `mutation($g: String!, $c: [CovenantCommitmentInput!]!, $d: DateTime!) {
  publishCovenant(groupCode: $g, year: 2023, commitments: $c, registrationDeadline: $d) { id } }`;
const SIGN = `mutation($g: String!) { signCovenant(groupCode: $g, year: 2023) { id } }`;
const REGISTER = `mutation($g: String!, $t: [String!]!) { registerTitles(groupCode: $g, year: 2023, titles: $t) { id } }`;
const COVENANT = `query($g: String!) { covenant(groupCode: $g, year: 2023) { ${COVENANT_VIEW} } }`;
const RANKING = `query($g: String!, $k: PeriodKind!) { ranking(groupCode: $g, year: 2023, kind: $k) {
  id version published reviewState period { state }
  entries { organization { code } rank total facts underExplanation proposals awardDecisions { awardId status note } breakdown } } }`;
const PUBLISH_RANKING = `mutation($g: String!, $k: PeriodKind!) { publishRanking(groupCode: $g, year: 2023, kind: $k) { id } }`;
const SET_SCORE = `mutation($i: ScoreInput!) { setScore(input: $i) { points } }`;
const ROUND = `window { open } items { member { code } criterionId selfPoints headPoints disputed explanation { id decision secondPoints } }
  membersToExplain { code } explanationsToDecide`;
const OPEN_WINDOW = `mutation($g: String!, $k: PeriodKind!, $d: DateTime!) { openExplanationWindow(groupCode: $g, year: 2023, kind: $k, deadline: $d) { ${ROUND} } }`;
const CLOSE_WINDOW = `mutation($g: String!, $r: String!) { closeExplanationWindow(groupCode: $g, year: 2023, kind: H1, reason: $r) { ${ROUND} } }`;
const EXPLAIN = `mutation($i: ExplainScoreInput!) { explainScore(input: $i) { ${ROUND} } }`;
const DECIDE_EXPLANATION = `mutation($i: DecideExplanationInput!) { decideExplanation(input: $i) { ${ROUND} } }`;
const DOSSIER = `id member { code } awardId state reason`;
const STAGE = `query($g: String!) { dossierStage(groupCode: $g, year: 2023, kind: FY) {
  periodState closed dossiers { ${DOSSIER} } headToAct { id } boardToAct { id } decision { number grants { member { code } awardTitle } } } }`;
const OPEN_DOSSIERS = `mutation($g: String!, $d: DateTime!) { openDossiers(groupCode: $g, year: 2023, kind: FY, deadline: $d) { dossiers { ${DOSSIER} } } }`;
const SAVE_REPORT = `mutation($id: ID!, $f: AchievementFormInput) { saveAchievementReport(dossierId: $id, form: $f) { ${DOSSIER} } }`;
const ATTACH = `mutation($id: ID!) { attachDossierDocuments(dossierId: $id,
  coverLetter: { number: "21/TTr-CTĐ", date: "2024-01-08", signerName: "Lê Văn Ánh", signerTitle: "Trưởng cụm" },
  minutes: { number: "20/BB-CTĐ", date: "2024-01-05", signerName: "Lê Văn Ánh", signerTitle: "Chủ trì" }) { ${DOSSIER} } }`;
const SUBMIT_DOSSIER = `mutation($id: ID!) { submitDossier(dossierId: $id) { ${DOSSIER} } }`;
const DECIDE_DOSSIER = `mutation($id: ID!, $o: DossierOutcome!, $r: String) { decideDossier(dossierId: $id, outcome: $o, reason: $r) { ${DOSSIER} } }`;
const RECORD_DECISION = `mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { number grants { member { code } awardTitle } } }`;
const SUCCESSION = `state headVotes { candidate { code } votes } deputyVotes { candidate { code } votes }
  handover { outgoingHead { code } incomingHead { code } deputy { code } method }`;
const OPEN_SUCCESSION = `mutation($g: String!) { openSuccession(groupCode: $g, year: 2023) { ${SUCCESSION} } }`;
const CAST_BALLOT = `mutation($g: String!, $h: String!, $d: String!) { castSuccessionBallot(groupCode: $g, year: 2023, headCode: $h, deputyCode: $d) { ${SUCCESSION} } }`;
const CLOSE_SUCCESSION = `mutation($g: String!) { closeSuccession(groupCode: $g, year: 2023) { ${SUCCESSION} } }`;
const MEMBERS = `query($g: String!, $y: Int!) { group(code: $g) { members(year: $y) { role organization { code } } } }`;

interface Line {
  id: string;
  result: string;
  note: string;
  rounds?: { first: { points: string }; second: { points: string; kept: boolean } };
}
interface Entry {
  organization: { code: string };
  rank: number;
  total: string;
  facts: string[];
  underExplanation: string[];
  proposals: string[];
  awardDecisions: { awardId: string; status: string; note: string }[];
  breakdown: { lines: Line[] };
}
interface Ranking {
  id: string;
  published: boolean;
  reviewState: string | null;
  period: { state: string };
  entries: Entry[];
}
interface RoundView {
  window: { open: boolean };
  items: {
    member: { code: string };
    criterionId: string;
    disputed: boolean;
    explanation: { id: string; decision: string | null; secondPoints: string | null } | null;
  }[];
  membersToExplain: { code: string }[];
  explanationsToDecide: number;
}
interface Dossier {
  id: string;
  member: { code: string };
  awardId: string;
  state: string;
  reason: string | null;
}
/** A member's place in the ranking, by its letter: [letter, rank, total]. */
type Standing = [string, number, string];
/** Points on 1.4, 2.1 and 3, in that order; null leaves one out. */
type Manual = [string | null, string | null, string | null];

const STAGE_MS = 90_000;
const achievementForm = (achievements: string) => ({
  introduction: 'Sở có 9 phòng chuyên môn, 64 công chức.',
  achievements,
  figures: [{ label: 'Nhiệm vụ hoàn thành', value: '23/23' }],
  titles: ['Tập thể lao động tiên tiến năm 2022'],
  signerTitle: 'Giám đốc',
  signerName: 'Phạm Thị Hồng',
});

describe('a whole year for one group, through the API', () => {
  let app: TestApp;
  let cluster: TestCluster;
  // A is the head of 2023; B, C and D members.
  let a: TestOrg, b: TestOrg, c: TestOrg, d: TestOrg;
  const g = () => cluster.code;
  const letter = (code: string) => ['A', 'B', 'C', 'D'][cluster.members.findIndex((m) => m.code === code)];
  const codeOf = (o: { code: string } | { member: { code: string } }) =>
    'code' in o ? o.code : o.member.code;
  const letters = (orgs: ({ code: string } | { member: { code: string } })[]) =>
    orgs.map((o) => letter(codeOf(o))).sort();
  const refusal = (res: GqlResult) => res.errors?.[0]?.extensions;

  /** The member's report of the period with these self-scores on 1.4, 2.1 and 3 (none when omitted), submitted. */
  async function fileReport(member: TestOrg, kind: Kind, self?: Manual) {
    const { createSubmission } = await app.ok(
      `mutation($g: [String!]!, $k: PeriodKind!) { createSubmission(input: { year: 2023, kind: $k, groupCodes: $g }) { id version } }`,
      { g: [g()], k: kind },
      member.token,
    );
    const selfScores = self ? manual(self).map(([criterionId, points]) => ({ criterionId, points })) : [];
    await app.ok(
      `mutation($id: ID!, $p: SubmissionPatch!) { updateSubmission(id: $id, patch: $p) { version } }`,
      {
        id: createSubmission.id,
        p: {
          version: createSubmission.version,
          sections: [
            { path: 'I', title: 'Kết quả thực hiện nhiệm vụ', body: 'Hoàn thành 23 nhiệm vụ được giao.' },
          ],
          selfScores,
        },
      },
      member.token,
    );
    await app.ok(
      `mutation($id: ID!) { submitSubmission(id: $id) { id } }`,
      { id: createSubmission.id },
      member.token,
    );
  }

  /** The head's score of one id for one member; a reason where it departs from the self-score. */
  const score = (kind: Kind, member: TestOrg, criterionId: string, points: string, reason?: string) =>
    app.gql(
      SET_SCORE,
      { i: { groupCode: g(), year: 2023, kind, memberCode: member.code, criterionId, points, reason } },
      a.token,
    );
  async function scoreAll(kind: Kind, member: TestOrg, points: Manual) {
    for (const [criterionId, p] of manual(points))
      expect((await score(kind, member, criterionId, p)).errors).toBeUndefined();
  }

  /**
   * The head's live ranking of the period once it stands as `expected` (rank order) and `ready` holds; at the
   * timeout, the standing it last had is compared, so a wrong total fails with the difference.
   */
  async function settledRanking(
    kind: Kind,
    expected: Standing[],
    ready: (r: Ranking) => boolean = () => true,
  ): Promise<Ranking> {
    let last: Ranking | null = null;
    const standing = (r: Ranking | null) =>
      (r?.entries ?? []).map((e): Standing => [letter(e.organization.code), e.rank, e.total]);
    const settled = await app
      .waitFor(async () => {
        last = ((await app.gql(RANKING, { g: g(), k: kind }, a.token)).data?.ranking as Ranking) ?? null;
        return last && JSON.stringify(standing(last)) === JSON.stringify(expected) && ready(last) && last;
      }, 30_000)
      .catch(() => null);
    expect(standing(last)).toEqual(expected);
    expect(settled).not.toBeNull();
    return settled!;
  }
  const entryOf = (r: Ranking, m: TestOrg) => r.entries.find((e) => e.organization.code === m.code)!;
  const lineOf = (e: Entry, id: string) => e.breakdown.lines.find((l) => l.id === id)!;

  /** Published once the ranking has caught up with the last change (publishRanking refuses a stale one). */
  const publish = (kind: Kind) =>
    app.waitFor(
      async () =>
        (await app.gql<{ publishRanking: { id: string } }>(PUBLISH_RANKING, { g: g(), k: kind }, a.token))
          .data?.publishRanking,
    );

  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
    cluster = await createCluster(app, { size: 4, regulation });
    [a, b, c, d] = cluster.members;
  }, STAGE_MS);
  afterAll(() => app.close());

  it('starts the year: the covenant signed by all but C, titles registered by all but D', async () => {
    const deadline = new Date(Date.now() + 86_400_000).toISOString();
    const commitments = [
      { text: 'Hoàn thành 100% nhiệm vụ được giao', target: '100%' },
      { text: 'Không có cán bộ vi phạm kỷ luật' },
    ];
    await app.ok(PUBLISH_COVENANT, { g: g(), c: commitments, d: deadline }, a.token);
    for (const m of [a, b, d]) await app.ok(SIGN, { g: g() }, m.token);
    for (const m of [a, b, c]) await app.ok(REGISTER, { g: g(), t: ['MERIT', 'TTLDXS'] }, m.token);

    const { covenant } = await app.ok(COVENANT, { g: g() }, a.token);
    expect(letters(covenant.signatures)).toEqual(['A', 'B', 'D']);
    expect(letters(covenant.notSigned)).toEqual(['C']);
    expect(letters(covenant.registrations)).toEqual(['A', 'B', 'C']);
    expect(letters(covenant.notRegistered)).toEqual(['D']);
  });

  it(
    'takes the H1 reports in: the ranking of the self-scores reads the covenant, D loses D4',
    async () => {
      // Self-scores (1.4 + 2.1 + 3), unreviewed until the head scores:
      //   A 18 + 8 + 12 = 38;  B 18 + 9 + 14 = 41;  C 17 + 10 + 13 = 40;
      //   D 20 + 10 + 15 = 45, not registered: D4 −8 → 37.  C did not sign, but no rule reads COVENANT_SIGNED.
      await fileReport(a, 'H1', ['18', '8', '12']);
      await fileReport(b, 'H1', ['18', '9', '14']);
      await fileReport(c, 'H1', ['17', '10', '13']);
      await fileReport(d, 'H1', ['20', '10', '15']);
      const ranking = await settledRanking('H1', [
        ['B', 1, '41'],
        ['C', 2, '40'],
        ['A', 3, '38'],
        ['D', 4, '37'],
      ]);
      expect(entryOf(ranking, a).facts).toEqual(['COVENANT_SIGNED', 'REGISTERED']);
      expect(entryOf(ranking, c).facts).toEqual(['REGISTERED']);
      expect(entryOf(ranking, d).facts).toEqual(['COVENANT_SIGNED']);
      expect(lineOf(entryOf(ranking, d), 'D4')).toMatchObject({
        result: '8',
        note: 'Không có dữ kiện "Đã đăng ký thi đua": trừ 8',
      });
      expect(lineOf(entryOf(ranking, c), 'D4').result).toBe('0');
    },
    STAGE_MS,
  );

  it(
    'has the head score H1, departing from B’s 1.4 and C’s 2.1 with a reason',
    async () => {
      // The head: A 18 + 8 + 12 = 38 (as self-scored);  B 12 (self 18) + 9 + 14 = 35;
      //   C 17 + 6 (self 10) + 13 = 36;  D 20 + 10 + 15 − 8 = 37.
      await scoreAll('H1', a, ['18', '8', '12']);
      expect((await score('H1', b, '1.4', '12', 'Chưa có quyết định công nhận')).errors).toBeUndefined();
      await scoreAll('H1', b, [null, '9', '14']);
      await scoreAll('H1', c, ['17', null, '13']);
      expect((await score('H1', c, '2.1', '6', 'Thiếu số liệu quý II')).errors).toBeUndefined();
      await scoreAll('H1', d, ['20', '10', '15']);
      await settledRanking('H1', [
        ['A', 1, '38'],
        ['D', 2, '37'],
        ['C', 3, '36'],
        ['B', 4, '35'],
      ]);
    },
    STAGE_MS,
  );

  // Publishing H1 is refused for the open window itself (not for a ranking still being computed).
  const WINDOW_OPEN = { code: 'CONFLICT', problems: [{ path: 'explanation' }] };
  const publicationRefusal = async () =>
    refusal(await app.gql(PUBLISH_RANKING, { g: g(), k: 'H1' }, a.token));

  it(
    'runs the explanation round: B’s score changes, C’s is kept, publication waits for the window',
    async () => {
      const opened = (
        await app.ok(
          OPEN_WINDOW,
          { g: g(), k: 'H1', d: new Date(Date.now() + 86_400_000).toISOString() },
          a.token,
        )
      ).openExplanationWindow as RoundView;
      // Only B and C have a head's score departing from their self-score.
      expect(letters(opened.membersToExplain)).toEqual(['B', 'C']);

      // While the window is open the ranking marks the disputed lines (totals as the first round) and is not
      // published: members still see none.
      let ranking = await settledRanking(
        'H1',
        [
          ['A', 1, '38'],
          ['D', 2, '37'],
          ['C', 3, '36'],
          ['B', 4, '35'],
        ],
        (r) => entryOf(r, b).underExplanation.length > 0,
      );
      expect(entryOf(ranking, b).underExplanation).toEqual(['1.4']);
      expect(entryOf(ranking, c).underExplanation).toEqual(['2.1']);
      expect(await publicationRefusal()).toMatchObject(WINDOW_OPEN);
      expect((await app.ok(RANKING, { g: g(), k: 'H1' }, b.token)).ranking).toBeNull();

      const explain = (member: TestOrg, criterionId: string, text: string) =>
        app.ok(EXPLAIN, { i: { groupCode: g(), year: 2023, kind: 'H1', criterionId, text } }, member.token);
      await explain(b, '1.4', 'Có Quyết định 12/QĐ-UBND công nhận sáng kiến');
      await explain(c, '2.1', 'Số liệu quý II đã gửi kèm báo cáo');
      const forHead = (
        await app.ok(
          `query($g: String!) { explanationRound(groupCode: $g, year: 2023, kind: H1) { ${ROUND} } }`,
          { g: g() },
          a.token,
        )
      ).explanationRound as RoundView;
      expect(forHead.membersToExplain).toEqual([]);
      expect(forHead.explanationsToDecide).toBe(2);
      const explanationOf = (m: TestOrg) =>
        forHead.items.find((i) => i.member.code === m.code)!.explanation!.id;
      await app.ok(
        DECIDE_EXPLANATION,
        {
          i: {
            explanationId: explanationOf(b),
            keep: false,
            points: '16',
            reason: 'Đã có quyết định công nhận',
          },
        },
        a.token,
      );
      const decided = (
        await app.ok(DECIDE_EXPLANATION, { i: { explanationId: explanationOf(c), keep: true } }, a.token)
      ).decideExplanation as RoundView;
      expect(decided.explanationsToDecide).toBe(0);

      // Second round: B 16 + 9 + 14 = 39 (was 35);  C kept: 36;  A 38 and D 37 untouched.
      ranking = await settledRanking(
        'H1',
        [
          ['B', 1, '39'],
          ['A', 2, '38'],
          ['D', 3, '37'],
          ['C', 4, '36'],
        ],
        (r) => r.entries.every((e) => e.underExplanation.length === 0),
      );
      expect(lineOf(entryOf(ranking, b), '1.4').rounds).toMatchObject({
        first: { points: '12' },
        second: { points: '16', kept: false },
      });
      expect(lineOf(entryOf(ranking, c), '2.1').rounds).toMatchObject({
        first: { points: '6' },
        second: { points: '6', kept: true },
      });
      // Still refused until the window closes; the head closes it early, saying why, and publishes.
      expect(await publicationRefusal()).toMatchObject(WINDOW_OPEN);
      await app.ok(CLOSE_WINDOW, { g: g(), r: 'Các đơn vị đã giải trình đủ' }, a.token);
      await publish('H1');
      const published = (await app.ok(RANKING, { g: g(), k: 'H1' }, b.token)).ranking as Ranking;
      expect(published).toMatchObject({ published: true, period: { state: 'PUBLISHED' } });
      expect(entryOf(published, b).total).toBe('39');
    },
    STAGE_MS,
  );

  it(
    'takes the FY reports, scores and publishes them; the award skips D, not registered; the board approves',
    async () => {
      for (const m of cluster.members) await fileReport(m, 'FY');
      // The head: B 18 + 10 + 15 = 43;  D 20 + 10 + 15 = 45 − 8 (D4) = 37;  A 16 + 9 + 11 = 36;  C 15 + 8 + 10 = 33.
      // MERIT's 2 places in rank order among the registered: B (1st) and A (3rd); D (2nd) has not registered.
      await scoreAll('FY', a, ['16', '9', '11']);
      await scoreAll('FY', b, ['18', '10', '15']);
      await scoreAll('FY', c, ['15', '8', '10']);
      await scoreAll('FY', d, ['20', '10', '15']);
      const ranking = await settledRanking('FY', [
        ['B', 1, '43'],
        ['D', 2, '37'],
        ['A', 3, '36'],
        ['C', 4, '33'],
      ]);
      expect(ranking.entries.map((e) => [letter(e.organization.code), e.proposals])).toEqual([
        ['B', ['MERIT']],
        ['D', []],
        ['A', ['MERIT']],
        ['C', []],
      ]);
      expect(entryOf(ranking, d).awardDecisions).toEqual([
        { awardId: 'MERIT', status: 'notEligible', note: expect.stringContaining('Đã đăng ký thi đua') },
      ]);
      expect(entryOf(ranking, c).awardDecisions[0].status).toBe('quotaFull');

      const { id } = await publish('FY');
      const { reviewRanking } = await app.ok(
        `mutation($id: ID!) { reviewRanking(rankingId: $id, approve: true, decisionNumber: "130/QĐ-BCT") { reviewState period { state } } }`,
        { id },
        cluster.board.token,
      );
      expect(reviewRanking).toEqual({ reviewState: 'APPROVED', period: { state: 'REVIEWED' } });
    },
    STAGE_MS,
  );

  let dossierOf: (m: TestOrg) => string;

  it(
    'takes the dossiers to the board: A’s accepted, B’s returned and resubmitted, then accepted',
    async () => {
      const { openDossiers } = await app.ok(
        OPEN_DOSSIERS,
        { g: g(), d: new Date(Date.now() + 7 * 86_400_000).toISOString() },
        a.token,
      );
      const dossiers = openDossiers.dossiers as Dossier[];
      expect(dossiers.map((x) => [letter(x.member.code), x.awardId]).sort()).toEqual([
        ['A', 'MERIT'],
        ['B', 'MERIT'],
      ]);
      dossierOf = (m) => dossiers.find((x) => x.member.code === m.code)!.id;
      for (const m of [a, b]) {
        await app.ok(
          SAVE_REPORT,
          { id: dossierOf(m), f: achievementForm('Hoàn thành vượt mức 5 chỉ tiêu.') },
          m.token,
        );
        await app.ok(ATTACH, { id: dossierOf(m) }, a.token);
        expect((await app.ok(SUBMIT_DOSSIER, { id: dossierOf(m) }, a.token)).submitDossier.state).toBe(
          'SUBMITTED',
        );
      }
      const board = cluster.board.token;
      expect((await app.ok(STAGE, { g: g() }, board)).dossierStage.boardToAct).toHaveLength(2);

      await app.ok(DECIDE_DOSSIER, { id: dossierOf(a), o: 'ACCEPT' }, board);
      const returned = (
        await app.ok(DECIDE_DOSSIER, { id: dossierOf(b), o: 'RETURN', r: 'Bổ sung số liệu cả năm' }, board)
      ).decideDossier as Dossier;
      expect(returned).toMatchObject({ state: 'RETURNED', reason: 'Bổ sung số liệu cả năm' });
      expect((await app.ok(STAGE, { g: g() }, a.token)).dossierStage.headToAct).toEqual([
        { id: dossierOf(b) },
      ]);
      await app.ok(
        SAVE_REPORT,
        {
          id: dossierOf(b),
          f: achievementForm('Hoàn thành vượt mức 5 chỉ tiêu; số liệu cả năm đã bổ sung.'),
        },
        b.token,
      );
      expect((await app.ok(SUBMIT_DOSSIER, { id: dossierOf(b) }, a.token)).submitDossier.state).toBe(
        'SUBMITTED',
      );
      expect(
        (await app.ok(DECIDE_DOSSIER, { id: dossierOf(b), o: 'ACCEPT' }, board)).decideDossier.state,
      ).toBe('ACCEPTED');
    },
    STAGE_MS,
  );

  const decisionInput = () => ({
    groupCode: g(),
    year: 2023,
    kind: 'FY',
    number: '18/QĐ-BCT',
    date: '2024-01-20',
    signerName: 'Nguyễn Thị Hường',
    signerTitle: 'Bộ trưởng',
    dossierIds: [dossierOf(a), dossierOf(b)],
  });

  it(
    'records the board’s decision: the awards granted, the FY period closed, the ranking as computed',
    async () => {
      const { recordDecision } = await app.ok(RECORD_DECISION, { i: decisionInput() }, cluster.board.token);
      expect(recordDecision.number).toBe('18/QĐ-BCT');
      expect(letters(recordDecision.grants)).toEqual(['A', 'B']);
      expect((await app.ok(STAGE, { g: g() }, c.token)).dossierStage).toMatchObject({
        periodState: 'CLOSED',
        closed: true,
        decision: { number: '18/QĐ-BCT' },
      });
      // The FY ranking as approved: B 43, D 37, A 36, C 33 — the decision changes no number.
      const ranking = await settledRanking('FY', [
        ['B', 1, '43'],
        ['D', 2, '37'],
        ['A', 3, '36'],
        ['C', 4, '33'],
      ]);
      expect(ranking).toMatchObject({
        published: true,
        reviewState: 'APPROVED',
        period: { state: 'CLOSED' },
      });
      // H1 stays as published: B 39, A 38, D 37, C 36.
      await settledRanking('H1', [
        ['B', 1, '39'],
        ['A', 2, '38'],
        ['D', 3, '37'],
        ['C', 4, '36'],
      ]);
      // The audit trail of the period shows the dossiers' steps and the decision.
      const { auditTrail } = await app.ok(
        `query($g: String!) { auditTrail(groupCode: $g, year: 2023, kind: FY, first: 100) { events { action } } }`,
        { g: g() },
        cluster.board.token,
      );
      const actions = auditTrail.events.map((e: { action: string }) => e.action);
      for (const action of ['dossier.submit', 'dossier.decide', 'dossier.resubmit', 'decision.record'])
        expect(actions).toContain(action);
    },
    STAGE_MS,
  );

  it(
    'refuses every change to the closed period, with a typed error',
    async () => {
      const board = cluster.board.token;
      const attempts: [string, Promise<GqlResult>][] = [
        ['setScore', score('FY', c, '1.4', '20', 'Chấm lại')],
        [
          'setFact',
          app.gql(
            `mutation($g: String!, $m: String!) { setFact(groupCode: $g, year: 2023, kind: FY, memberCode: $m, factId: "DISCIPLINE", value: true, reason: "Thử") }`,
            { g: g(), m: a.code },
            a.token,
          ),
        ],
        [
          'castVote',
          app.gql(
            `mutation($g: String!, $c: String!) { castVote(groupCode: $g, year: 2023, kind: FY, awardId: "MERIT", candidateCode: $c) }`,
            { g: g(), c: b.code },
            c.token,
          ),
        ],
        [
          'saveAchievementReport',
          app.gql(SAVE_REPORT, { id: dossierOf(b), f: achievementForm('Sửa sau quyết định') }, b.token),
        ],
        ['decideDossier', app.gql(DECIDE_DOSSIER, { id: dossierOf(a), o: 'REJECT', r: 'Xét lại' }, board)],
        [
          'openDossiers',
          app.gql(OPEN_DOSSIERS, { g: g(), d: new Date(Date.now() + 86_400_000).toISOString() }, a.token),
        ],
        [
          'openExplanationWindow',
          app.gql(
            OPEN_WINDOW,
            { g: g(), k: 'FY', d: new Date(Date.now() + 86_400_000).toISOString() },
            a.token,
          ),
        ],
        ['recordDecision', app.gql(RECORD_DECISION, { i: decisionInput() }, board)],
      ];
      for (const [operation, res] of attempts)
        expect({ operation, refused: refusal(await res) }).toEqual({
          operation,
          refused: expect.objectContaining({ code: 'CONFLICT' }),
        });
      const [setScore] = attempts;
      expect((await setScore[1]).errors?.[0]).toMatchObject({
        message: expect.stringContaining('đã khép lại bằng quyết định khen thưởng'),
        extensions: { reason: 'PERIOD_CLOSED' },
      });
      // Nothing moved.
      await settledRanking('FY', [
        ['B', 1, '43'],
        ['D', 2, '37'],
        ['A', 3, '36'],
        ['C', 4, '33'],
      ]);
    },
    STAGE_MS,
  );

  it(
    'elects next year’s head and deputy, and creates next year’s memberships from the result',
    async () => {
      // The decision closed the FY period, not the year-end meeting: the election runs on the published results.
      await app.ok(OPEN_SUCCESSION, { g: g() }, a.token);
      // Head: B 3 votes, C 1;  deputy: C 3 votes, D 1.
      await app.ok(CAST_BALLOT, { g: g(), h: b.code, d: c.code }, a.token);
      await app.ok(CAST_BALLOT, { g: g(), h: b.code, d: c.code }, b.token);
      await app.ok(CAST_BALLOT, { g: g(), h: b.code, d: c.code }, c.token);
      await app.ok(CAST_BALLOT, { g: g(), h: c.code, d: d.code }, d.token);
      const { closeSuccession } = await app.ok(CLOSE_SUCCESSION, { g: g() }, a.token);
      expect(
        closeSuccession.headVotes.map((v: { candidate: { code: string }; votes: number }) => [
          letter(v.candidate.code),
          v.votes,
        ]),
      ).toEqual([
        ['B', 3],
        ['C', 1],
      ]);
      expect(closeSuccession).toMatchObject({
        state: 'CLOSED',
        handover: {
          outgoingHead: { code: a.code },
          incomingHead: { code: b.code },
          deputy: { code: c.code },
          method: 'VOTE',
        },
      });

      // 2024: the same four members, B head, C deputy, A (the outgoing head) and D members.
      const roles = async (year: number) =>
        Object.fromEntries(
          (
            (await app.ok(MEMBERS, { g: g(), y: year }, a.token)).group.members as {
              role: string;
              organization: { code: string };
            }[]
          ).map((m) => [letter(m.organization.code), m.role]),
        );
      expect(await roles(2024)).toEqual({ A: 'MEMBER', B: 'HEAD', C: 'DEPUTY', D: 'MEMBER' });
      expect(await roles(2023)).toEqual({ A: 'HEAD', B: 'MEMBER', C: 'MEMBER', D: 'MEMBER' });
      const { regulationDraft } = await app.ok(
        `query($g: String!) { regulationDraft(groupCode: $g, year: 2024) { year copiedFromYear published } }`,
        { g: g() },
        b.token,
      );
      expect(regulationDraft).toEqual({ year: 2024, copiedFromYear: 2023, published: false });
    },
    STAGE_MS,
  );
});

/** Each scored manual id with its points. */
function manual(points: Manual): [string, string][] {
  return (['1.4', '2.1', '3'] as const)
    .map((id, i): [string, string | null] => [id, points[i]])
    .filter((p): p is [string, string] => p[1] !== null);
}
