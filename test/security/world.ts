import { randomBytes } from 'node:crypto';
import { createCluster, createOrg, testRegulation, TestCluster, TestOrg } from '../support/tenants';
import { ADMIN, TestApp } from '../support/test-app';

/** Strings planted in the target group's data: none may appear in an answer to someone the policy refuses. */
export const SECRET = {
  draft: 'BÍ-MẬT-BẢN-NHÁP',
  report: 'BÍ-MẬT-BÁO-CÁO-ĐÃ-NỘP',
  evidence: 'bi-mat-kiem-chung.pdf',
  score: 'BÍ-MẬT-LÝ-DO-CHẤM',
  fact: 'BÍ-MẬT-LÝ-DO-XÁC-NHẬN',
  notification: 'BÍ-MẬT-THÔNG-BÁO',
  explanation: 'BÍ-MẬT-GIẢI-TRÌNH',
};

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('Biên bản kiểm tra')]);

/**
 * A target group in 2023 with every role around it, and data worth stealing: the owner's submitted H1 report
 * (with evidence), its FY draft, the head's scores, an unpublished and a published ranking. A second group
 * under a CROSS_* regulation has its own head, deputy and member. Format 2 facts about the deputy, the member and
 * the owner are written straight to the table (the world's format 1 regulation declares none).
 */
export interface World {
  target: TestCluster;
  cross: TestCluster;
  head: TestOrg;
  deputy: TestOrg;
  member: TestOrg;
  owner: TestOrg;
  /** Head of the target group in 2024, nobody in 2023. */
  headOtherYear: TestOrg;
  /** A member of the cross group only. */
  otherMember: TestOrg;
  board: TestOrg;
  otherBoard: TestOrg;
  platform: { id: string; token: string };
  groupId: string;
  periodId: string;
  crossGroupId: string;
  crossPeriodId: string;
  submittedId: string;
  draftId: string;
  evidenceId: string;
  liveRankingId: string;
  publishedRankingId: string;
  /** The target group's 2023 covenant (by the head), signed and registered for by the owner. */
  covenantId: string;
  /** The target group's open election of 2024's head and deputy (by the head), the owner's ballot cast. */
  electionId: string;
  /** A draft regulation of the target group for 2023 (its head's to read and edit). */
  regulationDraftId: string;
  /** The target's H1 explanation window, open until 2030; the owner explained its 1.4 score, with a file. */
  explanationWindowId: string;
  explanationId: string;
  explanationEvidenceId: string;
  /** The target's H1 dossiers: the owner's submitted (the board sees it), the head's, deputy's, member's drafts. */
  submittedDossierId: string;
}

const MEMBERSHIP = `mutation($g: String!, $y: Int!, $o: String!, $r: MemberRole!) { setMembership(groupCode: $g, year: $y, organizationCode: $o, role: $r) { role } }`;

export async function buildWorld(app: TestApp): Promise<World> {
  const target = await createCluster(app, { size: 4 });
  const cross = await createCluster(app, {
    size: 3,
    regulation: (code, year) => ({
      ...testRegulation(code, year),
      scoring: { final: 'CROSS_MEAN', precision: 2 },
    }),
  });
  const [head, deputy, member, owner] = target.members;
  await app.ok(MEMBERSHIP, { g: target.code, y: 2023, o: deputy.code, r: 'DEPUTY' }, target.admin);
  await app.ok(MEMBERSHIP, { g: cross.code, y: 2023, o: cross.members[1].code, r: 'DEPUTY' }, target.admin);
  const headOtherYear = await createOrg(
    app,
    target.admin,
    'DEPARTMENT',
    `head24-${randomBytes(2).toString('hex')}`,
  );
  await app.ok(MEMBERSHIP, { g: target.code, y: 2024, o: headOtherYear.code, r: 'HEAD' }, target.admin);

  const create = (kind: string) =>
    app.ok(
      `mutation($g: [String!]!, $k: PeriodKind!) { createSubmission(input: { year: 2023, kind: $k, groupCodes: $g }) { id } }`,
      { g: [target.code], k: kind },
      owner.token,
    );
  const sections = (body: string) => [{ path: 'I', title: 'Kết quả', body }];
  const update = `mutation($id: ID!, $p: SubmissionPatch!) { updateSubmission(id: $id, patch: $p) { version } }`;
  const submittedId = (await create('H1')).createSubmission.id;
  await app.ok(
    update,
    {
      id: submittedId,
      p: {
        version: 1,
        sections: sections(SECRET.report),
        selfScores: [{ criterionId: '1.4', points: '10' }],
      },
    },
    owner.token,
  );
  const { attachEvidence } = await app.ok(
    `mutation($i: EvidenceInput!) { attachEvidence(input: $i) { id } }`,
    {
      i: {
        submissionId: submittedId,
        criterionId: '1.4',
        fileName: SECRET.evidence,
        contentBase64: PDF.toString('base64'),
      },
    },
    owner.token,
  );
  await app.ok(`mutation($id: ID!) { submitSubmission(id: $id) { id } }`, { id: submittedId }, owner.token);
  const draftId = (await create('FY')).createSubmission.id;
  await app.ok(update, { id: draftId, p: { version: 1, sections: sections(SECRET.draft) } }, owner.token);

  // Only the owner's score carries the secret: the deputy and the member may read the scores about themselves.
  for (const scored of [deputy, member, owner]) {
    await app.ok(
      `mutation($i: ScoreInput!) { setScore(input: $i) { points } }`,
      {
        i: {
          groupCode: target.code,
          year: 2023,
          kind: 'H1',
          memberCode: scored.code,
          criterionId: '1.4',
          points: '12',
          reason: scored === owner ? SECRET.score : 'Đạt',
        },
      },
      head.token,
    );
  }

  const ids = await app.owner(async (db) => {
    const period = async (code: string) =>
      (
        await db.query(
          `SELECT g.id AS group_id, p.id AS period_id FROM emulation_group g JOIN period p ON p.group_id = g.id AND p.kind = 'H1' AND p.year = 2023 WHERE g.code = $1`,
          [code],
        )
      ).rows[0] as { group_id: string; period_id: string };
    const t = await period(target.code);
    const c = await period(cross.code);
    // Only the owner's fact carries the secret: the deputy and the member may read the facts about themselves.
    for (const about of [deputy, member, owner]) {
      await db.query(
        `INSERT INTO member_fact (group_id, year, kind, period_id, member_id, fact_id, value, reason, set_by_id) VALUES ($1, 2023, 'H1', $2, $3, 'TTLDXS', true, $4, $5)`,
        [t.group_id, t.period_id, about.id, about === owner ? SECRET.fact : 'Đạt danh hiệu', head.id],
      );
    }
    const snapshot = async (version: number, published: boolean) =>
      (
        await db.query(
          `INSERT INTO ranking_snapshot (group_id, year, kind, period_id, version, input_hash, entries, computed_at, published_at, review_state)
           VALUES ($1, 2023, 'H1', $2, $3, 'probe', '[]', now(), $4, $5) RETURNING id`,
          [t.group_id, t.period_id, version, published ? new Date() : null, published ? 'PENDING' : null],
        )
      ).rows[0].id as string;
    const covenantId = (
      await db.query(
        `INSERT INTO covenant (group_id, year, commitments, registration_deadline, published_by_id, published_at)
         VALUES ($1, 2023, '[{"number": 1, "text": "Thử", "target": null}]', now(), $2, now()) RETURNING id`,
        [t.group_id, head.id],
      )
    ).rows[0].id as string;
    await db.query(
      `INSERT INTO covenant_signature (covenant_id, group_id, year, member_id, signed_by_user_id, signed_by_email) VALUES ($1, $2, 2023, $3, gen_random_uuid(), 'thu@test.thidua.vn')`,
      [covenantId, t.group_id, owner.id],
    );
    await db.query(
      `INSERT INTO title_registration (group_id, year, member_id, titles, registered_by_user_id, registered_by_email, registered_at) VALUES ($1, 2023, $2, '["TTLDXS"]', gen_random_uuid(), 'thu@test.thidua.vn', now())`,
      [t.group_id, owner.id],
    );
    await db.query(
      `INSERT INTO notification (organization_id, kind, group_id, params) VALUES ($1, 'REPORT_RETURNED', $2, $3)`,
      [
        owner.id,
        t.group_id,
        { groupCode: target.code, groupName: 'Thử', year: 2023, reason: SECRET.notification },
      ],
    );
    const electionId = (
      await db.query(
        `INSERT INTO succession_election (group_id, year, opened_by_id) VALUES ($1, 2023, $2) RETURNING id`,
        [t.group_id, head.id],
      )
    ).rows[0].id as string;
    await db.query(
      `INSERT INTO succession_ballot (election_id, group_id, year, voter_id, head_choice_id, deputy_choice_id, cast_by_user_id, cast_at) VALUES ($1, $2, 2023, $3, $3, $4, gen_random_uuid(), now())`,
      [electionId, t.group_id, owner.id, member.id],
    );
    const regulationDraftId = (
      await db.query(
        `INSERT INTO regulation_draft (group_id, year, document, updated_by_id, updated_at) VALUES ($1, 2023, '{}', $2, now()) RETURNING id`,
        [t.group_id, head.id],
      )
    ).rows[0].id as string;
    const explanationWindowId = (
      await db.query(
        `INSERT INTO explanation_window (group_id, year, kind, period_id, opened_by_id, opened_by_user_id, deadline)
         VALUES ($1, 2023, 'H1', $2, $3, gen_random_uuid(), '2030-01-01T00:00:00Z') RETURNING id`,
        [t.group_id, t.period_id, head.id],
      )
    ).rows[0].id as string;
    const explanationId = (
      await db.query(
        `INSERT INTO explanation (group_id, year, kind, period_id, window_id, member_id, criterion_id, text, explained_by_user_id)
         VALUES ($1, 2023, 'H1', $2, $3, $4, '1.4', $5, gen_random_uuid()) RETURNING id`,
        [t.group_id, t.period_id, explanationWindowId, owner.id, SECRET.explanation],
      )
    ).rows[0].id as string;
    const explanationEvidenceId = (
      await db.query(
        `INSERT INTO explanation_evidence (explanation_id, group_id, year, member_id, file_name, content_type, size, sha256, content)
         VALUES ($1, $2, 2023, $3, $4, 'application/pdf', $5, 'x', $6) RETURNING id`,
        [explanationId, t.group_id, owner.id, SECRET.evidence, PDF.length, PDF],
      )
    ).rows[0].id as string;
    const dossier = async (of: TestOrg, submitted: boolean) =>
      (
        await db.query(
          `INSERT INTO dossier (group_id, year, kind, period_id, award_id, award_title, member_id, state, deadline, submitted_at)
           VALUES ($1, 2023, 'H1', $2, 'GOV_FLAG', 'Cờ thi đua', $3, $4, now() + interval '30 days', $5) RETURNING id`,
          [t.group_id, t.period_id, of.id, submitted ? 'SUBMITTED' : 'DRAFT', submitted ? new Date() : null],
        )
      ).rows[0].id as string;
    for (const of of [head, deputy, member]) await dossier(of, false);
    const submittedDossierId = await dossier(owner, true);
    // The cross group's H1 decision (its period stays open: only the probes close one, and roll back).
    await db.query(
      `INSERT INTO award_decision (group_id, year, kind, period_id, number, decided_on, signer_name, signer_title, grants, recorded_by_id, recorded_by_user_id, recorded_at)
       VALUES ($1, 2023, 'H1', $2, '1/QĐ-TĐKT', '2024-01-15', 'Thử', 'Giám đốc', '[]', $3, gen_random_uuid(), now())`,
      [c.group_id, c.period_id, cross.board.id],
    );
    const admin = (await db.query(`SELECT organization_id FROM app_user WHERE email = $1`, [ADMIN.email]))
      .rows[0];
    return {
      groupId: t.group_id,
      periodId: t.period_id,
      crossGroupId: c.group_id,
      crossPeriodId: c.period_id,
      publishedRankingId: await snapshot(1000, true),
      liveRankingId: await snapshot(1001, false),
      platformId: admin.organization_id as string,
      covenantId,
      electionId,
      regulationDraftId,
      explanationWindowId,
      explanationId,
      explanationEvidenceId,
      submittedDossierId,
    };
  });

  return {
    target,
    cross,
    head,
    deputy,
    member,
    owner,
    headOtherYear,
    otherMember: cross.members[2],
    board: target.board,
    otherBoard: cross.board,
    platform: { id: ids.platformId, token: target.admin },
    groupId: ids.groupId,
    periodId: ids.periodId,
    crossGroupId: ids.crossGroupId,
    crossPeriodId: ids.crossPeriodId,
    submittedId,
    draftId,
    evidenceId: attachEvidence.id,
    liveRankingId: ids.liveRankingId,
    publishedRankingId: ids.publishedRankingId,
    covenantId: ids.covenantId,
    electionId: ids.electionId,
    regulationDraftId: ids.regulationDraftId,
    explanationWindowId: ids.explanationWindowId,
    explanationId: ids.explanationId,
    explanationEvidenceId: ids.explanationEvidenceId,
    submittedDossierId: ids.submittedDossierId,
  };
}
