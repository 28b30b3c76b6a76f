import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { createCluster, TestCluster } from '../support/tenants';
import { TestApp } from '../support/test-app';

const DOWNLOAD = 'fileName contentType size sha256 contentBase64';
const docxText = async (b64: string) =>
  (await mammoth.extractRawText({ buffer: Buffer.from(b64, 'base64') })).value;

describe('official documents', () => {
  let app: TestApp;
  let cluster: TestCluster;
  let submissionId: string;

  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
    cluster = await createCluster(app, { size: 3 });
    const [a, b, c] = cluster.members;
    for (const m of cluster.members) {
      const { createSubmission } = await app.ok(
        `mutation($g: [String!]!) { createSubmission(input: { year: 2023, kind: H1, groupCodes: $g }) { id version } }`,
        { g: [cluster.code] },
        m.token,
      );
      const indicators =
        m === a
          ? [
              { key: 'industrial_output_value', label: 'Giá trị sản xuất công nghiệp', percentOfPlan: '100' },
              { key: 'retail_sales', label: 'Tổng mức bán lẻ', percentOfPlan: '100' },
              { key: 'online_dossier_rate', label: 'Tỷ lệ hồ sơ trực tuyến', value: '98' },
            ]
          : [];
      await app.ok(
        `mutation($id: ID!, $p: SubmissionPatch!) { updateSubmission(id: $id, patch: $p) { id } }`,
        {
          id: createSubmission.id,
          p: {
            version: 1,
            sections: [
              {
                path: 'P1.I',
                title: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ, CHUYÊN MÔN',
                body: 'Hoàn thành **23** nhiệm vụ.',
              },
            ],
            indicators,
            selfScores: [{ criterionId: '1.4', points: '19' }],
          },
        },
        m.token,
      );
      await app.ok(
        `mutation($id: ID!) { submitSubmission(id: $id) { id } }`,
        { id: createSubmission.id },
        m.token,
      );
      if (m === a) submissionId = createSubmission.id;
    }
    // a: computed 10 + 5 + 10, manual 20 + 10 + 10 + 15 (2.2: 6 × 2.5) + 15 = 95 → Xuất sắc.
    const SET = `mutation($i: ScoreInput!) { setScore(input: $i) { points } }`;
    for (const [criterionId, points, count] of [
      ['1.4', '20'],
      ['1.5', '10'],
      ['2.1', '10'],
      ['2.2', '15', 6],
      ['3', '15'],
    ] as const) {
      await app.ok(
        SET,
        {
          i: {
            groupCode: cluster.code,
            year: 2023,
            kind: 'H1',
            memberCode: a.code,
            criterionId,
            points,
            count,
          },
        },
        a.token,
      );
    }
    for (const voter of [b, c]) {
      await app.ok(
        `mutation($g: String!, $c: String!) { castVote(groupCode: $g, year: 2023, kind: H1, awardId: "GOV_FLAG", candidateCode: $c) }`,
        { g: cluster.code, c: a.code },
        voter.token,
      );
    }
    await app.waitFor(async () => {
      const res = await app.gql(
        `mutation($g: String!) { publishRanking(groupCode: $g, year: 2023, kind: H1) { entries { total proposals } } }`,
        { g: cluster.code },
        a.token,
      );
      const top = (
        res.data as { publishRanking?: { entries: { total: string; proposals: string[] }[] } } | undefined
      )?.publishRanking?.entries[0];
      return top?.total === '95' && top.proposals.includes('GOV_FLAG');
    });
  });
  afterAll(() => app.close());

  it("exports a member's report as an official DOCX", async () => {
    const { exportSubmissionDocx } = await app.ok(
      `query($id: ID!) { exportSubmissionDocx(id: $id, header: { number: "45/BC-SCT", date: "2023-06-15", signerName: "Rcom Jen" }) { ${DOWNLOAD} } }`,
      { id: submissionId },
      cluster.members[0].token,
    );
    expect(exportSubmissionDocx.contentType).toContain('wordprocessingml');
    const text = await docxText(exportSubmissionDocx.contentBase64);
    for (const part of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 45/BC-SCT',
      'BÁO CÁO',
      'ngày 15 tháng 6 năm 2023',
      'KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ, CHUYÊN MÔN',
      'Rcom Jen',
      'Nơi nhận',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('exports the ranking matrix with numbers as numbers', async () => {
    const { exportRankingXlsx } = await app.ok(
      `query($g: String!) { exportRankingXlsx(groupCode: $g, year: 2023) { ${DOWNLOAD} } }`,
      { g: cluster.code },
      cluster.members[1].token,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(exportRankingXlsx.contentBase64, 'base64') as unknown as ArrayBuffer,
    );
    // A member sees only the published period.
    expect(workbook.worksheets).toHaveLength(1);
    const values: unknown[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toContain(95);
    expect(values).toContain(19);
  });

  it('exports the vote minutes and the award proposal for the head and the board, not for members', async () => {
    const Q = (op: string) =>
      `query($g: String!) { ${op}(groupCode: $g, year: 2023, kind: H1) { ${DOWNLOAD} } }`;
    const minutes = await docxText(
      (await app.ok(Q('exportMinutesDocx'), { g: cluster.code }, cluster.members[0].token)).exportMinutesDocx
        .contentBase64,
    );
    expect(minutes).toContain('BIÊN BẢN');
    expect(minutes).toContain('Cờ thi đua của Chính phủ');
    // Two of the two possible votes (every member but the candidate): passed.
    expect(minutes).toMatch(/2\s+2\s+100,00%\s+Đạt/);
    const proposal = await docxText(
      (await app.ok(Q('exportProposalDocx'), { g: cluster.code }, cluster.board.token)).exportProposalDocx
        .contentBase64,
    );
    expect(proposal).toContain('TỜ TRÌNH');
    expect(proposal).toContain('Cờ thi đua của Bộ Công Thương');
    const refused = await app.gql(Q('exportMinutesDocx'), { g: cluster.code }, cluster.members[1].token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  // Every document names its period as libs/terms does: a mid-year "Sơ kết … 6 tháng đầu năm", a year-end
  // "Tổng kết … năm" (a full-year report once went out under the mid-year title).
  it('names the period in every document, mid-year and full year', async () => {
    const head = cluster.members[0];
    let fullYearId = '';
    for (const m of cluster.members) {
      const { createSubmission } = await app.ok(
        `mutation($g: [String!]!) { createSubmission(input: { year: 2023, kind: FY, groupCodes: $g }) { id } }`,
        { g: [cluster.code] },
        m.token,
      );
      await app.ok(
        `mutation($id: ID!) { submitSubmission(id: $id) { id } }`,
        { id: createSubmission.id },
        m.token,
      );
      if (m === head) fullYearId = createSubmission.id;
    }
    const RANKED = `query($g: String!) { ranking(groupCode: $g, year: 2023, kind: FY) { version } }`;
    await app.waitFor(async () =>
      Boolean((await app.gql(RANKED, { g: cluster.code }, head.token)).data?.ranking),
    );

    const reportText = async (id: string) =>
      docxText(
        (
          await app.ok(
            `query($id: ID!) { exportSubmissionDocx(id: $id) { ${DOWNLOAD} } }`,
            { id },
            head.token,
          )
        ).exportSubmissionDocx.contentBase64,
      );
    const periodDocx = async (op: 'exportMinutesDocx' | 'exportProposalDocx', kind: 'H1' | 'FY') =>
      docxText(
        (
          await app.ok(
            `query($g: String!) { ${op}(groupCode: $g, year: 2023, kind: ${kind}) { ${DOWNLOAD} } }`,
            { g: cluster.code },
            head.token,
          )
        )[op].contentBase64,
      );

    const midYear = await reportText(submissionId);
    expect(midYear).toContain('Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023');
    const fullYear = await reportText(fullYearId);
    expect(fullYear).toContain('Tổng kết công tác thi đua, khen thưởng năm 2023');
    expect(fullYear).not.toMatch(/Sơ kết|6 tháng/);

    expect(await periodDocx('exportMinutesDocx', 'H1')).toContain(
      'Họp bình xét thi đua 6 tháng đầu năm 2023 của',
    );
    const fullYearMinutes = await periodDocx('exportMinutesDocx', 'FY');
    expect(fullYearMinutes).toContain('Họp bình xét thi đua năm 2023 của');
    expect(fullYearMinutes).not.toContain('6 tháng');
    expect(await periodDocx('exportProposalDocx', 'H1')).toContain(
      'Về việc đề nghị khen thưởng thi đua 6 tháng đầu năm 2023 của',
    );
    const fullYearProposal = await periodDocx('exportProposalDocx', 'FY');
    expect(fullYearProposal).toContain('Về việc đề nghị khen thưởng thi đua năm 2023 của');
    expect(fullYearProposal).not.toContain('6 tháng');

    // The head's matrix holds both periods, one sheet each, each titled with its own period.
    const { exportRankingXlsx } = await app.ok(
      `query($g: String!) { exportRankingXlsx(groupCode: $g, year: 2023) { ${DOWNLOAD} } }`,
      { g: cluster.code },
      head.token,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(exportRankingXlsx.contentBase64, 'base64') as unknown as ArrayBuffer,
    );
    expect(workbook.worksheets.map((w) => w.getCell(2, 1).value)).toEqual([
      'Kết quả chấm điểm, xếp hạng thi đua – 6 tháng đầu năm 2023',
      'Kết quả chấm điểm, xếp hạng thi đua – năm 2023',
    ]);
  });
});
