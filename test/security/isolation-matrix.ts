import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestApp } from '../support/test-app';
import { buildWorld, SECRET, World } from './world';

/** The roles around the target group that the matrix tries every operation as. */
export const MATRIX_ROLES = [
  'member',
  'deputy',
  'memberOfAnotherGroup',
  'headOfAnotherYear',
  'boardNotOverseeing',
  'platformAdmin',
  'anonymous',
] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

export interface Case {
  query: string;
  variables?: Record<string, unknown>;
  /** Roles the policy lets through: a query is still asked (and must show no secret), a mutation is not. */
  allowed?: MatrixRole[];
  /** The refusal is an empty answer (null or []) rather than an error. */
  hides?: boolean;
  /** The code of the refusal, when not FORBIDDEN or NOT_FOUND (login answers UNAUTHENTICATED). */
  code?: string | string[];
  /**
   * Roles PostgreSQL lets through because it enforces the wider rule this operation narrows (policy.ts,
   * `narrows`): with the application's checks off, they may read what that wider rule allows, nothing more.
   */
  databaseAllows?: MatrixRole[];
}

const MEMBERS: MatrixRole[] = ['member', 'deputy'];
const PLATFORM: MatrixRole[] = ['platformAdmin'];
/** A wrong password, or the sign-in throttle after the matrix's repeated attempts for one account. */
const SIGN_IN_REFUSALS = ['UNAUTHENTICATED', 'TOO_MANY_REQUESTS', 'ACCOUNT_LOCKED'];
const SIGNED_IN: MatrixRole[] = MATRIX_ROLES.filter((r) => r !== 'anonymous');
const H1 = (w: World) => ({ g: w.target.code, y: 2023, k: 'H1' });
const GROUP_PERIOD = `$g: String!, $y: Int!, $k: PeriodKind!`;
const MD = Buffer.from('# Báo cáo\n\n## I. Kết quả\n\nĐạt 100% kế hoạch.\n').toString('base64');

/**
 * Every operation of the schema, aimed at the target group's data with its real ids and codes. Adding an
 * operation to the schema fails the matrix until it has a line here.
 */
// prettier-ignore
export const OPERATIONS: Record<string, (w: World) => Case> = {
  // Queries
  covenant: (w) => ({ query: `query($g: String!) { covenant(groupCode: $g, year: 2023) { id commitments { text } signatures { member { code } signedBy } registrations { member { code } titles { id } } notSigned { code } } }`, variables: { g: w.target.code }, allowed: MEMBERS }),
  succession: (w) => ({ query: `query($g: String!) { succession(groupCode: $g, year: 2023) { id state voted { code } notVoted { code } myBallot { head { code } } headVotes { votes } handover { incomingHead { code } } } }`, variables: { g: w.target.code }, allowed: [...MEMBERS, ...PLATFORM] }),
  regulationDraft: (w) => ({ query: `query($g: String!) { regulationDraft(groupCode: $g, year: 2023) { id document published } }`, variables: { g: w.target.code }, allowed: PLATFORM }),
  explanationRound: (w) => ({ query: `query(${GROUP_PERIOD}) { explanationRound(groupCode: $g, year: $y, kind: $k) { window { deadline } items { member { code } headReason explanation { text evidence { fileName } } } membersToExplain { code } } }`, variables: H1(w), allowed: MEMBERS }),
  explanationEvidenceFile: (w) => ({ query: `query($id: ID!) { explanationEvidenceFile(id: $id) { fileName contentBase64 } }`, variables: { id: w.explanationEvidenceId } }),
  // The stage's period state is the directory everyone reads; its dossiers are narrowed by row-level security.
  dossierStage: (w) => ({ query: `query(${GROUP_PERIOD}) { dossierStage(groupCode: $g, year: $y, kind: $k) { periodState deadline dossiers { id member { code } state } reportMissing { code } headToAct { id } boardToAct { id } decision { number } closed } }`, variables: H1(w), allowed: MEMBERS, databaseAllows: SIGNED_IN }),
  achievementForm: (w) => ({ query: `query($id: ID!) { achievementForm(dossierId: $id) { achievements figures { label value } total } }`, variables: { id: w.submittedDossierId } }),
  exportDossierArchive: (w) => ({ query: `query($id: ID!) { exportDossierArchive(dossierId: $id) { fileName } }`, variables: { id: w.submittedDossierId } }),
  boardDecision: (w) => ({ query: `query(${GROUP_PERIOD}) { boardDecision(groupCode: $g, year: $y, kind: $k) { number grants { member { code } } } }`, variables: H1(w), allowed: MEMBERS }),
  exportDecision: (w) => ({ query: `query(${GROUP_PERIOD}) { exportDecision(groupCode: $g, year: $y, kind: $k, format: PDF) { fileName } }`, variables: H1(w) }),
  exportCertificate: (w) => ({ query: `query($id: ID!) { exportCertificate(dossierId: $id, format: PDF) { fileName } }`, variables: { id: w.submittedDossierId } }),
  evidenceFile: (w) => ({ query: `query($id: ID!) { evidenceFile(id: $id) { fileName contentBase64 } }`, variables: { id: w.evidenceId }, allowed: MEMBERS }),
  exportMinutesDocx: (w) => ({ query: `query(${GROUP_PERIOD}) { exportMinutesDocx(groupCode: $g, year: $y, kind: $k) { fileName } }`, variables: H1(w), databaseAllows: MEMBERS }),
  exportProposalDocx: (w) => ({ query: `query(${GROUP_PERIOD}) { exportProposalDocx(groupCode: $g, year: $y, kind: $k) { fileName } }`, variables: H1(w), databaseAllows: MEMBERS }),
  exportRankingXlsx: (w) => ({ query: `query($g: String!) { exportRankingXlsx(groupCode: $g, year: 2023) { fileName } }`, variables: { g: w.target.code }, allowed: MEMBERS }),
  exportSubmissionDocx: (w) => ({ query: `query($id: ID!) { exportSubmissionDocx(id: $id) { fileName } }`, variables: { id: w.draftId } }),
  // The admin's lists of the directory every signed-in user reads (NOT_A_CAPABILITY): PostgreSQL lets it through.
  groups: () => ({ query: `{ groups { id code name } }`, allowed: PLATFORM, databaseAllows: SIGNED_IN }),
  group: (w) => ({ query: `query($g: String!) { group(code: $g) { id code members(year: 2023) { role } regulation(year: 2023) { version } } }`, variables: { g: w.target.code }, allowed: SIGNED_IN }),
  me: () => ({ query: `{ me { id email organization { code } } }`, allowed: SIGNED_IN }),
  myGroups: () => ({ query: `{ myGroups(year: 2023) { role group { code } } }`, allowed: SIGNED_IN }),
  mySubmissions: () => ({ query: `{ mySubmissions(year: 2023) { id sections { body } } }`, allowed: SIGNED_IN }),
  organizations: () => ({ query: `{ organizations { id code name successor { code } } }`, allowed: PLATFORM, databaseAllows: SIGNED_IN }),
  ranking: (w) => ({ query: `query(${GROUP_PERIOD}) { ranking(groupCode: $g, year: $y, kind: $k) { id entries { total } } }`, variables: H1(w), allowed: MEMBERS }),
  rankingsForReview: () => ({ query: `{ rankingsForReview(year: 2023) { id group { code } } }`, allowed: ['boardNotOverseeing'] }),
  // Each organization reads its own: the owner's notification (with the secret) reaches nobody else.
  notifications: () => ({ query: `{ notifications { unread items { kind reason } } }`, allowed: SIGNED_IN }),
  groupsForReview: () => ({ query: `{ groupsForReview(year: 2023) { id code name } }`, allowed: ['boardNotOverseeing'] }),
  scores: (w) => ({ query: `query(${GROUP_PERIOD}) { scores(groupCode: $g, year: $y, kind: $k) { points reason member { code } } }`, variables: H1(w), allowed: MEMBERS }),
  facts: (w) => ({ query: `query(${GROUP_PERIOD}) { facts(groupCode: $g, year: $y, kind: $k) { factId reason member { code } } }`, variables: H1(w), allowed: MEMBERS }),
  submission: (w) => ({ query: `query($id: ID!) { submission(id: $id) { id sections { body } evidence { fileName } } }`, variables: { id: w.draftId }, hides: true }),
  submissionsForScoring: (w) => ({ query: `query(${GROUP_PERIOD}) { submissionsForScoring(groupCode: $g, year: $y, kind: $k) { id sections { body } } }`, variables: H1(w), databaseAllows: MEMBERS }),
  verifyAudit: () => ({ query: `{ verifyAudit { eventsChecked intact firstBroken { eventId problem } } }`, allowed: ['boardNotOverseeing', 'platformAdmin'] }),
  auditTrail: (w) => ({ query: `query(${GROUP_PERIOD}) { auditTrail(groupCode: $g, year: $y, kind: $k, first: 50) { events { action userName memberName reason changes { field from to } } } }`, variables: H1(w) }),
  whatIf: (w) => ({ query: `query($i: WhatIfInput!) { whatIf(input: $i) { after { total } } }`, variables: { i: { groupCode: w.target.code, year: 2023, kind: 'H1', criteria: [{ criterionId: '1.4', points: '9999' }] } }, allowed: MEMBERS }),

  // Mutations
  publishCovenant: (w) => ({ query: `mutation($g: String!) { publishCovenant(groupCode: $g, year: 2023, commitments: [{ text: "Thử" }], registrationDeadline: "2030-01-01T00:00:00Z") { id } }`, variables: { g: w.target.code } }),
  markNotificationsRead: () => ({ query: `mutation { markNotificationsRead }`, allowed: SIGNED_IN }),
  signCovenant: (w) => ({ query: `mutation($g: String!) { signCovenant(groupCode: $g, year: 2023) { id } }`, variables: { g: w.target.code }, allowed: MEMBERS }),
  registerTitles: (w) => ({ query: `mutation($g: String!) { registerTitles(groupCode: $g, year: 2023, titles: ["TTLDTT"]) { id } }`, variables: { g: w.target.code }, allowed: MEMBERS }),
  openSuccession: (w) => ({ query: `mutation($g: String!) { openSuccession(groupCode: $g, year: 2023) { id } }`, variables: { g: w.target.code }, allowed: PLATFORM }),
  castSuccessionBallot: (w) => ({ query: `mutation($g: String!, $h: String!, $d: String!) { castSuccessionBallot(groupCode: $g, year: 2023, headCode: $h, deputyCode: $d) { id } }`, variables: { g: w.target.code, h: w.owner.code, d: w.member.code }, allowed: MEMBERS }),
  closeSuccession: (w) => ({ query: `mutation($g: String!) { closeSuccession(groupCode: $g, year: 2023) { id } }`, variables: { g: w.target.code }, allowed: PLATFORM }),
  recordSuccession: (w) => ({ query: `mutation($g: String!, $h: String!, $d: String!) { recordSuccession(groupCode: $g, year: 2023, headCode: $h, deputyCode: $d, reason: "Biên bản hội nghị") { id } }`, variables: { g: w.target.code, h: w.owner.code, d: w.member.code }, allowed: PLATFORM }),
  saveRegulationDraft: (w) => ({ query: `mutation($g: String!) { saveRegulationDraft(groupCode: $g, year: 2023, document: { year: 2023 }) { id } }`, variables: { g: w.target.code }, allowed: PLATFORM }),
  openExplanationWindow: (w) => ({ query: `mutation(${GROUP_PERIOD}) { openExplanationWindow(groupCode: $g, year: $y, kind: $k, deadline: "2031-01-01T00:00:00Z") { window { id } } }`, variables: H1(w) }),
  closeExplanationWindow: (w) => ({ query: `mutation(${GROUP_PERIOD}) { closeExplanationWindow(groupCode: $g, year: $y, kind: $k, reason: "Thử") { window { id } } }`, variables: H1(w) }),
  explainScore: (w) => ({ query: `mutation($i: ExplainScoreInput!) { explainScore(input: $i) { items { criterionId } } }`, variables: { i: { groupCode: w.target.code, year: 2023, kind: 'H1', criterionId: '1.4', text: 'Thử' } }, allowed: MEMBERS }),
  decideExplanation: (w) => ({ query: `mutation($i: DecideExplanationInput!) { decideExplanation(input: $i) { items { criterionId } } }`, variables: { i: { explanationId: w.explanationId, keep: true } } }),
  attachEvidence: (w) => ({ query: `mutation($i: EvidenceInput!) { attachEvidence(input: $i) { id } }`, variables: { i: { submissionId: w.submittedId, criterionId: '1.4', fileName: 'x.pdf', contentBase64: Buffer.from('%PDF-1.7\nx').toString('base64') } } }),
  openDossiers: (w) => ({ query: `mutation(${GROUP_PERIOD}) { openDossiers(groupCode: $g, year: $y, kind: $k, deadline: "2030-01-01T00:00:00Z") { deadline } }`, variables: H1(w) }),
  saveAchievementReport: (w) => ({ query: `mutation($id: ID!) { saveAchievementReport(dossierId: $id, form: { introduction: "Thử", achievements: "Thử", figures: [], titles: [], signerTitle: "Giám đốc", signerName: "Thử" }) { id } }`, variables: { id: w.submittedDossierId } }),
  attachDossierDocuments: (w) => ({ query: `mutation($id: ID!) { attachDossierDocuments(dossierId: $id, coverLetter: { number: "1/TTr", date: "2024-01-05", signerName: "Thử", signerTitle: "Trưởng cụm" }, minutes: { number: "1/BB", date: "2024-01-04", signerName: "Thử", signerTitle: "Chủ trì" }) { id } }`, variables: { id: w.submittedDossierId } }),
  submitDossier: (w) => ({ query: `mutation($id: ID!) { submitDossier(dossierId: $id) { id } }`, variables: { id: w.submittedDossierId } }),
  decideDossier: (w) => ({ query: `mutation($id: ID!) { decideDossier(dossierId: $id, outcome: ACCEPT) { id } }`, variables: { id: w.submittedDossierId } }),
  recordDecision: (w) => ({ query: `mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { id } }`, variables: { i: { groupCode: w.target.code, year: 2023, kind: 'H1', number: '9/QĐ', date: '2024-01-15', signerName: 'Thử', signerTitle: 'Giám đốc', dossierIds: [w.submittedDossierId] } } }),
  castVote: (w) => ({ query: `mutation(${GROUP_PERIOD}, $c: String!) { castVote(groupCode: $g, year: $y, kind: $k, awardId: "GOV_FLAG", candidateCode: $c) }`, variables: { ...H1(w), c: w.owner.code }, allowed: MEMBERS }),
  confirmIndicators: (w) => ({ query: `mutation($id: ID!) { confirmIndicators(id: $id, version: 2, keys: []) { id } }`, variables: { id: w.draftId } }),
  createGroup: (w) => ({ query: `mutation($b: String!) { createGroup(code: "CTD-MATRIX", name: "Cụm lạ", kind: CLUSTER, reviewerCode: $b) { id } }`, variables: { b: w.board.code }, allowed: PLATFORM }),
  createOrganization: () => ({ query: `mutation { createOrganization(code: "matrix-org", name: "Đơn vị lạ", kind: "DEPARTMENT") { id } }`, allowed: PLATFORM }),
  createSubmission: (w) => ({ query: `mutation($g: [String!]!) { createSubmission(input: { year: 2023, kind: FY, groupCodes: $g }) { id } }`, variables: { g: [w.target.code] }, allowed: MEMBERS }),
  createUser: (w) => ({ query: `mutation($o: String!) { createUser(organizationCode: $o, email: "matrix@test.thidua.vn", fullName: "Người lạ", password: "ThiDua@Matrix1") { id } }`, variables: { o: w.owner.code }, allowed: PLATFORM }),
  importReport: (w) => ({ query: `mutation($i: ImportReportInput!) { importReport(input: $i) { id } }`, variables: { i: { submissionId: w.draftId, fileName: 'bao-cao.md', contentBase64: MD } } }),
  changePassword: () => ({ query: `mutation { changePassword(currentPassword: "not-the-password", newPassword: "ThiDua@Matrix2x") { token } }`, code: [...SIGN_IN_REFUSALS, 'BAD_USER_INPUT'] }),
  logout: () => ({ query: `mutation { logout }`, allowed: SIGNED_IN }),
  refreshSession: () => ({ query: `mutation { refreshSession(refreshToken: "not-a-refresh-token") { token } }`, code: 'UNAUTHENTICATED' }),
  unlockUser: (w) => ({ query: `mutation($e: String!) { unlockUser(email: $e) }`, variables: { e: `${w.owner.code}@test.thidua.vn` }, allowed: PLATFORM }),
  login: (w) => ({ query: `mutation($e: String!) { login(email: $e, password: "not-the-password") { token } }`, variables: { e: `${w.owner.code}@test.thidua.vn` }, code: SIGN_IN_REFUSALS }),
  mergeOrganization: (w) => ({ query: `mutation($a: String!, $b: String!) { mergeOrganization(code: $a, successorCode: $b, from: "2025-07-01") { id } }`, variables: { a: w.owner.code, b: w.head.code }, allowed: PLATFORM }),
  publishRanking: (w) => ({ query: `mutation(${GROUP_PERIOD}) { publishRanking(groupCode: $g, year: $y, kind: $k) { id } }`, variables: H1(w) }),
  publishRegulation: (w) => ({ query: `mutation($g: String!, $d: JSON!) { publishRegulation(groupCode: $g, year: 2023, document: $d) { id } }`, variables: { g: w.target.code, d: { group: w.target.code, year: 2023 } }, allowed: PLATFORM }),
  removeEvidence: (w) => ({ query: `mutation($id: ID!) { removeEvidence(id: $id) }`, variables: { id: w.evidenceId } }),
  returnSubmission: (w) => ({ query: `mutation($id: ID!, $g: String!) { returnSubmission(id: $id, groupCode: $g, reason: "Thiếu số liệu") { id } }`, variables: { id: w.submittedId, g: w.target.code } }),
  reviewRanking: (w) => ({ query: `mutation($id: ID!) { reviewRanking(rankingId: $id, approve: true, decisionNumber: "01/QĐ") { id } }`, variables: { id: w.publishedRankingId } }),
  setMembership: (w) => ({ query: `mutation($g: String!, $o: String!) { setMembership(groupCode: $g, year: 2023, organizationCode: $o, role: HEAD) { role } }`, variables: { g: w.target.code, o: w.member.code }, allowed: PLATFORM }),
  setFact: (w) => ({ query: `mutation(${GROUP_PERIOD}, $m: String!) { setFact(groupCode: $g, year: $y, kind: $k, memberCode: $m, factId: "TTLDXS", value: false, reason: "Thử") }`, variables: { ...H1(w), m: w.owner.code } }),
  settleTie: (w) => ({ query: `mutation(${GROUP_PERIOD}, $o: [String!]!) { settleTie(groupCode: $g, year: $y, kind: $k, order: $o) { id } }`, variables: { ...H1(w), o: [w.owner.code, w.member.code] } }),
  setScore: (w) => ({ query: `mutation($i: ScoreInput!) { setScore(input: $i) { points } }`, variables: { i: { groupCode: w.target.code, year: 2023, kind: 'H1', memberCode: w.owner.code, criterionId: '1.4', points: '1', reason: 'x' } } }),
  submitSubmission: (w) => ({ query: `mutation($id: ID!) { submitSubmission(id: $id) { id } }`, variables: { id: w.draftId } }),
  updateSubmission: (w) => ({ query: `mutation($id: ID!) { updateSubmission(id: $id, patch: { version: 2, sections: [] }) { id } }`, variables: { id: w.draftId } }),
};

/** The operations apps/api/schema.gql declares, by kind. */
export function schemaOperations(): { query: string[]; mutation: string[] } {
  const schema = readFileSync(join(__dirname, '../../apps/api/schema.gql'), 'utf8');
  const fields = (type: string) => {
    const body = schema
      .split(`type ${type} {`)[1]
      .split('\n}')[0]
      .replace(/"""[\s\S]*?"""/g, '');
    return [...body.matchAll(/^ {2}(\w+)[(:]/gm)].map((m) => m[1]);
  };
  return { query: fields('Query'), mutation: fields('Mutation') };
}

/** What each role must never see of the target's data: drafts, others' scores and the live ranking, and for outsiders anything. */
export function secretsFor(role: MatrixRole, w: World): string[] {
  // The owner's dossier is the owner's, the head's and the board's: no matrix role reads it.
  const always = [SECRET.draft, SECRET.score, SECRET.fact, w.draftId, w.liveRankingId, w.submittedDossierId];
  if (MEMBERS.includes(role)) return always;
  return [...always, SECRET.report, SECRET.evidence, w.submittedId, w.evidenceId, w.publishedRankingId];
}

export function tokenOf(role: MatrixRole, w: World): string | undefined {
  const tokens: Record<MatrixRole, string | undefined> = {
    member: w.member.token,
    deputy: w.deputy.token,
    memberOfAnotherGroup: w.otherMember.token,
    headOfAnotherYear: w.headOtherYear.token,
    boardNotOverseeing: w.otherBoard.token,
    platformAdmin: w.platform.token,
    anonymous: undefined,
  };
  return tokens[role];
}

/** Every tenant table: the actor's own audit and outbox lines aside, a refused call writes none of them. */
export async function tenantDigest(app: TestApp): Promise<string> {
  return app.owner(async (db) => {
    const { rows } = await db.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'audit_event', 'outbox_event') ORDER BY tablename`,
    );
    const parts = rows.map(
      (r: { tablename: string }) => `SELECT '${r.tablename}' || md5(x::text) AS t FROM ${r.tablename} x`,
    );
    const res = await db.query(
      `SELECT md5(string_agg(t, ',' ORDER BY t)) AS digest FROM (${parts.join(' UNION ALL ')}) rows`,
    );
    return res.rows[0].digest as string;
  });
}

/**
 * The matrix as tests: every operation × every role. With the application's checks on, each refusal is
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND (or an empty answer where the operation hides); with them off,
 * PostgreSQL alone lets no secret out and no row in. Either way nothing is written.
 */
export function defineMatrix(wall: 'application' | 'database') {
  describe(`isolation matrix, ${wall} wall`, () => {
    let app: TestApp;
    let world: World;
    beforeAll(async () => {
      if (wall === 'database') process.env.ACCESS_CHECKS = 'off';
      try {
        app = await TestApp.start();
      } finally {
        delete process.env.ACCESS_CHECKS;
      }
      world = await buildWorld(app);
    }, 120_000);
    afterAll(() => app.close());

    it('has an entry for every operation of the schema, and none for operations it lacks', () => {
      const { query, mutation } = schemaOperations();
      expect([...query, ...mutation].sort()).toEqual(Object.keys(OPERATIONS).sort());
    });

    for (const [name, build] of Object.entries(OPERATIONS)) {
      it(`${name}: refused to every role the policy refuses, nothing leaked or written`, async () => {
        const c = build(world);
        const mutation = c.query.trimStart().startsWith('mutation');
        for (const role of MATRIX_ROLES) {
          const allowed = c.allowed?.includes(role) ?? false;
          if (allowed && mutation) continue; // the functional suites exercise what the policy allows
          const before = await tenantDigest(app);
          const res = await app.gql(c.query, c.variables ?? {}, tokenOf(role, world));
          const answer = JSON.stringify(res);
          const cell = { name, role, leaked: secretsFor(role, world).filter((s) => answer.includes(s)) };
          expect(cell).toEqual({ name, role, leaked: [] });
          expect({ name, role, written: (await tenantDigest(app)) !== before }).toEqual({
            name,
            role,
            written: false,
          });
          if (allowed) continue;
          const code = res.errors?.[0]?.extensions?.code;
          if (role === 'anonymous') {
            const refusals = c.code ? [c.code].flat() : ['UNAUTHENTICATED'];
            expect({ name, role, refused: refusals.includes(code as string) }).toEqual({
              name,
              role,
              refused: true,
            });
          } else if (wall === 'application') {
            const empty =
              !res.errors &&
              Object.values(res.data ?? {}).every((v) => v === null || (Array.isArray(v) && v.length === 0));
            const refused = c.code
              ? [c.code].flat().includes(code as string)
              : c.hides
                ? empty
                : code === 'FORBIDDEN' || code === 'NOT_FOUND';
            expect({ name, role, refused, answer }).toEqual({ name, role, refused: true, answer });
          } else if (!c.databaseAllows?.includes(role)) {
            // PostgreSQL alone: an error, or an answer with nothing in it.
            const empty = Object.values(res.data ?? {}).every(
              (v) => v === null || (Array.isArray(v) && v.length === 0),
            );
            expect({ name, role, refused: Boolean(res.errors?.length) || empty, answer }).toEqual({
              name,
              role,
              refused: true,
              answer,
            });
          }
        }
      });
    }
  });
}
