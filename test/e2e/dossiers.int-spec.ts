import JSZip from 'jszip';
import mammoth from 'mammoth';
import { pdfText } from '../../libs/report/src/testing/pdf-text';
import { asOrg, attempt } from '../support/app-role';
import { createCluster, setScore, testRegulation, TestCluster } from '../support/tenants';
import { TestApp } from '../support/test-app';

// Award dossiers and the board's decision (issue 11.4–5): after the board approved the ranking, the head opens a
// dossier per proposed award, members write their achievement reports, the head submits, the board accepts,
// returns or rejects, then records its decision, which closes the period for good.
const MERIT = 'Bằng khen của Bộ trưởng Bộ Công Thương';
const regulation = (code: string, year: number) => ({
  ...testRegulation(code, year),
  awards: [{ id: 'MERIT', title: MERIT, quota: { count: 3 }, eligibility: { maxRank: 3 } }],
});

const DOSSIER = `id awardId awardTitle member { code name } state deadline hasReport reportFileName coverLetter { number } submittedAt reason`;
const STAGE = `query($g: String!) { dossierStage(groupCode: $g, year: 2023, kind: H1) {
  periodState deadline dossiers { ${DOSSIER} } reportMissing { code } headToAct { id } boardToAct { id } decision { number date grants { member { code } awardTitle } } closed } }`;
const OPEN = `mutation($g: String!, $d: DateTime!) { openDossiers(groupCode: $g, year: 2023, kind: H1, deadline: $d) { deadline dossiers { id member { code } } } }`;
const FORM = `query($id: ID!) { achievementForm(dossierId: $id) { introduction achievements figures { label value } rank total titles signerTitle prefilled } }`;
const SAVE = `mutation($id: ID!, $f: AchievementFormInput, $file: AchievementFileInput) {
  saveAchievementReport(dossierId: $id, form: $f, file: $file) { ${DOSSIER} } }`;
const ATTACH = `mutation($id: ID!) { attachDossierDocuments(dossierId: $id,
  coverLetter: { number: "12/TTr-CTĐ", date: "2024-01-05", signerName: "Lê Văn Ánh", signerTitle: "Trưởng cụm" },
  minutes: { number: "11/BB-CTĐ", date: "2024-01-04", signerName: "Lê Văn Ánh", signerTitle: "Chủ trì" }) { ${DOSSIER} } }`;
const SUBMIT = `mutation($id: ID!) { submitDossier(dossierId: $id) { ${DOSSIER} } }`;
const DECIDE = `mutation($id: ID!, $o: DossierOutcome!, $r: String) { decideDossier(dossierId: $id, outcome: $o, reason: $r) { ${DOSSIER} } }`;
const RECORD = `mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { number date signerName grants { member { code } awardTitle } } }`;
const EXPORT_DECISION = `query($g: String!, $f: DocumentFormat!) { exportDecision(groupCode: $g, year: 2023, kind: H1, format: $f) { fileName contentType contentBase64 } }`;
const EXPORT_CERTIFICATE = `query($id: ID!, $f: DocumentFormat!) { exportCertificate(dossierId: $id, format: $f) { fileName contentBase64 } }`;
const ARCHIVE = `query($id: ID!) { exportDossierArchive(dossierId: $id) { fileName contentType contentBase64 } }`;

interface DossierView {
  id: string;
  member: { code: string; name: string };
  state: string;
  hasReport: boolean;
  reason: string | null;
}

const bytes = (d: { contentBase64: string }) => Buffer.from(d.contentBase64, 'base64');
// A line may break after a hyphen inside a code ("sct2-\ne1bae8").
const text = (t: string) => t.replace(/\s+/g, ' ').replace(/- (?=[0-9a-f]{6})/g, '-');
const docxText = async (b: Buffer) => text((await mammoth.extractRawText({ buffer: b })).value);
const form = (achievements: string) => ({
  introduction: 'Sở có 9 phòng chuyên môn, 64 công chức.',
  achievements,
  figures: [{ label: 'Giá trị sản xuất công nghiệp', value: '14.103,4 tỷ đồng' }],
  titles: ['Tập thể lao động xuất sắc năm 2022'],
  signerTitle: 'Giám đốc',
  signerName: 'Phạm Thị Hồng',
});

describe('award dossiers and the board’s decision', () => {
  let app: TestApp;
  let cluster: TestCluster;

  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
    cluster = await createCluster(app, { size: 3, regulation });
  }, 120_000);
  afterAll(() => app.close());

  async function fileReport(token: string) {
    const { createSubmission: s } = await app.ok(
      `mutation($g: [String!]!) { createSubmission(input: { year: 2023, kind: H1, groupCodes: $g }) { id version } }`,
      { g: [cluster.code] },
      token,
    );
    const patch = {
      version: s.version,
      sections: [
        { path: 'I', title: 'Kết quả thực hiện nhiệm vụ', body: 'Hoàn thành 23 nhiệm vụ được giao.' },
      ],
      indicators: [
        {
          key: 'industrial_output_value',
          label: 'Giá trị sản xuất công nghiệp',
          value: '14103.4',
          unit: 'tỷ đồng',
        },
      ],
      selfScores: [],
    };
    const { updateSubmission: u } = await app.ok(
      `mutation($id: ID!, $p: SubmissionPatch!) { updateSubmission(id: $id, patch: $p) { id } }`,
      { id: s.id, p: patch },
      token,
    );
    await app.ok(`mutation($id: ID!) { submitSubmission(id: $id) { id } }`, { id: u.id }, token);
  }

  it('runs dossiers from the approved ranking to the decision, and the decision closes the period', async () => {
    const [head, b, c] = cluster.members;
    const g = cluster.code;
    const board = cluster.board.token;
    for (const m of cluster.members) await fileReport(m.token);
    for (const [m, points] of [
      [head, '20'],
      [b, '18'],
      [c, '16'],
    ] as const)
      await setScore(app, cluster, head.token, m.code, '1.4', points);
    const RANKING = `query($g: String!) { ranking(groupCode: $g, year: 2023, kind: H1) { id entries { organization { code } rank proposals } } }`;
    await app.waitFor(async () => {
      const { ranking } = await app.ok(RANKING, { g }, head.token);
      const ranks = ranking?.entries.map((e: { rank: number; proposals: string[] }) => [e.rank, e.proposals]);
      return (
        JSON.stringify(ranks) ===
          JSON.stringify([
            [1, ['MERIT']],
            [2, ['MERIT']],
            [3, ['MERIT']],
          ]) && ranking
      );
    });
    // Published once the ranking has caught up with the last score (publishRanking refuses a stale one).
    const PUBLISH = `mutation($g: String!) { publishRanking(groupCode: $g, year: 2023, kind: H1) { id } }`;
    const published = await app.waitFor(
      async () =>
        (await app.gql<{ publishRanking: { id: string } }>(PUBLISH, { g }, head.token)).data?.publishRanking,
    );
    const deadline = new Date(Date.now() + 7 * 86_400_000).toISOString();

    // Dossiers wait for the board's approval of the ranking.
    const early = await app.gql(OPEN, { g, d: deadline }, head.token);
    expect(early.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    await app.ok(
      `mutation($id: ID!) { reviewRanking(rankingId: $id, approve: true, decisionNumber: "125/QĐ-BCT") { id } }`,
      { id: published.id },
      board,
    );
    expect((await app.gql(OPEN, { g, d: deadline }, b.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const opened = (await app.ok(OPEN, { g, d: deadline }, head.token)).openDossiers;
    expect(opened.deadline).toBe(deadline);
    expect(opened.dossiers.map((d: { member: { code: string } }) => d.member.code).sort()).toEqual(
      [head.code, b.code, c.code].sort(),
    );
    const idOf = (code: string) =>
      opened.dossiers.find((d: { member: { code: string } }) => d.member.code === code).id as string;

    // A member sees its own dossier only, and its form prefilled from its report and the ranking.
    const own = (await app.ok(STAGE, { g }, b.token)).dossierStage;
    expect(own.dossiers.map((d: DossierView) => d.member.code)).toEqual([b.code]);
    const prefilled = (await app.ok(FORM, { id: idOf(b.code) }, b.token)).achievementForm;
    expect(prefilled).toMatchObject({
      prefilled: true,
      rank: 2,
      total: '18',
      figures: [{ label: 'Giá trị sản xuất công nghiệp', value: '14103.4 tỷ đồng' }],
    });
    expect(prefilled.achievements).toContain('Hoàn thành 23 nhiệm vụ được giao.');
    // The wall between members: another's dossier is not found, neither read nor written.
    expect((await app.gql(FORM, { id: idOf(c.code) }, b.token)).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    const foreign = await app.gql(SAVE, { id: idOf(c.code), f: form('Thử') }, b.token);
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // …and in PostgreSQL: as member B, C's dossier is no row at all, to read or to write.
    const wall = await asOrg(app.ownerUrl, b.id, async (db) => ({
      read: (await db.query(`SELECT id FROM dossier WHERE id = $1`, [idOf(c.code)])).rowCount,
      own: (await db.query(`SELECT id FROM dossier WHERE id = $1`, [idOf(b.code)])).rowCount,
      write: (await attempt(db, `UPDATE dossier SET state = 'SUBMITTED' WHERE id = $1`, [idOf(c.code)]))
        .rowCount,
    }));
    expect(wall).toEqual({ read: 0, own: 1, write: 0 });
    await app.ok(SAVE, { id: idOf(head.code), f: form('Dẫn đầu cụm thi đua.') }, head.token);
    expect(
      (await app.ok(SAVE, { id: idOf(b.code), f: form('Vượt 5 chỉ tiêu.') }, b.token)).saveAchievementReport,
    ).toMatchObject({ hasReport: true, state: 'DRAFT' });
    const upload = {
      fileName: 'Báo cáo thành tích.pdf',
      contentBase64: Buffer.from('%PDF-1.7\n%âãÏÓ\n').toString('base64'),
    };
    expect(
      (await app.ok(SAVE, { id: idOf(c.code), file: upload }, c.token)).saveAchievementReport,
    ).toMatchObject({
      hasReport: true,
      reportFileName: 'Báo cáo thành tích.pdf',
    });
    expect((await app.ok(FORM, { id: idOf(b.code) }, b.token)).achievementForm).toMatchObject({
      prefilled: false,
      achievements: 'Vượt 5 chỉ tiêu.',
      rank: 2,
    });

    // Submitting needs the cover letter and the minutes.
    const incomplete = await app.gql(SUBMIT, { id: idOf(b.code) }, head.token);
    expect(incomplete.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      problems: [{ path: 'coverLetter' }, { path: 'minutes' }],
    });
    for (const m of cluster.members) {
      await app.ok(ATTACH, { id: idOf(m.code) }, head.token);
      expect((await app.ok(SUBMIT, { id: idOf(m.code) }, head.token)).submitDossier.state).toBe('SUBMITTED');
    }
    expect((await app.gql(SUBMIT, { id: idOf(b.code) }, head.token)).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );
    const forBoard = (await app.ok(STAGE, { g }, board)).dossierStage;
    expect(forBoard.boardToAct).toHaveLength(3);

    // The board: accept, return with a reason (the head resubmits), reject with a reason.
    const noReason = await app.gql(DECIDE, { id: idOf(b.code), o: 'RETURN' }, board);
    expect(noReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await app.gql(DECIDE, { id: idOf(head.code), o: 'ACCEPT' }, head.token)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    await app.ok(DECIDE, { id: idOf(head.code), o: 'ACCEPT' }, board);
    const returned = (
      await app.ok(DECIDE, { id: idOf(b.code), o: 'RETURN', r: 'Bổ sung số liệu năm 2022' }, board)
    ).decideDossier;
    expect(returned).toMatchObject({ state: 'RETURNED', reason: 'Bổ sung số liệu năm 2022' });
    await app.ok(DECIDE, { id: idOf(c.code), o: 'REJECT', r: 'Báo cáo không đúng mẫu' }, board);
    const headStage = (await app.ok(STAGE, { g }, head.token)).dossierStage;
    expect(headStage.headToAct.map((d: { id: string }) => d.id)).toEqual([idOf(b.code)]);

    // After the deadline nothing is submitted; the head moves the deadline and resubmits.
    await app.owner((db) =>
      db.query(`UPDATE dossier SET deadline = now() - interval '1 day' WHERE id = $1`, [idOf(b.code)]),
    );
    await app.ok(
      SAVE,
      { id: idOf(b.code), f: form('Vượt 5 chỉ tiêu; số liệu năm 2022 đã bổ sung.') },
      b.token,
    );
    const late = await app.gql(SUBMIT, { id: idOf(b.code) }, head.token);
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(late.errors?.[0].message).toContain('quá hạn nộp hồ sơ');
    await app.ok(OPEN, { g, d: deadline }, head.token);
    expect((await app.ok(SUBMIT, { id: idOf(b.code) }, head.token)).submitDossier.state).toBe('SUBMITTED');

    // The decision waits for every submitted dossier's outcome, and grants accepted dossiers only.
    const decision = (ids: string[]) => ({
      i: {
        groupCode: g,
        year: 2023,
        kind: 'H1',
        number: '15/QĐ-BCT',
        date: '2024-01-15',
        signerName: 'Nguyễn Thị Hường',
        signerTitle: 'Bộ trưởng',
        dossierIds: ids,
      },
    });
    expect((await app.gql(RECORD, decision([idOf(head.code)]), board)).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );
    await app.ok(DECIDE, { id: idOf(b.code), o: 'ACCEPT' }, board);
    const withRejected = await app.gql(RECORD, decision([idOf(head.code), idOf(c.code)]), board);
    expect(withRejected.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await app.gql(RECORD, decision([idOf(head.code)]), head.token)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');

    // The dossier as one archive: each document as DOCX and PDF, with the Vietnamese text intact.
    const archive = (await app.ok(ARCHIVE, { id: idOf(c.code) }, head.token)).exportDossierArchive;
    expect(archive.contentType).toBe('application/zip');
    const zip = await JSZip.loadAsync(bytes(archive));
    expect(Object.keys(zip.files).sort()).toEqual([
      '01-to-trinh.docx',
      '01-to-trinh.pdf',
      '02-bao-cao-thanh-tich-tai-len-Báo-cáo-thành-tích.pdf',
      '03-bien-ban-binh-xet.docx',
      '03-bien-ban-binh-xet.pdf',
    ]);
    const cover = text(await pdfText(await zip.file('01-to-trinh.pdf')!.async('nodebuffer')));
    expect(cover).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(cover).toContain('Số: 12/TTr-CTĐ');
    expect(cover).toContain(`Đơn vị ${c.code}`);
    expect(cover).not.toContain(`Đơn vị ${b.code}`);
    const withReport = await JSZip.loadAsync(
      bytes((await app.ok(ARCHIVE, { id: idOf(b.code) }, board)).exportDossierArchive),
    );
    const report = text(
      await pdfText(await withReport.file('02-bao-cao-thanh-tich.pdf')!.async('nodebuffer')),
    );
    expect(report).toContain('số liệu năm 2022 đã bổ sung');
    expect(report).toContain('18 điểm, xếp thứ 2.');
    expect((await app.gql(ARCHIVE, { id: idOf(b.code) }, b.token)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );

    const recorded = (await app.ok(RECORD, decision([idOf(head.code), idOf(b.code)]), board)).recordDecision;
    expect(recorded).toMatchObject({
      number: '15/QĐ-BCT',
      date: '2024-01-15',
      signerName: 'Nguyễn Thị Hường',
    });
    expect(recorded.grants.map((x: { member: { code: string } }) => x.member.code).sort()).toEqual(
      [head.code, b.code].sort(),
    );
    const closed = (await app.ok(STAGE, { g }, c.token)).dossierStage;
    expect(closed).toMatchObject({ periodState: 'CLOSED', closed: true, decision: { number: '15/QĐ-BCT' } });

    // The decision and a certificate, as DOCX and PDF.
    const pdf = await app.ok(EXPORT_DECISION, { g, f: 'PDF' }, c.token);
    expect(pdf.exportDecision.contentType).toBe('application/pdf');
    for (const t of [
      text(await pdfText(bytes(pdf.exportDecision))),
      await docxText(bytes((await app.ok(EXPORT_DECISION, { g, f: 'DOCX' }, board)).exportDecision)),
    ]) {
      expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(t).toContain('Số: 15/QĐ-BCT');
      expect(t).toContain(`Đơn vị ${b.code}`);
      expect(t).not.toContain(`Đơn vị ${c.code}`);
    }
    const certificate = text(
      await pdfText(
        bytes((await app.ok(EXPORT_CERTIFICATE, { id: idOf(b.code), f: 'PDF' }, b.token)).exportCertificate),
      ),
    );
    expect(certificate).toContain(MERIT.toUpperCase());
    expect(certificate).toContain(`Đơn vị ${b.code}`);
    expect(certificate).toContain('Quyết định số 15/QĐ-BCT ngày 15/01/2024');
    const rejected = await app.gql(EXPORT_CERTIFICATE, { id: idOf(c.code), f: 'PDF' }, board);
    expect(rejected.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // Closed: every change is refused by the application…
    const refusals = [
      app.gql(
        `mutation($i: ScoreInput!) { setScore(input: $i) { points } }`,
        {
          i: { groupCode: g, year: 2023, kind: 'H1', memberCode: b.code, criterionId: '1.4', points: '19' },
        },
        head.token,
      ),
      app.gql(
        `mutation($g: String!, $m: String!) { setFact(groupCode: $g, year: 2023, kind: H1, memberCode: $m, factId: "TTLDXS", value: true, reason: "Thử") }`,
        { g, m: b.code },
        head.token,
      ),
      app.gql(
        `mutation($g: String!, $c: String!) { castVote(groupCode: $g, year: 2023, kind: H1, awardId: "MERIT", candidateCode: $c) }`,
        { g, c: head.code },
        b.token,
      ),
      app.gql(
        `mutation($g: String!, $o: [String!]!) { settleTie(groupCode: $g, year: 2023, kind: H1, order: $o) { id } }`,
        { g, o: [b.code, c.code] },
        head.token,
      ),
      app.gql(SAVE, { id: idOf(b.code), f: form('Sửa sau quyết định') }, b.token),
      app.gql(DECIDE, { id: idOf(c.code), o: 'ACCEPT' }, board),
      app.gql(OPEN, { g, d: deadline }, head.token),
      app.gql(RECORD, decision([idOf(head.code)]), board),
    ];
    for (const res of await Promise.all(refusals))
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect((await refusals[0]).errors?.[0].message).toContain('đã khép lại bằng quyết định khen thưởng');

    // …and by PostgreSQL itself, for the API's role and for the owner alike.
    const periodId = (
      await app.owner((db) => db.query(`SELECT period_id FROM dossier WHERE id = $1`, [idOf(b.code)]))
    ).rows[0].period_id as string;
    const writes: [string, unknown[]][] = [
      [`UPDATE score SET points = points + 1 WHERE period_id = $1`, [periodId]],
      [`DELETE FROM score WHERE period_id = $1`, [periodId]],
      [
        `INSERT INTO vote (group_id, year, kind, period_id, voter_id, award_id, candidate_id) SELECT group_id, 2023, 'H1', id, $2, 'MERIT', $2 FROM period WHERE id = $1`,
        [periodId, b.id],
      ],
      [
        `INSERT INTO member_fact (group_id, year, kind, period_id, member_id, fact_id, value, reason, set_by_id) SELECT group_id, 2023, 'H1', id, $2, 'X', true, 'Thử', $2 FROM period WHERE id = $1`,
        [periodId, b.id],
      ],
      [
        `INSERT INTO tie_decision (group_id, year, kind, period_id, decided_by, members_key, member_order, set_by_id) SELECT group_id, 2023, 'H1', id, 'HEAD', 'x', '{}', $2 FROM period WHERE id = $1`,
        [periodId, head.id],
      ],
      [`UPDATE dossier SET state = 'ACCEPTED' WHERE id = $1`, [idOf(c.code)]],
      [`UPDATE achievement_report SET form = NULL WHERE period_id = $1`, [periodId]],
      [`UPDATE period SET state = 'REVIEWED' WHERE id = $1`, [periodId]],
    ];
    for (const [sql, params] of writes) {
      const error = await app
        .owner((db) => db.query(sql, params))
        .then(
          () => null,
          (e: Error) => e.message,
        );
      expect({ sql, error }).toEqual({ sql, error: expect.stringMatching(/closed by the board's decision/) });
    }
    // The audit trail shows the dossiers' steps and the decision.
    const { auditTrail } = await app.ok(
      `query($g: String!) { auditTrail(groupCode: $g, year: 2023, kind: H1, first: 100) { events { action } } }`,
      { g },
      board,
    );
    const actions = auditTrail.events.map((e: { action: string }) => e.action);
    for (const action of [
      'dossier.open',
      'dossier.report',
      'dossier.submit',
      'dossier.decide',
      'dossier.resubmit',
      'decision.record',
    ])
      expect(actions).toContain(action);
  });

  it('keeps a period from closing without a decision, in PostgreSQL', async () => {
    const other = await createCluster(app, { size: 2 });
    const error = await app
      .owner((db) =>
        db.query(
          `UPDATE period SET state = 'CLOSED' FROM emulation_group g WHERE g.id = period.group_id AND g.code = $1`,
          [other.code],
        ),
      )
      .then(
        () => null,
        (e: Error) => e.message,
      );
    expect(error).toMatch(/closes with the board's decision only/);
  });
});
